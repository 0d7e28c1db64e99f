// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/modelloader.h"

namespace dl {

// The MIIT 2024 model and its overlays as compiled into the program.
Result<ModelSet> loadBuiltinModelSet();

} // namespace dl
