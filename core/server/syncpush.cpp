// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/syncsteps.h"

#include "enterprise/sizeclass.h"
#include "exchange/mergerules.h"
#include "server/pgarray.h"

#include <map>
#include <set>
#include <tuple>

namespace dl::syncsteps {

namespace {

const LocalText kPushing{"向团队服务器发送更改", "sending changes to the team server"};

using Params = std::vector<std::optional<std::string>>;
using AnswerKey = std::tuple<std::string, std::string, std::string>; // layer, kind, key
using UuidSet = std::set<std::string, std::less<>>;

std::optional<std::string> number(const std::optional<std::int64_t> &n)
{
    return n ? std::optional<std::string>(std::to_string(*n)) : std::nullopt;
}

const char *boolText(bool b)
{
    return b ? "true" : "false";
}

// The column lists and their array types, in the order the rows are built below.
constexpr std::string_view kEnterpriseColumns =
    "uuid, name, credit_code, industry, province, city, employees, revenue_wan, assets_wan, "
    "size_class, above_scale, srdi, contact_name, contact_phone, contact_email, pilot, "
    "pilot_batch, created_at, updated_at";
constexpr std::string_view kEnterpriseArrays =
    "unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], "
    "$7::integer[], $8::text[], $9::text[], $10::text[], $11::boolean[], $12::text[], "
    "$13::text[], $14::text[], $15::text[], $16::boolean[], $17::text[], $18::text[], "
    "$19::text[])";
constexpr std::string_view kAssessmentColumns =
    "uuid, enterprise_uuid, model_hash, status, mode, phase, assessor_name, assessor_org, "
    "upgraded_from, plan_locks, created_at, updated_at";
constexpr std::string_view kAssessmentArrays =
    "unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], "
    "$8::text[], $9::text[], $10::text[], $11::text[], $12::text[])";

std::string sql(std::initializer_list<std::string_view> parts)
{
    std::string out;
    for (std::string_view p : parts)
        out += p;
    return out;
}

// One assessment of the batch that goes to the server.
struct Outgoing
{
    std::int64_t id = 0;
    std::string uuid;
};

// One push: the local rows of a batch, written to the server by the merge rules with the local
// store as the incoming side. Each kind of row travels as one statement for the whole batch
// (unnest of array parameters): the server's state of the batch is read once, the merge
// decided here, and only what the server lacks is sent.
class Pusher
{
public:
    Pusher(PgConnection &conn, Store &store, SyncReport &report)
        : m_conn(conn)
        , m_store(store)
        , m_db(store.db())
        , m_report(report)
    {}

    std::optional<Diagnostic> enterprises(const std::vector<std::int64_t> &ids);
    std::optional<Diagnostic> assessments(const std::vector<std::int64_t> &ids);
    std::optional<Diagnostic> answersAndAudit();
    std::optional<Diagnostic> evidence();
    std::optional<Diagnostic> checks();
    // Whether every row this batch wrote on the server is now exactly the local row; false when
    // an update took only part of a row (an assessment's status), so that the next pull does
    // not skip it as this database's own.
    bool exact() const { return m_exact; }

private:
    Result<PgResult> exec(std::string_view statement, const Params &params)
    {
        return m_conn.exec(statement, params, kPushing);
    }
    std::optional<Diagnostic> model(const std::string &hash);
    std::string sentUuids() const;

