// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace dl::cli {

// Adds the PDF report verb to dl::cli::run (clicommands.h); it needs Qt Gui and runs headless on
// the offscreen platform:
//   report [--db PATH] ASSESSMENT -o OUT.pdf [--layer self|verified] [--lang zh_CN|en]
//   report [--model MODEL.yaml] ANSWERS.yaml -o OUT.pdf [--layer ...] [--lang ...]
//   report [--db PATH] (--all | --assessment ID ... | --enterprise ID ...) -o DIR [...]
void registerReportCommands();

} // namespace dl::cli
