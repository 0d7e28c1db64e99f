// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/syncsteps.h"

#include "enterprise/sizeclass.h"
#include "exchange/mergerules.h"

#include <map>
#include <set>
#include <tuple>

namespace dl::syncsteps {

namespace {

const LocalText kPushing{"向团队服务器发送更改", "sending changes to the team server"};

using Params = std::vector<std::optional<std::string>>;
using AnswerKey = std::tuple<std::string, std::string, std::string>; // layer, kind, key

std::optional<std::string> number(const std::optional<std::int64_t> &n)
{
    return n ? std::optional<std::string>(std::to_string(*n)) : std::nullopt;
}

const char *boolText(bool b)
{
    return b ? "true" : "false";
}

// One push: the local rows of a batch, written to the server by the merge rules, with the local
// store as the incoming side.
class Pusher
{
public:
    Pusher(PgConnection &conn, Store &store, SyncReport &report)
        : m_conn(conn)
        , m_store(store)
        , m_db(store.db())
        , m_report(report)
    {}

    // False: this user may not write the enterprise on the server (it went to another
    // organisation); its assessments are not sent.
    Result<bool> enterprise(std::int64_t id);
    std::optional<Diagnostic> assessment(std::int64_t id);

private:
    Result<PgResult> exec(std::string_view sql, const Params &params)
    {
        return m_conn.exec(sql, params, kPushing);
    }
    std::optional<Diagnostic> model(const std::string &hash);
    std::optional<Diagnostic> answers(std::int64_t id, const std::string &uuid);
    std::optional<Diagnostic> audit(std::int64_t id, const std::string &uuid);
    std::optional<Diagnostic> evidence(std::int64_t id, const std::string &uuid);
    std::optional<Diagnostic> checks(std::int64_t id, const std::string &uuid);

