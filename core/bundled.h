// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelloader.h"
#include "result.h"

namespace dl {

// The MIIT 2024 model and its overlays as compiled into the program.
Result<ModelSet> loadBundledModelSet();

} // namespace dl
