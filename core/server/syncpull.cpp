// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/syncsteps.h"

#include "enterprise/sizeclass.h"
#include "server/pgarray.h"

#include <map>
#include <set>

namespace dl::syncsteps {

namespace {

const LocalText kPulling{"从团队服务器读取更改", "reading changes from the team server"};

std::optional<std::string> nullable(const PgResult &r, int row, int col)
{
    if (r.isNull(row, col))
        return std::nullopt;
    return r.text(row, col);
}

Enterprise enterpriseFrom(const PgResult &r, int i)
{
    Enterprise e;
    e.uuid = r.text(i, 0);
    e.name = r.text(i, 1);
    e.creditCode = r.text(i, 2);
    e.industry = r.text(i, 3);
    e.province = r.text(i, 4);
    e.city = r.text(i, 5);
    if (!r.isNull(i, 6))
        e.employees = std::stoll(r.text(i, 6));
    e.revenueWan = nullable(r, i, 7);
    e.assetsWan = nullable(r, i, 8);
    e.sizeClass = parseSizeClass(r.text(i, 9)).value_or(SizeClass::Unknown);
    e.aboveScale = r.text(i, 10) == "t";
    e.srdi = parseSrdiStatus(r.text(i, 11)).value_or(SrdiStatus::None);
    e.contactName = r.text(i, 12);
    e.contactPhone = r.text(i, 13);
    e.contactEmail = r.text(i, 14);
    e.pilot = r.text(i, 15) == "t";
    e.pilotBatch = r.text(i, 16);
    e.createdAt = r.text(i, 17);
    e.updatedAt = r.text(i, 18);
    return e;
}

// Which local rows exist, by uuid, among `uuids`.
Result<std::set<std::string>>
localUuids(SqliteDb &db, const std::string &table, const std::vector<std::string> &uuids)
{
    std::set<std::string> found;
    auto st = db.prepare("SELECT 1 FROM " + table + " WHERE uuid=?");
    if (!st)
        return st.errors();
    for (const std::string &u : uuids) {
        st->reset();
        st->bind(1, u);
        auto row = st->step();
        if (!row)
            return row.errors();
        if (*row)
            found.insert(u);
    }
    return found;
}

Result<bool> localModel(SqliteDb &db, const std::string &hash)
{
    auto st = db.prepare("SELECT 1 FROM model WHERE content_hash=?");
    if (!st)
        return st.errors();
    st->bind(1, hash);
    auto row = st->step();
    if (!row)
        return row.errors();
    return *row;
}

} // namespace

// The watermark. change_seq is taken from a sequence when a row is written, not when its
// transaction commits, so a pull can see a row numbered 12 while one numbered 11 is still being
// written by a transaction that commits later; advancing "since" to 12 would lose row 11 for
// ever. Instead a pull, inside one REPEATABLE READ snapshot, records the highest change_seq it
// saw and the snapshot's xmin (the oldest transaction still running then). Every row the
// snapshot could not see was written by a transaction at or after xmin, so the next pull asks
// for "change_seq > seq OR change_xact >= xmin": nothing is missed, and a row seen twice merges
// as unchanged. The first pull (seq 0, xmin 0) reads everything this user may see.
Result<Pulled> fetchChanges(PgConnection &conn,
                            Store &store,
                            const PullMark &since,
                            const std::vector<std::string> &own)
{
    PgTransaction tx(conn);
    if (auto failed = tx.begin())
        return *failed;
    if (auto r =
            conn.exec("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY", {}, kPulling);
        !r)
        return r.errors();
    // After a large push the server's statistics lag until autovacuum analyses the tables, and
    // without them PostgreSQL guesses that a third of each table changed and reads it all: a
    // sync of one answer took 250 ms at 2,000 enterprises instead of 1. A later pull asks for a
    // few rows among many, which the change_seq and change_xact indexes find; the first pull reads
    // everything, as a sequential scan should.
    if (since.seq > 0) {
        if (auto r = conn.exec("SET LOCAL enable_seqscan = off", {}, kPulling); !r)
            return r.errors();
    }
    Pulled out;
    auto mark = conn.exec("SELECT pg_snapshot_xmin(pg_current_snapshot())::text, greatest("
                          "(SELECT max(change_seq) FROM digilevel.enterprise),"
                          "(SELECT max(change_seq) FROM digilevel.assessment),"
                          "(SELECT max(change_seq) FROM digilevel.answer),"
                          "(SELECT max(change_seq) FROM digilevel.audit),"
                          "(SELECT max(change_seq) FROM digilevel.evidence_file),"
                          "(SELECT max(change_seq) FROM digilevel.evidence_check), $1::bigint)",
                          {std::to_string(since.seq)}, kPulling);
    if (!mark)
        return mark.errors();
    out.next.xmin = mark->text(0, 0);
    out.next.seq = std::stoll(mark->text(0, 1));
    pauseForTests();

    const std::vector<std::optional<std::string>> sinceArgs = {std::to_string(since.seq),
                                                               since.xmin, pgArray(own)};
    // Each table's condition stands alone so that PostgreSQL answers it from the change_seq and
    // change_xact indexes (a bitmap OR) instead of reading the whole table.
    const auto changed = [](std::string_view table) {
        return std::string(" FROM digilevel.") + std::string(table) +
               " WHERE (change_seq > $1::bigint OR change_xact >= $2::xid8) "
               "AND change_xact <> ALL($3::xid8[])";
    };
    // Changed enterprises come whole (an enterprise newly given to this user's organisation has
    // old rows under it), with every assessment that changed in any part.
    auto touched =
        conn.exec("SELECT a.uuid::text FROM digilevel.assessment a WHERE a.enterprise_uuid IN "
                  "(SELECT uuid" +
                      changed("enterprise") + ") UNION SELECT uuid::text" + changed("assessment") +
                      " UNION SELECT assessment_uuid::text" + changed("answer") +
                      " UNION SELECT assessment_uuid::text" + changed("audit") +
                      " UNION SELECT assessment_uuid::text" + changed("evidence_file") +
                      " UNION SELECT assessment_uuid::text" + changed("evidence_check"),
                  sinceArgs, kPulling);
    if (!touched)
        return touched.errors();
    std::set<std::string> assessments;
    for (int i = 0; i < touched->rows(); ++i)
        assessments.insert(touched->text(i, 0));
    const std::string list = pgArray({assessments.begin(), assessments.end()});

    auto ents = conn.exec(
        "SELECT uuid::text, name, credit_code, industry, province, city, employees, revenue_wan, "
        "assets_wan, size_class, above_scale, srdi, contact_name, contact_phone, contact_email, "
        "pilot, pilot_batch, created_at, updated_at FROM digilevel.enterprise e "
        "WHERE uuid IN (SELECT uuid" +
            changed("enterprise") +
            " UNION SELECT enterprise_uuid "
            "FROM digilevel.assessment WHERE uuid = ANY($4::uuid[])) ORDER BY uuid",
        {sinceArgs[0], sinceArgs[1], sinceArgs[2], list}, kPulling);
    if (!ents)
        return ents.errors();
    for (int i = 0; i < ents->rows(); ++i)
        out.payload.enterprises.push_back(enterpriseFrom(*ents, i));

    auto as = conn.exec("SELECT uuid::text, enterprise_uuid::text, model_hash, status, mode, "
                        "phase, assessor_name, assessor_org, upgraded_from, created_at, "
                        "updated_at FROM digilevel.assessment WHERE uuid = ANY($1::uuid[]) "
                        "ORDER BY uuid",
                        {list}, kPulling);
    if (!as)
        return as.errors();
    std::map<std::string, std::size_t> index;
    std::set<std::string> models;
    for (int i = 0; i < as->rows(); ++i) {
        BundleAssessment a;
        a.uuid = as->text(i, 0);
        a.enterpriseUuid = as->text(i, 1);
        a.modelHash = as->text(i, 2);
        a.status = as->text(i, 3);
        a.mode = as->text(i, 4);
        a.phase = as->text(i, 5);
        a.assessorName = as->text(i, 6);
        a.assessorOrg = as->text(i, 7);
        a.upgradedFrom = as->text(i, 8);
        a.createdAt = as->text(i, 9);
        a.updatedAt = as->text(i, 10);
        models.insert(a.modelHash);
        index[a.uuid] = out.payload.assessments.size();
        out.payload.assessments.push_back(std::move(a));
    }
    auto answers = conn.exec(
        "SELECT assessment_uuid::text, layer, kind, key, value, note, updated_at, updated_by, "
        "change_uuid::text, needs_confirmation FROM digilevel.answer "
        "WHERE assessment_uuid = ANY($1::uuid[]) ORDER BY assessment_uuid, layer, kind, key",
        {list}, kPulling);
    if (!answers)
        return answers.errors();
    for (int i = 0; i < answers->rows(); ++i) {
        const auto &r = *answers;
        BundleAnswer ans{r.text(i, 1), r.text(i, 2), r.text(i, 3),
                         r.text(i, 4), r.text(i, 5), r.text(i, 6),
                         r.text(i, 7), r.text(i, 8), r.text(i, 9) == "t" ? 1 : 0};
        out.payload.assessments[index[r.text(i, 0)]].answers.push_back(std::move(ans));
    }
    // The whole history of each assessment: the merge tells a descendant from a conflict by it.
    auto audit = conn.exec(
        "SELECT assessment_uuid::text, uuid::text, layer, kind, key, old_value, new_value, note, "
        "changed_at, changed_by FROM digilevel.audit WHERE assessment_uuid = ANY($1::uuid[]) "
        "ORDER BY assessment_uuid, changed_at, uuid",
        {list}, kPulling);
    if (!audit)
        return audit.errors();
    for (int i = 0; i < audit->rows(); ++i) {
        const auto &r = *audit;
        BundleAuditEntry h{r.text(i, 1), r.text(i, 2),      r.text(i, 3),
                           r.text(i, 4), nullable(r, i, 5), nullable(r, i, 6),
                           r.text(i, 7), r.text(i, 8),      r.text(i, 9)};
        out.payload.assessments[index[r.text(i, 0)]].audit.push_back(std::move(h));
    }
    auto checks = conn.exec("SELECT assessment_uuid::text, target, evidence_id, ticked, "
                            "updated_at FROM digilevel.evidence_check "
                            "WHERE assessment_uuid = ANY($1::uuid[])",
                            {list}, kPulling);
    if (!checks)
        return checks.errors();
    for (int i = 0; i < checks->rows(); ++i) {
        const auto &r = *checks;
        BundleEvidenceCheck c{r.text(i, 1), r.text(i, 2), r.text(i, 3) == "t" ? 1 : 0,
                              r.text(i, 4)};
        out.payload.assessments[index[r.text(i, 0)]].evidenceChecks.push_back(std::move(c));
    }
    // Evidence bytes only for the files this database does not have.
    auto files = conn.exec("SELECT uuid::text FROM digilevel.evidence_file "
                           "WHERE assessment_uuid = ANY($1::uuid[])",
                           {list}, kPulling);
    if (!files)
        return files.errors();
    std::vector<std::string> fileUuids;
    for (int i = 0; i < files->rows(); ++i)
        fileUuids.push_back(files->text(i, 0));
    auto have = localUuids(store.db(), "evidence_file", fileUuids);
    if (!have)
        return have.errors();
    std::set<std::string> missing;
    for (const std::string &u : fileUuids)
        if (!have->count(u))
            missing.insert(u);
    if (!missing.empty()) {
        auto bytes = conn.exec(
            "SELECT assessment_uuid::text, uuid::text, target, sha256, size, original_name, "
            "media_type, content, added_at, added_by FROM digilevel.evidence_file "
            "WHERE uuid = ANY($1::uuid[]) ORDER BY uuid",
            {pgArray({missing.begin(), missing.end()})}, kPulling);
        if (!bytes)
            return bytes.errors();
        for (int i = 0; i < bytes->rows(); ++i) {
            const auto &r = *bytes;
            BundleEvidenceFile f{r.text(i, 1),
                                 r.text(i, 2),
                                 r.text(i, 3),
                                 std::stoll(r.text(i, 4)),
                                 r.text(i, 5),
                                 r.text(i, 6),
                                 byteaBytes(r.text(i, 7)),
                                 r.text(i, 8),
                                 r.text(i, 9)};
            out.payload.assessments[index[r.text(i, 0)]].evidenceFiles.push_back(std::move(f));
        }
    }
    for (const std::string &hash : models) {
        auto here = localModel(store.db(), hash);
        if (!here)
            return here.errors();
        if (*here)
            continue;
        auto m = conn.exec("SELECT content_hash, model_id, version, content FROM digilevel.model "
                           "WHERE content_hash = $1",
                           {hash}, kPulling);
        if (!m)
            return m.errors();
        if (m->rows() == 1)
            out.payload.models.push_back(
                {m->text(0, 0), m->text(0, 1), m->text(0, 2), byteaBytes(m->text(0, 3))});
    }
    if (auto failed = tx.commit())
        return *failed;
    return out;
}

} // namespace dl::syncsteps
