// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localtext.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace dl::report {

// The report's language is chosen per export, independent of the UI language, so its fixed
// phrases carry both languages side by side (as core/textreport.cpp does) instead of tr().
inline std::string T(Lang lang, std::string_view zh, std::string_view en)
{
    return std::string(lang == Lang::ZhCN ? zh : en);
}

// "%1".."%9" replaced by `args` in order.
inline std::string fmt(std::string text, std::initializer_list<std::string> args)
{
    int n = 1;
    for (const std::string &a : args) {
        const std::string key = "%" + std::to_string(n++);
        for (std::size_t at = text.find(key); at != std::string::npos;
             at = text.find(key, at + a.size()))
            text.replace(at, key.size(), a);
    }
    return text;
}

} // namespace dl::report
