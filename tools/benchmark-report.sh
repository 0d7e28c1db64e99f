#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Turns the figures tools/benchmark.sh collected (name<TAB>value<TAB>unit) into docs/benchmarks.md.
#   tools/benchmark-report.sh RESULTS.tsv ENTERPRISES > docs/benchmarks.md
set -euo pipefail
results="$1"
enterprises="$2"
v() { awk -F'\t' -v k="$1" '$1 == k { x = $2 } END { print (x == "" ? "n/a" : x) }' "$results"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b == 0) print "n/a"; else printf "%.2f", a / b }'; }
check() { # value op goal -> "met" / "missed"
    awk -v x="$1" -v op="$2" -v g="$3" 'BEGIN {
        if (x == "n/a") { print "not measured"; exit }
        ok = (op == "<" ? x < g : op == "<=" ? x <= g : op == ">=" ? x >= g : x > g)
        print (ok ? "met" : "**missed**") }'
}
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
cores=$(nproc)
mem=$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")

import=$(v import_s)
sqlite_import=$(v sqlite3_import_s)
model_ratio=$(v model_ratio)
gui=$(v gui_first_paint_ms)
bare=$(v bare_first_paint_ms)
gui_ratio=$(ratio "$gui" "$bare")

cat <<MD
# Benchmarks

Measured by \`tools/benchmark.sh\` on $(date -u +%Y-%m-%d) (Release build). Every figure is
compared with its anchor measured in the same run on the same machine, so the ratios carry over
to other machines better than the absolute numbers.

**Machine:** $cpu, $cores cores, $mem RAM, $os.

**Data:** $enterprises enterprises, $(v assessments) assessments, $(v answers) stored answers,
generated in $(v generate_s) s by \`digilevel-generate\` (industries, regions, size classes and
1-3 assessments per enterprise; levels 0 to 4 as re-scored below:
$(v level_0_count) / $(v level_1_count) / $(v level_2_count) / $(v level_3_count) / $(v level_4_count)).

| figure | measured | anchor (same run) | ratio | goal | result |
|---|---|---|---|---|---|
| bulk import of the data as $(v bundle_parts) bundles ($(v bundle_mb) MB in all) | $import s | sqlite3 \`.import\` of the same rows as CSV: $sqlite_import s | $(ratio "$import" "$sqlite_import") | faster than the CLI (< 1) | $(check "$(ratio "$import" "$sqlite_import")" "<" 1) |
| re-score every assessment, score only (one thread) | $(v rescore_score_only_per_s) /s | | | >= 200,000 /s | $(check "$(v rescore_score_only_per_s)" ">=" 200000) |
| re-score every assessment, reading and decoding the answers from the database too | $(v rescore_end_to_end_per_s) /s | | | (for reference) | |
| model load + validate | $(v model_load_validate_ms) ms | bare yaml-cpp parse: $(v model_yamlcpp_parse_ms) ms | $model_ratio | <= 1.3 | $(check "$model_ratio" "<=" 1.3) |
| GUI cold start to first paint, $enterprises enterprises | $gui ms | bare QMainWindow: $bare ms | $gui_ratio | <= 1.5 | $(check "$gui_ratio" "<=" 1.5) |
| GUI memory (peak RSS) | $(v gui_rss_mb) MB | bare QMainWindow: $(v bare_rss_mb) MB | | < 150 MB | $(check "$(v gui_rss_mb)" "<" 150) |
| enterprise list: search | $(v list_search_ms) ms | | | < 50 ms | $(check "$(v list_search_ms)" "<" 50) |
| enterprise list: sort | $(v list_sort_ms) ms | | | < 50 ms | $(check "$(v list_sort_ms)" "<" 50) |
| enterprise list: filter by level | $(v list_filter_ms) ms | | | < 50 ms | $(check "$(v list_filter_ms)" "<" 50) |
| enterprise list: reload all rows | $(v list_reload_ms) ms | | | (for reference) | |
| one PDF report | $(v pdf_one_ms) ms | | | < 300 ms | $(check "$(v pdf_one_ms)" "<" 300) |
| a batch of 100 PDF reports | $(v pdf_batch100_s) s | | | (for reference) | |
| portfolio aggregate (level distribution by industry section x province, $(v portfolio_cells) cells) | $(v portfolio_aggregate_ms) ms | | | < 100 ms | $(check "$(v portfolio_aggregate_ms)" "<" 100) |
| refresh of every cached summary after the import | $(v summaries_refresh_s) s | | | (for reference) | |

## Robustness

- Durability: $(v durability_kills) SIGKILLs of a writer streaming answer changes
  ($(v durability_acks) acknowledged changes, all present after every kill, integrity_check ok),
  in $(v durability_s) s. A failed run shows here as "n/a".
- Fuzzing: see [fuzzing.md](fuzzing.md).

## Where goals were missed, and what was fixed (2026-11-27, this machine)

Fixed after profiling:

- Refreshing the cached summaries of 79,790 assessments did not finish in 5 minutes: looking up
  an assessment by id used \`CAST(id AS TEXT) = ?\`, a scan of the table per lookup (quadratic).
  After the fix (an index probe): 6-9 s.
- Start-up and every one-off command ran \`PRAGMA quick_check\` over the whole 1.1 GB file:
  GUI first paint 2,624 ms (ratio 22 to the bare window), one PDF from the command line 2,156 ms.
  Large files now get the full check on the first open of the day, before the rolling backup:
  first paint 428 ms, one PDF 102 ms.

Still missed:

- **Bulk import** is about 3.7 times slower than the sqlite3 shell. perf on one 330 MB bundle:
  no single hot spot; the in-memory JSON document (page clearing and malloc, about 30 %), the
  SHA-256 over the re-serialised payload (about 6 %), parsing (about 5 %), checking every answer
  against its model, and one prepared statement per row. Meeting the goal needs a streaming
  bundle reader (SAX) and cached statements, or a second bundle format that is not one JSON
  document; the 1 GiB limit per bundle comes from holding the document in memory.
- **GUI cold start** is 3.3 times the bare window (goal 1.5). The difference is reading and
  preparing all 40,000 rows for the list (about 140 ms, including scoring any stale summary),
  loading the bundled model and Qt Charts and the translations. Loading the rows after the first
  paint, in the background, is the next step.

The fuzzers (tools/fuzz.sh) ran on the machine's other core during this run.

## Notes

The PDF figures include starting \`digilevel-cli\` (a process per report for "one PDF"; one
process for the batch). The GUI start is measured from before \`exec\` to the first paint of the
main window under Xvfb, the median of five runs; the anchor is a program that only shows an empty
QMainWindow. The import anchor is the sqlite3 shell importing the same rows (already in the
database's own form) into the same schema; DigiLevel's import also checks the bundle's checksum,
the shape of every record and every evidence file's hash, and merges by history.
MD
