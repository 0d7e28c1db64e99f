// SPDX-License-Identifier: GPL-3.0-or-later
#include "localtext.h"

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

} // namespace dl
