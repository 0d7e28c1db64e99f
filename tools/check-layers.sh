#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The core's layers, lowest first. A file may include its own layer and the ones below it, never
# one above: scoring knows nothing of SQLite, a model nothing of bundles. CI runs this (ctest).
#   base → model → scoring → enterprise → store → answers → portfolio → exchange → server
set -euo pipefail
cd "$(dirname "$0")/../core"
layers=(base model scoring enterprise store answers portfolio exchange server)
rank() {
    local i
    for i in "${!layers[@]}"; do [ "${layers[$i]}" = "$1" ] && { echo "$i"; return; }; done
    echo -1
}
bad=0
for dir in */; do
    dir=${dir%/}
    own=$(rank "$dir")
    if [ "$own" -lt 0 ]; then
        echo "core/$dir: not a known layer (add it to tools/check-layers.sh in its place)" >&2
        bad=1
        continue
    fi
    while IFS=: read -r file line text; do
        inc=$(sed -E 's/.*#include "([^"]+)".*/\1/' <<<"$text")
        case "$inc" in
        */*) ;;
        *)
            echo "core/$file:$line: include \"$inc\" is not path-qualified (write \"layer/$inc\")" >&2
            bad=1
            continue
            ;;
        esac
        target=$(rank "${inc%%/*}")
        if [ "$target" -gt "$own" ]; then
            echo "core/$file:$line: $dir must not include $inc (${inc%%/*} is a higher layer)" >&2
            bad=1
        fi
    done < <(grep -rn '#include "' "$dir" || true)
done
[ "$bad" -eq 0 ] && echo "layers: every core include stays in its layer or below"
exit "$bad"
