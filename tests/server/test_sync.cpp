// SPDX-License-Identifier: GPL-3.0-or-later
// digilevel-cli sync and synchronise() against a real PostgreSQL 15: laptops converge after
// interleaved changes, a conflict is reported once and resolves everywhere, an organisation never
// receives another's rows, and refusals leave the local file byte for byte as it was.
#include "synctestsupport.h"

#include "../cli/clitest.h"
#include "exchange/bundle.h"
#include "server/serverschema.h"

#include <catch2/catch.hpp>

using dl::ServerRole;

namespace {

int openConflictCount(dl::Store &store)
{
    auto open = dl::openConflicts(store);
    REQUIRE(open);
    return int(open->size());
}

} // namespace

TEST_CASE("two laptops of one organisation converge after interleaved changes and syncs",
          "[server][sync]")
{
    TeamServer server("sync2");
    Client a("sync2-a", 8, server.user("wang", "示例咨询", ServerRole::Consultant));
    Client b("sync2-b", 9, server.user("li", "示例咨询", ServerRole::Consultant));
    const std::int64_t idA = fillLaptopA(a);

    const dl::SyncReport first = a.sync();
    CHECK(first.sentEnterprises == 1);
    CHECK(first.sentAssessments == 1);
    CHECK(first.sentAnswers == 10);
    CHECK(first.sentEvidence == 1);
    CHECK(server.count("answer") == "10");

    const dl::SyncReport got = b.sync();
    CHECK(got.received.enterprisesAdded == 1);
    CHECK(got.received.assessmentsAdded == 1);
    CHECK(got.received.answersAdded == 10);
    CHECK(got.received.evidenceAdded == 1);
    CHECK(got.sentAnswers == 0); // nothing of its own, nothing echoed
    CHECK(b.content() == a.content());

    // Each changes a different answer, then they sync in turn.
    const std::int64_t idB = b.assessmentByUuid(firstAssessmentUuid(a.store));
    a.answer(idA, "figure", "all-units", "44", "王工");
    b.answer(idB, "item", "security-policy", "no", "李工");
    CHECK(a.sync().sentAnswers == 1);
    const dl::SyncReport bs = b.sync();
    CHECK(bs.received.answersUpdated == 1);
    CHECK(bs.sentAnswers == 1);
    const dl::SyncReport as = a.sync();
    CHECK(as.received.answersUpdated == 1);
    CHECK(as.received.conflicts.empty());
    CHECK(a.value(idA, "item", "security-policy") == "no");
    CHECK(b.value(idB, "figure", "all-units") == "44");
    CHECK(a.content() == b.content());
    CHECK(server.content() == a.content());

    // Nothing left to do: a second round sends and adds nothing.
    const dl::SyncReport quiet = a.sync();
    CHECK(quiet.sentAnswers + quiet.sentAudit + quiet.sentEvidence == 0);
    CHECK(quiet.received.answersAdded + quiet.received.answersUpdated == 0);
    auto status = dl::syncStatus(a.store);
    REQUIRE(status);
    CHECK(status->pendingChanges == 0);
    CHECK(status->lastSyncAt.has_value());
    a.answer(idA, "figure", "all-units", "45", "王工");
    status = dl::syncStatus(a.store);
    REQUIRE(status);
    CHECK(status->pendingChanges == 2); // the answer and its audit row
}

