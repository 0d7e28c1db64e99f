// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliargs.h"

#include <iosfwd>
#include <string>
#include <vector>

namespace dl::cli {

// Runs `digilevel-cli ARGS...`; output to `out`, diagnostics and usage errors to `err`.
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace dl::cli
