// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include <vector>

namespace dl::cli {

// The pilot programme's verbs (试点看板), each declaring its own options:
//   portfolio [filters] [--by FIELD] [--json|--csv]      the aggregate, optionally grouped
//   segment add NAME | segment list | segment remove SEGMENT
//   assessment phase ASSESSMENT baseline|after|follow-up
//   enterprise edit ENTERPRISE [profile options]
const std::vector<Verb> &portfolioVerbs();

} // namespace dl::cli
