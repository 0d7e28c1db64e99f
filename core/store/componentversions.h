// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace dl {

// One line of `--version` and of the About box: a part and its version.
struct ComponentVersion
{
    std::string name;
    std::string version;
};

// What the core brings, for `digilevel --version`, `digilevel-cli --version` and Help ▸ About:
// the bundled model (its id and version) and the libraries compiled in (SQLite, yaml-cpp).
// The front ends add themselves and Qt.
std::vector<ComponentVersion> componentVersions();

// The licence of DigiLevel, as an SPDX expression.
inline constexpr const char *kLicense = "GPL-3.0-or-later";

} // namespace dl
