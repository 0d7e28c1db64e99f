// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

} // namespace dl
