// SPDX-License-Identifier: GPL-3.0-or-later
#include "enterpriserowreader.h"
#include "errordialog.h"

#include "appsession.h"
#include "firstpaint.h"

#include <memory>

EnterpriseRowReader::EnterpriseRowReader(QObject *parent)
    : QObject(parent)
{}

EnterpriseRowReader::~EnterpriseRowReader()
{
    join();
}

bool EnterpriseRowReader::canRead(const std::string &path)
{
    // SQLite's names for a database that only its own connection sees.
    return !path.empty() && path != ":memory:" && !path.starts_with("file::memory:");
}

void EnterpriseRowReader::start(const std::string &path, std::function<void(Rows)> done)
{
    join();
    m_worker = std::thread([this, path, done = std::move(done)] {
        startupMark("list-read-start");
        auto rows = std::make_shared<Rows>(read(path));
        startupMark("list-read");
        QMetaObject::invokeMethod(
            this,
            [this, rows, done] {
                join(); // it has nothing left to do
                done(std::move(*rows));
            },
            Qt::QueuedConnection);
    });
}

// In the worker thread.
EnterpriseRowReader::Rows EnterpriseRowReader::read(const std::string &path)
{
    Rows out;
    auto db = dl::SqliteDb::open(path, dl::SqliteDb::Mode::ReadOnly);
    if (!db) {
        out.error = errorText(db.errors());
        return out;
    }
    // First (an index lookup): stale rows are of no use to the caller, which scores them first.
    const auto stale = dl::hasStaleSummaries(*db);
    out.stale = !stale || *stale; // when unsure, score
    if (out.stale)
        return out;
    auto rows = dl::enterpriseRows(*db);
    if (!rows) {
        out.error = errorText(rows.errors());
        return out;
    }
    out.rows = std::move(*rows);
    return out;
}

void EnterpriseRowReader::join()
{
    if (m_worker.joinable())
        m_worker.join();
}