TEST_CASE("four laptops (three consultants and the office) converge", "[server][sync]")
{
    TeamServer server("sync4");
    Client a("sync4-a", 8, server.user("c1", "示例咨询", ServerRole::Consultant));
    Client b("sync4-b", 9, server.user("c2", "示例咨询", ServerRole::Consultant));
    Client c("sync4-c", 10, server.user("c3", "示例咨询", ServerRole::Consultant));
    Client o("sync4-o", 11, server.user("office", "经信局", ServerRole::Office));
    fillLaptopA(a);
    a.sync();
    for (Client *x : {&b, &c, &o})
        x->sync();
    const std::string uuid = firstAssessmentUuid(a.store);
    // Interleaved: each changes its own answers and syncs at a different moment.
    b.answer(b.assessmentByUuid(uuid), "scenario", "planning", "3", "二号");
    c.answer(c.assessmentByUuid(uuid), "scenario", "quality", "2", "三号");
    b.sync();
    o.answer(o.assessmentByUuid(uuid), "item", "systems", "several", "局里", "verified");
    c.sync();
    a.answer(a.assessmentByUuid(uuid), "scenario", "stock", "4", "一号");
    REQUIRE(a.store.addEvidenceFile(a.assessmentByUuid(uuid), "stock", "库存台账", "stock.txt",
                                    "text/plain", "一号"));
    o.sync();
    a.sync();
    for (Client *x : {&a, &b, &c, &o})
        x->sync(); // a second round brings everyone the last ones'
    for (Client *x : {&b, &c, &o})
        CHECK(x->content() == a.content());
    CHECK(server.content() == a.content());
    CHECK(a.value(a.assessmentByUuid(uuid), "item", "systems", "verified") == "several");
    CHECK(server.count("evidence_file") == "2");
    for (Client *x : {&a, &b, &c, &o})
        CHECK(openConflictCount(x->store) == 0);
}

TEST_CASE("one answer changed differently on two laptops: one conflict, resolved everywhere",
          "[server][sync]")
{
    TeamServer server("syncconf");
    Client a("syncc-a", 8, server.user("wang", "示例咨询", ServerRole::Consultant));
    Client b("syncc-b", 9, server.user("li", "示例咨询", ServerRole::Consultant));
    fillLaptopA(a);
    a.sync();
    b.sync();
    const std::string uuid = firstAssessmentUuid(a.store);
    const std::int64_t idA = a.assessmentByUuid(uuid), idB = b.assessmentByUuid(uuid);
    a.answer(idA, "figure", "all-units", "41", "王工");
    b.answer(idB, "figure", "all-units", "42", "李工");
    a.sync();
    const dl::SyncReport found = b.sync();
    REQUIRE(found.received.conflicts.size() == 1);
    CHECK(found.received.conflicts.front().localValue == "42");
    CHECK(found.received.conflicts.front().incomingValue == "41");
    CHECK(found.heldBack == 1); // b's value waits for a decision
    CHECK(server.db.scalar("SELECT value FROM digilevel.answer WHERE key = 'all-units'") == "41");
    // Reported once: syncing again on either side finds nothing new.
    CHECK(b.sync().received.conflicts.empty());
    CHECK(a.sync().received.conflicts.empty());
    CHECK(openConflictCount(a.store) == 0);
    CHECK(openConflictCount(b.store) == 1);

    SECTION("keep the local value")
    {
        auto open = dl::openConflicts(b.store);
        REQUIRE(open);
        REQUIRE(dl::resolveConflict(b.store, open->front().id, false, "李工"));
        b.sync();
        a.sync();
        CHECK(a.value(idA, "figure", "all-units") == "42");
    }
    SECTION("take the server's value")
    {
        auto open = dl::openConflicts(b.store);
        REQUIRE(open);
        REQUIRE(dl::resolveConflict(b.store, open->front().id, true, "李工"));
        b.sync();
        a.sync();
        CHECK(a.value(idA, "figure", "all-units") == "41");
    }
    CHECK(b.sync().received.conflicts.empty());
    CHECK(openConflictCount(a.store) == 0);
    CHECK(openConflictCount(b.store) == 0);
    CHECK(a.value(idA, "figure", "all-units") == b.value(idB, "figure", "all-units"));
    CHECK(a.content() == b.content());
    CHECK(server.content() == a.content());
}

