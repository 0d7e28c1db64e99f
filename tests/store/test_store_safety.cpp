// SPDX-License-Identifier: GPL-3.0-or-later
// The store when things go wrong: two processes on one file, a read-only folder, a full disk,
// the file deleted underneath, a corrupt file, a file from a newer program; and the safety
// nets: rolling backups, migrations, the audit trail.

#include "storetestsupport.h"

#include "base/sha256.h"

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <memory>

namespace fs = std::filesystem;

namespace {

// Unmounts on the way out, before the TempDir holding the mount point is removed.
struct MountGuard
{
    std::string dir;
    bool mounted = false;
    ~MountGuard()
    {
        if (mounted)
            unmount(dir);
    }
};

bool isClearFileError(const std::string &code)
{
    return code == "read-only" || code == "database-cannot-open";
}

} // namespace

TEST_CASE("two processes writing one database lose nothing", "[store]")
{
    TempDir dir("two-writers");
    const std::string db = dir.file("shared.sqlite");
    REQUIRE(runWriter({writerPath(), db, "0", "0"}, dir.file("setup.stderr")) == 0);

    const auto ids = figureIds();
    REQUIRE(ids.size() >= 4);
    const std::vector<std::string> keysA(ids.begin(), ids.begin() + long(ids.size() / 2));
    const std::vector<std::string> keysB(ids.begin() + long(ids.size() / 2), ids.end());
    constexpr int kCount = 500;

    WriterProcess a({writerPath(), db, "11", std::to_string(kCount), joinKeys(keysA)},
                    dir.file("a.stderr"));
    WriterProcess b({writerPath(), db, "22", std::to_string(kCount), joinKeys(keysB)},
                    dir.file("b.stderr"));
    REQUIRE(a.started());
    REQUIRE(b.started());
    Acks acksA, acksB;
    bool openA = true, openB = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while ((openA || openB) && std::chrono::steady_clock::now() < deadline) {
        std::vector<std::string> lines;
        if (openA) {
            openA = a.read(openB ? 5 : 200, lines);
            for (const auto &l : lines)
                REQUIRE(acksA.add(l));
        }
        lines.clear();
        if (openB) {
            openB = b.read(openA ? 5 : 200, lines);
            for (const auto &l : lines)
                REQUIRE(acksB.add(l));
        }
    }
    REQUIRE_FALSE(openA);
    REQUIRE_FALSE(openB);
    const int statusA = a.wait(), statusB = b.wait();

    // A writer may give up only with a clear "in use" message.
    for (auto [status, acks, process] : {std::tuple{statusA, &acksA, &a}, {statusB, &acksB, &b}}) {
        INFO("stderr: " << process->stderrText());
        REQUIRE(WIFEXITED(status));
        if (WEXITSTATUS(status) == 0)
            CHECK(acks->total == kCount);
        else
            CHECK(process->stderrText().find("database-busy") != std::string::npos);
    }

    auto store = dl::Store::open(db, quietOptions());
    REQUIRE(store.ok());
    auto check = store->integrityCheck();
    REQUIRE(check.ok());
    CHECK(*check == std::vector<std::string>{"ok"});
    std::int64_t assessmentId = 0;
    const auto stored = storedFigures(*store, &assessmentId);
    // Each key belongs to one writer, so its stored value is exactly its last ack.
    for (const Acks *acks : {&acksA, &acksB}) {
        for (const auto &[key, value] : acks->last) {
            INFO("key " << key);
            REQUIRE(stored.count(key) == 1);
            CHECK(stored.at(key) == value);
        }
    }
    // One audit row per acknowledged change, none more.
    auto audit = store->audit(assessmentId);
    REQUIRE(audit.ok());
    CHECK(std::int64_t(audit->size()) == acksA.total + acksB.total);
}

TEST_CASE("processes opening a new database at the same moment", "[store]")
{
    // The first open creates the schema; the others must wait for it, or say "in use".
    TempDir dir("first-open");
    constexpr int kRounds = 8, kProcesses = 4;
    for (int round = 0; round < kRounds; ++round) {
        const std::string db = dir.file("new-" + std::to_string(round) + ".sqlite");
        std::vector<pid_t> children;
        for (int k = 0; k < kProcesses; ++k) {
            const std::string report =
                dir.file("open-" + std::to_string(round) + "-" + std::to_string(k) + ".txt");
            const pid_t pid = ::fork();
            REQUIRE(pid >= 0);
            if (pid == 0) {
                auto store = dl::Store::open(db, quietOptions());
                std::ofstream out(report);
                if (store)
                    out << "ok";
                else
                    out << describe(store.errors());
                out.close();
                ::_exit(0);
            }
            children.push_back(pid);
        }
        for (pid_t pid : children) {
            int status = 0;
            REQUIRE(::waitpid(pid, &status, 0) == pid);
            CHECK(WIFEXITED(status));
        }
        for (int k = 0; k < kProcesses; ++k) {
            const std::string result = readFile(
                dir.file("open-" + std::to_string(round) + "-" + std::to_string(k) + ".txt"));
            INFO("round " << round << ", process " << k << ": " << result);
            CHECK((result == "ok" || result.starts_with("database-busy")));
        }
        auto store = dl::Store::open(db, quietOptions());
        REQUIRE(store.ok());
        CHECK(pragmaNumber(*store, "user_version") == dl::Store::kSchemaVersion);
        CHECK(*store->integrityCheck() == std::vector<std::string>{"ok"});
    }
}

