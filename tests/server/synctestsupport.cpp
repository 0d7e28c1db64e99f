// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctestsupport.h"

#include "base/sha256.h"
#include "server/serverschema.h"

#include <algorithm>
#include <vector>

TeamServer::TeamServer(const std::string &name)
    : db(name)
{
    auto admin = db.admin();
    REQUIRE(dl::initServerSchema(admin, "test"));
}

std::string TeamServer::user(const std::string &name, const std::string &org, dl::ServerRole role)
{
    auto admin = db.admin();
    const std::string role_ = db.rolePrefix() + "_" + name;
    auto added = dl::addServerUser(admin, {role_, org, role, std::string("pw")});
    INFO((added ? std::string() : added.errors().front().toString()));
    REQUIRE(added);
    return db.conninfo(role_) + " password=pw";
}

namespace {

std::string sorted(std::vector<std::string> lines)
{
    std::sort(lines.begin(), lines.end());
    std::string out;
    for (const std::string &l : lines)
        out += l + '\n';
    return out;
}

} // namespace

std::string TeamServer::content() const
{
    auto admin = db.admin();
    std::vector<std::string> lines;
    for (const char *sql :
         {"SELECT 'answer|' || assessment_uuid || '|' || layer || '|' || kind || '|' || key || "
          "'|' || value || '|' || change_uuid FROM digilevel.answer",
          "SELECT 'audit|' || uuid || '|' || assessment_uuid || '|' || coalesce(new_value, '∅') "
          "FROM digilevel.audit",
          "SELECT 'evidence|' || uuid || '|' || sha256 || '|' || encode(sha256(content), 'hex') "
          "FROM digilevel.evidence_file",
          "SELECT 'enterprise|' || uuid || '|' || name FROM digilevel.enterprise",
          "SELECT 'assessment|' || uuid || '|' || status FROM digilevel.assessment"}) {
        auto r = admin.exec(sql, {}, "test");
        REQUIRE(r);
        for (int i = 0; i < r->rows(); ++i)
            lines.push_back(r->text(i, 0));
    }
    return sorted(lines);
}

std::string TeamServer::count(const std::string &table) const
{
    return db.scalar("SELECT count(*) FROM digilevel." + table);
}

dl::SyncReport Client::sync()
{
    auto r = dl::synchronise(store, {conninfo, {}, {}});
    INFO((r ? std::string() : describe(r.errors())));
    REQUIRE(r);
    return *r;
}

std::string Client::content()
{
    return storeContent(store);
}

std::string storeContent(dl::Store &store)
{
    std::vector<std::string> lines;
    for (const char *sql :
         {"SELECT 'answer|' || a.uuid || '|' || s.layer || '|' || s.kind || '|' || s.key || '|' "
          "|| s.value || '|' || s.change_uuid FROM answer s JOIN assessment a ON a.id = "
          "s.assessment_id",
          "SELECT 'audit|' || h.uuid || '|' || a.uuid || '|' || coalesce(h.new_value, '∅') FROM "
          "audit h JOIN assessment a ON a.id = h.assessment_id",
          "SELECT 'evidence|' || uuid || '|' || sha256 || '|' || sha256 FROM evidence_file",
          "SELECT 'enterprise|' || uuid || '|' || name FROM enterprise",
          "SELECT 'assessment|' || uuid || '|' || status FROM assessment"}) {
        auto st = store.db().prepare(sql);
        REQUIRE(st);
        while (*st->step())
            lines.push_back(st->text(0));
    }
    // The bytes of each file against its declared SHA-256.
    auto files = store.db().prepare("SELECT uuid, sha256 FROM evidence_file");
    REQUIRE(files);
    while (*files->step()) {
        auto bytes = store.evidenceContent(files->text(0));
        REQUIRE(bytes);
        CHECK(dl::Sha256::hex(*bytes) == files->text(1));
    }
    return sorted(lines);
}

std::int64_t Client::assessmentByUuid(const std::string &uuid)
{
    auto a = store.assessmentByRef(uuid);
    REQUIRE(a);
    return a->id;
}

std::string firstAssessmentUuid(dl::Store &store)
{
    auto all = store.assessments();
    REQUIRE(all);
    REQUIRE(!all->empty());
    return all->front().uuid;
}

std::int64_t rowCount(dl::Store &store, const std::string &table)
{
    auto st = store.db().prepare("SELECT count(*) FROM " + table);
    REQUIRE(st);
    REQUIRE(*st->step());
    return st->integer(0);
}