TEST_CASE(
    "a consultant of another organisation never receives its rows, and an enterprise given to "
    "it comes whole",
    "[server][sync]")
{
    TeamServer server("syncorg");
    Client a("synco-a", 8, server.user("wang", "示例咨询", ServerRole::Consultant));
    Client other("synco-b", 9, server.user("zhao", "另一机构", ServerRole::Consultant));
    const std::string office = server.user("office", "经信局", ServerRole::Office);
    fillLaptopA(a);
    a.sync();

    const dl::SyncReport nothing = other.sync();
    CHECK(nothing.received.enterprisesAdded == 0);
    CHECK(nothing.received.assessmentsAdded == 0);
    auto none = other.store.enterprises();
    REQUIRE(none);
    CHECK(none->empty());
    // Its own work goes up and never reaches the first organisation.
    dl::Enterprise e;
    e.name = "宁波另一家公司";
    REQUIRE(other.store.addEnterprise(e));
    CHECK(other.sync().sentEnterprises == 1);
    a.sync();
    auto mine = a.store.enterprises();
    REQUIRE(mine);
    CHECK(mine->size() == 1);

    // The office gives the first enterprise to the other organisation: it arrives whole.
    auto ents = a.store.enterprises();
    REQUIRE(ents);
    {
        auto conn = dl::PgConnection::connect(office);
        REQUIRE(conn);
        REQUIRE(dl::assignEnterprise(*conn, ents->front().uuid, "另一机构"));
    }
    const dl::SyncReport whole = other.sync();
    CHECK(whole.received.enterprisesAdded == 1);
    CHECK(whole.received.assessmentsAdded == 1);
    CHECK(whole.received.answersAdded == 10);
    CHECK(whole.received.evidenceAdded == 1);
    // The first organisation may no longer change it: its changes are not sent.
    a.answer(a.assessmentByUuid(firstAssessmentUuid(a.store)), "figure", "all-units", "50", "王工");
    const dl::SyncReport refused = a.sync();
    CHECK(refused.refusedEnterprises == 1);
    CHECK(refused.sentAnswers == 0);
}

TEST_CASE("sync refuses a wrong password, a server that is down and a too-new schema, leaving "
          "the database byte for byte as it was",
          "[server][sync]")
{
    TeamServer server("syncrefuse");
    const std::string conninfo = server.user("wang", "示例咨询", ServerRole::Consultant);
    TempDir dir("syncrefuse");
    const std::string path = dir.file("db.sqlite");
    {
        auto store = dl::Store::open(path, quietOptions());
        REQUIRE(store);
        const std::int64_t id = setUp(*store);
        REQUIRE(dl::synchronise(*store, {conninfo, {}, {}}));
        REQUIRE(store->setAnswer(id, figure("all-units", "7"), "王工")); // waits to be sent
    }
    const std::string before = sha256OfFile(path);
    std::string expected;
    std::vector<std::string> args = {"sync", "--db", path, "--server", conninfo, "--lang", "en"};

    SECTION("wrong password")
    {
        args[4] = conninfo.substr(0, conninfo.find(" password=")) + " password=wrong";
        expected = "refused the login";
    }
    SECTION("the server is down")
    {
        args[4] = "host=/nonexistent-digilevel-socket port=1 user=x dbname=y";
        expected = "cannot connect to the team server";
    }
    SECTION("a schema newer than this program")
    {
        REQUIRE(server.db.admin().exec(
            "INSERT INTO digilevel.schema_version (version, program) VALUES ($1, 'newer')",
            {std::to_string(dl::serverSchemaVersion() + 1)}, "test"));
        expected = "newer than this program knows";
    }
    SECTION("a login that is no DigiLevel user")
    {
        REQUIRE(server.db.admin().execScript(
                    "CREATE ROLE " + server.db.rolePrefix() +
                        "_stranger LOGIN PASSWORD 'pw' IN ROLE digilevel_consultant",
                    "test") == std::nullopt);
        args[4] = server.db.conninfo(server.db.rolePrefix() + "_stranger") + " password=pw";
        expected = "has no DigiLevel user";
    }
    const Run r = cli(args);
    INFO(r.err);
    CHECK(r.code == 1);
    CHECK(r.err.find(expected) != std::string::npos);
    CHECK(r.err.find("password=") == std::string::npos);
    CHECK(sha256OfFile(path) == before);
    args[6] = "zh_CN";
    const Run zh = cli(args);
    CHECK(zh.code == 1);
    CHECK(zh.err.find("团队服务器") != std::string::npos);
    CHECK(sha256OfFile(path) == before);
}

