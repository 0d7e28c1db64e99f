// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultscharts.h"
#include "stdtext.h"

#include "resultsformat.h"

#include <QCoreApplication>

#include <algorithm>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCharts)
};

// score / max as a percentage, exactly; 0 when the maximum is 0 (everything disabled).
dl::Rational percentOf(const dl::Rational &score, const dl::Rational &max)
{
    return max.isZero() ? dl::Rational(0) : score * dl::Rational(100) / max;
}

} // namespace

namespace ResultsCharts {

ChartSpec::Bars dimensionBars(const dl::Model &model, const dl::ScoreResult &result, dl::Lang lang)
{
    ChartSpec::Bars bars;
    bars.scoredName = Tr::tr("Score");
    bars.missingName = Tr::tr("Up to the maximum");
    bars.scoredColor = ResultsFormat::levelColor(2);
    bars.missingColor = QColor(0xe3, 0xe8, 0xee);
    bars.missingBorder = QColor(0xc0, 0xc8, 0xd0);
    double axisMax = 0;
    // Horizontal bars grow upwards from the first category, so the model's first dimension goes
    // last to be read first.
    for (int d = int(model.dimensions.size()) - 1; d >= 0; --d) {
        const dl::Dimension &dim = model.dimensions[d];
        const dl::Rational &got = result.dimensions[d];
        bars.scored << got.toDouble();
        bars.missing << std::max(0.0, (dim.points - got).toDouble());
        bars.categories << QStringLiteral("%1  %2").arg(qs(dim.name.get(lang)),
                                                        ResultsFormat::scoreOf(got, dim.points));
        axisMax = std::max(axisMax, dim.points.toDouble());
    }
    bars.axisMax = axisMax > 0 ? axisMax : 1;
    return bars;
}

ChartSpec::Radar
subdimensionRadar(const dl::Model &model, const dl::ScoreResult &result, dl::Lang lang)
{
    ChartSpec::Radar radar;
    radar.color = ResultsFormat::levelColor(2);
    for (std::size_t s = 0; s < model.subdimensions.size(); ++s) {
        const dl::SubDimension &sub = model.subdimensions[s];
        const dl::Rational pct = percentOf(result.subdimensions[s], sub.points);
        radar.percents << pct.toDouble();
        // The label carries the exact figures; the radius only draws them.
        radar.labels << QStringLiteral("%1\n%2 %").arg(qs(sub.name.get(lang)), qs(pct.toString(1)));
    }
    return radar;
}

ChartSpec::Trend trend(const std::vector<TrendPoint> &points, const dl::Model &model, dl::Lang lang)
{
    ChartSpec::Trend spec;
    spec.seriesName = Tr::tr("Base score");
    if (points.empty())
        return spec;

    QDateTime first = points.front().when, last = points.front().when;
    for (const TrendPoint &p : points) {
        first = std::min(first, p.when);
        last = std::max(last, p.when);
    }
    // A margin on both sides so that a single assessment, or two on one day, still has a range.
    const qint64 span = std::max<qint64>(first.daysTo(last), 0);
    const qint64 pad = std::max<qint64>(15, span / 12);
    spec.first = first.addDays(-pad);
    spec.last = last.addDays(pad);
    spec.dateFormat = span > 180 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd");
    const double top = model.maxBaseScore().toDouble();
    spec.top = top > 0 ? top : 100;

    for (const dl::LevelRule &rule : model.levelRules) {
        if (!rule.minBaseScore)
            continue;
        spec.thresholds.append({Tr::tr("%1 (%2)").arg(qs(rule.name.get(lang)),
                                                      ResultsFormat::score(*rule.minBaseScore)),
                                rule.minBaseScore->toDouble(),
                                ResultsFormat::levelColor(rule.level)});
    }

    std::vector<TrendPoint> sorted = points;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TrendPoint &a, const TrendPoint &b) { return a.when < b.when; });
    for (const TrendPoint &p : sorted) {
        spec.points.append(
            {p.when, p.score.toDouble(),
             Tr::tr("%1: base score %2, %3")
                 .arg(p.when.toString(QStringLiteral("yyyy-MM-dd")), ResultsFormat::score(p.score),
                      qs(dl::levelName(model, p.level, lang)))});
    }
    return spec;
}

} // namespace ResultsCharts
