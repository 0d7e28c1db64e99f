// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/sync.h"

#include <QObject>
#include <QString>

class AppSession;
class QLabel;
class QTimer;
class QWidget;
class SyncRunner;

// File ▸ Synchronise and the team server's line in the status bar. A sync the user starts shows
// its progress with Cancel, asks for the password when the server wants one (kept in the
// keyring, else for the session) and opens the conflicts it found; an automatic one (every N
// minutes, Settings ▸ Team server) runs silently and only says in the status bar what happened.
// Neither blocks work: the sync runs on its own thread and connection (SyncRunner).
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(AppSession &session, QWidget *window);
    ~SyncController() override;

    // The status bar's widget: the last sync and the local changes waiting to be sent.
    QLabel *statusLabel() const { return m_status; }
    bool isRunning() const;

    void synchroniseNow();   // as the user asked: dialogs where needed
    void synchroniseQuiet(); // as the timer does: the status bar only
    // Reads the settings again (after Settings ▸ OK): the timer's interval.
    void applySettings();
    void refreshStatus();

signals:
    // After every sync, successful or not (the tests wait for it).
    void finished(bool ok);

private:
    void start(bool interactive, const QString &password);
    void done(bool interactive, const QString &password, dl::Result<dl::SyncReport> result);
    QString account() const;

    AppSession &m_session;
    QWidget *m_window;
    SyncRunner *m_runner = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_timer = nullptr;
    QString m_lastProblem; // shown in the status bar until the next good sync
};
