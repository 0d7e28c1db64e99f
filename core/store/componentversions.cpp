// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/componentversions.h"

#include "model/builtinmodels.h"

#include <sqlite3.h>

namespace dl {

std::vector<ComponentVersion> componentVersions()
{
    std::vector<ComponentVersion> out;
    const auto bundled = loadBuiltinModelSet();
    out.push_back({"model", bundled
                                ? bundled->model.id + ' ' + bundled->model.version + " (bundled)"
                                : std::string("(the bundled model does not load)")});
    out.push_back({"SQLite", sqlite3_libversion()});
    out.push_back({"yaml-cpp", DIGILEVEL_YAML_CPP_VERSION});
    return out;
}

} // namespace dl
