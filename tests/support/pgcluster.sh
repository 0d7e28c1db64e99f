#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster for the team-server tests (ctest fixture "pgcluster"):
#   pgcluster.sh start STATE   initdb into a new temporary folder, start postgres on a free port
#                              with its Unix socket in that folder; write STATE/conninfo (a libpq
#                              connection string for the superuser) and STATE/env (PGHOST, PGPORT,
#                              PGUSER, PGBIN for shell tests)
#   pgcluster.sh stop STATE    stop it and remove the folder
# PostgreSQL refuses to run as root: as root (CI) initdb and pg_ctl run as the `postgres` account
# the Debian package creates, which owns the folder; otherwise as the current user. Exits 77
# (ctest: skipped) only when the PostgreSQL 15 programs are not installed.
set -euo pipefail

PGBIN=/usr/lib/postgresql/15/bin
mode=${1:-}
state=${2:-}
if [ -z "$state" ] || { [ "$mode" != start ] && [ "$mode" != stop ]; }; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    as_owner=(runuser -u postgres --)
fi

if [ "$mode" = stop ]; then
    [ -f "$state/cluster" ] || exit 0
    dir=$(cat "$state/cluster")
    "${as_owner[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf -- "$dir"
    rm -f "$state/cluster" "$state/conninfo" "$state/env"
    echo "pgcluster: stopped and removed $dir"
    exit 0
fi

mkdir -p "$state"
rm -f "$state/conninfo" "$state/env" "$state/unavailable"
if [ ! -x "$PGBIN/initdb" ] || [ ! -x "$PGBIN/pg_ctl" ] || [ ! -x "$PGBIN/psql" ]; then
    echo "pgcluster: PostgreSQL 15 is not installed ($PGBIN/initdb missing):" \
        "THE TEAM-SERVER TESTS ARE SKIPPED. Install postgresql-15 postgresql-client-15" \
        "(tools/setup.sh deps does)." >&2
    echo "$PGBIN missing" >"$state/unavailable"
    exit 77
fi
if [ ${#as_owner[@]} -gt 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "pgcluster: running as root and there is no 'postgres' account to run PostgreSQL as" >&2
    exit 1
fi

# A stale cluster of an interrupted run goes first.
"$0" stop "$state" >/dev/null

dir=$(mktemp -d /tmp/digilevel-pg.XXXXXX)
echo "$dir" >"$state/cluster"
[ ${#as_owner[@]} -gt 0 ] && chown postgres: "$dir"
chmod 700 "$dir"

# A free TCP port: the first of a random run that nothing listens on.
port=""
base=$((20000 + RANDOM % 20000))
for p in $(seq "$base" $((base + 200))); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
        port=$p
        break
    fi
done
[ -n "$port" ] || { echo "pgcluster: no free port near $base" >&2; exit 1; }

# The superuser logs in over the socket without a password (the tests' administrator); every
# other role must give its password, so that a wrong one is refused as on a real server.
"${as_owner[@]}" "$PGBIN/initdb" -D "$dir/data" -U dladmin --auth-local=trust \
    --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
cat >"$dir/data/pg_hba.conf" <<HBA
local all dladmin trust
local all all scram-sha-256
host all all 127.0.0.1/32 scram-sha-256
HBA
"${as_owner[@]}" "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

echo "host=$dir port=$port user=dladmin dbname=postgres" >"$state/conninfo"
cat >"$state/env" <<ENV
PGHOST=$dir
PGPORT=$port
PGUSER=dladmin
PGBIN=$PGBIN
ENV
echo "pgcluster: PostgreSQL 15 on port $port, socket in $dir"
