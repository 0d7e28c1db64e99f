// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace dl::cli {

// The PDF report command (needs Qt Gui; runs headless on the offscreen platform):
//   report [--db PATH] ASSESSMENT -o OUT.pdf [--layer self|verified] [--lang zh_CN|en]
//   report [--model MODEL.yaml] ANSWERS.yaml -o OUT.pdf [--layer ...] [--lang ...]
//   report [--db PATH] (--all | --assessment ID ... | --enterprise ID ...) -o DIR [...]
int reportCommand(const std::vector<std::string> &args, std::ostream &out, std::ostream &err);

// Adds `report` to dl::cli::run (clicommands.h).
void registerReportCommands();

extern const char *const kReportUsage;

} // namespace dl::cli
