// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationfont.h"

#include <QFont>
#include <QFontDatabase>
#include <QStringList>

#include <fontconfig/fontconfig.h>

#include <memory>
#include <vector>

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

// The family of a matched font with its hinting setting, when it draws what `covers` asks for.
std::optional<FontChoice> choice(FcPattern *font, bool (*covers)(FcPattern *))
{
    if (!font || !covers(font))
        return std::nullopt;
    FontChoice chosen{familyName(font)};
    if (chosen.family.isEmpty())
        return std::nullopt;
    FcBool hinting = FcTrue;
    if (FcPatternGetBool(font, FC_HINTING, 0, &hinting) == FcResultMatch)
        chosen.hinting = hinting != FcFalse;
    return chosen;
}

bool hasLatin(FcPattern *font)
{
    FcCharSet *chars = nullptr;
    if (FcPatternGetCharSet(font, FC_CHARSET, 0, &chars) != FcResultMatch)
        return false;
    for (FcChar32 c : {0x61u, 0x41u, 0x30u, 0x201Cu, 0x2026u}) // a A 0 “ …
        if (!FcCharSetHasChar(chars, c))
            return false;
    return true;
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
    if (auto chosen = choice(bestMatch(family, nullptr).get(), hasChinese))
        return chosen;
    return choice(bestMatch("sans-serif", "zh-cn").get(), hasChinese);
}

std::optional<FontChoice> latinSansFont()
{
    if (!FcInit())
        return std::nullopt;
    return choice(bestMatch("sans-serif", "en").get(), hasLatin);
}

FontChoices sansSerifChoices()
{
    return {chineseCapableFont("sans-serif"), latinSansFont()};
}

QFont applicationFont(const QFont &platform, const FontChoices &forSansSerif, dl::Lang lang)
{
    FontChoices choices = forSansSerif;
    if (!isGenericSans(platform.family())) {
        choices.chinese = chineseCapableFont(platform.family().toUtf8());
        choices.latin = FontChoice{platform.family()};
    }
    std::vector<FontChoice> wanted;
    if (lang == dl::Lang::En && choices.latin)
        wanted.push_back(*choices.latin);
    if (choices.chinese && (wanted.empty() || wanted.front().family != choices.chinese->family))
        wanted.push_back(*choices.chinese);
    QStringList families;
    bool hinting = false;
    for (const FontChoice &f : wanted) {
        if (!QFontDatabase::hasFamily(f.family))
            continue;
        families << f.family;
        hinting = hinting || f.hinting;
    }
    if (families.isEmpty())
        return platform;
    QFont font = platform;
    font.setFamilies(families);
    // One family that turns hinting off: honoured. With two, the first's setting is the default.
    if (families.size() == 1 && !hinting)
        font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}
