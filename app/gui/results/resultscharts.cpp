// SPDX-License-Identifier: GPL-3.0-or-later
#include "resultscharts.h"

#include "resultsformat.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QPolarChart>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ResultsCharts)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

void setUpChart(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

// score / max as a percentage, exactly; 0 when the maximum is 0 (everything disabled).
dl::Rational percentOf(const dl::Rational &score, const dl::Rational &max)
{
    return max.isZero() ? dl::Rational(0) : score * dl::Rational(100) / max;
}

} // namespace

namespace ResultsCharts {

QChartView *newChartView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    return view;
}

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart); // releases the old chart without deleting it
    delete old;
}

QChart *dimensionChart(const dl::Model &model, const dl::ScoreResult &result, dl::Lang lang)
{
    auto *chart = new QChart;
    setUpChart(chart);
    auto *scored = new QBarSet(Tr::tr("Score"));
    auto *missing = new QBarSet(Tr::tr("Up to the maximum"));
    scored->setColor(ResultsFormat::levelColor(2));
    missing->setColor(QColor(0xe3, 0xe8, 0xee));
    missing->setBorderColor(QColor(0xc0, 0xc8, 0xd0));
    QStringList categories;
    double axisMax = 0;
    // Horizontal bars grow upwards from the first category, so the model's first dimension goes
    // last to be read first.
    for (int d = int(model.dimensions.size()) - 1; d >= 0; --d) {
        const dl::Dimension &dim = model.dimensions[d];
        const dl::Rational &got = result.dimensions[d];
        scored->append(got.toDouble());
        missing->append(std::max(0.0, (dim.points - got).toDouble()));
        categories << QStringLiteral("%1  %2").arg(qs(dim.name.get(lang)),
                                                   ResultsFormat::scoreOf(got, dim.points));
        axisMax = std::max(axisMax, dim.points.toDouble());
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(scored);
    series->append(missing);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, axisMax > 0 ? axisMax : 1);
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    return chart;
}

QChart *subdimensionRadar(const dl::Model &model, const dl::ScoreResult &result, dl::Lang lang)
{
    auto *chart = new QPolarChart;
    setUpChart(chart);
    chart->legend()->hide();
    const int n = int(model.subdimensions.size());

    auto *angular = new QCategoryAxis;
    angular->setRange(0, std::max(n, 1));
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A QAreaSeries does not own the line it fills under: the chart does, through the parent.
    auto *outline = new QLineSeries(chart);
    outline->setObjectName(QStringLiteral("radar-outline"));
    for (int s = 0; s < n; ++s) {
        const dl::SubDimension &sub = model.subdimensions[s];
        const dl::Rational pct = percentOf(result.subdimensions[s], sub.points);
        outline->append(s, pct.toDouble());
        // The label carries the exact figures; the radius only draws them.
        angular->append(QStringLiteral("%1\n%2 %").arg(qs(sub.name.get(lang)), qs(pct.toString(1))),
                        s);
    }
    if (n > 0)
        outline->append(n, outline->at(0).y()); // closes the shape
    outline->setPen(QPen(ResultsFormat::levelColor(2), 2));
    outline->setPointsVisible(true);

    auto *area = new QAreaSeries(outline);
    QColor fill = ResultsFormat::levelColor(2);
    fill.setAlpha(70);
    area->setBrush(fill);
    area->setPen(QPen(ResultsFormat::levelColor(2), 2));
    area->setPointsVisible(true);
    chart->addSeries(area);

    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    area->attachAxis(angular);
    area->attachAxis(radial);
    return chart;
}

QChart *trendChart(const std::vector<TrendPoint> &points, const dl::Model &model, dl::Lang lang)
{
    auto *chart = new QChart;
    setUpChart(chart);
    if (points.empty())
        return chart;

    QDateTime first = points.front().when, last = points.front().when;
    for (const TrendPoint &p : points) {
        first = std::min(first, p.when);
        last = std::max(last, p.when);
    }
    // A margin on both sides so that a single assessment, or two on one day, still has a range.
    const qint64 span = std::max<qint64>(first.daysTo(last), 0);
    const qint64 pad = std::max<qint64>(15, span / 12);
    first = first.addDays(-pad);
    last = last.addDays(pad);

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(span > 180 ? QStringLiteral("yyyy-MM") : QStringLiteral("yyyy-MM-dd"));
    xAxis->setRange(first, last);
    xAxis->setTickCount(5);
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = new QValueAxis;
    const double top = model.maxBaseScore().toDouble() > 0 ? model.maxBaseScore().toDouble() : 100;
    yAxis->setRange(0, top);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    // The thresholds are named on a second axis at the right, where they meet the dashed lines:
    // a legend with five entries does not fit beside the history table.
    auto *levelAxis = new QCategoryAxis;
    levelAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    levelAxis->setRange(0, top);
    levelAxis->setGridLineVisible(false);
    chart->addAxis(levelAxis, Qt::AlignRight);

    for (const dl::LevelRule &rule : model.levelRules) {
        if (!rule.minBaseScore)
            continue;
        auto *line = new QLineSeries;
        line->setName(Tr::tr("%1 (%2)").arg(qs(rule.name.get(lang)),
                                            ResultsFormat::score(*rule.minBaseScore)));
        QPen pen(ResultsFormat::levelColor(rule.level), 1.5, Qt::DashLine);
        line->setPen(pen);
        const double y = rule.minBaseScore->toDouble();
        line->append(double(first.toMSecsSinceEpoch()), y);
        line->append(double(last.toMSecsSinceEpoch()), y);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(levelAxis);
        levelAxis->append(line->name(), y);
    }
    chart->legend()->hide();

    std::vector<TrendPoint> sorted = points;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TrendPoint &a, const TrendPoint &b) { return a.when < b.when; });
    auto *series = new QLineSeries;
    series->setObjectName(QStringLiteral("trend-scores"));
    series->setName(Tr::tr("Base score"));
    series->setPen(QPen(QColor(0x21, 0x21, 0x21), 2.5));
    series->setPointsVisible(true);
    QStringList tips;
    for (const TrendPoint &p : sorted) {
        series->append(double(p.when.toMSecsSinceEpoch()), p.score.toDouble());
        tips << Tr::tr("%1: base score %2, %3")
                    .arg(p.when.toString(QStringLiteral("yyyy-MM-dd")),
                         ResultsFormat::score(p.score), qs(dl::levelName(model, p.level, lang)));
    }
    chart->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    // Exact scores on hover: the nearest point in time.
    QObject::connect(
        series, &QLineSeries::hovered, series, [series, tips](const QPointF &at, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            int best = 0;
            for (int k = 1; k < series->count(); ++k) {
                if (std::abs(series->at(k).x() - at.x()) < std::abs(series->at(best).x() - at.x()))
                    best = k;
            }
            QToolTip::showText(QCursor::pos(), tips.value(best));
        });
    return chart;
}

} // namespace ResultsCharts
