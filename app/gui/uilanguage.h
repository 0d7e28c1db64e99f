// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localtext.h"

#include <QTranslator>

// The translations installed in the application: DigiLevel's own for the language, and Qt's
// (its dialogs and buttons) for Chinese. English is the source language.
class UiLanguage
{
public:
    UiLanguage() = default;
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
    ~UiLanguage();

    // Replaces the installed translations with those of `lang`.
    void apply(dl::Lang lang);

private:
    void uninstall();

    QTranslator m_app;
    QTranslator m_qt;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};
