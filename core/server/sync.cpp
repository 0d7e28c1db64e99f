// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sync.h"

#include "base/diagnosticcatalog.h"
#include "exchange/bundlemerge.h"
#include "server/serverschema.h"
#include "server/syncsteps.h"

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdlib>
#include <set>
#include <thread>

namespace dl {

namespace syncsteps {

std::string byteaText(std::string_view bytes)
{
    static const char *hex = "0123456789abcdef";
    std::string out = "\\x";
    out.reserve(2 + bytes.size() * 2);
    for (unsigned char c : bytes) {
        out += hex[c >> 4];
        out += hex[c & 15];
    }
    return out;
}

std::string byteaBytes(std::string_view text)
{
    if (text.substr(0, 2) != "\\x")
        return std::string(text);
    const auto digit = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    std::string out;
    out.reserve((text.size() - 2) / 2);
    for (std::size_t i = 2; i + 1 < text.size(); i += 2)
        out += char(digit(text[i]) * 16 + digit(text[i + 1]));
    return out;
}

void pauseForTests()
{
    if (const char *ms = std::getenv("DIGILEVEL_SYNC_PAUSE_MS"))
        std::this_thread::sleep_for(std::chrono::milliseconds(std::atoi(ms)));
}

Result<LocalState> readLocalState(SqliteDb &db, const std::string &server)
{
    auto st = db.prepare("SELECT pulled_seq, pulled_xmin, pushed_change, pushed_all "
                         "FROM sync_server WHERE server=?");
    if (!st)
        return st.errors();
    st->bind(1, server);
    auto row = st->step();
    if (!row)
        return row.errors();
    LocalState s;
    if (!*row)
        return s;
    s.known = true;
    s.pulled = {st->integer(0), st->text(1)};
    s.pushedChange = st->integer(2);
    s.pushedAll = st->integer(3) != 0;
    auto own = db.prepare("SELECT xact FROM sync_pushed WHERE server=? ORDER BY xact");
    if (!own)
        return own.errors();
    own->bind(1, server);
    if (auto err = forEachRow(*own, [&](const SqliteStatement &r) { s.own.push_back(r.text(0)); }))
        return *err;
    return s;
}

} // namespace syncsteps

namespace {

using namespace syncsteps;

const LocalText kChecking{"检查团队服务器用户", "checking the team server's user"};

// Which role this login has on the server; refuses a login that is no DigiLevel user.
Result<std::string> serverRole(PgConnection &conn)
{
    auto r = conn.exec("SELECT role FROM digilevel.app_user WHERE role_name = current_user", {},
                       kChecking);
    if (!r)
        return r.errors();
    if (r->rows() == 0)
        return fileError<DiagMsg::SyncNotAUser>(conn.where(), conn.user());
    return r->text(0, 0);
}

std::optional<Diagnostic> run(SqliteDb &db,
                              const std::string &sql,
                              const std::string &server,
                              std::optional<std::int64_t> n = {},
                              std::string text = {})
{
    auto st = db.prepare(sql);
    if (!st)
        return st.errors().front();
    st->bind(1, server);
    if (n)
        st->bind(2, *n);
    if (!text.empty())
        st->bind(3, text);
    return st->run();
}

// Applies the pull here in one transaction together with the new pull mark: either both are
// stored or neither (a kill before the commit pulls the same again).
Result<ImportReport> applyPull(Store &store, const std::string &server, const Pulled &pulled)
{
    SqliteDb &db = store.db();
    SqliteTransaction tx(db);
    if (auto err = tx.begin())
        return *err;
    if (auto err = run(db, "INSERT OR IGNORE INTO sync_server (server) VALUES (?)", server))
        return *err;
    if (auto err = db.exec("INSERT INTO sync_applying (pulling) VALUES (1)"))
        return *err;
    auto merged = mergePayloadInTransaction(store, pulled.payload, server);
    if (!merged)
        return merged.errors();
    if (auto err = db.exec("DELETE FROM sync_applying"))
        return *err;
    if (auto err = run(db, "UPDATE sync_server SET pulled_seq=?2, pulled_xmin=?3 WHERE server=?1",
                       server, pulled.next.seq, pulled.next.xmin))
        return *err;
    // Rows of a push transaction older than every transaction still running at this pull can
    // no longer be met by a pull (they are below its change_seq and its xmin).
    if (auto err = run(db, "DELETE FROM sync_pushed WHERE server=?1 AND xact < CAST(?3 AS INTEGER)",
                       server, std::nullopt, pulled.next.xmin))
        return *err;
    pauseForTests();
    if (auto err = tx.commit())
        return *err;
    return merged;
}

// One server transaction of a push: local enterprise and assessment ids, and the outbox row the
// batch covers up to (0 in a first push, which counts only when it is complete).
struct Batch
{
    std::vector<std::int64_t> enterprises, assessments;
    std::int64_t mark = 0;
};

struct Outgoing
{
    std::vector<Batch> batches;
    std::int64_t upTo = 0; // the outbox's last row when the push began
};

Result<std::vector<std::int64_t>> ids(SqliteDb &db, const std::string &sql)
{
    return collectRows<std::int64_t>(db.prepare(sql),
                                     [](const SqliteStatement &s) { return s.integer(0); });
}

// The first push to a server sends everything (the outbox only records changes made while some
// server is known).
Result<Outgoing> everything(SqliteDb &db, Outgoing out, std::size_t batchSize)
{
    auto e = ids(db, "SELECT id FROM enterprise ORDER BY id");
    if (!e)
        return e.errors();
    auto a = ids(db, "SELECT id FROM assessment ORDER BY id");
    if (!a)
        return a.errors();
    out.batches.push_back({std::move(*e), {}, 0});
    for (std::size_t k = 0; k < a->size(); k += batchSize)
        out.batches.push_back({{},
                               std::vector<std::int64_t>(
                                   a->begin() + std::ptrdiff_t(k),
                                   a->begin() + std::ptrdiff_t(std::min(k + batchSize, a->size()))),
                               0});
    return out;
}

// Later pushes: the outbox in order, cut into batches of batchSize assessments. Each batch's mark
// is its last outbox row, stored as soon as the server has committed the batch, so that a push
// killed half-way carries on after the last batch the server kept.
Result<Outgoing> outgoing(SqliteDb &db, const LocalState &state, std::size_t batchSize)
{
    Outgoing out;
    auto last = ids(db, "SELECT coalesce(max(id), 0) FROM sync_change");
    if (!last)
        return last.errors();
    out.upTo = last->front();
    if (!state.pushedAll)
        return everything(db, std::move(out), batchSize);
    auto st = db.prepare("SELECT c.id, e.id, a.id FROM sync_change c "
                         "LEFT JOIN enterprise e ON e.id = c.enterprise_id "
                         "LEFT JOIN assessment a ON a.id = c.assessment_id "
                         "WHERE c.id > ? AND c.id <= ? ORDER BY c.id");
    if (!st)
        return st.errors();
    st->bind(1, state.pushedChange).bind(2, out.upTo);
    Batch batch;
    std::set<std::int64_t> enterprises, assessments;
    for (;;) {
        auto row = st->step();
        if (!row)
            return row.errors();
        if (!*row)
            break;
        // A batch closes before the row that would bring it one assessment too many.
        if (!st->isNull(2) && batch.assessments.size() == batchSize &&
            !assessments.count(st->integer(2))) {
            out.batches.push_back(std::move(batch));
            batch = {};
            enterprises.clear();
            assessments.clear();
        }
        if (!st->isNull(1) && enterprises.insert(st->integer(1)).second)
            batch.enterprises.push_back(st->integer(1));
        if (!st->isNull(2) && assessments.insert(st->integer(2)).second)
            batch.assessments.push_back(st->integer(2));
        batch.mark = st->integer(0);
    }
    if (batch.mark > 0)
        out.batches.push_back(std::move(batch));
    return out;
}

Result<Done> push(PgConnection &conn,
                  Store &store,
                  const std::string &server,
                  SyncReport &report,
                  const SyncProgress &progress,
                  std::size_t batchSize)
{
    SqliteDb &db = store.db();
    auto state = readLocalState(db, server);
    if (!state)
        return state.errors();
    auto out = outgoing(db, *state, batchSize);
    if (!out)
        return out.errors();
    const int total = int(out->batches.size());
    for (int b = 0; b < total; ++b) {
        if (progress && !progress(b, total)) {
            report.stopped = true;
            return Done{};
        }
        const Batch &batch = out->batches[std::size_t(b)];
        auto done = pushBatch(conn, store, batch.enterprises, batch.assessments, report);
        if (!done)
            return done.errors();
        pauseForTests();
        // The batch is on the server: where the push carries on from, and which transaction's
        // rows the next pull may leave out, are stored together.
        SqliteTransaction tx(db);
        if (auto err = tx.begin())
            return *err;
        if (done->exact) {
            if (auto err = run(db,
                               "INSERT OR IGNORE INTO sync_pushed (server, xact) "
                               "VALUES (?1, CAST(?3 AS INTEGER))",
                               server, std::nullopt, done->xact))
                return *err;
        }
        if (batch.mark > 0) {
            if (auto err = run(db, "UPDATE sync_server SET pushed_change=?2 WHERE server=?1",
                               server, batch.mark))
                return *err;
        }
        if (auto err = tx.commit())
            return *err;
    }
    // Everything up to the outbox's last row is on the server: the mark moves there, and the
    // outbox forgets what every known server has.
    SqliteTransaction tx(db);
    if (auto err = tx.begin())
        return *err;
    if (auto err = run(db,
                       "UPDATE sync_server SET pushed_change=?2, pushed_all=1, last_sync_at=?3 "
                       "WHERE server=?1",
                       server, out->upTo, store.now()))
        return *err;
    if (auto err = db.exec("DELETE FROM sync_change WHERE id <= (SELECT min(CASE WHEN pushed_all "
                           "THEN pushed_change ELSE 0 END) FROM sync_server)"))
        return *err;
    if (auto err = tx.commit())
        return *err;
    if (progress)
        progress(total, total);
    return Done{};
}

} // namespace

Result<SyncReport>
synchronise(Store &store, const SyncTarget &target, const SyncProgress &progress, std::size_t batch)
{
    // Refusals first: nothing is written here until the server is known to be usable.
    auto conn = PgConnection::connect(target.conninfo, target.user, target.password);
    if (!conn)
        return conn.errors();
    if (auto current = requireCurrentSchema(*conn); !current)
        return current.errors();
    auto role = serverRole(*conn);
    if (!role)
        return role.errors();

    SyncReport report;
    report.server = conn->where();
    report.readOnly = *role == "auditor";
    auto state = readLocalState(store.db(), report.server);
    if (!state)
        return state.errors();
    auto pulled = fetchChanges(*conn, store, state->pulled, state->own);
    if (!pulled)
        return pulled.errors();
    auto merged = applyPull(store, report.server, *pulled);
    if (!merged)
        return merged.errors();
    report.received = std::move(*merged);
    if (report.readOnly) {
        auto st = store.db().prepare("UPDATE sync_server SET last_sync_at=? WHERE server=?");
        if (!st)
            return st.errors();
        st->bind(1, store.now()).bind(2, report.server);
        if (auto err = st->run())
            return *err;
        return report;
    }
    if (auto pushed = push(*conn, store, report.server, report, progress, batch); !pushed)
        return pushed.errors();
    return report;
}

Result<SyncStatus> syncStatus(Store &store)
{
    SyncStatus status;
    auto st = store.db().prepare("SELECT server, last_sync_at, pushed_change, pushed_all "
                                 "FROM sync_server ORDER BY last_sync_at DESC LIMIT 1");
    if (!st)
        return st.errors();
    auto row = st->step();
    if (!row)
        return row.errors();
    if (!*row)
        return status;
    status.server = st->text(0);
    status.lastSyncAt = st->optionalText(1);
    if (st->integer(3) == 0)
        return status;
    auto count = store.db().prepare("SELECT count(*) FROM sync_change WHERE id > ?");
    if (!count)
        return count.errors();
    count->bind(1, st->integer(2));
    if (auto r = count->step(); !r)
        return r.errors();
    status.pendingChanges = count->integer(0);
    return status;
}

} // namespace dl
