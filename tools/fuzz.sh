#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (CMake preset "fuzz": clang-14, ASan+UBSan) and runs each of them
# in turn for SECONDS (default 60). See docs/fuzzing.md.
#   tools/fuzz.sh [SECONDS] [TARGET...]      TARGET: fuzz_model fuzz_answers fuzz_bundle
# Corpora grow in build/fuzz/corpus/<target> (kept between runs), crashes and timeouts go to
# build/fuzz/artifacts/<target>/, logs to build/fuzz/logs/. Exit status 1 when anything was found.
# Installs nothing: clang-14 and libclang-rt-14-dev come with tools/setup.sh deps.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-60}
[[ "$seconds" =~ ^[0-9]+$ ]] || {
    echo "usage: $0 [SECONDS_PER_TARGET] [TARGET...]" >&2
    exit 2
}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_model fuzz_answers fuzz_bundle)

if ! command -v clang++-14 >/dev/null || ! compgen -G "/usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a" >/dev/null; then
    echo "clang-14 with libFuzzer is missing: run tools/setup.sh deps (Debian clang-14, libclang-rt-14-dev)" >&2
    exit 2
fi

build=build/fuzz
mkdir -p "$build"
# The CLI (same instrumented core) makes the seed bundles, make_hostile_seeds the hostile ones.
if ! { cmake --preset fuzz && cmake --build "$build" --target "${targets[@]}" digilevel-cli make_hostile_seeds -j2; } \
    >"$build/build.log" 2>&1; then
    tail -30 "$build/build.log" >&2
    echo "building the fuzz targets failed; see $build/build.log" >&2
    exit 2
fi

# ---- seed corpora -------------------------------------------------------------------------
# Seeds are copied into each corpus; what libFuzzer adds there stays for the next run.
seed() { # seed TARGET FILE...
    local dir=$build/corpus/$1
    shift
    mkdir -p "$dir"
    local f
    for f in "$@"; do
        [ -f "$f" ] && cp -n "$f" "$dir/seed-$(echo "$f" | tr '/' '_')"
    done
    return 0
}
shopt -s nullglob
seed fuzz_model tests/data/models/*.yaml assessments/*.yaml assessments/overlays/*.yaml \
    tests/data/malformed/models/* tests/data/fuzz-regressions/models/*
seed fuzz_answers tests/data/answers/*.yaml tests/data/worked/*.yaml tests/data/malformed/answers/* \
    tests/data/fuzz-regressions/answers/*

# Seed bundles, made with the CLI into a scratch folder: the MIIT model with worked example 03
# and evidence; the minimal test model with both layers and evidence; a copy of the second edited
# differently, so that importing both in one database finds a conflict; and the hostile bundles
# of tests/fuzz/hostilebundles.h made from the second (path components and control characters
# in ids and names, ids that are not UUIDs, an assessment of another bundle's enterprise...).
make_bundles() {
    local work=$build/seed-work cli=$build/app/digilevel-cli
    rm -rf "$work"
    mkdir -p "$work"
    export ASAN_OPTIONS=detect_leaks=0
    printf 'topology\n' >"$work/topology.txt"
    local db=(--db "$work/one.sqlite")
    "$cli" enterprise add --name "精工五金制品有限公司" --industry C33 --employees 80 "${db[@]}"
    "$cli" assessment new 1 --assessor 张工 --org 评估中心 "${db[@]}"
    "$cli" assessment load 1 tests/data/worked/03-level2-hardware-base40.yaml "${db[@]}"
    "$cli" assessment evidence 1 add network "$work/topology.txt" --type text/plain "${db[@]}"
    "$cli" assessment evidence 1 tick network topology yes "${db[@]}"
    "$cli" export --all -o "$work/miit-worked03.dlb" "${db[@]}"
    db=(--db "$work/two.sqlite")
    "$cli" enterprise add --name "Seed Two" --industry C34 --revenue 1200.5 "${db[@]}"
    "$cli" assessment new 1 --model tests/data/models/minimal.yaml --mode onsite "${db[@]}"
    "$cli" assessment answer 1 item network wired,wireless "${db[@]}"
    "$cli" assessment answer 1 figure all-units 40 "${db[@]}"
    "$cli" assessment answer 1 scenario planning 2 --layer verified --note checked "${db[@]}"
    "$cli" assessment evidence 1 add planning "$work/topology.txt" --type text/plain "${db[@]}"
    "$cli" assessment evidence 1 tick planning plan-doc yes "${db[@]}"
    "$cli" assessment status 1 submitted "${db[@]}"
    "$cli" export --all -o "$work/minimal-two-layers.dlb" "${db[@]}"
    cp "$work/two.sqlite" "$work/three.sqlite"
    db=(--db "$work/three.sqlite")
    "$cli" assessment answer 1 item network coverage "${db[@]}"
    "$cli" assessment answer 1 figure all-units - "${db[@]}"
    "$cli" export --all -o "$work/minimal-conflict.dlb" "${db[@]}"
    "$build/tests/fuzz/make_hostile_seeds" "$work/minimal-two-layers.dlb" "$work/hostile"
    unset ASAN_OPTIONS
}
if ! make_bundles >"$build/seed-work.log" 2>&1; then
    echo "making the seed bundles failed; see $build/seed-work.log" >&2
    exit 2
fi
seed fuzz_bundle "$build"/seed-work/*.dlb "$build"/seed-work/hostile/*.dlb \
    tests/data/fuzz-regressions/bundles/*

# ---- runs ---------------------------------------------------------------------------------
# One process per target (-jobs=1 would fork a worker; plain runs keep the numbers simple).
# /dev/shm keeps the bundle target's database off the disk.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/digilevel-fuzz.XXXXXX")
[ -d /dev/shm ] && [ -w /dev/shm ] && tmp2=$(mktemp -d /dev/shm/digilevel-fuzz.XXXXXX) || tmp2=$tmp
trap 'rm -rf "$tmp" "$tmp2"' EXIT
mkdir -p "$build/logs"
status=0
summary=()
for t in "${targets[@]}"; do
    dict=tests/fuzz/yaml.dict
    [ "$t" = fuzz_bundle ] && dict=tests/fuzz/json.dict
    artifacts=$build/artifacts/$t
    mkdir -p "$artifacts"
    before=$(find "$artifacts" -type f | wc -l)
    log=$build/logs/$t-$(date +%Y%m%dT%H%M%S).log
    echo "== $t for ${seconds}s (log: $log)"
    # Leaks count as findings; UBSan stops at the first report so that libFuzzer saves it.
    rc=0
    DIGILEVEL_FUZZ_TMP=$tmp2 TMPDIR=$tmp \
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:symbolize=1 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/tests/fuzz/$t" "$build/corpus/$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
        -timeout=10 -dict="$dict" -artifact_prefix="$root/$artifacts/" -print_final_stats=1 \
        >"$log" 2>&1 || rc=$?
    after=$(find "$artifacts" -type f | wc -l)
    runs=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
    cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
    eps=$(grep -oE '^stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || true)
    found=$((after - before))
    if [ "$rc" -ne 0 ] || [ "$found" -gt 0 ]; then
        status=1
        grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' "$log" | head -8
    fi
    summary+=("$(printf '%-13s runs %-9s exec/s %-6s %-20s new artifacts %d (exit %d)' \
        "$t" "${runs:-?}" "${eps:-?}" "${cov:-cov: ?}" "$found" "$rc")")
done

echo "== summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
if [ "$status" -ne 0 ]; then
    echo "findings are in $build/artifacts/: fix each, add it to tests/data/fuzz-regressions/" >&2
fi
exit "$status"
