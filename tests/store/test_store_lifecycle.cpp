// SPDX-License-Identifier: GPL-3.0-or-later
// The store's safety nets over its life: rolling backups, restore after corruption, refusing a
// database from a newer program, the schema of a new file, and the audit trail.

#include "storetestsupport.h"

#include "base/sha256.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <memory>

namespace fs = std::filesystem;

TEST_CASE("a corrupt file is refused and the newest backup restores it", "[store]")
{
    TempDir dir("corrupt");
    const std::string db = dir.file("damaged.sqlite");
    const std::string backupDir = db + ".backups";
    {
        // Backups are named by the second; the clock moves on so the two do not share a name.
        auto t = std::make_shared<std::chrono::system_clock::time_point>(
            std::chrono::sys_days{std::chrono::year{2026} / 3 / 1});
        dl::Store::Options options;
        options.clock = [t] { return *t; };
        auto store = dl::Store::open(db, options); // takes the first daily backup
        REQUIRE(store.ok());
        const auto assessmentId = setUp(*store);
        REQUIRE(store->setAnswer(assessmentId, figure("production-units", "41"), "t").ok());
        *t += std::chrono::minutes(5);
        REQUIRE(store->rollingBackup().ok()); // the newest backup holds the answer
        REQUIRE(store->setAnswer(assessmentId, figure("production-units", "42"), "t").ok());
    }
    REQUIRE(dailyBackupsIn(backupDir).size() == 2);
    std::string bytes = readFile(db);
    REQUIRE(bytes.size() > 4096 * 3);

    SECTION("junk over the header")
    {
        for (std::size_t k = 0; k < 100; ++k)
            bytes[k] = char(0xA5 ^ k);
    }
    SECTION("junk over a page in the middle")
    {
        for (std::size_t k = 4096 * 2; k < 4096 * 3; ++k)
            bytes[k] = char(0x5A ^ (k * 7));
    }
    writeFile(db, bytes);

    {
        auto store = dl::Store::open(db);
        REQUIRE_FALSE(store.ok());
        INFO(describe(store.errors()));
        CHECK(store.errors().front().code == "database-corrupt");
        // The message offers the way out: where the automatic backups are.
        CHECK(store.errors().front().message.find(backupDir) != std::string::npos);
    }

    const auto backups = dailyBackupsIn(backupDir);
    REQUIRE(!backups.empty());
    auto restored = dl::restoreBackup(backups.front(), db);
    INFO((restored.ok() ? std::string() : describe(restored.errors())));
    REQUIRE(restored.ok());
    CHECK(fs::exists(db + ".damaged")); // set aside, not deleted
    auto store = dl::Store::open(db, quietOptions());
    INFO((store.ok() ? std::string() : describe(store.errors())));
    REQUIRE(store.ok());
    auto check = store->integrityCheck();
    REQUIRE(check.ok());
    CHECK(*check == std::vector<std::string>{"ok"});
    CHECK(storedFigures(*store).at("production-units") == 41);
}

TEST_CASE("a database from a newer program is refused and left unchanged", "[store]")
{
    TempDir dir("too-new");
    const std::string db = dir.file("future.sqlite");
    {
        auto store = dl::Store::open(db, quietOptions());
        REQUIRE(store.ok());
        const auto assessmentId = setUp(*store);
        REQUIRE(store->setAnswer(assessmentId, figure("production-units", "5"), "t").ok());
        REQUIRE_FALSE(store->db().exec("PRAGMA user_version = 99"));
    }
    REQUIRE_FALSE(fs::exists(db + "-wal"));
    const std::string before = sha256OfFile(db);

    for (bool daily : {false, true}) {
        dl::Store::Options options;
        options.dailyBackup = daily;
        auto store = dl::Store::open(db, options);
        REQUIRE_FALSE(store.ok());
        INFO(describe(store.errors()));
        CHECK(store.errors().front().code == "database-too-new");
        CHECK(store.errors().front().message.find("99") != std::string::npos);
    }
    CHECK(sha256OfFile(db) == before);
    CHECK_FALSE(fs::exists(db + ".backups"));
}

