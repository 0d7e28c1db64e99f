// SPDX-License-Identifier: GPL-3.0-or-later
// Opening databases written by earlier versions: every earlier schema has a fixture (an SQL
// dump of a database the program of that version wrote, in tests/data/store/), which must come
// up at the current schema with a backup of the original and every answer intact.

#include "storetestsupport.h"
#include "testsupport.h"

#include "base/sha256.h"
#include "store/answerrows.h"
#include "store/portfolio.h"
#include "store/sqlitedb.h"
#include "store/storedassessment.h"
#include "store/storeschema.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

namespace {

// Rebuilds a fixture database from its dump.
void restoreDump(const std::string &dumpFile, const std::string &database)
{
    auto raw = dl::SqliteDb::open(database);
    REQUIRE(raw.ok());
    const std::string sql = readFile(dumpFile);
    REQUIRE_FALSE(sql.empty());
    auto err = raw->exec(sql);
    INFO((err ? err->toString() : std::string()));
    REQUIRE_FALSE(err);
}

std::int64_t count(dl::SqliteDb &db, const std::string &sql)
{
    auto st = db.prepare(sql);
    REQUIRE(st.ok());
    REQUIRE(*st->step());
    return st->integer(0);
}

} // namespace

TEST_CASE("a schema-1 database migrates to the current schema with a backup and nothing lost",
          "[migration]")
{
    TempDir dir("migration-v1");
    const std::string db = dir.file("v1.sqlite");
    restoreDump(testData("store/schema-v1.sql"), db);
    {
        auto raw = dl::SqliteDb::open(db);
        REQUIRE(raw.ok());
        REQUIRE(count(*raw, "PRAGMA user_version") == 1);
    }

    dl::Store::Options options = quietOptions();
    std::vector<dl::Store::SlowStep> told;
    options.onSlowStep = [&](dl::Store::SlowStep step) { told.push_back(step); };
    auto store = dl::Store::open(db, options);
    INFO((store.ok() ? std::string() : store.errors().front().toString()));
    REQUIRE(store.ok());
    // The copy before the upgrade is announced, however small the file.
    CHECK(told == std::vector<dl::Store::SlowStep>{dl::Store::SlowStep::UpgradeBackup});
    CHECK(count(store->db(), "PRAGMA user_version") == dl::Store::kSchemaVersion);
    auto integrity = store->integrityCheck(false);
    REQUIRE(integrity.ok());
    CHECK(*integrity == std::vector<std::string>{"ok"});

    // The copy taken before migrating is the schema-1 file as it was.
    std::string backupFile;
    for (const auto &entry : std::filesystem::directory_iterator(db + ".backups"))
        if (entry.path().filename().string().starts_with("before-schema-2-"))
            backupFile = entry.path().string();
    REQUIRE_FALSE(backupFile.empty());
    {
        auto copy = dl::SqliteDb::open(backupFile, dl::SqliteDb::Mode::ReadOnly);
        REQUIRE(copy.ok());
        CHECK(count(*copy, "PRAGMA user_version") == 1);
        CHECK(count(*copy, "SELECT count(*) FROM answer") == 10);
    }

    // What the schema-1 program stored (see the dump's header): one enterprise, one assessment
    // of the minimal model with 9 self answers and 1 verified answer, 12 audit rows (11 answer
    // changes, the planning scenario answered twice, and the status change), one evidence file.
    auto enterprises = store->enterprises();
    REQUIRE(enterprises.ok());
    REQUIRE(enterprises->size() == 1);
    CHECK(enterprises->front().name == "杭州示例机械有限公司");
    CHECK(enterprises->front().sizeClass == dl::SizeClass::Small);
    CHECK(count(store->db(), "SELECT count(*) FROM answer") == 10);
    CHECK(count(store->db(), "SELECT count(*) FROM audit") == 12);
    CHECK(count(store->db(), "SELECT count(*) FROM evidence_file") == 1);

    // Scores as before. By hand (tests/data/models/README.md): network wired + wireless 2,
    // digital share 30/40 = 75 % -> 2, systems "several" 2, security policy 2: base 8; scenarios
    // planning 1, quality 1, finance 2, stock 1 -> level 1 (level 2 needs base 16). The verified
    // view has systems "all" (4): base 10, still level 1.
    auto loaded = dl::loadAssessment(*store, "1");
    REQUIRE(loaded.ok());
    CHECK(dl::evaluateStored(*loaded, dl::Layer::Self, 0).result.base == R("8"));
    CHECK(dl::evaluateStored(*loaded, dl::Layer::Self, 0).result.level == 1);
    CHECK(dl::evaluateStored(*loaded, dl::Layer::Verified, 0).result.base == R("10"));

    // Schema 2's summary starts empty for migrated assessments and is filled on demand.
    auto before = dl::storedSummary(*store, 1);
    REQUIRE(before.ok());
    CHECK_FALSE(before->has_value());
    auto refreshed = dl::refreshSummaries(*store);
    REQUIRE(refreshed.ok());
    CHECK(*refreshed == 1);
    auto after = dl::storedSummary(*store, 1);
    REQUIRE(after.ok());
    REQUIRE(after->has_value());
    CHECK((*after)->layer == dl::Layer::Verified);
    CHECK((*after)->level == 1);
    CHECK((*after)->score == "10");
    // 6 items + 5 scenarios; unanswered: energy, headcount-size, hr.
    CHECK((*after)->questions == 11);
    CHECK((*after)->answered == 8);

    // Any answer change clears the summary (triggers), whichever path writes it.
    REQUIRE(store
                ->setAnswer(1, {dl::Layer::Self, dl::AnswerKind::Scenario, "hr", "1", "", {}, {}},
                            "tester")
                .ok());
    auto cleared = dl::storedSummary(*store, 1);
    REQUIRE(cleared.ok());
    CHECK_FALSE(cleared->has_value());

    // Reopening does not migrate or back up again.
    const auto backupsBefore = std::distance(std::filesystem::directory_iterator(db + ".backups"),
                                             std::filesystem::directory_iterator());
    store = dl::Store::open(db, quietOptions());
    REQUIRE(store.ok());
    CHECK(std::distance(std::filesystem::directory_iterator(db + ".backups"),
                        std::filesystem::directory_iterator()) == backupsBefore);
}

