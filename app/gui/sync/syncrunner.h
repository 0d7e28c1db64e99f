// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "server/sync.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <string>
#include <thread>

// Runs one synchronisation on a worker thread with its own connection to the database, so that
// a slow or unreachable server never holds the window (the user keeps working; SQLite serialises
// the writes). Steps are reported to the GUI thread; cancel() stops at the next batch boundary.
class SyncRunner : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(dl::Result<dl::SyncReport>)>;

    explicit SyncRunner(QObject *parent = nullptr);
    ~SyncRunner() override;

    // `done` is called on the GUI thread.
    void start(const std::string &databasePath, dl::SyncTarget target, Done done);
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_running; }

signals:
    void stepped(int done, int total);

private:
    void join();

    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};
