#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The benchmarks at pilot-city scale, run on demand (never in the test suite). Builds the Release
# preset, generates a 40,000-enterprise database, measures each figure against its anchor in the
# same run, prints them and writes docs/benchmarks.md with the machine description.
#
#   tools/benchmark.sh [ENTERPRISES]     default 40000
#   DIGILEVEL_BENCH_KILLS=200            kills for the durability run (0 skips it)
set -euo pipefail
cd "$(dirname "$0")/.."

enterprises="${1:-40000}"
kills="${DIGILEVEL_BENCH_KILLS:-200}"
work=build/bench
out=docs/benchmarks.md
mkdir -p "$work"

cmake --preset release >/dev/null
cmake --build --preset release --target digilevel-generate digilevel-bench digilevel digilevel-cli \
    digilevel-bench-gui bare-qt-window
bin=build/release/tests/bench
app=build/release/app

results="$work/results.tsv"
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
"$bin/digilevel-generate" --db "$db" --enterprises "$enterprises"
record generate_s "$(elapsed "$t")" s
record assessments "$(sqlite3 "$db" 'SELECT count(*) FROM assessment')" assessments
record answers "$(sqlite3 "$db" 'SELECT count(*) FROM answer')" answers

echo "== model load + validate vs a bare yaml-cpp parse"
"$bin/digilevel-bench" model | collect

echo "== re-score every assessment"
"$bin/digilevel-bench" rescore "$db" | collect

echo "== portfolio aggregate"
"$bin/digilevel-bench" portfolio "$db" | collect

echo "== bulk import of the bundle vs sqlite3 .import of the same rows as CSV"
# Four bundles of 10,000 enterprises: one bundle is read into memory whole and refused above
# 1 GiB, and the whole database makes about 1.3 GB.
rm -f "$work"/city-*.dlb
parts=$(((enterprises + 9999) / 10000))
"$bin/digilevel-bench" export "$db" "$work/city" "$parts" | collect
"$bin/digilevel-bench" csv "$db" "$work/csv"
"$bin/digilevel-bench" import "$work/imported.sqlite" "$work"/city-*.dlb | collect
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

echo "== GUI cold start to first paint vs a bare QMainWindow"
first_paint() { # prints "ms rss_kb" of the median of 5 runs
    for _ in 1 2 3 4 5; do
        start=$(date +%s%3N)
        line=$(xvfb-run -a "$@" 2>/dev/null | grep '^first-paint' | tail -1)
        echo "$line" | awk -v s="$start" '{ print $2 - s, $3 }'
    done | sort -n | sed -n 3p
}
read -r ours ours_rss < <(first_paint "$app/digilevel" --db "$db" --quit-after-first-paint)
read -r bare bare_rss < <(first_paint "$bin/bare-qt-window")
record gui_first_paint_ms "$ours" ms
record gui_rss_mb "$(awk -v k="$ours_rss" 'BEGIN { printf "%.1f", k / 1024 }')" MB
record bare_first_paint_ms "$bare" ms
record bare_rss_mb "$(awk -v k="$bare_rss" 'BEGIN { printf "%.1f", k / 1024 }')" MB

echo "== PDF reports"
first=$(sqlite3 "$db" 'SELECT min(id) FROM assessment')
t=$(now)
for _ in 1 2 3 4 5; do
    "$app/digilevel-cli" report --db "$db" --assessment "$first" --lang zh_CN -o "$work/one.pdf" >/dev/null
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

tools/benchmark-report.sh "$results" "$enterprises" >"$out"
echo "wrote $out"
