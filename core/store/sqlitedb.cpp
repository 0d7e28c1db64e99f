// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitedb.h"

#include "base/diagnosticcatalog.h"

#include <sqlite3.h>

#include <utility>

namespace dl {

SqliteDb::SqliteDb(SqliteDb &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{}

SqliteDb &SqliteDb::operator=(SqliteDb &&other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

SqliteDb::~SqliteDb()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<SqliteDb> SqliteDb::open(const std::string &path, Mode mode)
{
    // SQLite counts every allocation under a global mutex unless told not to, before its first
    // use; nothing here reads those counts, and a bulk import makes millions of allocations.
    static const bool configured = [] {
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); // refused harmlessly if already initialised
        return true;
    }();
    (void)configured;
    SqliteDb db;
    db.m_path = path;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                              : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                      SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db.m_db, flags, nullptr) != SQLITE_OK) {
        Diagnostic d = db.lastError(LocalText{"打开数据库", "opening the database"});
        return d;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    return db;
}

const char *key(DbError e)
{
    switch (e) {
    case DbError::Other:
        return "database-error";
    case DbError::Busy:
        return "database-busy";
    case DbError::Full:
        return "disk-full";
    case DbError::ReadOnly:
        return "read-only";
    case DbError::Corrupt:
        return "database-corrupt";
    case DbError::CannotOpen:
        return "database-cannot-open";
    case DbError::Io:
        return "io-error";
    case DbError::Unique:
        return "constraint-unique";
    case DbError::PrimaryKey:
        return "constraint-primary-key";
    case DbError::ForeignKey:
        return "constraint-foreign-key";
    case DbError::Check:
        return "constraint-check";
    case DbError::NotNull:
        return "constraint-not-null";
    case DbError::Constraint:
        return "constraint-failed";
    }
    return "database-error";
}

std::optional<DbError> parseDbError(std::string_view text)
{
    for (int e = 0; e <= int(DbError::Constraint); ++e) {
        if (text == key(DbError(e)))
            return DbError(e);
    }
    return std::nullopt;
}

DbError dbErrorFromCode(int code)
{
    switch (code) {
    case SQLITE_CONSTRAINT_UNIQUE:
        return DbError::Unique;
    case SQLITE_CONSTRAINT_PRIMARYKEY:
        return DbError::PrimaryKey;
    case SQLITE_CONSTRAINT_FOREIGNKEY:
        return DbError::ForeignKey;
    case SQLITE_CONSTRAINT_CHECK:
        return DbError::Check;
    case SQLITE_CONSTRAINT_NOTNULL:
        return DbError::NotNull;
    }
    switch (code & 0xff) {
    case SQLITE_FULL:
        return DbError::Full;
    case SQLITE_READONLY:
        return DbError::ReadOnly;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DbError::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return DbError::Corrupt;
    case SQLITE_CANTOPEN:
        return DbError::CannotOpen;
    case SQLITE_IOERR:
        return DbError::Io;
    case SQLITE_CONSTRAINT:
        return DbError::Constraint;
    }
    return DbError::Other;
}

Diagnostic SqliteDb::lastError(const DiagArg &doing) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
    const std::string raw = m_db ? sqlite3_errmsg(m_db) : "cannot open";
    // One message per DbError, so that the diagnostic's code is key(DbError) (see dbError()).
    switch (dbErrorFromCode(code)) {
    case DbError::Full:
        return fileError<DiagMsg::SqliteDiskFull>(m_path, doing, raw);
    case DbError::ReadOnly:
        return fileError<DiagMsg::SqliteReadOnly>(m_path, doing, raw);
    case DbError::Busy:
        return fileError<DiagMsg::SqliteBusy>(m_path, doing, raw);
    case DbError::Corrupt:
        return fileError<DiagMsg::SqliteCorrupt>(m_path, doing, raw);
    case DbError::CannotOpen:
        return fileError<DiagMsg::SqliteCannotOpen>(m_path, doing, raw);
    case DbError::Io:
        return fileError<DiagMsg::SqliteIoError>(m_path, doing, raw);
    case DbError::Unique:
        return fileError<DiagMsg::SqliteUnique>(m_path, doing, raw);
    case DbError::PrimaryKey:
        return fileError<DiagMsg::SqlitePrimaryKey>(m_path, doing, raw);
    case DbError::ForeignKey:
        return fileError<DiagMsg::SqliteForeignKey>(m_path, doing, raw);
    case DbError::Check:
        return fileError<DiagMsg::SqliteCheck>(m_path, doing, raw);
    case DbError::NotNull:
        return fileError<DiagMsg::SqliteNotNull>(m_path, doing, raw);
    case DbError::Constraint:
        return fileError<DiagMsg::SqliteConstraint>(m_path, doing, raw);
    case DbError::Other:
        break;
    }
    return fileError<DiagMsg::SqliteError>(m_path, doing, raw);
}

std::optional<Diagnostic> SqliteDb::exec(std::string_view sql)
{
    char *err = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &err) == SQLITE_OK)
        return std::nullopt;
    sqlite3_free(err);
    return lastError(LocalText{"执行数据库命令", "running a database command"});
}

Result<SqliteStatement> SqliteDb::prepare(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
        return lastError(LocalText{"准备数据库语句", "preparing a statement"});
    return SqliteStatement(this, stmt);
}

std::int64_t SqliteDb::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDb::changes() const
{
    return sqlite3_changes(m_db);
}

bool SqliteDb::inTransaction() const
{
    return m_db && !sqlite3_get_autocommit(m_db);
}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

SqliteStatement &SqliteStatement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

SqliteStatement &SqliteStatement::bindOptional(int index, const std::optional<std::string> &text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db->lastError(LocalText{"数据库操作", "a database step"});
}

std::optional<Diagnostic> SqliteStatement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return r.errors().front();
        if (!*r)
            return std::nullopt;
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string SqliteStatement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

std::optional<std::string> SqliteStatement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::int64_t SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string SqliteStatement::blob(int column) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return p ? std::string(p, std::size_t(sqlite3_column_bytes(m_stmt, column))) : std::string();
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

std::optional<Diagnostic> SqliteTransaction::begin()
{
    // In WAL mode SQLite keeps writing to a file that was deleted or replaced underneath it;
    // those writes would be acknowledged and lost, so refuse them.
    int moved = 0;
    if (sqlite3_file_control(m_db.handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK &&
        moved)
        return fileError<DiagMsg::DatabaseMoved>(m_db.path());
    auto err = m_db.exec("BEGIN IMMEDIATE");
    m_open = !err;
    return err;
}

std::optional<Diagnostic> SqliteTransaction::commit()
{
    auto err = m_db.exec("COMMIT");
    if (!err)
        m_open = false;
    return err;
}

} // namespace dl