TEST_CASE("a read-only folder gives a clear error and changes nothing", "[store]")
{
    TempDir dir("read-only");
    const std::string folder = dir.file("locked");
    fs::create_directories(folder);
    MountGuard guard{folder};

    // Root ignores permission bits, so as root the folder becomes a read-only tmpfs instead.
    if (isRoot()) {
        guard.mounted = mountTmpfs(folder, "size=512k");
        if (!guard.mounted) {
            WARN("skipped: running as root and mounting a tmpfs is not permitted, so no folder "
                 "can be made read-only for this process");
            return;
        }
    }
    std::int64_t assessmentId = 0;
    const std::string existing = folder + "/existing.sqlite";
    {
        auto store = dl::Store::open(existing, quietOptions());
        REQUIRE(store.ok());
        assessmentId = setUp(*store);
        REQUIRE(store->setAnswer(assessmentId, figure("production-units", "7"), "t").ok());
    }
    const std::string before = sha256OfFile(existing);
    if (isRoot())
        REQUIRE(remountReadOnly(folder));
    else
        fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec |
                                    fs::perms::group_read | fs::perms::group_exec |
                                    fs::perms::others_read | fs::perms::others_exec);

    SECTION("a new database there cannot be created")
    {
        const std::string fresh = folder + "/new.sqlite";
        auto store = dl::Store::open(fresh);
        REQUIRE_FALSE(store.ok());
        INFO(describe(store.errors()));
        CHECK(isClearFileError(store.errors().front().code));
        CHECK_FALSE(fs::exists(fresh));
    }
    SECTION("an existing database there is refused or read but never half-written")
    {
        auto store = dl::Store::open(existing, quietOptions());
        if (store.ok()) {
            auto done = store->setAnswer(assessmentId, figure("production-units", "8"), "t");
            REQUIRE_FALSE(done.ok());
            INFO(describe(done.errors()));
            CHECK(isClearFileError(done.errors().front().code));
            CHECK(storedFigures(*store).at("production-units") == 7);
        } else {
            INFO(describe(store.errors()));
            CHECK(isClearFileError(store.errors().front().code));
        }
    }
    CHECK(sha256OfFile(existing) == before);
}

TEST_CASE("a full disk gives disk-full and keeps every acknowledged change", "[store]")
{
    TempDir dir("disk-full");
    const std::string folder = dir.file("small");
    fs::create_directories(folder);
    MountGuard guard{folder};
    guard.mounted = mountTmpfs(folder, "size=1m");
    if (!guard.mounted) {
        WARN("skipped: mounting a small tmpfs is not permitted here (needs root or "
             "CAP_SYS_ADMIN), so a full disk cannot be simulated");
        return;
    }
    const std::string db = folder + "/full.sqlite";
    const std::string filler = folder + "/filler";
    std::vector<std::string> acked;
    std::string failedKey;
    std::int64_t assessmentId = 0;
    {
        auto store = dl::Store::open(db, quietOptions());
        REQUIRE(store.ok());
        assessmentId = setUp(*store);
        writeFile(filler, std::string(64 * 1024, 'x')); // freed later, to show recovery
        const std::string note(3000, 'n');
        for (int n = 0; n < 2000; ++n) {
            const std::string key = "k-" + std::to_string(n);
            auto done = store->setAnswer(assessmentId, figure(key, std::to_string(n), note), "t");
            if (!done) {
                INFO(describe(done.errors()));
                CHECK(done.errors().front().code == "disk-full");
                failedKey = key;
                break;
            }
            acked.push_back(key);
        }
        REQUIRE_FALSE(failedKey.empty());
        REQUIRE(acked.size() > 10);

        // Still readable, and the failed change left nothing behind.
        auto check = store->integrityCheck();
        REQUIRE(check.ok());
        CHECK(*check == std::vector<std::string>{"ok"});
        const auto stored = storedFigures(*store);
        CHECK(stored.size() == acked.size());
        CHECK(stored.count(failedKey) == 0);
        auto audit = store->audit(assessmentId);
        REQUIRE(audit.ok());
        CHECK(audit->size() == acked.size());

        // With space again, the same change goes through.
        fs::remove(filler);
        auto retried = store->setAnswer(assessmentId, figure(failedKey, "retried"), "t");
        INFO((retried.ok() ? std::string() : describe(retried.errors())));
        CHECK(retried.ok());
        if (retried.ok())
            acked.push_back(failedKey);
    }
    auto store = dl::Store::open(db, quietOptions());
    INFO((store.ok() ? std::string() : describe(store.errors())));
    REQUIRE(store.ok());
    auto check = store->integrityCheck();
    REQUIRE(check.ok());
    CHECK(*check == std::vector<std::string>{"ok"});
    const auto stored = storedFigures(*store);
    for (const auto &key : acked)
        CHECK(stored.count(key) == 1);
    CHECK(stored.size() == acked.size());
}

