// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace dl {

enum class Lang { ZhCN, En };

// "zh_CN" / "en" (also "zh", "zh-CN", "en_US"...); anything else is nullopt-like: returns false.
bool parseLang(std::string_view text, Lang &out);
const char *langCode(Lang lang);

// A string a user sees, in both languages the program ships.
struct LocalText
{
    std::string zh;
    std::string en;

    const std::string &get(Lang lang) const { return lang == Lang::ZhCN ? zh : en; }
    bool empty() const { return zh.empty() && en.empty(); }
};

// Fixed phrases written in code (core has no Qt, and reports pick their language per export, not
// the interface's): the Chinese or the English of a pair.
std::string T(Lang lang, std::string_view zh, std::string_view en);
// "%1".."%9" in `text` replaced by `args` in order.
std::string fmt(std::string text, std::initializer_list<std::string> args);

} // namespace dl
