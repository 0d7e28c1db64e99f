// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace dl {

// What went wrong on the team server, from the SQLSTATE PostgreSQL sent (never from its message
// text): the `code` of every Diagnostic a PgConnection makes is key() of one of these.
enum class PgError {
    Other,            // server-error
    CannotConnect,    // server-cannot-connect: no server there, or the name does not resolve
    PasswordNeeded,   // server-password-needed: it asks for a password and none was found
    LoginRefused,     // server-login-refused: a password was sent and the login was refused
    ConnectionLost,   // server-connection-lost: class 08, or the connection broke mid-query
    PermissionDenied, // server-permission-denied: 42501, a privilege or a row-level policy
    Unique,           // server-unique: 23505
    ForeignKey,       // server-foreign-key: 23503
    Check,            // server-check: 23514, 23502 (a value the schema refuses)
    Busy,             // server-busy: 40001, 40P01, 55P03 (try again)
};
const char *key(PgError e);
std::optional<PgError> parsePgError(std::string_view key);
PgError pgErrorFromSqlState(std::string_view sqlstate);
inline std::optional<PgError> pgError(const Diagnostic &d)
{
    return parsePgError(d.code);
}

class PgResult;

// A thin RAII handle over a libpq connection that reports failures as Diagnostics (with the
// server's own message) instead of throwing. Values are always sent as parameters ($1, $2, ...);
// only DDL, where PostgreSQL takes no parameters, quotes names and literals with libpq's
// quoteIdentifier / quoteLiteral.
//
// The connection string is libpq's (keyword=value or a postgresql:// URI). Passwords come only
// from where libpq looks (PGPASSWORD, ~/.pgpass, passfile=); nothing here stores one. sslmode
// and the rest mean what libpq says.
class PgConnection
{
public:
    PgConnection() = default;
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    PgConnection(PgConnection &&other) noexcept;
    PgConnection &operator=(PgConnection &&other) noexcept;
    ~PgConnection();

    // `user` and `password`, when given, override the connection string's: the desktop program
    // keeps the user in its settings and the password in the keyring, and passes the password
    // to libpq here, never through a file or the environment.
    static Result<PgConnection> connect(const std::string &conninfo,
                                        const std::string &user = {},
                                        const std::string &password = {});

    bool isOpen() const { return m_conn != nullptr; }
    // "user@host:port/database" (never a password), the `file` of this connection's diagnostics.
    const std::string &where() const { return m_where; }
    // The role this connection logged in as.
    std::string user() const;

    // Runs one statement with text parameters ($1...; nullopt is NULL). `doing` names the step
    // for a failure ({"读取结构版本", "reading the schema version"}).
    Result<PgResult> exec(std::string_view sql,
                          const std::vector<std::optional<std::string>> &params,
                          const DiagArg &doing);
    // Runs SQL without parameters, possibly several statements (schema migrations).
    std::optional<Diagnostic> execScript(std::string_view sql, const DiagArg &doing);

    // For DDL only (CREATE ROLE ...): a quoted identifier or literal, made by libpq for this
    // connection's encoding. Empty when libpq refuses the text (invalid encoding).
    std::string quoteIdentifier(std::string_view name) const;
    std::string quoteLiteral(std::string_view text) const;
    // The password verifier (SCRAM-SHA-256, or what the server's password_encryption says) of
    // `password` for `role`, computed here so that the password itself never reaches the server.
    Result<std::string> encryptPassword(const std::string &password, const std::string &role);

private:
    Diagnostic errorOf(const pg_result *res, const DiagArg &doing) const;

    pg_conn *m_conn = nullptr;
    std::string m_where;
};

// The rows of one statement.
class PgResult
{
public:
    PgResult() = default;
    explicit PgResult(pg_result *res)
        : m_res(res)
    {}
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    ~PgResult();

    // Whether the statement succeeded (a command or rows).
    bool ok() const;
    const pg_result *raw() const { return m_res; }
    int rows() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    // Rows changed by an INSERT, UPDATE or DELETE.
    long affected() const;

private:
    pg_result *m_res = nullptr;
};

// BEGIN ... COMMIT, rolled back unless commit() succeeds.
class PgTransaction
{
public:
    explicit PgTransaction(PgConnection &conn)
        : m_conn(conn)
    {}
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    ~PgTransaction();
    std::optional<Diagnostic> begin();
    std::optional<Diagnostic> commit();

private:
    PgConnection &m_conn;
    bool m_open = false;
};

} // namespace dl
