// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"
#ifdef DIGILEVEL_WITH_REPORTS
#include "reportcommands.h"

#include <QtGlobal>
#endif

#include <iostream>

int main(int argc, char **argv)
{
#ifdef DIGILEVEL_WITH_REPORTS
    dl::cli::registerReportCommands(); // PDF reports need Qt Gui, absent from core-only builds
    dl::cli::registerVersion("Qt", qVersion());
#endif
    return dl::cli::run(std::vector<std::string>(argv + 1, argv + argc), std::cout, std::cerr);
}
