// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include <vector>

namespace dl::cli {

// The team server's verbs (PostgreSQL; core/server), each with --server URL:
//   server init                          creates or upgrades the schema (an administrator)
//   server user add NAME --org ORG --role consultant|office|auditor [--password-file FILE]
//   server enterprise assign ENTERPRISE_UUID --org ORG   (an office user)
const std::vector<Verb> &serverVerbs();

} // namespace dl::cli
