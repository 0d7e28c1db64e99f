#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The full durability run: a writer process streams answer changes and is killed with SIGKILL
# at random moments, at least 200 times; after every kill the database must open, pass
# integrity_check and hold every acknowledged change (tests/store/test_durability.cpp).
#
#   tools/durability.sh [KILLS]        KILLS defaults to 200 (the test suite runs 20)
#
# Environment: BUILD_DIR (default build/dev, configured with the dev preset if missing),
# DIGILEVEL_DURABILITY_SEED to repeat a run (every run prints its seed).
set -euo pipefail

cd "$(dirname "$0")/.."
kills="${1:-${DIGILEVEL_DURABILITY_KILLS:-200}}"
if ! [[ "$kills" =~ ^[0-9]+$ ]] || (( kills < 1 )); then
    echo "usage: $0 [KILLS]  (a positive number, default 200)" >&2
    exit 64
fi
build="${BUILD_DIR:-build/dev}"

if [[ -z "${BUILD_DIR:-}" ]]; then
    [[ -f "$build/build.ninja" ]] || cmake --preset dev >/dev/null
    cmake --build --preset dev --target durability_writer store_tests
else
    [[ -f "$build/build.ninja" ]] || cmake --preset dev -B "$build" >/dev/null
    cmake --build "$build" --target durability_writer store_tests
fi

echo "durability: running $kills kills"
start=$SECONDS
if DIGILEVEL_DURABILITY_KILLS="$kills" "$build/tests/store/store_tests" "[durability]"; then
    echo "durability: PASSED ($kills kills, $((SECONDS - start)) s)"
else
    status=$?
    echo "durability: FAILED (exit $status); rerun with the seed printed above" >&2
    exit "$status"
fi
