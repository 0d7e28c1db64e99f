// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applicationfont.h"
#include "base/localtext.h"

#include <QFont>
#include <QTranslator>

#include <optional>

// The translations installed in the application: DigiLevel's own for the language, and Qt's
// (its dialogs and buttons) for Chinese. English is the source language. Made with the font
// choices, it also sets the application font for the language (applicationfont.h).
class UiLanguage
{
public:
    UiLanguage() = default;
    // After the QApplication exists: its font now is the platform's.
    explicit UiLanguage(const FontChoices &fonts);
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
    ~UiLanguage();

    // Replaces the installed translations with those of `lang`.
    void apply(dl::Lang lang);
    // The language applied (English, the source language, when none is): the one tr() shows, for
    // the texts that do not come from Qt's translations, such as the core's diagnostics.
    static dl::Lang current();

private:
    void uninstall();

    struct Fonts
    {
        QFont platform;
        FontChoices forSansSerif;
    };
    std::optional<Fonts> m_fonts;
    QTranslator m_app;
    QTranslator m_qt;
};