    PgConnection &m_conn;
    Store &m_store;
    SqliteDb &m_db;
    SyncReport &m_report;
    std::map<std::int64_t, bool> m_enterprises; // local id -> writable on the server
    // Answers of the assessment being sent that were held back: their audit rows wait with them,
    // or the server would count a change as seen that it never received.
    std::set<AnswerKey> m_held;
    std::set<std::string> m_models;
};

Result<bool> Pusher::enterprise(std::int64_t id)
{
    if (auto seen = m_enterprises.find(id); seen != m_enterprises.end())
        return seen->second;
    auto e = m_store.enterprise(id);
    if (!e)
        return e.errors();
    const Params row = {e->uuid,
                        e->name,
                        e->creditCode,
                        e->industry,
                        e->province,
                        e->city,
                        number(e->employees),
                        e->revenueWan,
                        e->assetsWan,
                        key(e->sizeClass),
                        boolText(e->aboveScale),
                        key(e->srdi),
                        e->contactName,
                        e->contactPhone,
                        e->contactEmail,
                        boolText(e->pilot),
                        e->pilotBatch,
                        e->createdAt,
                        e->updatedAt};
    // The organisation is the server's choice (a trigger): this user's.
    auto added =
        exec("INSERT INTO digilevel.enterprise (uuid, name, credit_code, industry, province, city, "
             "employees, revenue_wan, assets_wan, size_class, above_scale, srdi, contact_name, "
             "contact_phone, contact_email, pilot, pilot_batch, created_at, updated_at) VALUES "
             "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19) "
             "ON CONFLICT (uuid) DO NOTHING",
             row);
    if (!added)
        return added.errors();
    bool writable = true;
    if (added->affected() == 1) {
        ++m_report.sentEnterprises;
    } else {
        auto there = exec("SELECT updated_at FROM digilevel.enterprise WHERE uuid = $1 FOR UPDATE",
                          {e->uuid});
        if (!there)
            return there.errors();
        if (there->rows() == 0) {
            writable = false; // on the server, but not this user's to change
            ++m_report.refusedEnterprises;
        } else if (incomingProfileWins(e->updatedAt, there->text(0, 0))) {
            auto updated = exec(
                "UPDATE digilevel.enterprise SET name=$2, credit_code=$3, industry=$4, "
                "province=$5, city=$6, employees=$7, revenue_wan=$8, assets_wan=$9, "
                "size_class=$10, above_scale=$11, srdi=$12, contact_name=$13, contact_phone=$14, "
                "contact_email=$15, pilot=$16, pilot_batch=$17, created_at=$18, updated_at=$19 "
                "WHERE uuid = $1",
                row);
            if (!updated)
                return updated.errors();
            ++m_report.sentEnterprises;
        }
    }
    m_enterprises[id] = writable;
    return writable;
}

std::optional<Diagnostic> Pusher::model(const std::string &hash)
{
    if (!m_models.insert(hash).second)
        return std::nullopt;
    auto there = exec("SELECT 1 FROM digilevel.model WHERE content_hash = $1", {hash});
    if (!there)
        return there.errors().front();
    if (there->rows() > 0)
        return std::nullopt;
    auto st = m_db.prepare("SELECT model_id, version, content FROM model WHERE content_hash=?");
    if (!st)
        return st.errors().front();
    st->bind(1, hash);
    auto row = st->step();
    if (!row)
        return row.errors().front();
    if (!*row)
        return std::nullopt; // the assessment's insert names the missing model
    auto added = exec("INSERT INTO digilevel.model (content_hash, model_id, version, content) "
                      "VALUES ($1, $2, $3, $4::bytea) ON CONFLICT DO NOTHING",
                      {hash, st->text(0), st->text(1), byteaText(st->blob(2))});
    return added ? std::nullopt : std::optional(added.errors().front());
}

std::optional<Diagnostic> Pusher::assessment(std::int64_t id)
{
    auto st = m_db.prepare("SELECT a.uuid, e.uuid, a.model_hash, a.status, a.mode, a.phase, "
                           "a.assessor_name, a.assessor_org, a.upgraded_from, a.plan_locks, "
                           "a.created_at, a.updated_at, a.enterprise_id FROM assessment a "
                           "JOIN enterprise e ON e.id = a.enterprise_id WHERE a.id=?");
    if (!st)
        return st.errors().front();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.errors().front();
    if (!*row)
        return std::nullopt; // gone since it changed
    const std::string uuid = st->text(0), status = st->text(3);
    auto writable = enterprise(st->integer(12));
    if (!writable)
        return writable.errors().front();
    if (!*writable)
        return std::nullopt;
    if (auto err = model(st->text(2)))
        return err;
    Params values;
    for (int c = 0; c < 12; ++c)
        values.push_back(st->text(c));
    auto added = exec("INSERT INTO digilevel.assessment (uuid, enterprise_uuid, model_hash, "
                      "status, mode, phase, assessor_name, assessor_org, upgraded_from, "
                      "plan_locks, created_at, updated_at) VALUES "
                      "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12) ON CONFLICT (uuid) DO NOTHING",
                      values);
    if (!added)
        return added.errors().front();
    if (added->affected() == 1) {
        ++m_report.sentAssessments;
    } else {
        auto there =
            exec("SELECT status FROM digilevel.assessment WHERE uuid = $1 FOR UPDATE", {uuid});
        if (!there)
            return there.errors().front();
        if (there->rows() == 1 && incomingStatusRaises(status, there->text(0, 0))) {
            auto up =
                exec("UPDATE digilevel.assessment SET status = $2 WHERE uuid = $1", {uuid, status});
            if (!up)
                return up.errors().front();
            ++m_report.sentAssessments;
        }
    }
    // Answers are decided before this push's audit rows reach the server: the server's history
    // is what it had before.
    if (auto err = answers(id, uuid))
        return err;
    if (auto err = audit(id, uuid))
        return err;
    if (auto err = evidence(id, uuid))
        return err;
    return checks(id, uuid);
}

std::optional<Diagnostic> Pusher::answers(std::int64_t id, const std::string &uuid)
{
    // The server's answers and history of this assessment.
    auto theirs = exec("SELECT layer, kind, key, value, change_uuid::text FROM digilevel.answer "
                       "WHERE assessment_uuid = $1 FOR UPDATE",
                       {uuid});
    if (!theirs)
        return theirs.errors().front();
    std::map<AnswerKey, std::pair<std::string, std::string>> server;
    for (int i = 0; i < theirs->rows(); ++i)
        server[{theirs->text(i, 0), theirs->text(i, 1), theirs->text(i, 2)}] = {theirs->text(i, 3),
                                                                                theirs->text(i, 4)};
    auto serverAudit =
        exec("SELECT uuid::text FROM digilevel.audit WHERE assessment_uuid = $1", {uuid});
    if (!serverAudit)
        return serverAudit.errors().front();
    std::set<std::string, std::less<>> serverHistory;
    for (int i = 0; i < serverAudit->rows(); ++i)
        serverHistory.insert(serverAudit->text(i, 0));

    // Ours: the history by answer, and the answers an open conflict holds here.
    std::map<AnswerKey, std::set<std::string, std::less<>>> history;
    auto h = m_db.prepare("SELECT layer, kind, key, uuid FROM audit WHERE assessment_id=?");
    if (!h)
        return h.errors().front();
    h->bind(1, id);
    for (;;) {
        auto row = h->step();
        if (!row)
            return row.errors().front();
        if (!*row)
            break;
        history[{h->text(0), h->text(1), h->text(2)}].insert(h->text(3));
    }
    m_held.clear();
    std::set<AnswerKey> &open = m_held;
    auto c = m_db.prepare("SELECT layer, kind, key FROM conflict "
                          "WHERE assessment_id=? AND resolution IS NULL");
    if (!c)
        return c.errors().front();
    c->bind(1, id);
    for (;;) {
        auto row = c->step();
        if (!row)
            return row.errors().front();
        if (!*row)
            break;
        open.insert({c->text(0), c->text(1), c->text(2)});
    }

    auto a = m_db.prepare("SELECT layer, kind, key, value, note, updated_at, updated_by, "
                          "change_uuid, needs_confirmation FROM answer WHERE assessment_id=?");
    if (!a)
        return a.errors().front();
    a->bind(1, id);
    static const std::set<std::string, std::less<>> none;
    for (;;) {
        auto row = a->step();
        if (!row)
            return row.errors().front();
        if (!*row)
            break;
        const AnswerKey k{a->text(0), a->text(1), a->text(2)};
        if (open.count(k)) {
            ++m_report.heldBack; // a person decides first
            continue;
        }
        const std::string value = a->text(3), change = a->text(7);
        const auto there = server.find(k);
        std::optional<AnswerVersion> local;
        if (there != server.end())
            local = AnswerVersion{there->second.second, there->second.first};
        const auto mine = history.find(k);
        const auto &ours = mine == history.end() ? none : mine->second;
        const AnswerMerge decision = decideAnswerMerge(
            local, {change, value}, [&](std::string_view seen) { return ours.count(seen) > 0; },
            [&](std::string_view seen) { return serverHistory.count(seen) > 0; });
        if (decision == AnswerMerge::Unchanged)
            continue;
        if (decision == AnswerMerge::Conflict) {
            ++m_report.heldBack; // the next pull records it here, for a person
            m_held.insert(k);
            continue;
        }
        const Params p = {
            uuid,       a->text(0), a->text(1), a->text(2), value,
            a->text(4), a->text(5), a->text(6), change,     a->integer(8) ? "true" : "false"};
        auto written =
            exec("INSERT INTO digilevel.answer (assessment_uuid, layer, kind, key, value, note, "
                 "updated_at, updated_by, change_uuid, needs_confirmation) VALUES "
                 "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (assessment_uuid, layer, kind, key) "
                 "DO UPDATE SET value=excluded.value, note=excluded.note, "
                 "updated_at=excluded.updated_at, updated_by=excluded.updated_by, "
                 "change_uuid=excluded.change_uuid, "
                 "needs_confirmation=excluded.needs_confirmation",
                 p);
        if (!written)
            return written.errors().front();
        ++m_report.sentAnswers;
    }
    return std::nullopt;
}

std::optional<Diagnostic> Pusher::audit(std::int64_t id, const std::string &uuid)
{
    auto st = m_db.prepare("SELECT uuid, layer, kind, key, old_value, new_value, note, "
                           "changed_at, changed_by FROM audit WHERE assessment_id=? ORDER BY id");
    if (!st)
        return st.errors().front();
    st->bind(1, id);
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors().front();
        if (!*row)
            break;
        if (m_held.count({st->text(1), st->text(2), st->text(3)}))
            continue;
        auto added =
            exec("INSERT INTO digilevel.audit (uuid, assessment_uuid, layer, kind, key, "
                 "old_value, new_value, note, changed_at, changed_by) VALUES "
                 "($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT (uuid) DO NOTHING",
                 {st->text(0), uuid, st->text(1), st->text(2), st->text(3), st->optionalText(4),
                  st->optionalText(5), st->text(6), st->text(7), st->text(8)});
        if (!added)
            return added.errors().front();
        m_report.sentAudit += int(added->affected());
    }
    return std::nullopt;
}

std::optional<Diagnostic> Pusher::evidence(std::int64_t id, const std::string &uuid)
{
    auto there =
        exec("SELECT uuid::text FROM digilevel.evidence_file WHERE assessment_uuid = $1", {uuid});
    if (!there)
        return there.errors().front();
    std::set<std::string> have;
    for (int i = 0; i < there->rows(); ++i)
        have.insert(there->text(i, 0));
    auto st = m_db.prepare("SELECT uuid, target, sha256, size, original_name, media_type, "
                           "added_at, added_by, id FROM evidence_file WHERE assessment_id=?");
    if (!st)
        return st.errors().front();
    st->bind(1, id);
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors().front();
        if (!*row)
            break;
        if (have.count(st->text(0)))
            continue; // the bytes travel once
        auto bytes = m_db.prepare("SELECT content FROM evidence_file WHERE id=?");
        if (!bytes)
            return bytes.errors().front();
        bytes->bind(1, st->integer(8));
        if (auto b = bytes->step(); !b)
            return b.errors().front();
        // The server checks the SHA-256 and the size against the bytes (CHECK constraints).
        auto added =
            exec("INSERT INTO digilevel.evidence_file (uuid, assessment_uuid, target, "
                 "sha256, size, original_name, media_type, content, added_at, added_by) "
                 "VALUES ($1,$2,$3,$4,$5,$6,$7,$8::bytea,$9,$10) "
                 "ON CONFLICT (uuid) DO NOTHING",
                 {st->text(0), uuid, st->text(1), st->text(2), std::to_string(st->integer(3)),
                  st->text(4), st->text(5), byteaText(bytes->blob(0)), st->text(6), st->text(7)});
        if (!added)
            return added.errors().front();
        m_report.sentEvidence += int(added->affected());
    }
    return std::nullopt;
}

