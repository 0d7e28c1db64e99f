#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Release (build/release, installed under /usr) and writes the Debian package
#   build/package/digilevel_<version>_amd64.deb
# with CPack, then runs lintian on it when lintian is installed (tools/setup.sh deps installs it).
# Needs: dpkg-dev (dpkg-shlibdeps), rsvg-convert (librsvg2-bin), gzip.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in dpkg-shlibdeps rsvg-convert; do
    command -v "$tool" >/dev/null || {
        echo "package.sh: $tool is missing; run tools/setup.sh deps" >&2
        exit 1
    }
done

# The tests are not part of the package; the Release tree builds the programs only. SQLite and
# yaml-cpp are linked shared, so that their security updates reach the installed program
# (core/CMakeLists.txt).
cmake --preset release -DCMAKE_INSTALL_PREFIX=/usr -DDIGILEVEL_BUILD_TESTS=OFF \
    -DDIGILEVEL_STATIC_SQLITE_YAML=OFF >/dev/null
cmake --build --preset release -j2
rm -f build/package/digilevel_*.deb
(cd build/release && cpack -G DEB >/dev/null)
deb=$(ls build/package/digilevel_*_amd64.deb)
echo "$deb"

if command -v lintian >/dev/null; then
    # Errors fail the build; warnings kept on purpose are listed, with why, in README.md.
    lintian --fail-on error "$deb"
fi
