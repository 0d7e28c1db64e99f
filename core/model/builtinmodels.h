// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/modelloader.h"

#include <string_view>
#include <vector>

namespace dl {

// The MIIT 2024 model and its overlays as compiled into the program.
Result<ModelSet> loadBuiltinModelSet();

// Every official version compiled in (model/officialmodels.h), the bundled one first, each with
// the overlays that extend it. Parsed once per process.
Result<std::vector<ModelSet>> loadBuiltinModelVersions();
// The compiled-in version with this model id and version, or nullptr: what an answer file or a
// bundle written for an earlier version is read against.
const ModelSet *findBuiltinModelSet(std::string_view id, std::string_view version);

} // namespace dl