TEST_CASE("a schema-3 database holding one credit code twice opens, keeps both and normalises "
          "the codes",
          "[migration][credit-code]")
{
    TempDir dir("migration-v3-codes");
    const std::string db = dir.file("v3.sqlite");
    restoreDump(testData("store/schema-v3-duplicate-credit-codes.sql"), db);
    auto store = dl::Store::open(db, quietOptions());
    INFO((store.ok() ? std::string() : store.errors().front().toString()));
    REQUIRE(store.ok());
    CHECK(count(store->db(), "PRAGMA user_version") == dl::Store::kSchemaVersion);
    bool backedUp = false;
    for (const auto &entry : std::filesystem::directory_iterator(db + ".backups"))
        backedUp = backedUp || entry.path().filename().string().starts_with("before-schema-4-");
    CHECK(backedUp);

    // Schema 4 keeps codes in one form; the two enterprises with one code both stay.
    auto all = store->enterprises();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 4);
    std::map<std::int64_t, std::string> codes;
    for (const dl::Enterprise &e : *all)
        codes[e.id] = e.creditCode;
    CHECK(codes[1] == "91330100MA2XXXXXX2");
    CHECK(codes[2] == "91330100MA2XXXXXX2");
    CHECK(codes[3] == "91330106MA2CF3K8X6");
    CHECK(codes[4].empty());

    // Either of the two can still be edited while it keeps its code...
    auto second = store->enterprise(2);
    REQUIRE(second.ok());
    second->contactPhone = "0571-88880000";
    CHECK(store->updateEnterprise(*second).ok());
    // ...but no third enterprise, nor another one, may take the code.
    dl::Enterprise third;
    third.name = "第三家";
    third.creditCode = "91330100ma2xxxxxx2";
    auto added = store->addEnterprise(third);
    REQUIRE_FALSE(added.ok());
    CHECK(added.errors().front().code == "duplicate-credit-code");
    CHECK(added.errors().front().message.find("杭州示例机械有限公司 (id 1,") != std::string::npos);
    auto other = store->enterprise(4);
    REQUIRE(other.ok());
    other->creditCode = "91330106MA2CF3K8X6";
    auto taken = store->updateEnterprise(*other);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.errors().front().code == "duplicate-credit-code");
    CHECK(taken.errors().front().message.find("宁波另一家企业有限公司 (id 3,") !=
          std::string::npos);
    // A code typed in another case finds its enterprise.
    auto byCode = store->enterpriseByRef(" 91330106mA2cF3k8x6");
    REQUIRE(byCode.ok());
    CHECK(byCode->id == 3);
}

