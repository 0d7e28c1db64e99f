#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmarks at pilot-city scale, run on demand (never in the test suite). Builds the Release
# preset, generates a 40,000-enterprise database, measures each figure against its anchor in the
# same run, prints them and writes docs/benchmarks.md with the machine description.
#
#   tools/benchmark.sh [ENTERPRISES]     default 40000
#   DIGILEVEL_BENCH_KILLS=200            kills for the durability run (0 skips it)
#   DIGILEVEL_BENCH_ONLY=sync            only the team-server sync figures (default 2000
#                                        enterprises), into build/bench/results-sync.tsv; prints
#                                        them and leaves docs/benchmarks.md as it is
# The sync figures need PostgreSQL 15 (tests/support/pgcluster.sh starts a throwaway cluster in
# build/bench/pg and the script stops it on exit).
set -euo pipefail
cd "$(dirname "$0")/.."

only="${DIGILEVEL_BENCH_ONLY:-}"
if [ "$only" = sync ]; then
    enterprises="${1:-2000}"
else
    enterprises="${1:-40000}"
fi
kills="${DIGILEVEL_BENCH_KILLS:-200}"
work=build/bench
out=docs/benchmarks.md
mkdir -p "$work"

cmake --preset release >/dev/null
if [ "$only" = sync ]; then
    cmake --build --preset release --target digilevel-generate digilevel-bench
else
    cmake --build --preset release --target digilevel-generate digilevel-bench digilevel \
        digilevel-cli digilevel-bench-gui bare-qt-window
fi
bin=build/release/tests/bench
app=build/release/app

