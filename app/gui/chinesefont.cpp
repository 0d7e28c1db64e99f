// SPDX-License-Identifier: GPL-3.0-or-later
#include "chinesefont.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

#include <fontconfig/fontconfig.h>

#include <memory>

namespace {

struct PatternDeleter
{
    void operator()(FcPattern *pattern) const { FcPatternDestroy(pattern); }
};
using Pattern = std::unique_ptr<FcPattern, PatternDeleter>;

// The best font for `family` as fontconfig picks it to draw text, with the language given or,
// when empty, the user's (from the locale).
Pattern bestMatch(const QByteArray &family, const char *lang)
{
    Pattern pattern(FcPatternCreate());
    if (!pattern)
        return {};
    FcPatternAddString(pattern.get(), FC_FAMILY,
                       reinterpret_cast<const FcChar8 *>(family.constData()));
    if (lang)
        FcPatternAddString(pattern.get(), FC_LANG, reinterpret_cast<const FcChar8 *>(lang));
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result = FcResultNoMatch;
    return Pattern(FcFontMatch(nullptr, pattern.get(), &result));
}

bool hasChinese(FcPattern *font)
{
    FcCharSet *chars = nullptr;
    if (FcPatternGetCharSet(font, FC_CHARSET, 0, &chars) != FcResultMatch)
        return false;
    // 中 数 级 企 (级 has a traditional form, so a Traditional-only font fails), and Latin for
    // the digits and English words that share the lines.
    for (FcChar32 c : {0x4E2Du, 0x6570u, 0x7EA7u, 0x4F01u, 0x61u, 0x30u})
        if (!FcCharSetHasChar(chars, c))
            return false;
    return true;
}

// The English name when the font has one: the name Qt lists the family under.
QString familyName(FcPattern *font)
{
    FcChar8 *name = nullptr;
    FcChar8 *first = nullptr;
    for (int i = 0; FcPatternGetString(font, FC_FAMILY, i, &name) == FcResultMatch; ++i) {
        if (!first)
            first = name;
        FcChar8 *lang = nullptr;
        if (FcPatternGetString(font, FC_FAMILYLANG, i, &lang) == FcResultMatch &&
            qstrcmp(reinterpret_cast<const char *>(lang), "en") == 0)
            return QString::fromUtf8(reinterpret_cast<const char *>(name));
    }
    return first ? QString::fromUtf8(reinterpret_cast<const char *>(first)) : QString();
}

std::optional<FontChoice> choice(FcPattern *font)
{
    if (!font || !hasChinese(font))
        return std::nullopt;
    FontChoice chosen{familyName(font)};
    if (chosen.family.isEmpty())
        return std::nullopt;
    FcBool hinting = FcTrue;
    if (FcPatternGetBool(font, FC_HINTING, 0, &hinting) == FcResultMatch)
        chosen.hinting = hinting != FcFalse;
    return chosen;
}

bool isGenericSans(const QString &family)
{
    return family.compare(QLatin1String("Sans Serif"), Qt::CaseInsensitive) == 0 ||
           family.compare(QLatin1String("sans-serif"), Qt::CaseInsensitive) == 0;
}

} // namespace

std::optional<FontChoice> chineseCapableFont(const QByteArray &family)
{
    if (!FcInit())
        return std::nullopt;
    if (auto chosen = choice(bestMatch(family, nullptr).get()))
        return chosen;
    return choice(bestMatch("sans-serif", "zh-cn").get());
}

void useChineseCapableFont(const std::optional<FontChoice> &forSansSerif)
{
    QFont font = QApplication::font();
    const std::optional<FontChoice> chosen =
        isGenericSans(font.family()) ? forSansSerif : chineseCapableFont(font.family().toUtf8());
    if (!chosen || !QFontDatabase::hasFamily(chosen->family))
        return;
    font.setFamily(chosen->family);
    if (!chosen->hinting)
        font.setHintingPreference(QFont::PreferNoHinting);
    QApplication::setFont(font);
}
