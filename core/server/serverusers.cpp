// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/serverusers.h"

#include "base/diagnosticcatalog.h"
#include "base/yamltree.h"
#include "server/serverschema.h"

namespace dl {

const char *key(ServerRole r)
{
    switch (r) {
    case ServerRole::Consultant:
        return "consultant";
    case ServerRole::Office:
        return "office";
    case ServerRole::Auditor:
        return "auditor";
    }
    return "consultant";
}

std::optional<ServerRole> parseServerRole(std::string_view text)
{
    for (ServerRole r : {ServerRole::Consultant, ServerRole::Office, ServerRole::Auditor})
        if (text == key(r))
            return r;
    return std::nullopt;
}

std::string groupRole(ServerRole r)
{
    return std::string("digilevel_") + key(r);
}

Result<std::string> readPasswordFile(const std::string &path)
{
    auto text = readTextFile(path, 4096);
    if (!text)
        return text.errors();
    std::string line = text->substr(0, text->find('\n'));
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    if (line.empty())
        return fileError<DiagMsg::ServerPasswordFileEmpty>(path);
    return line;
}

Result<Done> addServerUser(PgConnection &conn, const NewServerUser &user)
{
    if (auto current = requireCurrentSchema(conn); !current)
        return current.errors();
    const LocalText doing{"创建团队服务器用户", "adding the team server user"};
    PgTransaction tx(conn);
    if (auto failed = tx.begin())
        return *failed;
    auto exists =
        conn.exec("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = $1", {user.name}, doing);
    if (!exists)
        return exists.errors();
    if (exists->rows() > 0)
        return fileError<DiagMsg::ServerUserExists>(conn.where(), user.name);
    // CREATE ROLE takes no parameters: the name and the verifier are quoted by libpq.
    std::string sql = "CREATE ROLE " + conn.quoteIdentifier(user.name) + " LOGIN IN ROLE " +
                      conn.quoteIdentifier(groupRole(user.role));
    if (user.password) {
        auto verifier = conn.encryptPassword(*user.password, user.name);
        if (!verifier)
            return verifier.errors();
        sql += " PASSWORD " + conn.quoteLiteral(*verifier);
    }
    if (auto failed = conn.execScript(sql, doing))
        return *failed;
    auto org = conn.exec("INSERT INTO digilevel.organisation (name) VALUES ($1) "
                         "ON CONFLICT (name) DO NOTHING",
                         {user.organisation}, doing);
    if (!org)
        return org.errors();
    auto mapped = conn.exec("INSERT INTO digilevel.app_user (role_name, organisation_uuid, role) "
                            "SELECT $1, uuid, $3 FROM digilevel.organisation WHERE name = $2",
                            {user.name, user.organisation, std::string(key(user.role))}, doing);
    if (!mapped)
        return mapped.errors();
    if (auto failed = tx.commit())
        return *failed;
    return Done{};
}

Result<Done> assignEnterprise(PgConnection &conn,
                              const std::string &enterpriseUuid,
                              const std::string &organisation)
{
    if (auto current = requireCurrentSchema(conn); !current)
        return current.errors();
    const LocalText doing{"把企业分配给机构", "assigning the enterprise"};
    PgTransaction tx(conn);
    if (auto failed = tx.begin())
        return *failed;
    auto org =
        conn.exec("SELECT uuid FROM digilevel.organisation WHERE name = $1", {organisation}, doing);
    if (!org)
        return org.errors();
    if (org->rows() == 0)
        return fileError<DiagMsg::ServerNoSuchOrganisation>(conn.where(), organisation);
    auto moved = conn.exec("UPDATE digilevel.enterprise SET organisation_uuid = $2 "
                           "WHERE uuid = $1::uuid",
                           {enterpriseUuid, org->text(0, 0)}, doing);
    if (!moved)
        return moved.errors();
    if (moved->affected() == 0)
        return fileError<DiagMsg::ServerNoSuchEnterprise>(conn.where(), enterpriseUuid);
    if (auto failed = tx.commit())
        return *failed;
    return Done{};
}

} // namespace dl
