// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliargs.h"

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace dl::cli {

// Runs `digilevel-cli ARGS...`; output to `out`, diagnostics and usage errors to `err`.
int run(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

// A command added from outside the core-only CLI (the PDF report commands, which need Qt, are
// registered by main.cpp when built with them). `args` are those after the command name;
// `usage` is appended to --help. A registered name takes precedence over a built-in one.
using CommandHandler =
    std::function<int(const std::vector<std::string> &args, std::ostream &out, std::ostream &err)>;
void registerCommand(const std::string &name, CommandHandler handler, const std::string &usage);

} // namespace dl::cli