results="$work/results${only:+-$only}.tsv"
: >"$results"
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" | tee -a "$results"; }
collect() { tee -a "$results"; }
value() { awk -F'\t' -v k="$1" '$1 == k { v = $2 } END { print v }' "$results"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

echo "== data: $enterprises enterprises"
db="$work/city.sqlite"
rm -rf "$db" "$db".*
t=$(now)
"$bin/digilevel-generate" --db "$db" --enterprises "$enterprises" | collect # + summaries_refresh_s
record generate_s "$(elapsed "$t")" s
record assessments "$(sqlite3 "$db" 'SELECT count(*) FROM assessment')" assessments
record answers "$(sqlite3 "$db" 'SELECT count(*) FROM answer')" answers

# The team server: a laptop's first sync of the whole city into an empty server against psql
# \copy of the same rows into plain tables of the same columns, then one changed answer, then a
# pull of 1,000 assessments another laptop changed. On a cluster of its own, stopped on exit.
sync_benchmarks() {
    echo "== team server: first sync vs psql \\copy of the same rows; one answer; a pull of 1,000"
    local pg="$work/pg"
    tests/support/pgcluster.sh start "$pg" >/dev/null
    trap "tests/support/pgcluster.sh stop '$pg' >/dev/null 2>&1 || true" EXIT
    local admin base port server loopback
    admin=$(cat "$pg/conninfo") # "host=SOCKETDIR port=... user=dladmin dbname=postgres"
    base=${admin% dbname=*}
    port=$(sed 's/.* port=\([0-9]*\).*/\1/' "$pg/conninfo")
    # The laptop and the anchor both talk to the server over TCP on loopback, with a password.
    psql "$admin" -X -q -v ON_ERROR_STOP=1 -c "CREATE DATABASE digilevel" \
        -c "CREATE DATABASE anchor" -c "ALTER ROLE dladmin PASSWORD 'bench-admin'"
    "$bin/digilevel-bench" sync-server "$base dbname=digilevel" bench_office bench-pw
    server="host=127.0.0.1 port=$port user=bench_office dbname=digilevel password=bench-pw"
    loopback="host=127.0.0.1 port=$port user=dladmin dbname=anchor password=bench-admin"

    # The anchor: the rows the first sync sends, exported by sqlite3 as CSV and copied by psql
    # into plain tables of the same columns (no keys, indexes, triggers or row-level security).
    local csv="$work/sync-csv" tables="enterprise assessment answer audit evidence_check" t cols
    rm -rf "$csv"
    mkdir -p "$csv"
    : >"$csv/load.sql"
    for t in $tables; do
        sqlite3 -csv "$db" "SELECT * FROM $t" >"$csv/$t.csv"
        cols=$(sqlite3 "$db" "SELECT group_concat('\"' || name || '\" ' || CASE
            WHEN upper(type) LIKE '%INT%' THEN 'bigint' WHEN upper(type) LIKE '%REAL%'
            THEN 'double precision' WHEN upper(type) LIKE '%BLOB%' THEN 'bytea' ELSE 'text' END,
            ', ') FROM pragma_table_info('$t')")
        psql "$base dbname=anchor" -X -q -v ON_ERROR_STOP=1 -c "CREATE TABLE $t ($cols)"
        echo "\\copy $t FROM '$csv/$t.csv' WITH (FORMAT csv)" >>"$csv/load.sql"
    done
    t=$(now)
    psql "$loopback" -X -q -v ON_ERROR_STOP=1 -1 -f "$csv/load.sql"
    record sync_anchor_copy_s "$(elapsed "$t")" s
    rm -rf "$csv"

    # The laptop: a copy of the generated database (a sync adds its state to the file).
    local laptop="$work/sync-laptop.sqlite" other="$work/sync-other.sqlite"
    rm -f "$laptop" "$laptop"-* "$other" "$other"-*
    sqlite3 "$db" ".backup '$laptop'"
    "$bin/digilevel-bench" sync-first "$laptop" "$server" | collect
    # The schema's own share: the rows the first sync wrote, inserted again into the server's
    # tables by the superuser, one INSERT ... SELECT per table from a copy (primary keys,
    # indexes, the stamping trigger and foreign keys; no client, no network, row-level security
    # bypassed), in a transaction rolled back afterwards.
    record sync_schema_floor_s "$(psql "$base dbname=digilevel" -X -q -A -t -v ON_ERROR_STOP=1 <<'SQL'
SET client_min_messages = warning;
BEGIN;
CREATE TEMP TABLE t_enterprise AS SELECT * FROM digilevel.enterprise;
CREATE TEMP TABLE t_assessment AS SELECT * FROM digilevel.assessment;
CREATE TEMP TABLE t_answer AS SELECT * FROM digilevel.answer;
CREATE TEMP TABLE t_audit AS SELECT * FROM digilevel.audit;
CREATE TEMP TABLE t_evidence_check AS SELECT * FROM digilevel.evidence_check;
CREATE TEMP TABLE t_elapsed (s double precision);
TRUNCATE digilevel.enterprise CASCADE;
DO $floor$
DECLARE
    t timestamptz := clock_timestamp();
BEGIN
    INSERT INTO digilevel.enterprise SELECT * FROM t_enterprise;
    INSERT INTO digilevel.assessment SELECT * FROM t_assessment;
    INSERT INTO digilevel.answer SELECT * FROM t_answer;
    INSERT INTO digilevel.audit SELECT * FROM t_audit;
    INSERT INTO digilevel.evidence_check SELECT * FROM t_evidence_check;
    INSERT INTO t_elapsed VALUES (extract(epoch FROM clock_timestamp() - t));
END
$floor$;
SELECT round(s::numeric, 3) FROM t_elapsed;
ROLLBACK;
SQL
)" s
    "$bin/digilevel-bench" sync-one "$laptop" "$server" 11 | collect
    # The second laptop: a copy of the first as synchronised (the same office user).
    sqlite3 "$laptop" ".backup '$other'"
    "$bin/digilevel-bench" sync-pull "$laptop" "$other" "$server" 1000 | collect
    record sync_server_mb "$(psql "$admin" -X -A -t -c \
        "SELECT round(pg_database_size('digilevel') / 1e6, 1)")" MB
    rm -f "$laptop" "$laptop"-* "$other" "$other"-*
    tests/support/pgcluster.sh stop "$pg" >/dev/null
    trap - EXIT
}
if [ "$only" = sync ]; then
    sync_benchmarks
    echo "figures in $results (docs/benchmarks.md left as it is)"
    exit 0
fi

echo "== model load + validate vs a bare yaml-cpp parse"
"$bin/digilevel-bench" model | collect

echo "== re-score every assessment"
"$bin/digilevel-bench" rescore "$db" | collect

