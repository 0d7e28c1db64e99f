// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/localtext.h"

namespace dl {

bool parseLang(std::string_view text, Lang &out)
{
    if (text.starts_with("zh")) {
        out = Lang::ZhCN;
        return true;
    }
    if (text.starts_with("en")) {
        out = Lang::En;
        return true;
    }
    return false;
}

const char *langCode(Lang lang)
{
    return lang == Lang::ZhCN ? "zh_CN" : "en";
}

std::string T(Lang lang, std::string_view zh, std::string_view en)
{
    return std::string(lang == Lang::ZhCN ? zh : en);
}

std::string fmt(std::string text, std::initializer_list<std::string> args)
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

} // namespace dl