TEST_CASE("rolling backups keep one a day and the newest seven", "[store]")
{
    TempDir dir("rolling");
    const std::string db = dir.file("daily.sqlite");
    using namespace std::chrono;
    const auto first = sys_days{year{2026} / January / 1} + hours{9};
    auto openOn = [&](int day) {
        dl::Store::Options options;
        options.clock = [t = first + days{day}] { return system_clock::time_point(t); };
        auto store = dl::Store::open(db, options);
        REQUIRE(store.ok());
        return std::move(*store);
    };
    for (int day = 0; day < 10; ++day) {
        auto store = openOn(day);
        if (day == 0)
            setUp(store);
        CHECK(store.backups().size() == std::size_t(std::min(day + 1, 7)));
    }
    auto store = openOn(9); // a second open on the same day takes no second backup
    const auto list = store.backups();
    REQUIRE(list.size() == 7);
    CHECK(list == dailyBackupsIn(db + ".backups"));
    for (int k = 0; k < 7; ++k) {
        const std::string date =
            "2026-01-" + std::string(10 - k < 10 ? "0" : "") + std::to_string(10 - k);
        INFO("backup " << k << ": " << list[std::size_t(k)]);
        CHECK(fs::path(list[std::size_t(k)]).filename().string().find(date) != std::string::npos);
    }
    // A backup is a complete database.
    auto copy = dl::Store::open(list.front(), quietOptions());
    REQUIRE(copy.ok());
    CHECK(copy->assessments()->size() == 1);
}

