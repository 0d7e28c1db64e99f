// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/bundlemerge.h"

#include "base/diagnosticcatalog.h"
#include "enterprise/creditcode.h"
#include "exchange/mergerules.h"
#include "store/answerrows.h"
#include "store/preparedstatements.h"

#include <array>
#include <map>
#include <set>
#include <tuple>

namespace dl {

namespace {

// The statements of a merge. Each is prepared once per import: a bundle of 10,000 enterprises
// runs them about two million times, and preparing took a fifth of the import.
enum Statement {
    InsertModel,
    FindEnterprise,
    StampEnterprise,
    FindAssessment,
    RaiseStatus,
    InsertAssessment,
    LocalHistory,
    InsertConflict,
    InsertAudit,
    InsertEvidenceFile,
    WriteEvidenceCheck,
    StatementCount
};

constexpr std::array<const char *, StatementCount> kSql = {
    "INSERT OR IGNORE INTO model (content_hash, model_id, version, content) VALUES (?,?,?,?)",
    "SELECT id, updated_at FROM enterprise WHERE uuid=?1 OR (?2 <> '' AND credit_code=?2) "
    "ORDER BY uuid=?1 DESC, id LIMIT 1",
    "UPDATE enterprise SET updated_at=? WHERE id=?",
    "SELECT id, status FROM assessment WHERE uuid=?",
    "UPDATE assessment SET status=? WHERE id=?",
    "INSERT INTO assessment (uuid, enterprise_id, model_hash, status, mode, assessor_name, "
    "assessor_org, created_at, updated_at, upgraded_from, phase) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
    "SELECT uuid FROM audit WHERE assessment_id=? AND layer=? AND kind=? AND key=?",
    "INSERT OR IGNORE INTO conflict (assessment_id, layer, kind, key, local_value, local_by, "
    "local_at, local_change, incoming_value, incoming_note, incoming_by, incoming_at, "
    "incoming_change, source, detected_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
    "INSERT OR IGNORE INTO audit (uuid, assessment_id, layer, kind, key, old_value, new_value, "
    "note, changed_at, changed_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "INSERT OR IGNORE INTO evidence_file (uuid, assessment_id, target, sha256, size, "
    "original_name, media_type, content, added_at, added_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
    // Ticks merge to the newer one: a checklist tick carries no history of its own.
    "INSERT INTO evidence_check (assessment_id, target, evidence_id, ticked, updated_at) VALUES "
    "(?,?,?,?,?) ON CONFLICT (assessment_id, target, evidence_id) DO UPDATE SET "
    "ticked=excluded.ticked, updated_at=excluded.updated_at WHERE excluded.updated_at > "
    "evidence_check.updated_at",
};

// SQLite's default page cache is 2 MB. Inside the one large transaction of an import, SQLite
// then writes dirty pages of the audit table's uuid index out to the WAL again and again; a
// larger cache for the length of the import keeps them in memory until the commit. Pages are
// only taken as needed, and the cache goes back to what it was afterwards.
class LargerCache
{
public:
    explicit LargerCache(SqliteDb &db)
        : m_db(db)
    {
        if (auto st = db.prepare("PRAGMA cache_size")) {
            if (auto row = st->step(); row && *row)
                m_previous = st->integer(0);
        }
        db.exec("PRAGMA cache_size = -524288"); // 512 MiB, as a negative count of KiB
    }
    ~LargerCache()
    {
        if (m_previous)
            m_db.exec("PRAGMA cache_size = " + std::to_string(*m_previous));
    }

private:
    SqliteDb &m_db;
    std::optional<std::int64_t> m_previous;
};

using AnswerKey = std::tuple<std::string_view, std::string_view, std::string_view>;

// A bundle's answer as a row; checkBundleAnswers has refused any other layer or kind.
AnswerRows::Received received(const BundleAnswer &a)
{
    return {parseLayer(a.layer).value_or(Layer::Self),
            parseAnswerKind(a.kind).value_or(AnswerKind::Item),
            a.key,
            a.value,
            a.note,
            a.updatedAt,
            a.updatedBy,
            a.changeUuid,
            a.needsConfirmation != 0};
}

class Merger
{
public:
    Merger(Store &store, const std::string &source, const BundleProgress &progress)
        : m_store(store)
        , m_db(store.db())
        , m_source(source)
        , m_progress(progress)
        , m_answers(store.db())
    {}

    // In a transaction of its own (a bundle), or in the caller's (a sync).
    Result<ImportReport> run(const BundlePayload &payload);
    Result<ImportReport> merge(const BundlePayload &payload);

private:
    Result<SqliteStatement *> statement(Statement which);
    std::optional<Diagnostic> mergeModels(const std::vector<BundleModel> &models);
    std::optional<Diagnostic> mergeEnterprise(const Enterprise &incoming);
    std::optional<Diagnostic> mergeAssessment(const BundleAssessment &a);
    std::optional<Diagnostic> mergeAnswer(std::int64_t assessmentId,
                                          const BundleAssessment &a,
                                          const BundleAnswer &ans,
                                          const std::set<std::string_view> &incomingHistory);
    std::optional<Diagnostic> writeAnswer(std::int64_t assessmentId,
                                          const AnswerRows::Received &answer);
    std::optional<Diagnostic> addConflict(std::int64_t assessmentId,
                                          const BundleAssessment &a,
                                          const BundleAnswer &ans,
                                          MergeConflict local,
                                          const std::string &localChange);
    std::optional<Diagnostic> addRecords(std::int64_t assessmentId, const BundleAssessment &a);
    Result<bool>
    inLocalHistory(std::int64_t assessmentId, const BundleAnswer &ans, const std::string &change);

    Store &m_store;
    SqliteDb &m_db;
    std::string m_source;
    const BundleProgress &m_progress;
    ImportReport m_report;
    PreparedStatements<StatementCount> m_statements{m_db, kSql};
    AnswerRows m_answers;
    std::map<std::string, std::int64_t, std::less<>> m_enterpriseIds; // incoming uuid -> local
    std::map<std::string, std::string, std::less<>> m_enterpriseNames;
};

Result<SqliteStatement *> Merger::statement(Statement which)
{
    return m_statements.get(which);
}

std::optional<Diagnostic> Merger::mergeModels(const std::vector<BundleModel> &models)
{
    for (const BundleModel &m : models) {
        auto st = statement(InsertModel);
        if (!st)
            return st.errors().front();
        (*st)->bind(1, m.contentHash).bind(2, m.modelId).bind(3, m.version).bindBlob(4, m.content);
        if (auto err = (*st)->run())
            return err;
    }
    return std::nullopt;
}

std::optional<Diagnostic> Merger::mergeEnterprise(const Enterprise &incoming)
{
    auto find = statement(FindEnterprise);
    if (!find)
        return find.errors().front();
    // Stored codes are normalised: the same company registered on two laptops, one typing the
    // code in lower case, is one enterprise.
    (*find)->bind(1, incoming.uuid).bind(2, normalisedCreditCode(incoming.creditCode));
    auto row = (*find)->step();
    if (!row)
        return row.errors().front();
    m_enterpriseNames[incoming.uuid] = incoming.name;
    if (!*row) {
        auto added = m_store.addEnterprise(incoming);
        if (!added)
            return added.errors().front();
        ++m_report.enterprisesAdded;
        m_enterpriseIds[incoming.uuid] = added->id;
        return std::nullopt;
    }
    const std::int64_t id = (*find)->integer(0);
    const std::string localUpdated = (*find)->text(1);
    ++m_report.enterprisesMatched;
    m_enterpriseIds[incoming.uuid] = id;
    // The profile is last-writer-wins: it has no per-field history, and a newer profile is what
    // both sides would keep.
    if (!incomingProfileWins(incoming.updatedAt, localUpdated))
        return std::nullopt;
    Enterprise updated = incoming;
    updated.id = id;
    if (auto done = m_store.updateEnterprise(updated); !done)
        return done.errors().front();
    auto stamp = statement(StampEnterprise);
    if (!stamp)
        return stamp.errors().front();
    (*stamp)->bind(1, incoming.updatedAt).bind(2, id); // as new as its source, not as now
    if (auto err = (*stamp)->run())
        return err;
    ++m_report.enterprisesUpdated;
    return std::nullopt;
}

// The answer as the source stored it, with its time, author and change id. AnswerWriter's rules
// are not applied again: they applied where the change was made, and a change made here would
// have a change id the source never saw, a conflict at the next merge back. Its audit rows come
// with the bundle (addRecords).
std::optional<Diagnostic> Merger::writeAnswer(std::int64_t assessmentId,
                                              const AnswerRows::Received &answer)
{
    return m_answers.receive(assessmentId, answer);
}

Result<bool> Merger::inLocalHistory(std::int64_t assessmentId,
                                    const BundleAnswer &ans,
                                    const std::string &change)
{
    auto st = statement(LocalHistory);
    if (!st)
        return st.errors();
    (*st)->bind(1, assessmentId).bind(2, ans.layer).bind(3, ans.kind).bind(4, ans.key);
    for (;;) {
        auto row = (*st)->step();
        if (!row)
            return row.errors();
        if (!*row)
            return false;
        if ((*st)->text(0) == change)
            return true;
    }
}

std::optional<Diagnostic> Merger::addConflict(std::int64_t assessmentId,
                                              const BundleAssessment &a,
                                              const BundleAnswer &ans,
                                              MergeConflict c,
                                              const std::string &localChange)
{
    auto st = statement(InsertConflict);
    if (!st)
        return st.errors().front();
    SqliteStatement &s = **st;
    s.bind(1, assessmentId).bind(2, ans.layer).bind(3, ans.kind).bind(4, ans.key);
    s.bind(5, c.localValue).bind(6, c.localBy).bind(7, c.localAt).bind(8, localChange);
    s.bind(9, ans.value).bind(10, ans.note).bind(11, ans.updatedBy).bind(12, ans.updatedAt);
    s.bind(13, ans.changeUuid).bind(14, m_source);
    s.bind(15, isoTime(std::chrono::system_clock::now()));
    if (auto err = s.run())
        return err;
    if (m_db.changes() == 0)
        return std::nullopt; // found by an earlier import of the same bundle
    c.key = ans.key;
    c.assessmentUuid = a.uuid;
    c.enterpriseName = m_enterpriseNames[a.enterpriseUuid];
    c.layer = parseLayer(ans.layer).value_or(Layer::Self);
    c.kind = parseAnswerKind(ans.kind).value_or(AnswerKind::Item);
    c.incomingValue = ans.value;
    c.incomingBy = ans.updatedBy;
    c.incomingAt = ans.updatedAt;
    m_report.conflicts.push_back(std::move(c));
    return std::nullopt;
}

std::optional<Diagnostic> Merger::mergeAnswer(std::int64_t assessmentId,
                                              const BundleAssessment &a,
                                              const BundleAnswer &ans,
                                              const std::set<std::string_view> &incomingHistory)
{
    const AnswerRows::Received incoming = received(ans);
    auto local = m_answers.find(assessmentId, incoming.layer, incoming.kind, ans.key);
    if (!local)
        return local.errors().front();
    const std::string localChange = *local ? (*local)->changeUuid : std::string();
    std::optional<AnswerVersion> ours;
    if (*local)
        ours = AnswerVersion{localChange, (*local)->answer.value};
    std::optional<Diagnostic> lookupFailed;
    const AnswerMerge decision = decideAnswerMerge(
        ours, {ans.changeUuid, ans.value},
        [&](std::string_view c) { return incomingHistory.count(c) > 0; },
        [&](std::string_view c) {
            auto known = inLocalHistory(assessmentId, ans, std::string(c));
            if (!known)
                lookupFailed = known.errors().front();
            return known && *known;
        });
    if (lookupFailed)
        return lookupFailed;
    if (decision == AnswerMerge::Add) {
        ++m_report.answersAdded;
        return writeAnswer(assessmentId, incoming);
    }
    if (decision == AnswerMerge::Update) {
        ++m_report.answersUpdated;
        return writeAnswer(assessmentId, incoming);
    }
    if (decision == AnswerMerge::Unchanged) {
        ++m_report.answersUnchanged;
        return std::nullopt;
    }
    MergeConflict conflict;
    conflict.localValue = (*local)->answer.value;
    conflict.localBy = (*local)->answer.updatedBy;
    conflict.localAt = (*local)->answer.updatedAt;
    return addConflict(assessmentId, a, ans, std::move(conflict), localChange);
}

std::optional<Diagnostic> Merger::addRecords(std::int64_t id, const BundleAssessment &a)
{
    for (const BundleAuditEntry &h : a.audit) {
        auto st = statement(InsertAudit);
        if (!st)
            return st.errors().front();
        SqliteStatement &s = **st;
        s.bind(1, h.uuid).bind(2, id).bind(3, h.layer).bind(4, h.kind).bind(5, h.key);
        s.bindOptional(6, h.oldValue).bindOptional(7, h.newValue).bind(8, h.note);
        s.bind(9, h.changedAt).bind(10, h.changedBy);
        if (auto err = s.run())
            return err;
    }
    for (const BundleEvidenceFile &f : a.evidenceFiles) {
        auto st = statement(InsertEvidenceFile);
        if (!st)
            return st.errors().front();
        SqliteStatement &s = **st;
        s.bind(1, f.uuid).bind(2, id).bind(3, f.target).bind(4, f.sha256).bind(5, f.size);
        s.bind(6, f.originalName).bind(7, f.mediaType).bindBlob(8, f.content);
        s.bind(9, f.addedAt).bind(10, f.addedBy);
        if (auto err = s.run())
            return err;
        m_report.evidenceAdded += m_db.changes();
    }
    for (const BundleEvidenceCheck &c : a.evidenceChecks) {
        auto st = statement(WriteEvidenceCheck);
        if (!st)
            return st.errors().front();
        (*st)->bind(1, id).bind(2, c.target).bind(3, c.evidenceId).bind(4, c.ticked);
        (*st)->bind(5, c.updatedAt);
        if (auto err = (*st)->run())
            return err;
    }
    return std::nullopt;
}

std::optional<Diagnostic> Merger::mergeAssessment(const BundleAssessment &a)
{
    const auto ent = m_enterpriseIds.find(a.enterpriseUuid);
    if (ent == m_enterpriseIds.end())
        return fileError<DiagMsg::BundleNoEnterprise>(m_source, a.uuid);
    auto find = statement(FindAssessment);
    if (!find)
        return find.errors().front();
    (*find)->bind(1, a.uuid);
    auto row = (*find)->step();
    if (!row)
        return row.errors().front();
    if (!*row) {
        auto st = statement(InsertAssessment);
        if (!st)
            return st.errors().front();
        SqliteStatement &s = **st;
        s.bind(1, a.uuid).bind(2, ent->second).bind(3, a.modelHash).bind(4, a.status);
        s.bind(5, a.mode).bind(6, a.assessorName).bind(7, a.assessorOrg);
        s.bind(8, a.createdAt).bind(9, a.updatedAt).bind(10, a.upgradedFrom).bind(11, a.phase);
        if (auto err = s.run())
            return fileError<DiagMsg::BundleAssessmentNotStored>(m_source, a.uuid, textOf(*err));
        const std::int64_t id = m_db.lastInsertRowId();
        ++m_report.assessmentsAdded;
        // A new assessment has no answers here to merge with.
        for (const BundleAnswer &ans : a.answers)
            if (auto err = writeAnswer(id, received(ans)))
                return err;
        m_report.answersAdded += int(a.answers.size());
        return addRecords(id, a);
    }
    const std::int64_t id = (*find)->integer(0);
    ++m_report.assessmentsMatched;
    if (incomingStatusRaises(a.status, (*find)->text(1))) {
        auto up = statement(RaiseStatus);
        if (!up)
            return up.errors().front();
        (*up)->bind(1, a.status).bind(2, id);
        if (auto err = (*up)->run())
            return err;
    }
    std::map<AnswerKey, std::set<std::string_view>> history;
    for (const BundleAuditEntry &h : a.audit)
        history[{h.layer, h.kind, h.key}].insert(h.uuid);
    static const std::set<std::string_view> none;
    for (const BundleAnswer &ans : a.answers) {
        const auto seen = history.find({ans.layer, ans.kind, ans.key});
        if (auto err = mergeAnswer(id, a, ans, seen == history.end() ? none : seen->second))
            return err;
    }
    return addRecords(id, a);
}

Result<ImportReport> Merger::run(const BundlePayload &payload)
{
    LargerCache cache(m_db);
    SqliteTransaction tx(m_db);
    if (auto err = tx.begin())
        return *err;
    auto report = merge(payload);
    if (!report)
        return report; // rolled back: nothing is imported
    if (auto err = tx.commit())
        return *err;
    return report;
}

Result<ImportReport> Merger::merge(const BundlePayload &payload)
{
    if (auto err = mergeModels(payload.models))
        return *err;
    // Cancelling returns before the commit: the transaction rolls back, nothing is imported.
    const int total = int(payload.enterprises.size() + payload.assessments.size());
    int done = 0;
    auto carryOn = [&] { return !m_progress || m_progress(done++, total); };
    for (const Enterprise &e : payload.enterprises) {
        if (!carryOn())
            return cancelled(m_source, LeftBehind::NothingChanged);
        if (auto err = mergeEnterprise(e))
            return *err;
    }
    for (const BundleAssessment &a : payload.assessments) {
        if (!carryOn())
            return cancelled(m_source, LeftBehind::NothingChanged);
        if (auto err = mergeAssessment(a))
            return *err;
    }
    if (m_progress && !m_progress(total, total))
        return cancelled(m_source, LeftBehind::NothingChanged);
    return m_report;
}

} // namespace

Result<ImportReport> mergeBundle(Store &store,
                                 const BundlePayload &payload,
                                 const std::string &source,
                                 const BundleProgress &progress)
{
    return Merger(store, source, progress).run(payload);
}

Result<ImportReport> mergePayloadInTransaction(Store &store,
                                               const BundlePayload &payload,
                                               const std::string &source,
                                               const BundleProgress &progress)
{
    return Merger(store, source, progress).merge(payload);
}

} // namespace dl
