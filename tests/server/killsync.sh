#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# More kills than the test (test_sync_kill.cpp) makes: runs `digilevel-cli sync` on one database
# N times, killing it (SIGKILL) after a random delay with each of its steps slowed by a random
# pause (DIGILEVEL_SYNC_PAUSE_MS), then syncs once to the end and prints the counts of answers,
# audit rows and evidence files here; run it on two laptops' databases in turn and compare their
# counts with the server's (they must agree).
#   killsync.sh DIGILEVEL_CLI DB CONNINFO [N=100]
set -euo pipefail
cli=${1:?usage: killsync.sh DIGILEVEL_CLI DB CONNINFO [N]}
db=${2:?database}
server=${3:?connection string}
n=${4:-100}
killed=0
for ((i = 0; i < n; i++)); do
    DIGILEVEL_SYNC_PAUSE_MS=$((RANDOM % 40)) "$cli" sync --db "$db" --server "$server" \
        >/dev/null 2>&1 &
    pid=$!
    sleep "0.$(printf '%03d' $((RANDOM % 400)))"
    if kill -KILL "$pid" 2>/dev/null; then
        killed=$((killed + 1))
    fi
    wait "$pid" 2>/dev/null || true
done
"$cli" sync --db "$db" --server "$server"
echo "killsync: killed $killed of $n runs; then synced to the end"
if command -v sqlite3 >/dev/null; then
    for t in answer audit evidence_file; do
        echo "$t: $(sqlite3 "$db" "SELECT count(*) FROM $t")"
    done
fi
