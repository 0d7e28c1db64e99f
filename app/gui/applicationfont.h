// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <QByteArray>
#include <QFont>
#include <QString>

#include <optional>

// The application font: real font families, chosen with fontconfig, rather than the generic
// "Sans Serif" Qt asks for, and one that has the Chinese glyphs in Simplified Chinese forms.
//
// Most of what DigiLevel shows is Chinese whatever the interface language: enterprise names, the
// official items, the levels. Left to itself, Qt resolves "Sans Serif" with a fontconfig sort of
// every installed font (about 2 ms before the first paint, docs/benchmarks.md), takes a font
// without Chinese (DejaVu Sans on an English system) and looks for a fallback per missing glyph,
// following the system's language: on a Japanese or English system the Han characters China and
// Japan share can come out in their Japanese forms.
//
// - Chinese interface: one family, fontconfig's sans-serif for zh-cn. Everything on screen is in
//   it, so Qt never needs a fallback, and the punctuation is Chinese (full-width quotes, centred
//   ellipsis).
// - English interface: fontconfig's sans-serif for English first, for English punctuation, then
//   the Chinese family for the data.
//
// Qt 6.4 also ignores fontconfig's "hinting" setting. fonts-wqy-microhei turns hinting off for its
// family (65-wqy-microhei.conf); the Chinese interface's font keeps that setting, which also
// spares FreeType's auto-hinter its scan of every glyph in the face on first use.
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
// Fontconfig's sans-serif for English text, when there is one. Same conditions.
std::optional<FontChoice> latinSansFont();

struct FontChoices
{
    std::optional<FontChoice> chinese;
    std::optional<FontChoice> latin;
};
// Both, for the generic sans-serif: looked up on a second thread while Qt starts.
FontChoices sansSerifChoices();

// The application font for `lang` from the platform's default font: the choices made for the
// generic sans-serif when the platform asks for it, otherwise a lookup for its named family (which
// is kept for English). The platform's size and style stay; families Qt does not list are left
// out, and without any the platform's font is returned unchanged.
QFont applicationFont(const QFont &platform, const FontChoices &forSansSerif, dl::Lang lang);
