// SPDX-License-Identifier: GPL-3.0-or-later
// The application font (chinesefont.h): a real family with the Chinese glyphs, so that Qt needs
// no fallback search, keeping the platform's size and the font's own hinting setting.
#include "chinesefont.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetrics>

namespace {

bool drawsChinese(const QString &family)
{
    QFont font(family);
    font.setStyleStrategy(QFont::NoFontMerging); // no fallback: the family's own glyphs
    const QFontMetrics metrics(font);
    for (char32_t c : {U'中', U'数', U'级', U'企', U'a', U'0'})
        if (!metrics.inFontUcs4(c))
            return false;
    return true;
}

struct RestoreAppFont
{
    QFont saved = QApplication::font();
    ~RestoreAppFont() { QApplication::setFont(saved); }
};

} // namespace

TEST_CASE("the application font is a real family that draws Chinese itself", "[gui][startup]")
{
    // tools/setup.sh installs fonts-wqy-microhei, so a Chinese font is always there.
    const std::optional<FontChoice> sans = chineseCapableFont("sans-serif");
    REQUIRE(sans);
    CHECK(QFontDatabase::hasFamily(sans->family));
    CHECK(drawsChinese(sans->family));
    // The font's own fontconfig file turns its hinting off.
    if (sans->family == QStringLiteral("WenQuanYi Micro Hei"))
        CHECK_FALSE(sans->hinting);

    // A family without Chinese gives way to fontconfig's Chinese sans-serif ...
    const std::optional<FontChoice> latin = chineseCapableFont("DejaVu Sans");
    REQUIRE(latin);
    CHECK(latin->family != QStringLiteral("DejaVu Sans"));
    CHECK_FALSE(drawsChinese(QStringLiteral("DejaVu Sans"))); // the check above can fail
    CHECK(drawsChinese(latin->family));
    // ... and one with Chinese stays.
    const std::optional<FontChoice> same = chineseCapableFont(sans->family.toUtf8());
    REQUIRE(same);
    CHECK(same->family == sans->family);
    CHECK(same->hinting == sans->hinting);
}

TEST_CASE("using the Chinese font keeps the platform's size and the font's hinting",
          "[gui][startup]")
{
    RestoreAppFont restore;
    QFont generic(QStringLiteral("Sans Serif"));
    generic.setPointSizeF(10.5);
    QApplication::setFont(generic);

    SECTION("the generic sans-serif takes the choice made for it")
    {
        const FontChoice choice{QStringLiteral("DejaVu Sans"), false}; // any installed family
        useChineseCapableFont(choice);
        const QFont font = QApplication::font();
        CHECK(font.family() == QStringLiteral("DejaVu Sans"));
        CHECK(font.pointSizeF() == 10.5);
        CHECK(font.hintingPreference() == QFont::PreferNoHinting);
        CHECK(QFontInfo(font).family() == QStringLiteral("DejaVu Sans"));
    }
    SECTION("a hinted font keeps the platform's hinting")
    {
        useChineseCapableFont(FontChoice{QStringLiteral("DejaVu Sans"), true});
        CHECK(QApplication::font().hintingPreference() == QFont::PreferDefaultHinting);
    }
    SECTION("without a Chinese font, or with a family Qt does not list, nothing changes")
    {
        useChineseCapableFont(std::nullopt);
        CHECK(QApplication::font() == generic);
        useChineseCapableFont(FontChoice{QStringLiteral("No Such Family 9"), false});
        CHECK(QApplication::font() == generic);
    }
    SECTION("a named platform family is looked up again rather than given the sans-serif choice")
    {
        QFont named(QStringLiteral("DejaVu Sans"));
        named.setPointSizeF(10.5);
        QApplication::setFont(named);
        useChineseCapableFont(FontChoice{QStringLiteral("DejaVu Serif"), true});
        const QString family = QApplication::font().family();
        CHECK(family != QStringLiteral("DejaVu Serif"));
        CHECK(drawsChinese(family));
        CHECK(QApplication::font().pointSizeF() == 10.5);
    }
}