    PgConnection &m_conn;
    Store &m_store;
    SqliteDb &m_db;
    SyncReport &m_report;
    std::map<std::int64_t, bool> m_writable; // local enterprise id -> writable on the server
    std::vector<Outgoing> m_sent;            // assessments sent, whose rows follow
    // Per assessment uuid, the answers held back: their audit rows wait with them, or the server
    // would count a change as seen that it never received.
    std::map<std::string, std::set<AnswerKey>> m_held;
    std::set<std::string> m_models;
    bool m_exact = true;
};

std::string Pusher::sentUuids() const
{
    std::vector<std::string> uuids;
    for (const Outgoing &a : m_sent)
        uuids.push_back(a.uuid);
    return pgArray(uuids);
}

std::optional<Diagnostic> Pusher::enterprises(const std::vector<std::int64_t> &ids)
{
    std::map<std::string, std::int64_t> byUuid;
    std::map<std::string, Params> rows;
    for (std::int64_t id : ids) {
        if (m_writable.count(id))
            continue;
        auto e = m_store.enterprise(id);
        if (!e)
            return e.errors().front();
        byUuid[e->uuid] = id;
        rows[e->uuid] = {e->uuid,
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
    }
    if (rows.empty())
        return std::nullopt;
    PgColumns all(19);
    for (const auto &[uuid, row] : rows)
        all.add(row);
    // The organisation is the server's choice (a trigger): this user's.
    auto added =
        exec(sql({"INSERT INTO digilevel.enterprise (", kEnterpriseColumns, ") SELECT * FROM ",
                  kEnterpriseArrays, " ON CONFLICT (uuid) DO NOTHING RETURNING uuid::text"}),
             all.params());
    if (!added)
        return added.errors().front();
    for (int i = 0; i < added->rows(); ++i) {
        const std::string uuid = added->text(i, 0);
        m_writable[byUuid[uuid]] = true;
        rows.erase(uuid);
        ++m_report.sentEnterprises;
    }
    if (rows.empty())
        return std::nullopt;
    // Already there: newer profiles replace the server's; what this user cannot see there went
    // to another organisation, and its assessments are not sent.
    std::vector<std::string> present;
    for (const auto &[uuid, row] : rows)
        present.push_back(uuid);
    auto there = exec("SELECT uuid::text, updated_at FROM digilevel.enterprise "
                      "WHERE uuid = ANY($1::uuid[]) FOR UPDATE",
                      {pgArray(present)});
    if (!there)
        return there.errors().front();
    PgColumns winners(19);
    for (int i = 0; i < there->rows(); ++i) {
        const std::string uuid = there->text(i, 0);
        const Params &row = rows[uuid];
        m_writable[byUuid[uuid]] = true;
        if (incomingProfileWins(*row[18], there->text(i, 1)))
            winners.add(row);
        rows.erase(uuid);
    }
    for (const auto &[uuid, row] : rows) {
        m_writable[byUuid[uuid]] = false;
        ++m_report.refusedEnterprises;
    }
    if (winners.empty())
        return std::nullopt;
    auto updated = exec(
        sql({"UPDATE digilevel.enterprise e SET name=t.name, credit_code=t.credit_code, "
             "industry=t.industry, province=t.province, city=t.city, employees=t.employees, "
             "revenue_wan=t.revenue_wan, assets_wan=t.assets_wan, size_class=t.size_class, "
             "above_scale=t.above_scale, srdi=t.srdi, contact_name=t.contact_name, "
             "contact_phone=t.contact_phone, contact_email=t.contact_email, pilot=t.pilot, "
             "pilot_batch=t.pilot_batch, created_at=t.created_at, updated_at=t.updated_at FROM ",
             kEnterpriseArrays, " AS t(", kEnterpriseColumns, ") WHERE e.uuid = t.uuid"}),
        winners.params());
    if (!updated)
        return updated.errors().front();
    m_report.sentEnterprises += int(updated->affected());
    return std::nullopt;
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

std::optional<Diagnostic> Pusher::assessments(const std::vector<std::int64_t> &ids)
{
    auto st = m_db.prepare("SELECT a.uuid, e.uuid, a.model_hash, a.status, a.mode, a.phase, "
                           "a.assessor_name, a.assessor_org, a.upgraded_from, a.plan_locks, "
                           "a.created_at, a.updated_at, a.enterprise_id FROM assessment a "
                           "JOIN enterprise e ON e.id = a.enterprise_id WHERE a.id=?");
    if (!st)
        return st.errors().front();
    std::vector<std::int64_t> owners;
    std::vector<std::pair<std::int64_t, Params>> local;
    for (std::int64_t id : ids) {
        st->reset();
        st->bind(1, id);
        auto row = st->step();
        if (!row)
            return row.errors().front();
        if (!*row)
            continue; // gone since it changed
        Params values;
        for (int c = 0; c < 12; ++c)
            values.push_back(st->text(c));
        owners.push_back(st->integer(12));
        local.emplace_back(id, std::move(values));
    }
    if (auto err = enterprises(owners))
        return err;
    PgColumns rows(12);
    std::map<std::string, std::string> statusOf;
    for (std::size_t i = 0; i < local.size(); ++i) {
        const auto &[id, values] = local[i];
        if (!m_writable[owners[i]])
            continue;
        if (auto err = model(*values[2]))
            return err;
        rows.add(values);
        statusOf[*values[0]] = *values[3];
        m_sent.push_back({id, *values[0]});
    }
    if (rows.empty())
        return std::nullopt;
    auto added =
        exec(sql({"INSERT INTO digilevel.assessment (", kAssessmentColumns, ") SELECT * FROM ",
                  kAssessmentArrays, " ON CONFLICT (uuid) DO NOTHING RETURNING uuid::text"}),
             rows.params());
    if (!added)
        return added.errors().front();
    m_report.sentAssessments += added->rows();
    for (int i = 0; i < added->rows(); ++i)
        statusOf.erase(added->text(i, 0));
    if (statusOf.empty())
        return std::nullopt;
    std::vector<std::string> present;
    for (const auto &[uuid, status] : statusOf)
        present.push_back(uuid);
    auto there = exec("SELECT uuid::text, status FROM digilevel.assessment "
                      "WHERE uuid = ANY($1::uuid[]) FOR UPDATE",
                      {pgArray(present)});
    if (!there)
        return there.errors().front();
    for (int i = 0; i < there->rows(); ++i) {
        const std::string uuid = there->text(i, 0);
        const std::string &status = statusOf[uuid];
        if (!incomingStatusRaises(status, there->text(i, 1)))
            continue;
        auto up =
            exec("UPDATE digilevel.assessment SET status = $2 WHERE uuid = $1", {uuid, status});
        if (!up)
            return up.errors().front();
        ++m_report.sentAssessments;
        m_exact = false; // the rest of the server's row stays as it was
    }
    return std::nullopt;
}

std::optional<Diagnostic> Pusher::answersAndAudit()
{
    if (m_sent.empty())
        return std::nullopt;
    const std::string uuids = sentUuids();
    // The server's answers and history of the batch.
    auto theirs = exec("SELECT assessment_uuid::text, layer, kind, key, value, change_uuid::text "
                       "FROM digilevel.answer WHERE assessment_uuid = ANY($1::uuid[]) FOR UPDATE",
                       {uuids});
    if (!theirs)
        return theirs.errors().front();
    // (change uuid, value) by assessment and answer; AnswerVersion only views them.
    std::map<std::pair<std::string, AnswerKey>, std::pair<std::string, std::string>> server;
    for (int i = 0; i < theirs->rows(); ++i)
        server[{theirs->text(i, 0), {theirs->text(i, 1), theirs->text(i, 2), theirs->text(i, 3)}}] =
            {theirs->text(i, 5), theirs->text(i, 4)};
    auto serverAudit = exec(
        "SELECT uuid::text FROM digilevel.audit WHERE assessment_uuid = ANY($1::uuid[])", {uuids});
    if (!serverAudit)
        return serverAudit.errors().front();
    UuidSet serverHistory;
    for (int i = 0; i < serverAudit->rows(); ++i)
        serverHistory.insert(serverAudit->text(i, 0));

    auto h = m_db.prepare("SELECT uuid, layer, kind, key, old_value, new_value, note, changed_at, "
                          "changed_by FROM audit WHERE assessment_id=? ORDER BY id");
    auto c = m_db.prepare("SELECT layer, kind, key FROM conflict "
                          "WHERE assessment_id=? AND resolution IS NULL");
    auto a = m_db.prepare("SELECT layer, kind, key, value, note, updated_at, updated_by, "
                          "change_uuid, needs_confirmation FROM answer WHERE assessment_id=?");
    for (auto *st : {&h, &c, &a})
        if (!*st)
            return st->errors().front();
    PgColumns answers(10), audit(10);
    static const UuidSet none;
    for (const Outgoing &out : m_sent) {
        // Ours: the history by answer, and the answers an open conflict holds here.
        std::map<AnswerKey, UuidSet> history;
        std::vector<Params> newAudit;
        h->reset();
        h->bind(1, out.id);
        if (auto err = forEachRow(*h, [&](const SqliteStatement &r) {
                history[{r.text(1), r.text(2), r.text(3)}].insert(r.text(0));
                if (!serverHistory.count(r.text(0)))
                    newAudit.push_back({r.text(0), out.uuid, r.text(1), r.text(2), r.text(3),
                                        r.optionalText(4), r.optionalText(5), r.text(6), r.text(7),
                                        r.text(8)});
            }))
            return err;
        std::set<AnswerKey> &held = m_held[out.uuid];
        c->reset();
        c->bind(1, out.id);
        std::set<AnswerKey> open;
        if (auto err = forEachRow(*c, [&](const SqliteStatement &r) {
                open.insert({r.text(0), r.text(1), r.text(2)});
            }))
            return err;
        a->reset();
        a->bind(1, out.id);
        if (auto err = forEachRow(*a, [&](const SqliteStatement &r) {
                const AnswerKey k{r.text(0), r.text(1), r.text(2)};
                if (open.count(k)) {
                    ++m_report.heldBack; // a person decides first
                    held.insert(k);
                    return;
                }
                const std::string value = r.text(3), change = r.text(7);
                std::optional<AnswerVersion> there;
                if (auto s = server.find({out.uuid, k}); s != server.end())
                    there = AnswerVersion{s->second.first, s->second.second};
                const auto mine = history.find(k);
                const UuidSet &ours = mine == history.end() ? none : mine->second;
                const AnswerMerge decision = decideAnswerMerge(
                    there, {change, value},
                    [&](std::string_view seen) { return ours.count(seen) > 0; },
                    [&](std::string_view seen) { return serverHistory.count(seen) > 0; });
                if (decision == AnswerMerge::Unchanged)
                    return;
                if (decision == AnswerMerge::Conflict) {
                    ++m_report.heldBack; // the next pull records it here, for a person
                    held.insert(k);
                    return;
                }
                answers.add({out.uuid, r.text(0), r.text(1), r.text(2), value, r.text(4), r.text(5),
                             r.text(6), change, boolText(r.integer(8) != 0)});
            }))
            return err;
        // Answers are decided before this push's audit rows reach the server: the server's
        // history is what it had before.
        for (const Params &row : newAudit)
            if (!held.count({*row[2], *row[3], *row[4]}))
                audit.add(row);
    }
    if (!answers.empty()) {
        auto written = exec(
            "INSERT INTO digilevel.answer (assessment_uuid, layer, kind, key, value, note, "
            "updated_at, updated_by, change_uuid, needs_confirmation) SELECT * FROM "
            "unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], "
            "$7::text[], $8::text[], $9::uuid[], $10::boolean[]) "
            "ON CONFLICT (assessment_uuid, layer, kind, key) DO UPDATE SET value=excluded.value, "
            "note=excluded.note, updated_at=excluded.updated_at, updated_by=excluded.updated_by, "
            "change_uuid=excluded.change_uuid, needs_confirmation=excluded.needs_confirmation",
            answers.params());
        if (!written)
            return written.errors().front();
        m_report.sentAnswers += int(answers.rows());
    }
    if (!audit.empty()) {
        auto added = exec("INSERT INTO digilevel.audit (uuid, assessment_uuid, layer, kind, key, "
                          "old_value, new_value, note, changed_at, changed_by) SELECT * FROM "
                          "unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], "
                          "$6::text[], $7::text[], $8::text[], $9::text[], $10::text[]) "
                          "ON CONFLICT (uuid) DO NOTHING",
                          audit.params());
        if (!added)
            return added.errors().front();
        m_report.sentAudit += int(added->affected());
    }
    return std::nullopt;
}

std::optional<Diagnostic> Pusher::evidence()
{
    if (m_sent.empty())
        return std::nullopt;
    auto there = exec("SELECT uuid::text FROM digilevel.evidence_file "
                      "WHERE assessment_uuid = ANY($1::uuid[])",
                      {sentUuids()});
    if (!there)
        return there.errors().front();
    std::set<std::string> have;
    for (int i = 0; i < there->rows(); ++i)
        have.insert(there->text(i, 0));
    auto st = m_db.prepare("SELECT uuid, target, sha256, size, original_name, media_type, "
                           "added_at, added_by, content FROM evidence_file WHERE assessment_id=?");
    if (!st)
        return st.errors().front();
    // Files one by one: they are few, and each may be megabytes; the bytes travel once.
    for (const Outgoing &out : m_sent) {
        st->reset();
        st->bind(1, out.id);
        std::optional<Diagnostic> failed;
        if (auto err = forEachRow(*st, [&](const SqliteStatement &r) {
                if (failed || have.count(r.text(0)))
                    return;
                // The server checks the SHA-256 and the size against the bytes (CHECK
                // constraints).
                auto added = exec(
                    "INSERT INTO digilevel.evidence_file (uuid, assessment_uuid, target, sha256, "
                    "size, original_name, media_type, content, added_at, added_by) VALUES "
                    "($1,$2,$3,$4,$5,$6,$7,$8::bytea,$9,$10) ON CONFLICT (uuid) DO NOTHING",
                    {r.text(0), out.uuid, r.text(1), r.text(2), std::to_string(r.integer(3)),
                     r.text(4), r.text(5), byteaText(r.blob(8)), r.text(6), r.text(7)});
                if (!added)
                    failed = added.errors().front();
                else
                    m_report.sentEvidence += int(added->affected());
            }))
            return err;
        if (failed)
            return failed;
    }
    return std::nullopt;
}

std::optional<Diagnostic> Pusher::checks()
{
    if (m_sent.empty())
        return std::nullopt;
    auto there = exec("SELECT assessment_uuid::text, target, evidence_id, updated_at FROM "
                      "digilevel.evidence_check WHERE assessment_uuid = ANY($1::uuid[]) FOR UPDATE",
                      {sentUuids()});
    if (!there)
        return there.errors().front();
    std::map<std::tuple<std::string, std::string, std::string>, std::string> server;
    for (int i = 0; i < there->rows(); ++i)
        server[{there->text(i, 0), there->text(i, 1), there->text(i, 2)}] = there->text(i, 3);
    auto st = m_db.prepare(
        "SELECT target, evidence_id, ticked, updated_at FROM evidence_check WHERE assessment_id=?");
    if (!st)
        return st.errors().front();
    PgColumns rows(5);
    for (const Outgoing &out : m_sent) {
        st->reset();
        st->bind(1, out.id);
        if (auto err = forEachRow(*st, [&](const SqliteStatement &r) {
                const auto s = server.find({out.uuid, r.text(0), r.text(1)});
                if (s != server.end() && !incomingTickWins(r.text(3), s->second))
                    return;
                rows.add({out.uuid, r.text(0), r.text(1), boolText(r.integer(2) != 0), r.text(3)});
            }))
            return err;
    }
    if (rows.empty())
        return std::nullopt;
    auto written = exec("INSERT INTO digilevel.evidence_check (assessment_uuid, target, "
                        "evidence_id, ticked, updated_at) SELECT * FROM unnest($1::uuid[], "
                        "$2::text[], $3::text[], $4::boolean[], $5::text[]) ON CONFLICT "
                        "(assessment_uuid, target, evidence_id) DO UPDATE SET "
                        "ticked=excluded.ticked, updated_at=excluded.updated_at",
                        rows.params());
    return written ? std::nullopt : std::optional(written.errors().front());
}

} // namespace

Result<PushedBatch> pushBatch(PgConnection &conn,
                              Store &store,
                              const std::vector<std::int64_t> &enterprises,
                              const std::vector<std::int64_t> &assessments,
                              SyncReport &report)
{
    SyncReport counted = report; // counts only for a batch the server keeps
    PgTransaction tx(conn);
    if (auto failed = tx.begin())
        return *failed;
    // The transaction's id stamps every row it writes (change_xact): the next pull skips rows
    // still carrying it, which are this database's own.
    auto xact = conn.exec("SELECT pg_current_xact_id()::text", {}, kPushing);
    if (!xact)
        return xact.errors();
    Pusher push(conn, store, counted);
    if (auto err = push.enterprises(enterprises))
        return *err;
    if (auto err = push.assessments(assessments))
        return *err;
    if (auto err = push.answersAndAudit())
        return *err;
    if (auto err = push.evidence())
        return *err;
    if (auto err = push.checks())
        return *err;
    pauseForTests();
    if (auto failed = tx.commit())
        return *failed;
    report = std::move(counted);
    return PushedBatch{xact->text(0, 0), push.exact()};
}

} // namespace dl::syncsteps
