// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model.h"
#include "scoring.h"

#include <QDateTime>
#include <QString>

#include <vector>

class QChart;
class QChartView;

// The dashboard's and the history's charts, built from a result. Geometry is drawn from doubles,
// but every number written on a chart comes from the exact Rational text.
namespace ResultsCharts {

// A view set up the same way everywhere (antialiased, no animation, a minimum height).
QChartView *newChartView(const QString &objectName, QWidget *parent);
// Puts `chart` into `view` and deletes the chart it showed before.
void replaceChart(QChartView *view, QChart *chart);

// One horizontal bar per dimension: the score, and the rest up to its maximum in a light tone.
QChart *dimensionChart(const dl::Model &model, const dl::ScoreResult &result, dl::Lang lang);

// The sub-dimensions as a radar: each one's score as a percentage of its maximum. The outline is
// a closed QLineSeries (its last point repeats the first) under a QAreaSeries.
QChart *subdimensionRadar(const dl::Model &model, const dl::ScoreResult &result, dl::Lang lang);

struct TrendPoint
{
    QDateTime when;
    dl::Rational score;
    int level = 0;
};
// The base score over time, with each level's minimum base score as a dashed reference line.
QChart *trendChart(const std::vector<TrendPoint> &points, const dl::Model &model, dl::Lang lang);

} // namespace ResultsCharts