TEST_CASE("a new database is at the current schema and reopening changes nothing", "[store]")
{
    TempDir dir("schema");
    const std::string db = dir.file("fresh.sqlite");
    const char *tables[] = {"enterprise", "model",         "assessment",     "answer",
                            "audit",      "evidence_file", "evidence_check", "conflict"};
    {
        auto store = dl::Store::open(db, quietOptions());
        REQUIRE(store.ok());
        CHECK(pragmaNumber(*store, "user_version") == dl::Store::kSchemaVersion);
        CHECK(pragmaText(*store, "journal_mode") == "wal");
        CHECK(pragmaNumber(*store, "foreign_keys") == 1);
        CHECK(pragmaNumber(*store, "synchronous") == 2); // FULL
        for (const char *t : tables)
            CHECK(hasTable(*store, t));
        const auto assessmentId = setUp(*store);
        REQUIRE(store->setAnswer(assessmentId, figure("production-units", "3"), "t").ok());
    }
    for (int again = 0; again < 2; ++again) {
        auto store = dl::Store::open(db, quietOptions());
        REQUIRE(store.ok());
        CHECK(pragmaNumber(*store, "user_version") == dl::Store::kSchemaVersion);
        CHECK(storedFigures(*store).at("production-units") == 3);
        CHECK(store->enterprises()->size() == 1);
    }
    // Nothing to migrate, so no "before-schema" copy.
    std::error_code ec;
    for (const auto &entry : fs::directory_iterator(db + ".backups", ec))
        CHECK_FALSE(entry.path().filename().string().starts_with("before-schema-"));

    SECTION("a version-0 file keeps its own tables when the schema is added")
    {
        const std::string old = dir.file("old.sqlite");
        {
            auto raw = dl::SqliteDb::open(old);
            REQUIRE(raw.ok());
            REQUIRE_FALSE(
                raw->exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')"));
        }
        auto store = dl::Store::open(old, quietOptions());
        REQUIRE(store.ok());
        CHECK(pragmaNumber(*store, "user_version") == dl::Store::kSchemaVersion);
        for (const char *t : tables)
            CHECK(hasTable(*store, t));
        auto st = store->db().prepare("SELECT text FROM notes");
        REQUIRE(st.ok());
        REQUIRE(*st->step());
        CHECK(st->text(0) == "kept");
    }
}

TEST_CASE("every answer change leaves an audit row with old and new value", "[store]")
{
    TempDir dir("audit");
    auto store = dl::Store::open(dir.file("audit.sqlite"), quietOptions());
    REQUIRE(store.ok());
    const auto assessmentId = setUp(*store);
    REQUIRE(store->setAnswer(assessmentId, figure("production-units", "10"), "alice").ok());
    REQUIRE(store->setAnswer(assessmentId, figure("production-units", "12"), "bob").ok());
    REQUIRE(store
                ->clearAnswer(assessmentId, dl::Layer::Self, dl::AnswerKind::Figure,
                              "production-units", "carol")
                .ok());
    // Clearing what is not there changes nothing and logs nothing.
    REQUIRE(store
                ->clearAnswer(assessmentId, dl::Layer::Self, dl::AnswerKind::Figure,
                              "digital-units", "carol")
                .ok());

    auto audit = store->audit(assessmentId);
    REQUIRE(audit.ok());
    REQUIRE(audit->size() == 3);
    const auto &a = *audit;
    CHECK(a[0].key == "production-units");
    CHECK_FALSE(a[0].oldValue.has_value());
    CHECK(a[0].newValue == std::optional<std::string>("10"));
    CHECK(a[0].changedBy == "alice");
    CHECK(a[1].oldValue == std::optional<std::string>("10"));
    CHECK(a[1].newValue == std::optional<std::string>("12"));
    CHECK(a[1].changedBy == "bob");
    CHECK(a[2].oldValue == std::optional<std::string>("12"));
    CHECK_FALSE(a[2].newValue.has_value());
    CHECK(a[2].changedBy == "carol");
    CHECK(a[0].id < a[1].id);
    CHECK(a[1].id < a[2].id);
    CHECK(storedFigures(*store).empty());
}

TEST_CASE("backups taken within one second keep apart, and are listed without an open store",
          "[store]")
{
    TempDir dir("same-second");
    const std::string db = dir.file("busy.sqlite");
    dl::Store::Options options = quietOptions();
    options.clock = [] {
        return std::chrono::system_clock::time_point(
            std::chrono::sys_days{std::chrono::year{2026} / 5 / 4});
    };
    std::vector<std::string> made;
    {
        auto store = dl::Store::open(db, options);
        REQUIRE(store.ok());
        const auto assessmentId = setUp(*store);
        for (const char *value : {"1", "2", "3"}) {
            REQUIRE(store->setAnswer(assessmentId, figure("units", value), "t").ok());
            auto b = store->rollingBackup();
            REQUIRE(b.ok());
            made.push_back(*b);
        }
    }
    // Three distinct files, the newest listed first; the listing needs no open store (a
    // caller whose open failed must still find them).
    const auto listed = dl::listBackups(dl::defaultBackupDir(db));
    REQUIRE(listed.size() == 3);
    CHECK(listed == std::vector<std::string>{made[2], made[1], made[0]});
    CHECK(listed == dailyBackupsIn(db + ".backups"));
    // Each holds the value written just before it.
    for (int k = 0; k < 3; ++k) {
        auto copy = dl::Store::open(made[std::size_t(k)], quietOptions());
        REQUIRE(copy.ok());
        auto answers = copy->answers(1);
        REQUIRE(answers.ok());
        REQUIRE(answers->size() == 1);
        CHECK(answers->front().value == std::to_string(k + 1));
    }
}

TEST_CASE("a large database is fully checked once a day, before that day's backup", "[store]")
{
    TempDir dir("daily-check");
    const std::string db = dir.file("office.sqlite");
    dl::Store::Options options;
    options.fullCheckBelowBytes = 0; // every file counts as large here
    options.clock = [] {
        return std::chrono::system_clock::time_point(
            std::chrono::sys_days{std::chrono::year{2026} / 6 / 1});
    };
    {
        auto store = dl::Store::open(db, options); // first open: full check, then the backup
        REQUIRE(store.ok());
        setUp(*store);
        REQUIRE(store->backups().size() == 1);
    }
    CHECK_FALSE(dl::Store::opensSlowly(db, options)); // backed up today
    // The same day: a light check only, and the file still opens and reads.
    {
        dl::Store::Options sameDay = options;
        int told = 0;
        sameDay.onSlowStep = [&](dl::Store::SlowStep) { ++told; };
        auto again = dl::Store::open(db, sameDay);
        REQUIRE(again.ok());
        CHECK(again->assessments()->size() == 1);
        CHECK(told == 0);
    }
    // The next day: the full check and the backup again, each announced to the caller (the GUI
    // explains the wait with them); a file below the size limit announces neither.
    using Step = dl::Store::SlowStep;
    for (const bool large : {true, false}) {
        std::vector<Step> told;
        dl::Store::Options next = options;
        next.clock = [large] {
            return std::chrono::system_clock::time_point(
                std::chrono::sys_days{std::chrono::year{2026} / 6 / (large ? 2 : 3)});
        };
        next.fullCheckBelowBytes = large ? 0 : std::uintmax_t(1) << 40;
        next.onSlowStep = [&](Step step) { told.push_back(step); };
        CHECK(dl::Store::opensSlowly(db, next) == large); // foreseen as it turns out
        auto nextDay = dl::Store::open(db, next);
        REQUIRE(nextDay.ok());
        CHECK(nextDay->backups().size() == (large ? 2u : 3u));
        CHECK(told == (large ? std::vector<Step>{Step::FullCheck, Step::DailyBackup}
                             : std::vector<Step>{}));
    }
    // A file that is not a database is refused by the light check too.
    std::ofstream(db, std::ios::binary | std::ios::trunc) << std::string(8192, 'x');
    fs::remove(db + "-wal");
    fs::remove(db + "-shm");
    auto garbage = dl::Store::open(db, options);
    REQUIRE_FALSE(garbage.ok());
    CHECK(garbage.errors().front().code == "database-corrupt");
}