std::optional<Diagnostic> Pusher::checks(std::int64_t id, const std::string &uuid)
{
    auto st = m_db.prepare(
        "SELECT target, evidence_id, ticked, updated_at FROM evidence_check WHERE assessment_id=?");
    if (!st)
        return st.errors().front();
    st->bind(1, id);
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors().front();
        if (!*row)
            break;
        const Params key = {uuid, st->text(0), st->text(1)};
        auto there = exec("SELECT updated_at FROM digilevel.evidence_check WHERE "
                          "assessment_uuid=$1 AND target=$2 AND evidence_id=$3 FOR UPDATE",
                          key);
        if (!there)
            return there.errors().front();
        if (there->rows() == 1 && !incomingTickWins(st->text(3), there->text(0, 0)))
            continue;
        auto written = exec(
            "INSERT INTO digilevel.evidence_check (assessment_uuid, target, evidence_id, ticked, "
            "updated_at) VALUES ($1,$2,$3,$4,$5) ON CONFLICT (assessment_uuid, target, "
            "evidence_id) DO UPDATE SET ticked=excluded.ticked, updated_at=excluded.updated_at",
            {uuid, st->text(0), st->text(1), boolText(st->integer(2) != 0), st->text(3)});
        if (!written)
            return written.errors().front();
    }
    return std::nullopt;
}

} // namespace

Result<Done> pushBatch(PgConnection &conn,
                       Store &store,
                       const std::vector<std::int64_t> &enterprises,
                       const std::vector<std::int64_t> &assessments,
                       SyncReport &report)
{
    SyncReport counted = report; // counts only for a batch the server keeps
    PgTransaction tx(conn);
    if (auto failed = tx.begin())
        return *failed;
    Pusher push(conn, store, counted);
    for (std::int64_t id : enterprises)
        if (auto done = push.enterprise(id); !done)
            return done.errors();
    for (std::int64_t id : assessments)
        if (auto err = push.assessment(id))
            return *err;
    pauseForTests();
    if (auto failed = tx.commit())
        return *failed;
    report = std::move(counted);
    return Done{};
}

} // namespace dl::syncsteps
