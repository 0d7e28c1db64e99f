// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "exchange/portfolioxlsx.h"

#include <string>

namespace dl::report {

// The portfolio progress report (试点进展报告) as an A4 PDF in `lang`, independent of the UI
// language: the filters in words, the headline figures, the level chart, the group table (when
// grouped), the 改造前 → 改造后 matrix, the scenario shares, the dimension means, the 专精特新
// target and the enterprises still below 二级 with their gap. An empty selection gives a report
// that says so. Header and footer with "page X of Y"; written to a temporary file and renamed when
// complete. Needs a QGuiApplication (offscreen is fine).
Result<Done>
writePortfolioReport(const PortfolioReportView &view, Lang lang, const std::string &outputPath);

} // namespace dl::report
