// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The application font: one real font family that has the Chinese glyphs, as fontconfig
// chooses it for Simplified Chinese.
//
// Most of what DigiLevel shows is Chinese whatever the interface language: enterprise names, the
// official items, the levels. Left to itself, Qt asks for the platform's default family (the
// generic "Sans Serif", DejaVu Sans on an English system) and looks for a fallback font for every
// glyph that family lacks. That costs a fontconfig sort of every installed font before the first
// paint (about 2 ms, docs/benchmarks.md), and on a Japanese or English system the fallback follows
// the system's language, which can draw the Han characters China and Japan share in their Japanese
// forms.
//
// Qt 6.4 also ignores fontconfig's "hinting" setting. fonts-wqy-microhei turns hinting off for its
// family (65-wqy-microhei.conf); the font chosen here keeps that setting, which also spares
// FreeType's auto-hinter its scan of every glyph in the face on first use.
struct FontChoice
{
    QString family; // the family's English name, as Qt's font database lists it
    bool hinting = true;
};

// The font fontconfig gives for `family` (a family name or a generic one such as "sans-serif")
// when it has Chinese glyphs, otherwise fontconfig's sans-serif for Simplified Chinese, otherwise
// nothing (no Chinese font installed). Fontconfig only: callable on any thread before the
// QApplication exists.
std::optional<FontChoice> chineseCapableFont(const QByteArray &family);

// Makes the application font `choice`'s family at the platform's size. `forSansSerif` is
// chineseCapableFont("sans-serif"), looked up early on another thread; the lookup is made again
// here when the platform's default font is a named family rather than the generic one.
void useChineseCapableFont(const std::optional<FontChoice> &forSansSerif);
