// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "enterprise/records.h"
#include "store/preparedstatements.h"
#include "store/sqlitedb.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dl {

// The answer rows of the database and their history, as they are: no checks against the model
// and no rules. AnswerWriter (answers/answerwriter.h) decides what changes; this writes it. Every
// call runs inside a transaction the caller holds. Statements are prepared once per object, so
// that a merge of many thousands of answers prepares each of them once.
class AnswerRows
{
public:
    explicit AnswerRows(SqliteDb &db)
        : m_db(db)
        , m_statements(db, sql())
    {}

    struct Row
    {
        StoredAnswer answer;
        std::string changeUuid; // the audit row of the change that wrote it
    };
    Result<std::optional<Row>>
    find(std::int64_t assessmentId, Layer layer, AnswerKind kind, const std::string &key);

    // A change made here: the row takes `answer`'s value, note and needsConfirmation, stamped
    // `at` and `by`, with an audit row from `oldValue` (nullopt: there was no row) and the
    // assessment's updated_at.
    std::optional<Diagnostic> change(std::int64_t assessmentId,
                                     const StoredAnswer &answer,
                                     const std::optional<std::string> &oldValue,
                                     const std::string &at,
                                     const std::string &by);
    // The row goes, with an audit row from `oldValue` to none.
    std::optional<Diagnostic> remove(std::int64_t assessmentId,
                                     Layer layer,
                                     AnswerKind kind,
                                     const std::string &key,
                                     const std::string &oldValue,
                                     const std::string &at,
                                     const std::string &by);
    // A change made elsewhere (a bundle's merge): the row as it came, with its own time, author
    // and change id; its audit rows travel with it. The texts are bound as they are, uncopied.
    struct Received
    {
        Layer layer;
        AnswerKind kind;
        std::string_view key, value, note, updatedAt, updatedBy, changeUuid;
        bool needsConfirmation = false;
    };
    std::optional<Diagnostic> receive(std::int64_t assessmentId, const Received &row);

private:
    enum Statement { Find, Upsert, Delete, Audit, Touch, StatementCount };
    static const std::array<const char *, StatementCount> &sql();
    Result<SqliteStatement *> statement(Statement which);
    std::optional<Diagnostic> upsert(std::int64_t assessmentId, const Received &row);

    SqliteDb &m_db;
    PreparedStatements<StatementCount> m_statements;
};

} // namespace dl
