// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliargs.h"

#include <cctype>
#include <cstdlib>
#include <ostream>

namespace dl::cli {

std::string parseArgs(const std::vector<std::string> &in,
                      const std::vector<std::string> &valued,
                      const std::vector<std::string> &boolean,
                      Args &out)
{
    for (std::size_t i = 0; i < in.size(); ++i) {
        const std::string &a = in[i];
        const bool number = a.size() > 1 && a[0] == '-' &&
                            (std::isdigit(static_cast<unsigned char>(a[1])) || a[1] == '.');
        if (!a.starts_with("-") || a == "-" || a == "--" || number) {
            out.positional.push_back(a);
            continue;
        }
        std::string name = a, value;
        const bool inlineValue = a.find('=') != std::string::npos;
        if (inlineValue) {
            name = a.substr(0, a.find('='));
            value = a.substr(a.find('=') + 1);
        }
        if (std::find(valued.begin(), valued.end(), name) != valued.end()) {
            if (!inlineValue) {
                if (i + 1 >= in.size())
                    return "option " + name + " needs a value";
                value = in[++i];
            }
            out.options[name].push_back(value);
        } else if (std::find(boolean.begin(), boolean.end(), name) != boolean.end() &&
                   !inlineValue) {
            out.flags.push_back(name);
        } else {
            return "unknown option " + a;
        }
    }
    return {};
}

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

void printDiagnostics(const Diagnostics &diags, std::ostream &err)
{
    for (const Diagnostic &d : diags)
        err << d.toString() << '\n';
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

int usageError(const std::string &message, std::ostream &err)
{
    err << "digilevel-cli: " << message
        << "\n\nRun 'digilevel-cli --help' for the commands and options.\n";
    return Usage;
}

} // namespace dl::cli
