// SPDX-License-Identifier: GPL-3.0-or-later
// Opening the database before the window is up: a slow opening says what it is doing.
#include "storeopener.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <thread>

namespace {

// The label of every progress dialog on screen, each text once, while `work` runs.
QStringList progressShownDuring(const std::function<void()> &work)
{
    QStringList seen;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<QProgressDialog *>(w); d && d->isVisible())
                if (!seen.contains(d->labelText()))
                    seen << d->labelText();
    });
    poll.start();
    work();
    return seen;
}

} // namespace

TEST_CASE("the first opening of a large database each day says it is checking and backing up",
          "[gui][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.sqlite"));
    dl::Store::Options options;
    options.fullCheckBelowBytes = 0; // every file counts as large
    {
        dl::Store::Options quiet = options;
        quiet.dailyBackup = false;
        REQUIRE(dl::Store::open(path.toStdString(), quiet).ok()); // the file exists, no backup
    }
    // The check of this small file is quick; held for a while here as a large one's would be.
    options.onSlowStep = [](dl::Store::SlowStep step) {
        if (step == dl::Store::SlowStep::FullCheck)
            std::this_thread::sleep_for(std::chrono::milliseconds(900));
    };
    std::optional<dl::Store> store;
    const QStringList seen =
        progressShownDuring([&] { store = openStoreInteractively(path, options); });
    REQUIRE(store);
    CHECK(store->backups().size() == 1);
    REQUIRE_FALSE(seen.isEmpty());
    CHECK(seen.front().startsWith(QStringLiteral("Checking every page of the database "
                                                 "office.sqlite.")));
    // The backup of this small file may be over before the dialog repaints.
    for (const QString &label : seen.mid(1))
        CHECK(label.startsWith(QStringLiteral("Making today's backup of the database "
                                              "office.sqlite.")));
    // Nothing stays on screen.
    for (QWidget *w : QApplication::topLevelWidgets())
        CHECK_FALSE((qobject_cast<QProgressDialog *>(w) && w->isVisible()));

    SECTION("the same day, it opens at once without a word")
    {
        store.reset();
        std::atomic<int> told{0}; // counted on the opening thread, checked here
        options.onSlowStep = [&told](dl::Store::SlowStep) { ++told; };
        const QStringList again =
            progressShownDuring([&] { store = openStoreInteractively(path, options); });
        REQUIRE(store);
        CHECK(again.isEmpty());
        CHECK(told == 0);
    }
}

TEST_CASE("the database opened while Qt starts is used only for the same path and when quick",
          "[gui][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop.sqlite"));
    {
        EarlyStoreOpening early(path); // a new database: created, quickly
        auto store = early.take(path);
        REQUIRE(store);
        CHECK(store->enterprises()->empty());
    }
    {
        EarlyStoreOpening early(path);
        CHECK_FALSE(early.take(dir.filePath(QStringLiteral("other.sqlite")))); // not the one
    }
    {
        EarlyStoreOpening early(path);
        // Not taken: waited for and closed when it goes.
    }
    SECTION("the day's slow first opening is not begun early; it waits for its dialog")
    {
        dl::Store::Options large;
        large.fullCheckBelowBytes = 0;
        const auto backupsBefore = dl::listBackups(path.toStdString() + ".backups").size();
        large.clock = [] { // another day
            return std::chrono::system_clock::now() + std::chrono::hours(48);
        };
        EarlyStoreOpening early(path, large);
        CHECK_FALSE(early.take(path));
        CHECK(dl::listBackups(path.toStdString() + ".backups").size() == backupsBefore);
    }
    SECTION("a file that is not a database is left to the opening that explains it")
    {
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        EarlyStoreOpening early(junk);
        CHECK_FALSE(early.take(junk));
    }
}
