// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace dl::cli {

// Exit codes, documented in README.md.
enum ExitCode { Ok = 0, InvalidInput = 1, Usage = 2 };

// Runs `digilevel-cli ARGS...`; output to `out`, diagnostics and usage errors to `err`.
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

} // namespace dl::cli
