// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/pgconnection.h"

#include "base/diagnosticcatalog.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

namespace dl {

namespace {

// libpq's messages end with a newline (and sometimes carry a DETAIL line); one line reads better
// after "file: ".
std::string oneLine(const char *message)
{
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    for (char &c : s)
        if (c == '\n')
            c = ' ';
    return s;
}

// "user@host:port/dbname" from the options of a connection string, without its password.
std::string describe(const PQconninfoOption *options, std::string user)
{
    const bool userGiven = !user.empty();
    std::string host, port, db;
    for (const PQconninfoOption *o = options; o && o->keyword; ++o) {
        if (!o->val)
            continue;
        const std::string_view k = o->keyword;
        if (k == "user" && !userGiven)
            user = o->val;
        else if (k == "host" || (k == "hostaddr" && host.empty()))
            host = o->val;
        else if (k == "port")
            port = o->val;
        else if (k == "dbname")
            db = o->val;
    }
    std::string out = user.empty() ? "" : user + "@";
    out += host.empty() ? "localhost" : host;
    if (!port.empty())
        out += ":" + port;
    if (!db.empty())
        out += "/" + db;
    return out;
}

} // namespace

const char *key(PgError e)
{
    switch (e) {
    case PgError::Other:
        return "server-error";
    case PgError::CannotConnect:
        return "server-cannot-connect";
    case PgError::PasswordNeeded:
        return "server-password-needed";
    case PgError::LoginRefused:
        return "server-login-refused";
    case PgError::ConnectionLost:
        return "server-connection-lost";
    case PgError::PermissionDenied:
        return "server-permission-denied";
    case PgError::Unique:
        return "server-unique";
    case PgError::ForeignKey:
        return "server-foreign-key";
    case PgError::Check:
        return "server-check";
    case PgError::Busy:
        return "server-busy";
    }
    return "server-error";
}

std::optional<PgError> parsePgError(std::string_view text)
{
    for (PgError e : {PgError::Other, PgError::CannotConnect, PgError::PasswordNeeded,
                      PgError::LoginRefused, PgError::ConnectionLost, PgError::PermissionDenied,
                      PgError::Unique, PgError::ForeignKey, PgError::Check, PgError::Busy})
        if (text == key(e))
            return e;
    return std::nullopt;
}

PgError pgErrorFromSqlState(std::string_view s)
{
    if (s.starts_with("08"))
        return PgError::ConnectionLost;
    if (s == "42501")
        return PgError::PermissionDenied;
    if (s == "23505")
        return PgError::Unique;
    if (s == "23503")
        return PgError::ForeignKey;
    if (s == "23514" || s == "23502" || s.starts_with("22"))
        return PgError::Check;
    if (s == "40001" || s == "40P01" || s == "55P03")
        return PgError::Busy;
    return PgError::Other;
}

PgConnection::PgConnection(PgConnection &&other) noexcept
    : m_conn(std::exchange(other.m_conn, nullptr))
    , m_where(std::move(other.m_where))
{}

PgConnection &PgConnection::operator=(PgConnection &&other) noexcept
{
    if (this != &other) {
        if (m_conn)
            PQfinish(m_conn);
        m_conn = std::exchange(other.m_conn, nullptr);
        m_where = std::move(other.m_where);
    }
    return *this;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<PgConnection> PgConnection::connect(const std::string &conninfo,
                                           const std::string &user,
                                           const std::string &password)
{
    char *parseError = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(conninfo.c_str(), &parseError), &PQconninfoFree);
    if (!options) {
        const std::string reason = oneLine(parseError);
        PQfreemem(parseError);
        return fileError<DiagMsg::ServerBadConnectionString>("--server", reason);
    }
    PgConnection c;
    c.m_where = describe(options.get(), user);
    // Our diagnostics carry the server's words; its language is the server's choice. The
    // connection string is expanded first; the user and password given after it override it.
    std::vector<const char *> keys{"dbname"}, values{conninfo.c_str()};
    if (!user.empty()) {
        keys.push_back("user");
        values.push_back(user.c_str());
    }
    if (!password.empty()) {
        keys.push_back("password");
        values.push_back(password.c_str());
    }
    keys.push_back(nullptr);
    values.push_back(nullptr);
    c.m_conn = PQconnectdbParams(keys.data(), values.data(), 1);
    if (!c.m_conn)
        return fileError<DiagMsg::ServerCannotConnect>(c.m_where, "out of memory");
    if (PQstatus(c.m_conn) != CONNECTION_OK) {
        const std::string reason = oneLine(PQerrorMessage(c.m_conn));
        // libpq says whether the server asked for a password and whether one was sent; the
        // message text is only shown, never read.
        if (PQconnectionNeedsPassword(c.m_conn))
            return fileError<DiagMsg::ServerPasswordNeeded>(c.m_where, reason);
        if (PQconnectionUsedPassword(c.m_conn))
            return fileError<DiagMsg::ServerLoginRefused>(c.m_where, reason);
        return fileError<DiagMsg::ServerCannotConnect>(c.m_where, reason);
    }
    PQsetClientEncoding(c.m_conn, "UTF8");
    // Our own notices (CREATE ... IF NOT EXISTS skipping) are not the user's business.
    PQsetNoticeProcessor(
        c.m_conn, [](void *, const char *) {}, nullptr);
    return c;
}

std::string PgConnection::user() const
{
    return m_conn ? PQuser(m_conn) : "";
}

Diagnostic PgConnection::errorOf(const pg_result *res, const DiagArg &doing) const
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const std::string message = oneLine(res ? PQresultErrorMessage(res) : PQerrorMessage(m_conn));
    // No SQLSTATE and a broken connection: the server went away mid-statement.
    const PgError e =
        state ? pgErrorFromSqlState(state)
              : (PQstatus(m_conn) == CONNECTION_BAD ? PgError::ConnectionLost : PgError::Other);
    switch (e) {
    case PgError::ConnectionLost:
        return fileError<DiagMsg::ServerConnectionLost>(m_where, doing, message);
    case PgError::PermissionDenied:
        return fileError<DiagMsg::ServerPermissionDenied>(m_where, doing, message);
    case PgError::Unique:
        return fileError<DiagMsg::ServerUnique>(m_where, doing, message);
    case PgError::ForeignKey:
        return fileError<DiagMsg::ServerForeignKey>(m_where, doing, message);
    case PgError::Check:
        return fileError<DiagMsg::ServerCheck>(m_where, doing, message);
    case PgError::Busy:
        return fileError<DiagMsg::ServerBusy>(m_where, doing, message);
    default:
        return fileError<DiagMsg::ServerError>(m_where, doing, state ? state : "-", message);
    }
}