echo "== portfolio (看板): filter changes and peer percentiles vs a GROUP BY in the sqlite3 shell"
"$bin/digilevel-bench" portfolio "$db" | collect
# The anchor: the level distribution per city over the cached summaries, as one GROUP BY in the
# shell, timed by the shell itself (.timer), the median of 9 runs after one to warm the cache.
{
    echo ".output /dev/null"
    echo ".timer on"
    for _ in $(seq 10); do
        echo "SELECT e.city, a.summary_level, count(*) FROM assessment a JOIN enterprise e" \
            "ON e.id = a.enterprise_id WHERE a.summary_level IS NOT NULL GROUP BY 1, 2;"
    done
} | sqlite3 "$db" | awk '/^Run Time:/ { print $4 * 1000 }' | tail -n +2 | sort -n |
    awk '{ v[NR] = $1 } END { printf "portfolio_sql_groupby_ms\t%s\tms\n", v[int((NR + 1) / 2)] }' | collect

echo "== bulk import of the bundle vs sqlite3 .import of the same rows as CSV"
# Four bundles of 10,000 enterprises: one bundle is read into memory whole and refused above
# 1 GiB, and the whole database makes about 1.3 GB. They are imported in one call, as an office
# imports a day's bundles (importBundles: the next is read while the current one is merged).
rm -f "$work"/city-*.dlb
parts=$(((enterprises + 9999) / 10000))
"$bin/digilevel-bench" export "$db" "$work/city" "$parts" | collect
"$bin/digilevel-bench" csv "$db" "$work/csv"
echo "== CSV and Excel exports of every assessment (for reference)"
# The first opening of the day checks a large database whole and backs it up (the GUI shows a
# dialog meanwhile): timed on its own here, and kept out of the export timings.
t=$(now)
"$app/digilevel-cli" conflicts --db "$db" >/dev/null 2>&1
record first_open_of_day_s "$(elapsed "$t")" s
t=$(now)
"$app/digilevel-cli" export --db "$db" --csv assessments -o "$work/assessments.csv" >/dev/null
record csv_assessments_s "$(elapsed "$t")" s
t=$(now)
"$app/digilevel-cli" export --db "$db" --csv answers -o "$work/answers.csv" >/dev/null
record csv_answers_s "$(elapsed "$t")" s
t=$(now)
"$app/digilevel-cli" export --db "$db" --xlsx -o "$work/all.xlsx" --all >/dev/null
record xlsx_s "$(elapsed "$t")" s
rm -f "$work/assessments.csv" "$work/answers.csv" "$work/all.xlsx"
"$bin/digilevel-bench" import "$work/imported.sqlite" "$work"/city-*.dlb | collect
for table in enterprise assessment answer audit evidence_check; do # the import lost nothing
    q="SELECT count(*) FROM $table"
    if [ "$(sqlite3 "$work/imported.sqlite" "$q")" != "$(sqlite3 "$db" "$q")" ]; then
        echo "the imported database has a different number of $table rows" >&2
        exit 1
    fi
done
# For reference: one bundle alone into an empty database, nothing to overlap with.
"$bin/digilevel-bench" import "$work/imported-one.sqlite" "$work/city-1.dlb" |
    sed 's/^import_/import_one_/' | collect
rm -rf "$work"/imported*.sqlite*
fresh="$work/sqlite3-import.sqlite"
rm -f "$fresh" "$fresh"-*
"$app/digilevel-cli" enterprise list --db "$fresh" >/dev/null # the same schema, empty
{
    for table in model enterprise assessment answer audit evidence_check; do
        echo ".import --csv $work/csv/$table.csv $table"
    done
} >"$work/import.sql"
t=$(now)
sqlite3 "$fresh" <"$work/import.sql"
record sqlite3_import_s "$(elapsed "$t")" s

echo "== enterprise list: search, sort, filter over every enterprise"
QT_QPA_PLATFORM=offscreen "$bin/digilevel-bench-gui" list "$db" | collect

echo "== the 看板 page: refresh after a filter change"
QT_QPA_PLATFORM=offscreen "$bin/digilevel-bench-gui" portfolio "$db" | collect
echo "== the portfolio progress report (PDF) vs one enterprise's assessment report"
mkdir -p "$work/pdf"
QT_QPA_PLATFORM=offscreen "$bin/digilevel-bench-gui" pdf "$db" "$work/pdf" | collect
rm -rf "$work/pdf"

