// SPDX-License-Identifier: GPL-3.0-or-later
// The charts module: draws ChartSpec values with Qt Charts. Loaded on first use by
// gui/results/chartsloader.cpp; its only exported symbol is the entry point at the end.
#include "chartspec.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
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

void setUpChart(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
}

void replaceChart(QWidget *view, QChart *chart)
{
    auto *chartView = qobject_cast<QChartView *>(view);
    if (!chartView) { // not a view from newView()
        delete chart;
        return;
    }
    QChart *old = chartView->chart();
    chartView->setChart(chart); // releases the old chart without deleting it
    delete old;
}

QWidget *newView(const QString &objectName, QWidget *parent)
{
    auto *view = new QChartView(parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(280);
    return view;
}

void showBars(QWidget *view, const ChartSpec::Bars &bars)
{
    auto *chart = new QChart;
    setUpChart(chart);
    auto *scored = new QBarSet(bars.scoredName);
    auto *missing = new QBarSet(bars.missingName);
    scored->setColor(bars.scoredColor);
    missing->setColor(bars.missingColor);
    missing->setBorderColor(bars.missingBorder);
    scored->append(bars.scored);
    missing->append(bars.missing);
    auto *series = new QHorizontalStackedBarSeries;
    series->append(scored);
    series->append(missing);
    series->setBarWidth(0.6);
    chart->addSeries(series);

    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(bars.categories);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, bars.axisMax > 0 ? bars.axisMax : 1);
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    replaceChart(view, chart);
}

void showRadar(QWidget *view, const ChartSpec::Radar &radar)
{
    auto *chart = new QPolarChart;
    setUpChart(chart);
    const int n = int(std::min(radar.labels.size(), radar.percents.size()));
    const bool compared = radar.comparePercents.size() == radar.percents.size() && n > 0;
    chart->legend()->setVisible(compared);

    auto *angular = new QCategoryAxis;
    angular->setRange(0, std::max(n, 1));
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    // A QAreaSeries does not own the line it fills under: the chart does, through the parent.
    auto *outline = new QLineSeries(chart);
    outline->setObjectName(QStringLiteral("radar-outline"));
    for (int s = 0; s < n; ++s) {
        outline->append(s, radar.percents[s]);
        angular->append(radar.labels[s], s);
    }
    if (n > 0)
        outline->append(n, outline->at(0).y()); // closes the shape
    outline->setPen(QPen(radar.color, 2));
    outline->setPointsVisible(true);

    auto *area = new QAreaSeries(outline);
    area->setName(radar.name);
    QColor fill = radar.color;
    fill.setAlpha(70);
    area->setBrush(fill);
    area->setPen(QPen(radar.color, 2));
    area->setPointsVisible(true);
    chart->addSeries(area);
    QLineSeries *compare = nullptr;
    if (compared) {
        compare = new QLineSeries(chart);
        compare->setObjectName(QStringLiteral("radar-compare"));
        compare->setName(radar.compareName);
        for (int s = 0; s < n; ++s)
            compare->append(s, radar.comparePercents[s]);
        compare->append(n, radar.comparePercents[0]);
        compare->setPen(QPen(radar.compareColor, 2, Qt::DashLine));
        chart->addSeries(compare);
    }

    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    area->attachAxis(angular);
    area->attachAxis(radial);
    if (compare) {
        compare->attachAxis(angular);
        compare->attachAxis(radial);
    }
    replaceChart(view, chart);
}

void showTrend(QWidget *view, const ChartSpec::Trend &trend)
{
    auto *chart = new QChart;
    setUpChart(chart);
    chart->setTitle(trend.title);
    chart->legend()->hide();
    if (trend.points.isEmpty()) {
        replaceChart(view, chart);
        return;
    }
    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(trend.dateFormat);
    xAxis->setRange(trend.first, trend.last);
    xAxis->setTickCount(5);
    chart->addAxis(xAxis, Qt::AlignBottom);
    auto *yAxis = new QValueAxis;
    yAxis->setRange(0, trend.top);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(yAxis, Qt::AlignLeft);
    // The thresholds are named on a second axis at the right, where they meet the dashed lines:
    // a legend with five entries does not fit beside the history table.
    auto *thresholdAxis = new QCategoryAxis;
    thresholdAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    thresholdAxis->setRange(0, trend.top);
    thresholdAxis->setGridLineVisible(false);
    chart->addAxis(thresholdAxis, Qt::AlignRight);

    for (const ChartSpec::Trend::Threshold &t : trend.thresholds) {
        auto *line = new QLineSeries;
        line->setName(t.name);
        line->setPen(QPen(t.color, 1.5, Qt::DashLine));
        line->append(double(trend.first.toMSecsSinceEpoch()), t.value);
        line->append(double(trend.last.toMSecsSinceEpoch()), t.value);
        chart->addSeries(line);
        line->attachAxis(xAxis);
        line->attachAxis(thresholdAxis);
        thresholdAxis->append(t.name, t.value);
    }

    auto *series = new QLineSeries;
    series->setObjectName(QStringLiteral("trend-scores"));
    series->setName(trend.seriesName);
    series->setPen(QPen(QColor(0x21, 0x21, 0x21), 2.5));
    series->setPointsVisible(true);
    QStringList tips;
    for (const ChartSpec::Trend::Point &p : trend.points) {
        series->append(double(p.when.toMSecsSinceEpoch()), p.value);
        tips << p.tip;
    }
    chart->addSeries(series);
    series->attachAxis(xAxis);
    series->attachAxis(yAxis);
    // The exact figures on hover: the nearest point in time.
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
    replaceChart(view, chart);
}

const ChartsApi kApi{kChartsApiVersion, newView, showBars, showRadar, showTrend};

} // namespace

extern "C" Q_DECL_EXPORT const ChartsApi *digilevel_charts_api()
{
    return &kApi;
}
