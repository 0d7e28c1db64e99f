// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/answerrows.h"

#include "base/diagnosticcatalog.h"

#include "store/store.h"

namespace dl {

namespace {

constexpr std::array<const char *, 5> kSql = {
    "SELECT value, note, updated_at, updated_by, change_uuid, needs_confirmation FROM answer "
    "WHERE assessment_id=? AND layer=? AND kind=? AND key=?",
    // needs_confirmation is written with every change: a row is as its last change left it, so
    // that two databases holding the same change_uuid hold the same row (bundlemerge.cpp).
    "INSERT INTO answer (assessment_id, layer, kind, key, value, note, updated_at, updated_by, "
    "change_uuid, needs_confirmation) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (assessment_id, "
    "layer, kind, key) DO UPDATE SET value=excluded.value, note=excluded.note, "
    "updated_at=excluded.updated_at, updated_by=excluded.updated_by, "
    "change_uuid=excluded.change_uuid, needs_confirmation=excluded.needs_confirmation",
    "DELETE FROM answer WHERE assessment_id=? AND layer=? AND kind=? AND key=?",
    "INSERT INTO audit (uuid, assessment_id, layer, kind, key, old_value, new_value, note, "
    "changed_at, changed_by) VALUES (?,?,?,?,?,?,?,?,?,?)",
    "UPDATE assessment SET updated_at=? WHERE id=?",
};

} // namespace

const std::array<const char *, AnswerRows::StatementCount> &AnswerRows::sql()
{
    return kSql;
}

Result<SqliteStatement *> AnswerRows::statement(Statement which)
{
    return m_statements.get(which);
}

Result<std::optional<AnswerRows::Row>>
AnswerRows::find(std::int64_t assessmentId, Layer layer, AnswerKind kind, const std::string &key)
{
    auto st = statement(Find);
    if (!st)
        return st.errors();
    SqliteStatement &s = **st;
    s.bind(1, assessmentId).bind(2, dl::key(layer)).bind(3, dl::key(kind)).bind(4, key);
    auto row = s.step();
    if (!row)
        return row.errors();
    if (!*row)
        return std::optional<Row>();
    return std::optional<Row>(
        Row{{layer, kind, key, s.text(0), s.text(1), s.text(2), s.text(3), s.integer(5) != 0},
            s.text(4)});
}

std::optional<Diagnostic> AnswerRows::upsert(std::int64_t assessmentId, const Received &a)
{
    auto st = statement(Upsert);
    if (!st)
        return st.errors().front();
    SqliteStatement &s = **st;
    s.bind(1, assessmentId).bind(2, key(a.layer)).bind(3, key(a.kind)).bind(4, a.key);
    s.bind(5, a.value).bind(6, a.note).bind(7, a.updatedAt).bind(8, a.updatedBy);
    s.bind(9, a.changeUuid).bind(10, std::int64_t(a.needsConfirmation));
    auto err = s.run();
    if (err && dbError(*err) == DbError::ForeignKey)
        return fileError<DiagMsg::NoAssessmentId>(m_db.path(), assessmentId);
    return err;
}

std::optional<Diagnostic> AnswerRows::change(std::int64_t assessmentId,
                                             const StoredAnswer &answer,
                                             const std::optional<std::string> &oldValue,
                                             const std::string &at,
                                             const std::string &by)
{
    const StoredAnswer &a = answer;
    const std::string change = newUuid();
    if (auto err = upsert(assessmentId, {a.layer, a.kind, a.key, a.value, a.note, at, by, change,
                                         a.needsConfirmation}))
        return err;
    auto log = statement(Audit);
    if (!log)
        return log.errors().front();
    SqliteStatement &l = **log;
    l.bind(1, change).bind(2, assessmentId).bind(3, key(a.layer)).bind(4, key(a.kind));
    l.bind(5, a.key).bindOptional(6, oldValue).bind(7, a.value).bind(8, a.note);
    l.bind(9, at).bind(10, by);
    if (auto err = l.run())
        return err;
    auto touch = statement(Touch);
    if (!touch)
        return touch.errors().front();
    (*touch)->bind(1, at).bind(2, assessmentId);
    return (*touch)->run();
}

std::optional<Diagnostic> AnswerRows::remove(std::int64_t assessmentId,
                                             Layer layer,
                                             AnswerKind kind,
                                             const std::string &key,
                                             const std::string &oldValue,
                                             const std::string &at,
                                             const std::string &by)
{
    auto st = statement(Delete);
    if (!st)
        return st.errors().front();
    (*st)->bind(1, assessmentId).bind(2, dl::key(layer)).bind(3, dl::key(kind)).bind(4, key);
    if (auto err = (*st)->run())
        return err;
    auto log = statement(Audit);
    if (!log)
        return log.errors().front();
    SqliteStatement &l = **log;
    l.bind(1, newUuid()).bind(2, assessmentId).bind(3, dl::key(layer)).bind(4, dl::key(kind));
    l.bind(5, key).bind(6, oldValue).bindNull(7).bind(8, "").bind(9, at).bind(10, by);
    return l.run();
}

std::optional<Diagnostic> AnswerRows::receive(std::int64_t assessmentId, const Received &row)
{
    return upsert(assessmentId, row);
}

} // namespace dl
