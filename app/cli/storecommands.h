// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include <vector>

namespace dl::cli {

// The database verbs (enterprise ..., assessment ..., export, import, conflicts, backup, check),
// each with its own options (storeverbs.cpp).
const std::vector<Verb> &storeVerbs();

// Runs one of them (storecommands.cpp).
int runStoreVerb(Invocation &inv);

} // namespace dl::cli
