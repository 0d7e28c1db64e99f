// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/model.h"

namespace dl {

// Checks a parsed model for consistency and fills its id indexes: unique ids; declared points
// equal to the sum of their parts; options and bands consistent with their item's points; bands
// that cover their range without gap or overlap; level rules ordered and consistent; every
// referenced id existing. Each problem is appended to `out`.
void validateModel(Model &model, Diagnostics &out);

} // namespace dl
