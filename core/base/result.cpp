// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/result.h"

#include "base/diagnosticcatalog.h"

#include <cctype>

namespace dl {

Diagnostic::Diagnostic(
    std::string file_, SourcePos pos_, std::string id_, DiagMsg msg_, std::vector<DiagArg> args_)
    : file(std::move(file_))
    , pos(pos_)
    , id(std::move(id_))
    , msg(msg_)
    , args(std::move(args_))
    , code(diagTemplate(msg).code)
    , message(text(Lang::En))
{}

std::string Diagnostic::text(Lang lang) const
{
    const DiagTemplate &t = diagTemplate(msg);
    return fillTemplate(lang == Lang::ZhCN ? t.zh : t.en, args, lang);
}

std::string Diagnostic::toString(Lang lang) const
{
    std::string out = file.empty() ? std::string("<input>") : file;
    if (pos.line > 0) {
        out += ':' + std::to_string(pos.line);
        if (pos.column > 0)
            out += ':' + std::to_string(pos.column);
    }
    out += ": ";
    if (!id.empty())
        out += '[' + id + "] ";
    out += text(lang);
    return out;
}

std::string Diagnostic::describe(Lang lang) const
{
    if (lang != Lang::ZhCN)
        return toString(lang);
    std::string out = file.empty() ? std::string("<输入>") : file;
    if (pos.line > 0) {
        out += " 第" + std::to_string(pos.line) + "行";
        if (pos.column > 0)
            out += "第" + std::to_string(pos.column) + "列";
    }
    out += "：";
    if (!id.empty())
        out += '[' + id + "] ";
    out += text(lang);
    return out;
}

namespace {

// A Chinese character (CJK ideograph) starting at `at` of UTF-8 `s`.
bool cjkAt(std::string_view s, std::size_t at)
{
    if (at + 3 > s.size())
        return false;
    const auto b0 = static_cast<unsigned char>(s[at]);
    if ((b0 & 0xF0) != 0xE0)
        return false;
    const char32_t cp = char32_t(b0 & 0x0F) << 12 |
                        char32_t(static_cast<unsigned char>(s[at + 1]) & 0x3F) << 6 |
                        char32_t(static_cast<unsigned char>(s[at + 2]) & 0x3F);
    return cp >= 0x3400 && cp <= 0x9FFF;
}

bool cjkBefore(std::string_view s)
{
    return s.size() >= 3 && cjkAt(s, s.size() - 3);
}

bool latinAt(std::string_view s, std::size_t at)
{
    return at < s.size() && std::isalpha(static_cast<unsigned char>(s[at]));
}

} // namespace

std::string fillTemplate(std::string_view text, const std::vector<DiagArg> &args, Lang lang)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool placeholder =
            text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9';
        const std::size_t k = placeholder ? std::size_t(text[i + 1] - '1') : 0;
        if (!placeholder || k >= args.size()) {
            out += text[i];
            continue;
        }
        const std::string &arg = args[k].get(lang);
        // Chinese puts a space between Chinese characters and a Latin word (numbers are spaced by
        // the templates where they should be); the templates cannot, as they do not know what
        // an argument starts or ends with.
        const bool zh = lang == Lang::ZhCN && !arg.empty();
        if (zh && cjkBefore(out) && latinAt(arg, 0))
            out += ' ';
        out += arg;
        ++i;
        if (zh && latinAt(arg, arg.size() - 1) && cjkAt(text, i + 1))
            out += ' ';
    }
    return out;
}

} // namespace dl