TEST_CASE("a schema-4 database with a 2024.1 assessment migrates to the current schema and scores "
          "as before",
          "[migration][upgrade]")
{
    // Built here rather than kept as a dump: the first four migrations as the schema-4 program
    // applied them, then the rows it wrote (its answer table has no needs_confirmation yet).
    TempDir dir("migration-v4");
    const std::string db = dir.file("v4.sqlite");
    const std::string text = readFile(sourceFile("assessments/history/miit-sme-2024.1.yaml"));
    const std::string hash = dl::Sha256::hex(text);
    {
        auto raw = dl::SqliteDb::open(db);
        REQUIRE(raw.ok());
        const auto &steps = dl::schemaMigrations();
        REQUIRE(steps.size() >= 5);
        for (std::size_t k = 0; k < 4; ++k)
            REQUIRE_FALSE(raw->exec(steps[k]));
        REQUIRE_FALSE(raw->exec("PRAGMA user_version = 4"));
        REQUIRE_FALSE(raw->exec(
            "INSERT INTO enterprise (id, uuid, name, industry, created_at, updated_at) VALUES "
            "(1, '6a1f0c2e-3b4d-4e5f-8a6b-7c8d9e0f1a2b', '示例精密机械有限公司', 'C34', "
            "'2026-10-01T08:00:00Z', '2026-10-01T08:00:00Z')"));
        auto model = raw->prepare("INSERT INTO model (content_hash, model_id, version, content) "
                                  "VALUES (?, 'miit-sme-2024', '2024.1', ?)");
        REQUIRE(model.ok());
        model->bind(1, hash).bindBlob(2, text);
        REQUIRE_FALSE(model->run());
        auto assessment =
            raw->prepare("INSERT INTO assessment (id, uuid, enterprise_id, model_hash, "
                         "created_at, updated_at) VALUES (1, "
                         "'1b2c3d4e-5f60-4718-9a2b-3c4d5e6f7a8b', 1, ?, '2026-10-01T08:01:00Z', "
                         "'2026-10-01T08:05:00Z')");
        REQUIRE(assessment.ok());
        assessment->bind(1, hash);
        REQUIRE_FALSE(assessment->run());
        const char *answers[][4] = {
            {"figure", "production-units", "100", ""},
            {"figure", "digital-units", "30", ""},
            {"figure", "energy-intensity-before", "2.5", ""},
            {"figure", "energy-intensity-after", "2", "能源台账"},
            {"item", "pass-rate", "same", ""},
            {"item", "network", "control-network,application-network", ""},
            {"item", "system-coverage", "several", ""},
            {"scenario", "product-design", "2", ""},
        };
        for (const auto &a : answers) {
            auto row = raw->prepare(
                "INSERT INTO answer (assessment_id, layer, kind, key, value, note, updated_at, "
                "updated_by, change_uuid) VALUES (1, 'self', ?, ?, ?, ?, "
                "'2026-10-01T08:02:00Z', '王工', lower(hex(randomblob(16))))");
            REQUIRE(row.ok());
            row->bind(1, a[0]).bind(2, a[1]).bind(3, a[2]).bind(4, a[3]);
            REQUIRE_FALSE(row->run());
        }
    }

    auto store = dl::Store::open(db, quietOptions());
    INFO((store.ok() ? std::string() : store.errors().front().toString()));
    REQUIRE(store.ok());
    CHECK(count(store->db(), "PRAGMA user_version") == dl::Store::kSchemaVersion);
    auto record = store->assessment(1);
    REQUIRE(record.ok());
    CHECK(record->modelVersion == "2024.1");
    CHECK(record->upgradedFrom.empty());
    // Schema 6: an assessment from before phases is the diagnosis before a transformation, and
    // its cached summary was cleared so that it is computed again with the portfolio's details.
    CHECK(record->phase == dl::AssessmentPhase::Baseline);
    CHECK(count(store->db(), "SELECT count(*) FROM assessment WHERE summary_level IS NULL") == 1);
    auto answers = store->answers(1);
    REQUIRE(answers.ok());
    CHECK(answers->size() == 8);
    for (const dl::StoredAnswer &a : *answers)
        CHECK_FALSE(a.needsConfirmation);

    // By hand, on the stored 2024.1 text: network 4 + equipment-digitalisation 30 % 3 +
    // system-coverage 5 + energy-intensity 2.5 -> 2 better 7 + pass-rate "same" 3.5 = 22.5.
    auto loaded = dl::loadAssessment(*store, "1");
    REQUIRE(loaded.ok());
    CHECK(loaded->models.model.contentHash == hash);
    CHECK(loaded->models.model.official);
    const dl::Evaluation e = dl::evaluateStored(*loaded, dl::Layer::Self, 0);
    CHECK(e.result.base == R("22.5"));
    CHECK(e.result.level == 0);
}

