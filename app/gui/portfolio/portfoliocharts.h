// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"
#include "model/model.h"
#include "portfolio/aggregate.h"

// What the portfolio screen charts, computed from the figures; the charts module only draws it.
namespace PortfolioCharts {

// Enterprises per level 0..4 (`levelNames`), out of those assessed.
ChartSpec::Bars levels(const dl::PortfolioCounts &counts, const QStringList &levelNames);

// Each sub-dimension's mean as a share of its maximum in `model`: the filtered set filled, the
// whole portfolio dashed over it. A sub-dimension nobody in a set has counts as 0 there.
ChartSpec::Radar subDimensions(const dl::Model &model,
                               const dl::PortfolioData &data,
                               const dl::PortfolioFigures &filtered,
                               const dl::PortfolioFigures &all,
                               dl::Lang lang);

} // namespace PortfolioCharts
