// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartspec.h"
#include "model/model.h"
#include "scoring/scoring.h"

#include <QDateTime>

#include <vector>

// What the dashboard's and the history's charts show, computed from a result; the charts module
// draws it (ChartsModule). Geometry is drawn from doubles, but every number written on a chart
// comes from the exact Rational text.
namespace ResultsCharts {

// One horizontal bar per dimension: the score, and the rest up to its maximum in a light tone.
ChartSpec::Bars dimensionBars(const dl::Model &model, const dl::ScoreResult &result, dl::Lang lang);

// The sub-dimensions as a radar: each one's score as a percentage of its maximum.
ChartSpec::Radar
subdimensionRadar(const dl::Model &model, const dl::ScoreResult &result, dl::Lang lang);

struct TrendPoint
{
    QDateTime when;
    dl::Rational score;
    int level = 0;
};
// The base score over time, with each level's minimum base score as a dashed reference line.
ChartSpec::Trend
trend(const std::vector<TrendPoint> &points, const dl::Model &model, dl::Lang lang);

} // namespace ResultsCharts