TEST_CASE("schema 7: a schema-6 database gains the sync state and an outbox that only records "
          "once a server is known",
          "[migration][sync]")
{
    TempDir dir("migration-v6");
    const std::string db = dir.file("v6.sqlite");
    {
        auto raw = dl::SqliteDb::open(db);
        REQUIRE(raw.ok());
        const auto &steps = dl::schemaMigrations();
        REQUIRE(steps.size() >= 7);
        for (std::size_t k = 0; k < 6; ++k)
            REQUIRE_FALSE(raw->exec(steps[k]));
        REQUIRE_FALSE(raw->exec("PRAGMA user_version = 6"));
    }
    auto store = dl::Store::open(db, quietOptions());
    REQUIRE(store.ok());
    CHECK(count(store->db(), "PRAGMA user_version") == dl::Store::kSchemaVersion);
    CHECK(hasTable(*store, "sync_server"));
    CHECK(hasTable(*store, "sync_pushed"));
    CHECK(hasTable(*store, "sync_change"));

    // No server known: a laptop that never syncs keeps no outbox.
    const std::int64_t id = setUp(*store);
    REQUIRE(store->setAnswer(id, figure("all-units", "1"), "王工").ok());
    CHECK(count(store->db(), "SELECT count(*) FROM sync_change") == 0);

    // Once a server is known, each write is recorded (the answer and its audit row)...
    REQUIRE_FALSE(store->db().exec("INSERT INTO sync_server (server) VALUES ('u@h:5432/d')"));
    REQUIRE(store->setAnswer(id, figure("all-units", "2"), "王工").ok());
    CHECK(count(store->db(), "SELECT count(*) FROM sync_change WHERE assessment_id = " +
                                 std::to_string(id)) == 2);
    // ...except the rows a sync applies, inside its transaction.
    {
        dl::SqliteTransaction tx(store->db());
        REQUIRE_FALSE(tx.begin());
        REQUIRE_FALSE(store->db().exec("INSERT INTO sync_applying (pulling) VALUES (1)"));
        dl::AnswerRows rows(store->db());
        REQUIRE_FALSE(rows.change(id, figure("all-units", "3"), "2", store->now(), "王工"));
        REQUIRE_FALSE(store->db().exec("DELETE FROM sync_applying"));
        REQUIRE_FALSE(tx.commit());
    }
    CHECK(count(store->db(), "SELECT count(*) FROM sync_change") == 2);
    // The summary's clearing (an UPDATE of summary columns) is no change to send.
    REQUIRE_FALSE(store->db().exec("UPDATE assessment SET summary_level = 2"));
    CHECK(count(store->db(), "SELECT count(*) FROM sync_change") == 2);
}
