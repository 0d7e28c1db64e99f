// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace dl::cli {

// Commands about reports that need no Qt, so they work in every build:
//   verify REPORT.pdf [--db PATH | --bundle FILE.dlb]
//   export --xlsx -o FILE.xlsx [--all | --assessment ID ... | --enterprise ID ...] [--lang L]
// `args` are the arguments after the command name.
int verifyCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);
int xlsxExportCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

extern const char *const kVerifyUsage;

} // namespace dl::cli
