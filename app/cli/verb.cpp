// SPDX-License-Identifier: GPL-3.0-or-later
#include "verb.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <ostream>

namespace dl::cli {

namespace {

const OptionSpec kLang{"--lang", "zh_CN|en",
                       "提示信息和报告的语言（默认：取自 LC_ALL、LC_MESSAGES 或 LANG，否则为中文）",
                       "the language of messages and reports (default: from LC_ALL, LC_MESSAGES "
                       "or LANG, else Chinese)"};
const OptionSpec kHelp{"--help", nullptr, "显示本命令的用法和选项",
                       "shows this command's usage and options"};

std::string firstWord(const std::string &name)
{
    return name.substr(0, name.find(' '));
}

bool isOption(const std::string &a)
{
    const bool number = a.size() > 1 && a[0] == '-' &&
                        (std::isdigit(static_cast<unsigned char>(a[1])) || a[1] == '.');
    return a.starts_with("-") && a != "-" && a != "--" && !number;
}

const OptionSpec *findOption(const VerbSpec &verb, const std::string &name)
{
    if (name == kLang.name)
        return &kLang;
    if (name == kHelp.name || name == "-h")
        return &kHelp;
    for (const OptionSpec &o : verb.options)
        if (name == o.name)
            return &o;
    return nullptr;
}

// Splits `in` against the verb's options; an error names the option.
std::optional<LocalText> parse(const VerbSpec &verb, const std::vector<std::string> &in, Args &out)
{
    for (std::size_t i = 0; i < in.size(); ++i) {
        const std::string &a = in[i];
        if (!isOption(a)) {
            out.positional.push_back(a);
            continue;
        }
        const std::size_t eq = a.find('=');
        const std::string name = a.substr(0, eq);
        const OptionSpec *o = findOption(verb, name);
        if (!o || (!o->value && eq != std::string::npos))
            return LocalText{fmt("未知选项 %1：%2 命令没有这个选项", {a, verb.name}),
                             fmt("unknown option %1 for %2", {a, verb.name})};
        if (!o->value) {
            out.flags.push_back(o == &kHelp ? kHelp.name : name);
            continue;
        }
        std::string value;
        if (eq != std::string::npos)
            value = a.substr(eq + 1);
        else if (i + 1 < in.size())
            value = in[++i];
        else
            return LocalText{fmt("选项 %1 需要一个值", {name}),
                             fmt("option %1 needs a value", {name})};
        out.options[name].push_back(value);
    }
    return std::nullopt;
}

std::string optionLabel(const OptionSpec &o)
{
    std::string label = &o == &kHelp ? "-h, --help" : o.name;
    if (o.value)
        label += std::string(" ") + o.value;
    return label;
}

std::string help(const VerbSpec &verb, Lang lang)
{
    const bool zh = lang == Lang::ZhCN;
    std::string out = std::string(zh ? "用法：" : "Usage: ") + "digilevel-cli " + verb.name;
    if (*verb.synopsis)
        out += std::string(" ") + verb.synopsis;
    out += zh ? " [选项]\n" : " [options]\n";
    out += std::string(zh ? verb.zh : verb.en) + (zh ? "\n\n选项：\n" : "\n\nOptions:\n");
    std::vector<const OptionSpec *> all;
    for (const OptionSpec &o : verb.options)
        all.push_back(&o);
    all.push_back(&kLang);
    all.push_back(&kHelp);
    std::size_t width = 0;
    for (const OptionSpec *o : all)
        width = std::max(width, optionLabel(*o).size());
    for (const OptionSpec *o : all) {
        const std::string label = optionLabel(*o);
        out +=
            "  " + label + std::string(width - label.size() + 2, ' ') + (zh ? o->zh : o->en) + '\n';
    }
    return out;
}

// The first argument that is neither an option nor an option's value, from `from` on.
std::optional<std::size_t> subcommandAt(const std::vector<const Verb *> &family,
                                        const std::vector<std::string> &args,
                                        std::size_t from = 1)
{
    for (std::size_t i = from; i < args.size(); ++i) {
        if (!isOption(args[i]))
            return i;
        if (args[i].find('=') != std::string::npos)
            continue;
        for (const Verb *v : family) {
            const OptionSpec *o = findOption(v->spec, args[i]);
            if (o && o->value) {
                ++i;
                break;
            }
        }
    }
    return std::nullopt;
}

bool asksForHelp(const std::vector<std::string> &args)
{
    return std::any_of(args.begin(), args.end(),
                       [](const std::string &a) { return a == "--help" || a == "-h"; });
}

} // namespace

int Invocation::usage(const LocalText &message) const
{
    return usageError(lang, message, err, verb.name);
}

int Invocation::fail(const Diagnostics &diagnostics) const
{
    printDiagnostics(diagnostics, lang, err);
    return InvalidInput;
}

bool chosenLang(const std::vector<std::string> &args, Lang &lang)
{
    lang = defaultLang();
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::optional<std::string> value;
        if (args[i] == "--lang" && i + 1 < args.size())
            value = args[i + 1];
        else if (args[i].starts_with("--lang="))
            value = args[i].substr(7);
        if (value && !parseLang(*value, lang))
            return false;
    }
    return true;
}

