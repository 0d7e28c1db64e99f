// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "server/pgconnection.h"

#include <string>
#include <string_view>
#include <vector>

namespace dl {

// The team server's schema on PostgreSQL, in the schema `digilevel` of an existing database:
// numbered migrations (serverMigrations()[k] takes version k to k + 1), each in its own
// transaction and recorded in digilevel.schema_version. Like the local store's, a migration is
// never edited once released, only added.
const std::vector<std::string_view> &serverMigrations();
// The version this program makes and expects.
int serverSchemaVersion();

struct ServerInitReport
{
    int from = 0; // the version found (0: none)
    int to = 0;   // the version now
};

// Creates the schema, or upgrades it to serverSchemaVersion(). Run with an administrator's
// connection (a role that may create roles and tables and is not bound by row-level security,
// such as the cluster's superuser). Running it again changes nothing; a schema newer than this
// program is refused before anything is changed. `program` is recorded with each version.
Result<ServerInitReport> initServerSchema(PgConnection &conn, const std::string &program);

// Refuses a server whose schema is not the one this program knows (older: run server init;
// newer: update DigiLevel).
Result<Done> requireCurrentSchema(PgConnection &conn);

} // namespace dl
