// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <QObject>
#include <QPointer>

class AppSession;
class MainWindow;
class UiLanguage;

// The main window's owner. A change of language in the settings takes effect at once: the
// translations are swapped and the window is made again in the new language, where the old one
// was, with the same enterprise current. Nothing is lost: every answer was saved when it was
// given.
class AppShell : public QObject
{
    Q_OBJECT

public:
    AppShell(AppSession &session, UiLanguage &language, QObject *parent = nullptr);
    ~AppShell() override;

    MainWindow *window() const { return m_window; }
    void switchLanguage(dl::Lang lang);

signals:
    // A new window (window()) replaced the old one, after a change of language.
    void windowReplaced();

private:
    MainWindow *makeWindow();

    AppSession &m_session;
    UiLanguage &m_language;
    QPointer<MainWindow> m_window;
};
