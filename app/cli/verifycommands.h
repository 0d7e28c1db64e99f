// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

#include <vector>

namespace dl::cli {

// Commands about reports that need no Qt, so they work in every build:
//   verify REPORT.pdf [--db PATH | --bundle FILE.dlb]
//   export --xlsx -o FILE.xlsx [--all | --assessment ID ... | --enterprise ID ...]
const std::vector<Verb> &verifyVerbs();
// `export --xlsx` (a form of the export verb, storeverbs.cpp).
int xlsxExportCommand(Invocation &inv);

} // namespace dl::cli
