// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncrunner.h"

#include "store/store.h"

#include <memory>
#include <optional>

SyncRunner::SyncRunner(QObject *parent)
    : QObject(parent)
{}

SyncRunner::~SyncRunner()
{
    m_cancel = true;
    join();
}

void SyncRunner::start(const std::string &databasePath, dl::SyncTarget target, Done done)
{
    join();
    m_cancel = false;
    m_running = true;
    m_worker = std::thread([this, databasePath, target = std::move(target), done] {
        auto result = std::make_shared<std::optional<dl::Result<dl::SyncReport>>>();
        dl::Store::Options options;
        options.dailyBackup = false; // the window's own connection took the day's backup
        auto store = dl::Store::open(databasePath, options);
        if (!store) {
            result->emplace(store.errors());
        } else {
            result->emplace(dl::synchronise(*store, target, [this](int k, int total) {
                QMetaObject::invokeMethod(
                    this, [this, k, total] { emit stepped(k, total); }, Qt::QueuedConnection);
                return !m_cancel.load();
            }));
        }
        QMetaObject::invokeMethod(
            this,
            [this, result, done] {
                join();
                m_running = false;
                done(std::move(**result));
            },
            Qt::QueuedConnection);
    });
}

void SyncRunner::join()
{
    if (m_worker.joinable())
        m_worker.join();
}