TEST_CASE("the database file deleted underneath an open store", "[store]")
{
    TempDir dir("deleted");
    const std::string db = dir.file("gone.sqlite");
    bool acknowledged = false;
    {
        auto store = dl::Store::open(db, quietOptions());
        REQUIRE(store.ok());
        const auto assessmentId = setUp(*store);
        REQUIRE(store->setAnswer(assessmentId, figure("production-units", "1"), "t").ok());
        REQUIRE(fs::remove(db));

        auto done = store->setAnswer(assessmentId, figure("production-units", "2"), "t");
        if (done.ok()) {
            acknowledged = true;
        } else {
            INFO(describe(done.errors()));
            CHECK(done.errors().front().code != "database-error");
            CHECK_FALSE(done.errors().front().message.empty());
        }
    }
    // Whatever happened, the path opens again: an acknowledged change must be there, and
    // otherwise the store starts afresh.
    auto store = dl::Store::open(db, quietOptions());
    INFO((store.ok() ? std::string() : describe(store.errors())));
    REQUIRE(store.ok());
    auto check = store->integrityCheck();
    REQUIRE(check.ok());
    CHECK(*check == std::vector<std::string>{"ok"});
    auto all = store->assessments();
    REQUIRE(all.ok());
    if (acknowledged) {
        INFO("setAnswer reported success after the file was deleted; the change must not be "
             "lost silently");
        REQUIRE(all->size() == 1);
        CHECK(storedFigures(*store).at("production-units") == 2);
    } else {
        CHECK(all->empty());
    }
}

TEST_CASE("SQLite's constraint errors reach the caller as codes, not as message text", "[store]")
{
    TempDir dir("constraints");
    auto store = dl::Store::open(dir.file("db.sqlite"), quietOptions());
    REQUIRE(store.ok());

    // A second enterprise with the uuid of the first: a UNIQUE violation.
    dl::Enterprise e;
    e.name = "甲";
    auto first = store->addEnterprise(e);
    REQUIRE(first.ok());
    e.uuid = first->uuid;
    auto twice = store->addEnterprise(e);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errors().front().code == "constraint-unique");
    CHECK(dl::dbError(twice.errors().front()) == dl::DbError::Unique);

    // Each kind of constraint of the schema, provoked directly.
    struct Case
    {
        const char *sql;
        dl::DbError expected;
    };
    const Case cases[] = {
        {"INSERT INTO enterprise (uuid, name, created_at, updated_at) VALUES ('u', '', 't', 't')",
         dl::DbError::Check},
        {"INSERT INTO enterprise (uuid, name, updated_at) VALUES ('v', 'x', 't')",
         dl::DbError::NotNull},
        {"INSERT INTO assessment (uuid, enterprise_id, model_hash, created_at, updated_at) "
         "VALUES ('w', 999, 'none', 't', 't')",
         dl::DbError::ForeignKey},
        {"INSERT INTO model (content_hash, model_id, version, content) VALUES ('h', 'm', '1', ''), "
         "('h', 'm', '1', '')",
         dl::DbError::PrimaryKey},
    };
    for (const Case &c : cases) {
        INFO(c.sql);
        const auto err = store->db().exec(c.sql);
        REQUIRE(err.has_value());
        CHECK(dl::dbError(*err) == c.expected);
        CHECK(err->code == dl::key(c.expected));
    }
    // A store call turns the foreign key into a message about what is missing.
    auto orphan =
        store->newAssessment(4242, tinyModel(), "tiny model", "t", "", dl::AssessmentMode::Self);
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.errors().front().code == "not-found");
    // Codes that are not SQLite's are not database errors.
    CHECK_FALSE(dl::dbError(orphan.errors().front()).has_value());
    CHECK(dl::parseDbError("constraint-unique") == dl::DbError::Unique);
    CHECK(dl::dbErrorFromCode(2067 /* SQLITE_CONSTRAINT_UNIQUE */) == dl::DbError::Unique);
}
