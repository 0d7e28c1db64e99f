// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of a sync (sync.h), shared by sync.cpp, syncpull.cpp and syncpush.cpp only.
#pragma once

#include "exchange/bundlepayload.h"
#include "server/pgconnection.h"
#include "server/sync.h"
#include "store/store.h"

#include <cstdint>
#include <string>
#include <vector>

namespace dl::syncsteps {

// How far a database has pulled: every row the server had with change_seq <= seq whose
// transaction is older than xmin (see the comment in syncpull.cpp).
struct PullMark
{
    std::int64_t seq = 0;
    std::string xmin = "0";
};

// What a database knows of one server (the table sync_server).
struct LocalState
{
    bool known = false;
    PullMark pulled;
    std::int64_t pushedChange = 0;
    bool pushedAll = false;
    std::vector<std::string> own; // the push transactions a pull leaves out (sync_pushed)
};
Result<LocalState> readLocalState(SqliteDb &db, const std::string &server);

struct Pulled
{
    BundlePayload payload;
    PullMark next;
};
// Reads what changed on the server since `since` in one snapshot (no write anywhere), leaving
// out rows whose last write was one of `own` (this database's push transactions, whose rows it
// has: see PushedBatch).
Result<Pulled> fetchChanges(PgConnection &conn,
                            Store &store,
                            const PullMark &since,
                            const std::vector<std::string> &own);

// A batch the server committed: its transaction id, and whether every row it wrote there is now
// exactly this database's row. Only then may the next pull leave that transaction's rows out;
// otherwise it reads them back (a copy of a database keeps the ids, and has the same rows).
struct PushedBatch
{
    std::string xact;
    bool exact = true;
};

// Sends the listed enterprises and assessments (local ids) in one server transaction.
Result<PushedBatch> pushBatch(PgConnection &conn,
                              Store &store,
                              const std::vector<std::int64_t> &enterprises,
                              const std::vector<std::int64_t> &assessments,
                              SyncReport &report);

// bytea as libpq's text form ("\x" and hex digits) and back.
std::string byteaText(std::string_view bytes);
std::string byteaBytes(std::string_view text);

// A test's way to stop a sync mid-way (tests/server/killsync.sh): DIGILEVEL_SYNC_PAUSE_MS makes
// each step wait that long, so that a SIGKILL lands between any two.
void pauseForTests();

} // namespace dl::syncsteps
