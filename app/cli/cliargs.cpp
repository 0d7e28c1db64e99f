// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

#include <cstdlib>
#include <ostream>

namespace dl::cli {

Lang defaultLang()
{
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char *v = std::getenv(var);
        Lang lang;
        if (v && *v && parseLang(v, lang))
            return lang;
    }
    return Lang::ZhCN;
}

std::vector<std::string> idList(const std::vector<std::string> &values)
{
    std::vector<std::string> ids;
    for (const std::string &value : values) {
        std::size_t at = 0;
        while (at <= value.size()) {
            const std::size_t comma = std::min(value.find(',', at), value.size());
            const std::size_t first = value.find_first_not_of(" \t", at);
            if (first < comma) {
                const std::size_t last = value.find_last_not_of(" \t", comma - 1);
                ids.push_back(value.substr(first, last - first + 1));
            }
            at = comma + 1;
        }
    }
    return ids;
}

void printDiagnostics(const Diagnostics &diags, Lang lang, std::ostream &err)
{
    for (const Diagnostic &d : diags)
        err << d.toString(lang) << '\n';
    if (lang == Lang::ZhCN)
        err << "发现 " << diags.size() << " 个问题\n";
    else
        err << diags.size() << (diags.size() == 1 ? " problem" : " problems") << " found\n";
}

Result<Store> openStore(const std::string &path, std::ostream &err)
{
    Store::Options options;
    options.onSlowStep = [&](Store::SlowStep step) {
        switch (step) {
        case Store::SlowStep::FullCheck:
            err << "digilevel-cli: checking every page of " << path
                << " (the first opening of the day)\n";
            break;
        case Store::SlowStep::DailyBackup:
            err << "digilevel-cli: making today's backup of " << path << '\n';
            break;
        case Store::SlowStep::UpgradeBackup:
            err << "digilevel-cli: keeping a copy of " << path << " before upgrading its schema\n";
            break;
        }
        err.flush();
    };
    return Store::open(path, options);
}

int usageError(Lang lang, const LocalText &message, std::ostream &err, const std::string &verb)
{
    err << "digilevel-cli: " << message.get(lang) << "\n\n";
    if (verb.empty())
        err << T(lang, "运行“digilevel-cli --help”查看所有命令和选项。\n",
                 "Run 'digilevel-cli --help' for the commands and options.\n");
    else
        err << fmt(T(lang,
                     "运行“digilevel-cli %1 --help”查看它的选项，或运行“digilevel-cli "
                     "--help”查看所有命令。\n",
                     "Run 'digilevel-cli %1 --help' for its options, or 'digilevel-cli --help' for "
                     "every command.\n"),
                   {verb});
    return Usage;
}

std::string changedBy(const Args &args)
{
    if (args.hasOption("--by"))
        return args.value("--by");
    const char *user = std::getenv("USER");
    return user ? user : "";
}

} // namespace dl::cli