Result<PgResult> PgConnection::exec(std::string_view sql,
                                    const std::vector<std::optional<std::string>> &params,
                                    const DiagArg &doing)
{
    std::vector<const char *> values;
    values.reserve(params.size());
    for (const auto &p : params)
        values.push_back(p ? p->c_str() : nullptr);
    const std::string text(sql);
    PgResult res(PQexecParams(m_conn, text.c_str(), int(values.size()), nullptr, values.data(),
                              nullptr, nullptr, 0));
    return res.ok() ? Result<PgResult>(std::move(res)) : errorOf(res.raw(), doing);
}

std::optional<Diagnostic> PgConnection::execScript(std::string_view sql, const DiagArg &doing)
{
    const std::string text(sql);
    PgResult res(PQexec(m_conn, text.c_str()));
    if (res.ok())
        return std::nullopt;
    return errorOf(res.raw(), doing);
}

std::string PgConnection::quoteIdentifier(std::string_view name) const
{
    std::unique_ptr<char, decltype(&PQfreemem)> q(
        PQescapeIdentifier(m_conn, name.data(), name.size()), &PQfreemem);
    return q ? std::string(q.get()) : std::string();
}

std::string PgConnection::quoteLiteral(std::string_view text) const
{
    std::unique_ptr<char, decltype(&PQfreemem)> q(PQescapeLiteral(m_conn, text.data(), text.size()),
                                                  &PQfreemem);
    return q ? std::string(q.get()) : std::string();
}

Result<std::string> PgConnection::encryptPassword(const std::string &password,
                                                  const std::string &role)
{
    std::unique_ptr<char, decltype(&PQfreemem)> v(
        PQencryptPasswordConn(m_conn, password.c_str(), role.c_str(), nullptr), &PQfreemem);
    if (!v)
        return errorOf(nullptr, LocalText{"计算密码校验值", "computing the password verifier"});
    return std::string(v.get());
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_res(std::exchange(other.m_res, nullptr))
{}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        if (m_res)
            PQclear(m_res);
        m_res = std::exchange(other.m_res, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    if (m_res)
        PQclear(m_res);
}

bool PgResult::ok() const
{
    if (!m_res)
        return false;
    const ExecStatusType s = PQresultStatus(m_res);
    return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
}

int PgResult::rows() const
{
    return m_res ? PQntuples(m_res) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_res, row, column) != 0;
}

std::string PgResult::text(int row, int column) const
{
    return PQgetvalue(m_res, row, column);
}

long PgResult::affected() const
{
    const char *n = m_res ? PQcmdTuples(m_res) : "";
    return *n ? std::strtol(n, nullptr, 10) : 0;
}

PgTransaction::~PgTransaction()
{
    if (m_open)
        (void)m_conn.execScript("ROLLBACK", LocalText{"回滚事务", "rolling back"});
}

std::optional<Diagnostic> PgTransaction::begin()
{
    auto failed = m_conn.execScript("BEGIN", LocalText{"开始事务", "starting a transaction"});
    m_open = !failed;
    return failed;
}

std::optional<Diagnostic> PgTransaction::commit()
{
    m_open = false;
    return m_conn.execScript("COMMIT", LocalText{"提交事务", "committing"});
}

} // namespace dl
