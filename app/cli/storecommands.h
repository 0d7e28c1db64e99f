// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace dl::cli {

// The database commands: enterprise, assessment, export, import, conflicts, backup, check.
// Returns -1 when `command` is not one of them.
int runStoreCommand(const std::string &command,
                    const std::vector<std::string> &args,
                    std::ostream &out,
                    std::ostream &err);

extern const char *const kStoreUsage;

} // namespace dl::cli