TEST_CASE("sync on the command line prints what it sent and received", "[server][sync]")
{
    TeamServer server("synccli");
    Client a("syncli-a", 8, server.user("wang", "示例咨询", ServerRole::Consultant));
    Client b("syncli-b", 9, server.user("li", "示例咨询", ServerRole::Consultant));
    fillLaptopA(a);
    const Run sent =
        cli({"sync", "--db", a.dir.file("db.sqlite"), "--server", a.conninfo, "--lang", "en"});
    INFO(sent.err);
    REQUIRE(sent.code == 0);
    CHECK(sent.out.find("sent: 1 enterprises, 1 assessments, 10 answers") != std::string::npos);
    const Run got = cli({"sync", "--db", b.dir.file("db.sqlite"), "--server", b.conninfo});
    REQUIRE(got.code == 0);
    CHECK(got.out.find("答案新增 10") != std::string::npos);
    CHECK(cli({"sync", "--db", b.dir.file("db.sqlite")}).code == 2);
}

TEST_CASE("a sync stopped by its progress callback stops between batches and the next one "
          "carries on",
          "[server][sync]")
{
    TeamServer server("syncstop");
    Client a("syncstop-a", 8, server.user("wang", "示例咨询", ServerRole::Consultant));
    Client b("syncstop-b", 9, server.user("li", "示例咨询", ServerRole::Consultant));
    const std::int64_t first = setUp(a.store);
    auto ent = a.store.assessment(first);
    REQUIRE(ent);
    for (int k = 0; k < 44; ++k) { // 45 assessments: three batches after the enterprises'
        auto more = a.store.newAssessment(ent->enterpriseId, tinyModel(), "tiny model", "王工",
                                          "示例咨询", dl::AssessmentMode::Self);
        REQUIRE(more);
        REQUIRE(a.store.setAnswer(more->id, figure("all-units", std::to_string(k)), "王工"));
    }
    int calls = 0;
    auto stopped = dl::synchronise(
        a.store, {a.conninfo, {}, {}},
        [&](int done, int total) {
            CHECK(total == 4);
            ++calls;
            return done < 2; // the enterprises and one batch of assessments, then stop
        },
        20);
    REQUIRE(stopped);
    CHECK(stopped->stopped);
    CHECK(stopped->sentAssessments == 20);
    CHECK(server.count("assessment") == "20");
    auto status = dl::syncStatus(a.store);
    REQUIRE(status);
    CHECK(status->pendingChanges == -1); // the first push is not complete

    const dl::SyncReport rest = a.sync();
    CHECK_FALSE(rest.stopped);
    CHECK(server.count("assessment") == "45");
    CHECK(server.count("answer") == "44");
    b.sync();
    CHECK(b.content() == a.content());
    CHECK(server.content() == a.content());

    // A later push is stopped after its first batch: the next one starts after that batch.
    auto all = a.store.assessments();
    REQUIRE(all);
    for (const auto &rec : *all)
        REQUIRE(a.store.setAnswer(rec.id, figure("digital-units", "9"), "王工"));
    status = dl::syncStatus(a.store);
    REQUIRE(status);
    CHECK(status->pendingChanges == 90); // an answer and an audit row each
    auto part = dl::synchronise(
        a.store, {a.conninfo, {}, {}}, [](int done, int) { return done < 1; }, 20);
    REQUIRE(part);
    CHECK(part->stopped);
    CHECK(part->sentAnswers == 20);
    status = dl::syncStatus(a.store);
    REQUIRE(status);
    CHECK(status->pendingChanges == 50);
    const dl::SyncReport tail = a.sync();
    CHECK(tail.sentAnswers == 25);
    CHECK(server.count("answer") == "89");
}

TEST_CASE("an answer removed here does not come back with the next pull", "[server][sync]")
{
    TeamServer server("syncremove");
    Client a("syncrm-a", 8, server.user("wang", "示例咨询", ServerRole::Consultant));
    const std::int64_t id = fillLaptopA(a);
    a.sync();
    REQUIRE(
        a.store.clearAnswer(id, dl::Layer::Self, dl::AnswerKind::Item, "security-policy", "王工"));
    a.sync(); // sends the removal's audit row; the server keeps its answer
    const dl::SyncReport again = a.sync(); // pulls the assessment it just sent
    CHECK(again.received.answersAdded == 0);
    CHECK(a.value(id, "item", "security-policy") == "<none>");
}
