// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"
#include "base/result.h"
#include "portfolio/aggregate.h"
#include "portfolio/levelgap.h"

#include <optional>
#include <string>
#include <vector>

namespace dl {

// What a portfolio report (the PDF of app/report and the workbook below) shows: the figures
// under a filter, the enterprises still below 二级 with their gap, and the model whose level rules
// and names apply (the bundled one). Views of data the caller keeps alive.
struct PortfolioReportView
{
    const PortfolioData &data;
    const ResolvedFilter &filter;
    const PortfolioFigures &figures;
    std::optional<PortfolioGroup> by;
    const std::vector<LevelGap> &belowLevel2;
    const Model &model;
    std::string generatedOn; // "2026-12-05"
};

// The level-2 rule's minimum base score of `model`, if it sets one.
std::optional<Rational> level2Threshold(const Model &model);

// The portfolio report as an Excel workbook, sheet names and headers in `lang`, numbers as
// numbers (shares 0-1 shown as percentages):
//   概览/Summary       scope, headline figures, level distribution, uplift, 专精特新 target
//   分组/Groups        one row per group (when grouped) and the total
//   提升/Uplift        the 改造前 → 改造后 level matrix
//   场景/Scenarios     share of the represented enterprises at each scenario level or higher
//   维度/Dimensions    mean dimension and sub-dimension scores
//   未达二级/Below level 2  enterprise, level, base score, points short, rule conditions not met
// Written to a temporary file and renamed when complete.
Result<Done>
exportPortfolioXlsx(const PortfolioReportView &view, const std::string &path, Lang lang);

} // namespace dl
