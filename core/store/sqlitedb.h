// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace dl {

class SqliteStatement;

// What went wrong, from SQLite's extended result code: the `code` of every Diagnostic that
// SqliteDb::lastError makes is key() of one of these, so a caller tells a unique violation from
// a full disk by comparing codes, never by reading SQLite's message text.
enum class DbError {
    Other, // database-error
    Busy,
    Full,
    ReadOnly,
    Corrupt,
    CannotOpen,
    Io,
    Unique,     // a UNIQUE constraint
    PrimaryKey, // a PRIMARY KEY constraint
    ForeignKey, // a FOREIGN KEY constraint (a row refers to one that does not exist)
    Check,      // a CHECK constraint
    NotNull,    // a NOT NULL constraint
    Constraint, // another constraint
};
const char *key(DbError e); // database-error, database-busy, disk-full, ..., constraint-unique
std::optional<DbError> parseDbError(std::string_view key);
DbError dbErrorFromCode(int extendedResultCode);
// The DbError of a diagnostic from the database; nullopt for one from anywhere else.
inline std::optional<DbError> dbError(const Diagnostic &d)
{
    return parseDbError(d.code);
}

// A thin RAII handle over the SQLite C API that reports failures as Diagnostics instead of
// throwing. Every statement is prepared and its values bound; nothing is concatenated into SQL.
class SqliteDb
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    SqliteDb() = default;
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
    SqliteDb(SqliteDb &&other) noexcept;
    SqliteDb &operator=(SqliteDb &&other) noexcept;
    ~SqliteDb();

    static Result<SqliteDb> open(const std::string &path, Mode mode = Mode::ReadWrite);

    bool isOpen() const { return m_db != nullptr; }
    const std::string &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // Runs SQL without parameters (pragmas, schema). Returns an error describing the failure.
    std::optional<Diagnostic> exec(std::string_view sql);
    Result<SqliteStatement> prepare(std::string_view sql);
    // A diagnostic from the connection's last error, with a plain-language reason for the
    // failures users meet (disk full, read-only, busy, corrupt). `doing` is a LocalText such as
    // {"打开数据库", "opening the database"}.
    Diagnostic lastError(const DiagArg &doing) const;
    std::int64_t lastInsertRowId() const;
    int changes() const;
    // Whether a transaction is open on this connection (SQLite is not in autocommit mode).
    bool inTransaction() const;

private:
    sqlite3 *m_db = nullptr;
    std::string m_path;
};

class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(SqliteDb *db, sqlite3_stmt *stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    ~SqliteStatement();

    // Parameters count from 1.
    SqliteStatement &bind(int index, std::string_view text);
    SqliteStatement &bind(int index, std::int64_t value);
    SqliteStatement &bindBlob(int index, std::string_view bytes);
    SqliteStatement &bindNull(int index);
    SqliteStatement &bindOptional(int index, const std::optional<std::string> &text);

    // One step: a row (true), done (false) or an error.
    Result<bool> step();
    // Runs to completion (for INSERT/UPDATE/DELETE).
    std::optional<Diagnostic> run();
    void reset();

    std::string text(int column) const;
    std::optional<std::string> optionalText(int column) const;
    std::int64_t integer(int column) const;
    std::string blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    SqliteDb *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeds. IMMEDIATE takes the write
// lock at the start, so two processes never both read-then-write the same answer.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDb &db)
        : m_db(db)
    {}
    ~SqliteTransaction();
    std::optional<Diagnostic> begin();
    std::optional<Diagnostic> commit();

private:
    SqliteDb &m_db;
    bool m_open = false;
};

// Calls `visit(statement)` for every row of a prepared statement; stops at the first error.
template<typename Visit>
std::optional<Diagnostic> forEachRow(SqliteStatement &st, Visit visit)
{
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.errors().front();
        if (!*row)
            return std::nullopt;
        visit(static_cast<const SqliteStatement &>(st));
    }
}

// Every row of a prepared statement, each read by `read(statement)`.
template<typename T, typename Read>
Result<std::vector<T>> collectRows(Result<SqliteStatement> st, Read read)
{
    if (!st)
        return st.errors();
    std::vector<T> out;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors();
        if (!*row)
            return out;
        out.push_back(read(*st));
    }
}

} // namespace dl