int runVerb(const std::vector<Verb> &verbs,
            const std::vector<std::string> &args,
            Lang lang,
            std::ostream &out,
            std::ostream &err)
{
    const std::string &command = args.at(0);
    std::vector<const Verb *> family;
    for (const Verb &v : verbs)
        if (firstWord(v.spec.name) == command)
            family.push_back(&v);
    if (family.empty())
        return usageError(
            lang, {fmt("未知命令“%1”", {command}), fmt("unknown command '%1'", {command})}, err);

    // A verb's words after the command: one ("enterprise add") or two ("server user add").
    const auto sub = subcommandAt(family, args);
    // The second as an index, args.size() when there is none: GCC 12 takes a second optional
    // here for uninitialised when optimising (-Wmaybe-uninitialized, a false positive).
    const std::size_t sub2 =
        sub ? subcommandAt(family, args, *sub + 1).value_or(args.size()) : args.size();
    const Verb *verb = nullptr;
    std::vector<std::size_t> words;
    for (const Verb *v : family)
        if (sub && sub2 < args.size() &&
            v->spec.name == command + " " + args[*sub] + " " + args[sub2]) {
            verb = v;
            words = {*sub, sub2};
        }
    for (const Verb *v : family)
        if (!verb && sub && v->spec.name == command + " " + args[*sub]) {
            verb = v;
            words = {*sub};
        }
    for (const Verb *v : family)
        if (!verb && v->spec.name == command)
            verb = v;
    if (!verb) {
        if (asksForHelp(args)) {
            for (const Verb *v : family)
                out << help(v->spec, lang) << (v == family.back() ? "" : "\n");
            return Ok;
        }
        std::string names;
        for (const Verb *v : family)
            names +=
                (names.empty() ? "" : ", ") + std::string(v->spec.name).substr(command.size() + 1);
        return usageError(lang,
                          {fmt("%1 命令后面应为以下之一：%2", {command, names}),
                           fmt("%1 needs one of: %2", {command, names})},
                          err, command);
    }

    std::vector<std::string> rest;
    for (std::size_t i = 1; i < args.size(); ++i)
        if (std::find(words.begin(), words.end(), i) == words.end())
            rest.push_back(args[i]);
    Invocation inv{verb->spec, {}, lang, out, err};
    if (auto problem = parse(verb->spec, rest, inv.args))
        return inv.usage(*problem);
    if (inv.args.has(kHelp.name)) {
        out << help(verb->spec, lang);
        return Ok;
    }
    return verb->run(inv);
}

std::string overview(const std::vector<Verb> &verbs, Lang lang)
{
    const bool zh = lang == Lang::ZhCN;
    std::string out = zh ? "用法：digilevel-cli 命令 [参数] [选项]\n\n"
                         : "Usage: digilevel-cli COMMAND [ARGUMENTS] [OPTIONS]\n\n";
    for (const Verb &v : verbs) {
        out += std::string("  digilevel-cli ") + v.spec.name;
        if (*v.spec.synopsis)
            out += std::string(" ") + v.spec.synopsis;
        out += std::string("\n      ") + (zh ? v.spec.zh : v.spec.en) + '\n';
    }
    out +=
        zh ? "\n运行“digilevel-cli 命令 --help”查看该命令的选项，例如“digilevel-cli enterprise add "
             "--help”。\n每个命令都接受 --lang zh_CN|en，指定提示信息和报告的语言（默认：取自 "
             "LC_ALL、"
             "LC_MESSAGES 或 LANG，否则为中文）。\n退出码：0 成功，1 "
             "输入有误（问题输出到标准错误），"
             "2 用法错误。\n"
           : "\nRun 'digilevel-cli COMMAND --help' for a command's options, e.g. 'digilevel-cli "
             "enterprise add --help'.\nEvery command takes --lang zh_CN|en for the language of "
             "messages and reports (default: from LC_ALL, LC_MESSAGES or LANG, else Chinese).\n"
             "Exit codes: 0 success, 1 invalid input (problems printed on stderr), 2 usage "
             "error.\n";
    return out;
}

} // namespace dl::cli
