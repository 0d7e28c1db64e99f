// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/progress.h"
#include "base/result.h"
#include "exchange/bundle.h"
#include "store/store.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace dl {

// Synchronising a laptop's store with the team server (server/serverschema.h), answer by answer
// by the merge rules of bundles (exchange/mergerules.h): stable UUIDs, audit history, evidence
// files with their SHA-256, and an answer changed differently on both sides kept as a conflict
// for a person, never overwritten.

struct SyncTarget
{
    std::string conninfo; // libpq's connection string or URL, without a password
    // The desktop program's user and password (its settings and the keyring) override the
    // connection string's; the command line leaves them empty, and libpq looks where it always
    // does (PGPASSWORD, ~/.pgpass).
    std::string user;
    std::string password;
};

struct SyncReport
{
    std::string server; // "user@host:port/database"
    // Sent: enterprises and assessments written on the server, answers added or updated there,
    // audit rows and evidence files the server did not have.
    int sentEnterprises = 0, sentAssessments = 0, sentAnswers = 0, sentAudit = 0, sentEvidence = 0;
    // Answers not sent: an open conflict here waits for a person; a conflict with a newer change
    // on the server is found by the next pull.
    int heldBack = 0;
    // Enterprises this user may no longer change on the server (given to another organisation).
    int refusedEnterprises = 0;
    ImportReport received; // what the pull merged here, with the conflicts it found
    bool readOnly = false; // an auditor: nothing is sent
    bool stopped = false;  // the progress callback stopped it between batches
};

// Steps of one batch; returning false stops at the next batch boundary. Every batch that was
// sent stays sent, and the next sync carries on from there.
using SyncProgress = Progress;

// Pulls what changed on the server since this database's last sync with it (what this user may
// see), merges it here in one transaction with the new sync state, then pushes the local changes
// in batches, each one server transaction. Refusals (cannot connect, login refused, not a
// DigiLevel user, a server schema this program does not know) come before anything is written
// here. A sync killed at any moment and run again converges: nothing is lost or duplicated.
// `batch`: assessments per push batch (one server transaction each).
constexpr std::size_t kSyncBatch = 200;
Result<SyncReport> synchronise(Store &store,
                               const SyncTarget &target,
                               const SyncProgress &progress = {},
                               std::size_t batch = kSyncBatch);

// For a status bar, without a connection.
struct SyncStatus
{
    std::string server;                    // the server last synchronised with ("" when none)
    std::optional<std::string> lastSyncAt; // ISO 8601, UTC
    // Local writes (answers, audit rows, evidence, profiles...) not yet sent to that server; a
    // database never synchronised counts -1 (everything goes at the first sync).
    long long pendingChanges = -1;
};
Result<SyncStatus> syncStatus(Store &store);

} // namespace dl
