// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "verb.h"

namespace dl::cli {

// report --portfolio [filters] [--by FIELD] -o FILE.pdf|FILE.xlsx: the portfolio progress report
// (app/report/portfolioreport.h, exchange/portfolioxlsx.h), its format chosen by the extension.
// Needs a QGuiApplication for the PDF.
int portfolioReportCommand(Invocation &inv);

} // namespace dl::cli
