// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

namespace dl::cli {

// The plan locks of a stored assessment: the items and scenarios its what-if plans must leave
// unchanged (declared in storeverbs.cpp).
//   assessment lock ASSESSMENT ID[,ID...]     adds locks
//   assessment unlock ASSESSMENT ID... | --all removes them
int planLockCommand(Invocation &inv);

} // namespace dl::cli
