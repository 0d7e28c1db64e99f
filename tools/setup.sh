#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   tools/setup.sh run    install what is missing, build (Release) and start the app
#   tools/setup.sh test   install what is missing, build (Debug and ASan+UBSan) and run every test,
#                         then (as root) build the Debian package, install, use and purge it
#   tools/setup.sh asan-all   every test, the GUI and reports included, under ASan+UBSan
# Packages come from Debian only; nothing is downloaded at build time.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
run | test | deps | asan-all) ;;
*)
    echo "usage: $0 run|test|deps|asan-all" >&2
    exit 2
    ;;
esac

packages=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libvulkan-dev libxkbcommon-dev
    libyaml-cpp-dev catch2 nlohmann-json3-dev
    libsqlite3-dev sqlite3 libsqlitecpp-dev libxlsxwriter-dev libzip-dev libexpat1-dev
    qtkeychain-qt6-dev libqrencode-dev libfontconfig-dev fonts-wqy-microhei poppler-utils unzip xvfb xauth
    python3-openpyxl # the report tests read workbooks back
    clang-14 libclang-rt-14-dev # tools/fuzz.sh (libFuzzer)
    postgresql-15 postgresql-client-15 libpq-dev # the team server (core/server) and its tests
    # the Debian package (tools/package.sh) and its test: icons, checks, installing and opening
    librsvg2-bin dpkg-dev fakeroot lintian appstream desktop-file-utils shared-mime-info
    libglib2.0-bin xdg-utils bash-completion man-db
)

install_missing() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1"
}

install_missing
case "$mode" in
deps) ;;
run)
    build release
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "Built build/release/app/digilevel, but there is no display to open its window on." >&2
        echo "Run it from a desktop session, or under a virtual one: xvfb-run build/release/app/digilevel" >&2
        exit 1
    fi
    exec build/release/app/digilevel
    ;;
test)
    build dev
    ctest --preset dev --output-on-failure -j2 -LE package
    # The core again under AddressSanitizer and UndefinedBehaviorSanitizer.
    cmake --preset asan -DDIGILEVEL_BUILD_GUI=OFF >/dev/null
    cmake --build --preset asan
    ctest --preset asan --output-on-failure -j2
    # The Debian package, built from build/release, installed, used and purged again
    # (tests/package/package-test.sh; skipped unless root).
    DIGILEVEL_PACKAGE_TEST=1 ctest --preset dev --output-on-failure -L package
    ;;
asan-all)
    # Everything, the GUI and the reports included, under the sanitizers: about 20 minutes on
    # two cores, so on demand rather than in CI. Its own build folder, so that CI's stays lean.
    cmake --preset asan -B build/asan-all -DDIGILEVEL_BUILD_GUI=ON >/dev/null
    cmake --build build/asan-all
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0" \
        ctest --test-dir build/asan-all --output-on-failure -j2
    ;;
esac
