#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package, installed for real: builds it (tools/package.sh, Release, lintian), installs
# it with apt, runs the installed programs (digilevel-cli --version and a worked example; the
# GUI under Xvfb until its window shows and a chart is made with the installed charts module;
# a bundle opened through the MIME association, as a file manager does), then purges it and
# checks that nothing it installed is left.
#
# It changes the machine, so it runs only as root with apt, and only when asked:
# DIGILEVEL_PACKAGE_TEST=1 (tools/setup.sh test sets it, after the other stages). Otherwise it is
# skipped (exit 77). A digilevel package already installed is left alone (skipped too).
set -euo pipefail
cd "$(dirname "$0")/../.."
source=$PWD

skip() {
    echo "skipped: $*"
    exit 77
}
[ "${DIGILEVEL_PACKAGE_TEST:-}" = 1 ] || skip "set DIGILEVEL_PACKAGE_TEST=1 to install the package"
[ "$(id -u)" -eq 0 ] || skip "needs root"
command -v apt-get >/dev/null || skip "needs apt-get"
if dpkg-query -W -f='${Status}' digilevel 2>/dev/null | grep -q "install ok installed"; then
    skip "a digilevel package is installed already; not replacing it"
fi

work=$(mktemp -d)
installed=0
cleanup() {
    if ((installed)); then
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq digilevel >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
step() { echo "== $*"; }
fail() {
    echo "FAILED: $*" >&2
    exit 1
}

step "package"
tools/package.sh
deb=$(ls "$source"/build/package/digilevel_*_amd64.deb)

step "install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get install"; }
installed=1
dpkg -L digilevel >"$work/files"

step "files"
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
appid=$(basename "$(ls /usr/share/metainfo/*.metainfo.xml | grep -i digilevel)" .metainfo.xml)
for f in /usr/bin/digilevel /usr/bin/digilevel-cli \
    "/usr/lib/$multiarch/digilevel/digilevel-charts.so" \
    /usr/share/applications/digilevel.desktop "/usr/share/metainfo/$appid.metainfo.xml" \
    /usr/share/mime/packages/digilevel.xml \
    /usr/share/icons/hicolor/scalable/apps/digilevel.svg \
    /usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256}/apps/digilevel.png \
    /usr/share/man/man1/digilevel.1.gz /usr/share/man/man1/digilevel-cli.1.gz \
    /usr/share/bash-completion/completions/digilevel-cli \
    /usr/share/doc/digilevel/copyright /usr/share/doc/digilevel/changelog.gz; do
    grep -qxF "$f" "$work/files" || fail "$f is not in the package"
done
desktop-file-validate /usr/share/applications/digilevel.desktop
appstreamcli validate --no-net "/usr/share/metainfo/$appid.metainfo.xml"
man -l /usr/share/man/man1/digilevel-cli.1.gz >/dev/null

step "digilevel-cli --version"
/usr/bin/digilevel-cli --version | tee "$work/version"
for part in "digilevel-cli " "model: miit-sme-2024" "Qt: " "SQLite: " "yaml-cpp: " \
    "License: GPL-3.0-or-later"; do
    grep -q "^$part" "$work/version" || fail "--version does not say $part"
done

step "digilevel-cli score (worked example 03: 二级)"
/usr/bin/digilevel-cli score tests/data/worked/03-level2-hardware-base40.yaml --lang en \
    >"$work/score.txt"
grep -q "^Level: Level 2 *Base score: 40 / 100" "$work/score.txt" ||
    fail "worked example 03 did not score 二级 with 40 points"

step "bash completion"
got=$(bash -c 'source /usr/share/bash-completion/bash_completion
    __load_completion digilevel-cli # as bash loads it on the first Tab: inside a function
    COMP_WORDS=(digilevel-cli assessment lo); COMP_CWORD=2; COMP_LINE="digilevel-cli assessment lo"
    COMP_POINT=${#COMP_LINE}; _digilevel_cli; echo "${COMPREPLY[*]}"')
[[ " $got " == *" load "* && " $got " == *" lock "* ]] || fail "completion gave '$got'"

# The GUI with a fresh home of its own: settings, database and MIME defaults of this test only.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

step "digilevel --version"
/usr/bin/digilevel --version | tee "$work/gui-version"
grep -q "^model: miit-sme-2024" "$work/gui-version" || fail "digilevel --version names no model"

step "digilevel under Xvfb: the window shows, a chart loads from the installed module"
timeout 120 xvfb-run -a /usr/bin/digilevel --self-check --db "$work/self-check.sqlite" |
    tee "$work/self-check"
grep -qxF "charts module: /usr/lib/$multiarch/digilevel/digilevel-charts.so" "$work/self-check" ||
    fail "the installed charts module was not loaded"

step "a bundle opened through its MIME type starts DigiLevel's import"
db=$XDG_DATA_HOME/DigiLevel/digilevel.sqlite
/usr/bin/digilevel-cli enterprise add --db "$work/source.sqlite" --name 打包测试有限公司 \
    --industry C33 >/dev/null
/usr/bin/digilevel-cli export --db "$work/source.sqlite" --all -o "$work/打包测试.dlb" >/dev/null
type=$(gio info -a standard::content-type "$work/打包测试.dlb" | sed -n 's/.*content-type: //p')
[ "$type" = application/x-digilevel-bundle ] || fail "a .dlb is $type"
handler=$(gio mime application/x-digilevel-bundle | sed -n '1s/.*: //p')
[ "$handler" = digilevel.desktop ] || fail "bundles open with '$handler'"
export DIGILEVEL_PACKAGE_TEST_RUN=$$ # marks the program gio starts, to find it afterwards
timeout 180 xvfb-run -a sh -c '
    gio open "$1" || exit 1
    for i in $(seq 120); do
        [ -f "$2" ] && /usr/bin/digilevel-cli enterprise list --db "$2" 2>/dev/null |
            grep -q 打包测试有限公司 && exit 0
        sleep 1
    done
    exit 1' sh "$work/打包测试.dlb" "$db" || fail "the bundle was not imported"
# The window went with its display; end it should it still be there.
for exe in /proc/[0-9]*/exe; do
    pid=${exe#/proc/}
    pid=${pid%/exe}
    [ "$(readlink "$exe" 2>/dev/null)" = /usr/bin/digilevel ] || continue
    tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qxF "DIGILEVEL_PACKAGE_TEST_RUN=$$" &&
        kill "$pid" 2>/dev/null || true
done

step "purge"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq digilevel >/dev/null
installed=0
left=0
while read -r f; do
    if [ -e "$f" ] && [ ! -d "$f" ]; then
        echo "left behind: $f" >&2
        left=1
    fi
done <"$work/files"
for d in "/usr/lib/$multiarch/digilevel" /usr/share/doc/digilevel; do
    [ -e "$d" ] && {
        echo "left behind: $d" >&2
        left=1
    }
done
((left == 0)) || fail "the purge left files in /usr"
echo "package test passed"
