// SPDX-License-Identifier: GPL-3.0-or-later
// The application font (applicationfont.h): real families, the Chinese one drawing every Chinese
// glyph itself, English punctuation in the English interface, the platform's size kept.
#include "applicationfont.h"
#include "uilanguage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>

namespace {

bool draws(const QString &family, std::initializer_list<char32_t> chars)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging); // no fallback: the family's own glyphs
    const QFontMetrics metrics(font);
    for (char32_t c : chars)
        if (!metrics.inFontUcs4(c))
            return false;
    return true;
}

bool drawsChinese(const QString &family)
{
    return draws(family, {U'中', U'数', U'级', U'企', U'a', U'0'});
}

QFont genericSans()
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setPointSizeF(10.5);
    return font;
}

} // namespace

TEST_CASE("the Chinese family is a real family that draws Chinese itself", "[gui][startup]")
{
    // tools/setup.sh installs fonts-wqy-microhei, so a Chinese font is always there.
    const FontChoices choices = sansSerifChoices();
    REQUIRE(choices.chinese);
    CHECK(QFontDatabase::hasFamily(choices.chinese->family));
    CHECK(drawsChinese(choices.chinese->family));
    // The font's own fontconfig file turns its hinting off.
    if (choices.chinese->family == QStringLiteral("WenQuanYi Micro Hei"))
        CHECK_FALSE(choices.chinese->hinting);
    REQUIRE(choices.latin);
    CHECK(QFontDatabase::hasFamily(choices.latin->family));
    CHECK(draws(choices.latin->family, {U'a', U'0', U'“', U'…'}));

    // A family without Chinese gives way to fontconfig's Chinese sans-serif ...
    const std::optional<FontChoice> latin = chineseCapableFont("DejaVu Sans");
    REQUIRE(latin);
    CHECK(latin->family != QStringLiteral("DejaVu Sans"));
    CHECK(drawsChinese(latin->family));
    CHECK_FALSE(drawsChinese(QStringLiteral("DejaVu Sans"))); // the check above can fail
    // ... and one with Chinese stays.
    const std::optional<FontChoice> same = chineseCapableFont(choices.chinese->family.toUtf8());
    REQUIRE(same);
    CHECK(same->family == choices.chinese->family);
    CHECK(same->hinting == choices.chinese->hinting);
}

TEST_CASE("the application font follows the language and keeps the platform's size",
          "[gui][startup]")
{
    const FontChoices choices{FontChoice{QStringLiteral("DejaVu Serif"), false},
                              FontChoice{QStringLiteral("DejaVu Sans"), true}};

    SECTION("Chinese: the Chinese family alone, with its hinting setting")
    {
        const QFont font = applicationFont(genericSans(), choices, dl::Lang::ZhCN);
        CHECK(font.families() == QStringList{QStringLiteral("DejaVu Serif")});
        CHECK(font.pointSizeF() == 10.5);
        CHECK(font.hintingPreference() == QFont::PreferNoHinting);
        CHECK(QFontInfo(font).family() == QStringLiteral("DejaVu Serif"));
    }
    SECTION("English: the Latin family first, then the Chinese one")
    {
        const QFont font = applicationFont(genericSans(), choices, dl::Lang::En);
        CHECK(font.families() ==
              (QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("DejaVu Serif")}));
        CHECK(font.pointSizeF() == 10.5);
        CHECK(font.hintingPreference() == QFont::PreferDefaultHinting);
        CHECK(QFontInfo(font).family() == QStringLiteral("DejaVu Sans"));
    }
    SECTION("without choices, or with families Qt does not list, the platform's font stays")
    {
        CHECK(applicationFont(genericSans(), {}, dl::Lang::ZhCN) == genericSans());
        const FontChoices unknown{FontChoice{QStringLiteral("No Such Family 9")},
                                  FontChoice{QStringLiteral("No Such Family 10")}};
        CHECK(applicationFont(genericSans(), unknown, dl::Lang::En) == genericSans());
    }
    SECTION("a named platform family is looked up again, and kept for English")
    {
        QFont named(QStringLiteral("DejaVu Sans"));
        named.setPointSizeF(10.5);
        const QFont chinese = applicationFont(named, choices, dl::Lang::ZhCN);
        REQUIRE(chinese.families().size() == 1);
        CHECK(chinese.families().front() != QStringLiteral("DejaVu Serif")); // not the choice
        CHECK(drawsChinese(chinese.families().front()));
        const QFont english = applicationFont(named, choices, dl::Lang::En);
        REQUIRE(english.families().size() == 2);
        CHECK(english.families().front() == QStringLiteral("DejaVu Sans"));
        CHECK(english.families().back() == chinese.families().front());
        CHECK(english.pointSizeF() == 10.5);
    }
}

TEST_CASE("switching the interface language switches the application font", "[gui][startup]")
{
    const QFont saved = QApplication::font();
    QApplication::setFont(genericSans()); // the platform's, as UiLanguage finds it
    {
        UiLanguage language(FontChoices{FontChoice{QStringLiteral("DejaVu Serif"), true},
                                        FontChoice{QStringLiteral("DejaVu Sans"), true}});
        language.apply(dl::Lang::ZhCN);
        CHECK(QApplication::font().families() == QStringList{QStringLiteral("DejaVu Serif")});
        language.apply(dl::Lang::En);
        CHECK(QApplication::font().families() ==
              (QStringList{QStringLiteral("DejaVu Sans"), QStringLiteral("DejaVu Serif")}));
        CHECK(QApplication::font().pointSizeF() == 10.5);
    }
    QApplication::setFont(saved);
}
