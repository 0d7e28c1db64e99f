// SPDX-License-Identifier: GPL-3.0-or-later
#include "appshell.h"

#include "appsession.h"
#include "home/homepage.h"
#include "mainwindow.h"
#include "uilanguage.h"

AppShell::AppShell(AppSession &session, UiLanguage &language, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_language(language)
{
    m_window = makeWindow();
}

AppShell::~AppShell()
{
    delete m_window;
}

MainWindow *AppShell::makeWindow()
{
    auto *window = new MainWindow(m_session);
    // Queued: the request comes from inside the settings dialog of the window to be replaced.
    connect(window, &MainWindow::languageChangeRequested, this, &AppShell::switchLanguage,
            Qt::QueuedConnection);
    return window;
}

void AppShell::switchLanguage(dl::Lang lang)
{
    MainWindow *old = m_window;
    const qint64 current = old ? old->homePage()->currentEnterprise() : 0;
    m_language.apply(lang);
    m_session.setLang(lang);
    m_window = makeWindow();
    if (old) {
        m_window->restoreGeometry(old->saveGeometry());
        if (old->isVisible())
            m_window->show();
        old->hide();
        old->deleteLater();
    }
    if (current) {
        HomePage *home = m_window->homePage();
        // The list is read in the background: select once the rows are in.
        auto *once = new QObject(home);
        connect(home, &HomePage::listReady, once, [home, current, once] {
            home->selectEnterprise(current);
            once->deleteLater();
        });
    }
    emit windowReplaced();
}
