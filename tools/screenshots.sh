#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the real app under Xvfb on a fresh database, walks the main screens in Chinese and in
# English and saves a PNG of each:  build/screenshots/zh_CN/*.png, build/screenshots/en/*.png.
#   tools/screenshots.sh [OUTPUT_FOLDER]
# Uses build/release (built if missing); xvfb-run comes with tools/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/screenshots}"
[[ -f build/release/build.ninja ]] || cmake --preset release >/dev/null
cmake --build --preset release --target digilevel
for lang in zh_CN en; do
    work=$(mktemp -d)
    rm -rf "${out:?}/$lang"
    # Settings and data of this run stay in the temporary folder.
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
        xvfb-run -a -s "-screen 0 1400x1000x24" \
        build/release/app/digilevel --db "$work/tour.sqlite" --lang "$lang" --screenshots "$out/$lang"
    rm -rf "$work"
done
echo "screenshots in $out/zh_CN and $out/en"
