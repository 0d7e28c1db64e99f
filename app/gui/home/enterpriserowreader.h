// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/portfolio.h"

#include <QObject>
#include <QString>

#include <functional>
#include <string>
#include <thread>
#include <vector>

// Reads the enterprise list (dl::enterpriseRows) in a worker thread over its own read-only
// connection to the database, so that the GUI thread stays free while 40,000 rows are read, and
// hands the rows over in the thread this object lives in. SQLite's WAL lets the session's own
// connection write meanwhile; the read sees the database as it was when it began.
class EnterpriseRowReader : public QObject
{
public:
    struct Rows
    {
        std::vector<dl::EnterpriseRow> rows;
        bool stale = false; // some summaries are missing (dl::hasStaleSummaries): no rows read
        QString error;      // not empty when the rows could not be read
    };

    explicit EnterpriseRowReader(QObject *parent = nullptr);
    ~EnterpriseRowReader() override; // waits for a read still running

    // Whether another connection can open the database at `path` (not an in-memory one).
    static bool canRead(const std::string &path);
    // Starts reading; `done` is called in this object's thread, unless the object is destroyed
    // first. A read still running is waited for first.
    void start(const std::string &path, std::function<void(Rows)> done);

private:
    static Rows read(const std::string &path);
    void join();

    std::thread m_worker;
};
