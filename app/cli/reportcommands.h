// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

namespace dl::cli {

// Adds the PDF report verb to dl::cli::run (clicommands.h); it needs Qt Gui and runs headless on
// the offscreen platform:
//   report [--db PATH] ASSESSMENT -o OUT.pdf [--layer self|verified] [--lang zh_CN|en]
//   report [--model MODEL.yaml] ANSWERS.yaml -o OUT.pdf [--layer ...] [--lang ...]
//   report [--db PATH] (--all | --assessment ID ... | --enterprise ID ...) -o DIR [...]
void registerReportCommands();

// Runs `run` with a QGuiApplication (offscreen unless QT_QPA_PLATFORM says otherwise), for the
// verbs that paint a PDF.
int withGuiApplication(const std::function<int()> &run);

} // namespace dl::cli
