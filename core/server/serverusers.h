// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "server/pgconnection.h"

#include <optional>
#include <string>
#include <string_view>

namespace dl {

// What a team-server user may do; PostgreSQL enforces it through the group role of the same
// name (digilevel_consultant, ...) and row-level security (server/serverschema.cpp).
enum class ServerRole {
    Consultant, // reads and writes its own organisation's enterprises
    Office,     // reads and writes every enterprise, assigns them to organisations
    Auditor,    // reads every enterprise, writes nothing
};
const char *key(ServerRole r); // consultant, office, auditor
std::optional<ServerRole> parseServerRole(std::string_view key);
// The group role PostgreSQL grants the privileges to: "digilevel_consultant", ...
std::string groupRole(ServerRole r);

struct NewServerUser
{
    std::string name;         // the PostgreSQL login role to create
    std::string organisation; // made when no organisation has this name yet
    ServerRole role = ServerRole::Consultant;
    // Without one the role can log in only by the server's other means (peer, certificates)
    // until an administrator sets a password.
    std::optional<std::string> password;
};

// Creates a LOGIN role in the user's group role and maps it to its organisation, in one
// transaction. Run with an administrator's connection. Only the password's SCRAM verifier, made
// here, is sent to the server.
Result<Done> addServerUser(PgConnection &conn, const NewServerUser &user);

// The first line of a password file (without its line end); an empty one is refused.
Result<std::string> readPasswordFile(const std::string &path);

// Gives an enterprise to another organisation: its assessments, answers, evidence and audit go
// with it. Row-level security allows this to office users only; to anyone else the enterprise
// is not there.
Result<Done> assignEnterprise(PgConnection &conn,
                              const std::string &enterpriseUuid,
                              const std::string &organisation);

} // namespace dl
