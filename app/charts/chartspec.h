// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the results pages chart, as plain Qt values, and the table of functions by which the
// charts module (digilevel-charts.so, built from this folder) draws it with Qt Charts.
//
// The module is loaded when the first chart is shown (gui/results/chartsloader.h), not at start:
// linked into the program, Qt Charts and the OpenGL libraries it pulls in cost every start about
// 1.5 ms of symbol binding before main(), some 5 % of the time to the first paint.
// The module knows nothing of the domain: the pages compute every label and number (exactly,
// from the score's Rational text) and the module only draws them.

#include <QColor>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace ChartSpec {

// Horizontal stacked bars: per category the part scored and the rest up to its maximum.
struct Bars
{
    QStringList categories; // bottom to top
    QList<double> scored;
    QList<double> missing;
    QString scoredName;
    QString missingName;
    QColor scoredColor;
    QColor missingColor;
    QColor missingBorder;
    double axisMax = 1;
};

// A radar of percentages: one spoke per label, in order, closed back to the first. With a
// comparison (as many percents as labels) it is drawn as a dashed outline over the filled shape,
// and a legend names both.
struct Radar
{
    QStringList labels;
    QList<double> percents;
    QColor color;
    QString name;
    QList<double> comparePercents;
    QColor compareColor;
    QString compareName;
};

// A line over time with dashed horizontal thresholds named on a right-hand axis.
struct Trend
{
    struct Threshold
    {
        QString name;
        double value = 0;
        QColor color;
    };
    struct Point
    {
        QDateTime when;
        double value = 0;
        QString tip; // shown when the pointer is near this point
    };
    QString title;
    QString seriesName;
    QDateTime first; // the time axis, margins included
    QDateTime last;
    QString dateFormat;
    double top = 100; // the value axis runs from 0
    QList<Threshold> thresholds;
    QList<Point> points; // in time order; none: an empty chart with the title
};

} // namespace ChartSpec

// The module's entry point returns this table; `version` must equal kChartsApiVersion, so that a
// module left from another build is refused rather than called with other structures.
struct ChartsApi
{
    int version;
    // A chart view, set up alike everywhere (antialiased, a minimum height), showing nothing yet.
    QWidget *(*newView)(const QString &objectName, QWidget *parent);
    // Each replaces what `view` (from newView) showed, and deletes the chart it had.
    void (*showBars)(QWidget *view, const ChartSpec::Bars &bars);
    void (*showRadar)(QWidget *view, const ChartSpec::Radar &radar);
    void (*showTrend)(QWidget *view, const ChartSpec::Trend &trend);
};

inline constexpr int kChartsApiVersion = 2;
inline constexpr const char *kChartsEntryPoint = "digilevel_charts_api";