echo "== GUI cold start to first paint vs a bare QMainWindow"
# One X server for every run, started here; each run's clock starts in the shell that then
# becomes the program, so that neither the server's start nor xvfb-run's is counted.
xvfb_fifo=$(mktemp -u)
mkfifo "$xvfb_fifo"
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$xvfb_fifo" 2>/dev/null &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
read -r xvfb_display <"$xvfb_fifo"
rm -f "$xvfb_fifo"
one_start() { # one run: prints "first_paint_ms peak_rss_kb list_ready_ms" (list: "-" if not reported)
    (
        echo "start ${EPOCHREALTIME/./}"
        DISPLAY=":$xvfb_display" exec "$@" 2>/dev/null
    ) | awk '$1 == "start" { s = $2 }
             $1 == "first-paint" { p = ($2 - s) / 1000; r = $3 }
             $1 == "list-ready" { l = ($2 - s) / 1000; r = $3 }
             END { printf "%.1f %s %s\n", p, r, (l == "" ? "-" : sprintf("%.1f", l)) }'
}
median_of() { # column N of stdin's lines: prints the median line's "value rss" (by that column)
    sort -n -k"$1,$1" | awk -v c="$1" '{ v[NR] = $c; r[NR] = $2 } END { m = int((NR + 1) / 2); print v[m], r[m] }'
}
# The three programs take turns, run after run, so that a slower spell of the machine (it is
# shared) weighs on each of them alike; each figure is the median of its 21 runs.
gui_runs=$(mktemp)
for _ in $(seq 21); do
    echo "ours $(one_start "$app/digilevel" --db "$db" --quit-after-first-paint)"
    echo "bare $(one_start "$bin/bare-qt-window")"
    # For reference: the same window showing one line of Chinese text (the font system's start).
    echo "text $(one_start "$bin/bare-qt-window" --text)"
done >"$gui_runs"
runs_of() { awk -v who="$1" '$1 == who { $1 = ""; print substr($0, 2) }' "$gui_runs"; }
# The peak RSS is that of the median run by first paint (at list-ready when the program reports it).
read -r ours ours_rss < <(runs_of ours | median_of 1)
read -r ours_list _ < <(runs_of ours | median_of 3)
read -r bare bare_rss < <(runs_of bare | median_of 1)
read -r text_window _ < <(runs_of text | median_of 1)
rm -f "$gui_runs"
kill "$xvfb_pid"
trap - EXIT
record gui_first_paint_ms "$ours" ms
record gui_list_ready_ms "$ours_list" ms
record gui_rss_mb "$(awk -v k="$ours_rss" 'BEGIN { printf "%.1f", k / 1024 }')" MB
record bare_first_paint_ms "$bare" ms
record bare_rss_mb "$(awk -v k="$bare_rss" 'BEGIN { printf "%.1f", k / 1024 }')" MB
record text_window_first_paint_ms "$text_window" ms

echo "== PDF reports"
first=$(sqlite3 "$db" 'SELECT min(id) FROM assessment')
t=$(now)
for _ in 1 2 3 4 5; do
    "$app/digilevel-cli" report --db "$db" "$first" --lang zh_CN -o "$work/one.pdf" >/dev/null
done
record pdf_one_ms "$(awk -v s="$(elapsed "$t")" 'BEGIN { printf "%.0f", s * 1000 / 5 }')" ms
ids=$(sqlite3 "$db" 'SELECT id FROM assessment ORDER BY id LIMIT 100' | sed 's/^/--assessment /' | tr '\n' ' ')
rm -rf "$work/batch"
t=$(now)
# shellcheck disable=SC2086
"$app/digilevel-cli" report --db "$db" $ids --lang zh_CN -o "$work/batch" 2>/dev/null
record pdf_batch100_s "$(elapsed "$t")" s

if ((kills > 0)); then
    echo "== durability: $kills SIGKILLs"
    t=$(now)
    if tools/durability.sh "$kills" >"$work/durability.log" 2>&1; then
        record durability_kills "$kills" kills
        record durability_acks "$(grep -o '[0-9]* acknowledg' "$work/durability.log" | tail -1 | cut -d' ' -f1)" changes
    else
        record durability_failed 1 run
    fi
    record durability_s "$(elapsed "$t")" s
fi

sync_benchmarks

tools/benchmark-report.sh "$results" "$enterprises" >"$out"
echo "wrote $out"
