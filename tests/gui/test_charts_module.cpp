// SPDX-License-Identifier: GPL-3.0-or-later
// The charts module (digilevel-charts.so), loaded by path as the program loads it: what it draws
// from a spec, and what a results page shows when it is missing or is not the module.
#include "results/chartsloader.h"

#include <catch2/catch.hpp>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QWidget>

#include <memory>

namespace {

const QString kBuiltModule = QStringLiteral(DIGILEVEL_CHARTS_MODULE);

QChart *chartOf(QWidget *view)
{
    auto *chartView = qobject_cast<QChartView *>(view);
    REQUIRE(chartView);
    return chartView->chart();
}

} // namespace

TEST_CASE("the charts module draws the bars, the radar and the trend it is given", "[gui][charts]")
{
    const ChartsModule module({QStringLiteral("/nonexistent/digilevel-charts.so"), kBuiltModule});
    REQUIRE(module.isLoaded());
    REQUIRE(module.error().isEmpty());
    QWidget parent;

    QWidget *barsView = module.newView(QStringLiteral("bars"), &parent);
    CHECK(barsView->objectName() == QStringLiteral("bars"));
    ChartSpec::Bars bars;
    bars.categories = {QStringLiteral("B 3/10"), QStringLiteral("A 7.5/20")};
    bars.scored = {3, 7.5};
    bars.missing = {7, 12.5};
    bars.scoredName = QStringLiteral("scored");
    bars.missingName = QStringLiteral("rest");
    bars.axisMax = 20;
    module.show(barsView, bars);
    QChart *chart = chartOf(barsView);
    REQUIRE(chart->series().size() == 1);
    auto *series = qobject_cast<QHorizontalStackedBarSeries *>(chart->series().front());
    REQUIRE(series);
    REQUIRE(series->barSets().size() == 2);
    CHECK(series->barSets()[0]->label() == QStringLiteral("scored"));
    CHECK(series->barSets()[0]->at(1) == 7.5);
    CHECK(series->barSets()[1]->at(0) == 7);
    auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    REQUIRE(categories);
    CHECK(categories->categories() == bars.categories);

    // Showing again replaces the chart.
    bars.scored = {1, 2};
    module.show(barsView, bars);
    CHECK(chartOf(barsView) != nullptr);
    CHECK(qobject_cast<QHorizontalStackedBarSeries *>(chartOf(barsView)->series().front())
              ->barSets()[0]
              ->at(0) == 1);

    QWidget *radarView = module.newView(QStringLiteral("radar"), &parent);
    ChartSpec::Radar radar;
    radar.labels = {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")};
    radar.percents = {50, 25, 100};
    radar.color = Qt::blue;
    module.show(radarView, radar);
    auto *area = qobject_cast<QAreaSeries *>(chartOf(radarView)->series().value(0));
    REQUIRE(area);
    const QList<QPointF> outline = area->upperSeries()->points();
    REQUIRE(outline.size() == 4); // closed: the first spoke again
    CHECK(outline[1] == QPointF(1, 25));
    CHECK(outline[3] == QPointF(3, 50));
    CHECK(chartOf(radarView)->series().size() == 1);
    CHECK_FALSE(chartOf(radarView)->legend()->isVisible());

    // With a comparison: a dashed, closed outline over it, and a legend naming both.
    radar.name = QStringLiteral("filtered");
    radar.comparePercents = {40, 60, 80};
    radar.compareColor = Qt::gray;
    radar.compareName = QStringLiteral("all");
    module.show(radarView, radar);
    REQUIRE(chartOf(radarView)->series().size() == 2);
    auto *compare = qobject_cast<QLineSeries *>(chartOf(radarView)->series().value(1));
    REQUIRE(compare);
    CHECK(compare->name() == QStringLiteral("all"));
    CHECK(compare->pen().style() == Qt::DashLine);
    REQUIRE(compare->points().size() == 4);
    CHECK(compare->points()[2] == QPointF(2, 80));
    CHECK(compare->points()[3] == QPointF(3, 40));
    CHECK(chartOf(radarView)->legend()->isVisible());
    // A comparison of another length is not drawn.
    radar.comparePercents = {40};
    module.show(radarView, radar);
    CHECK(chartOf(radarView)->series().size() == 1);

    QWidget *trendView = module.newView(QStringLiteral("trend"), &parent);
    ChartSpec::Trend trend;
    trend.title = QStringLiteral("over time");
    trend.first = QDateTime(QDate(2026, 1, 1), QTime(0, 0));
    trend.last = QDateTime(QDate(2026, 12, 31), QTime(0, 0));
    trend.dateFormat = QStringLiteral("yyyy-MM");
    trend.top = 100;
    trend.thresholds = {{QStringLiteral("L1 (20)"), 20, Qt::gray},
                        {QStringLiteral("L2 (40)"), 40, Qt::green}};
    trend.points = {{QDateTime(QDate(2026, 3, 1), QTime(0, 0)), 31.5, QStringLiteral("tip 1")},
                    {QDateTime(QDate(2026, 9, 1), QTime(0, 0)), 44, QStringLiteral("tip 2")}};
    module.show(trendView, trend);
    QChart *trendChart = chartOf(trendView);
    CHECK(trendChart->title() == QStringLiteral("over time"));
    CHECK(trendChart->series().size() == 2 + 1);
    auto *scores = trendChart->findChild<QLineSeries *>(QStringLiteral("trend-scores"));
    REQUIRE(scores);
    REQUIRE(scores->count() == 2);
    CHECK(scores->at(0).y() == 31.5);
    auto *named = qobject_cast<QCategoryAxis *>(trendChart->axes(Qt::Vertical).value(1));
    REQUIRE(named);
    CHECK(named->categoriesLabels() ==
          QStringList{QStringLiteral("L1 (20)"), QStringLiteral("L2 (40)")});

    // No points: the title on an empty chart.
    ChartSpec::Trend empty;
    empty.title = QStringLiteral("nothing yet");
    module.show(trendView, empty);
    CHECK(chartOf(trendView)->title() == QStringLiteral("nothing yet"));
    CHECK(chartOf(trendView)->series().isEmpty());
}

TEST_CASE("without its charts module a page says where it looked, and the rest works",
          "[gui][charts]")
{
    const QString a = QStringLiteral("/nonexistent/a/digilevel-charts.so");
    const QString b = QStringLiteral("/nonexistent/b/digilevel-charts.so");
    const ChartsModule module({a, b});
    CHECK_FALSE(module.isLoaded());
    CHECK(module.error().contains(a));
    CHECK(module.error().contains(b));

    QWidget parent;
    QWidget *view = module.newView(QStringLiteral("dimension-chart"), &parent);
    auto *label = qobject_cast<QLabel *>(view);
    REQUIRE(label);
    CHECK(label->objectName() == QStringLiteral("dimension-chart"));
    CHECK(label->text() == module.error());
    module.show(view, ChartSpec::Bars{}); // nothing to draw on, and no harm
    module.show(view, ChartSpec::Trend{});
    CHECK(label->text() == module.error());
}

TEST_CASE("a file that is not the charts module is refused with the reason", "[gui][charts]")
{
    SECTION("not a library at all")
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("digilevel-charts.so"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is text, not ELF\n");
        file.close();
        const ChartsModule module({path});
        CHECK_FALSE(module.isLoaded());
        CHECK(module.error().contains(path));
        CHECK(module.error().contains(QStringLiteral("cannot be loaded")));
    }
    SECTION("a library without the entry point (a Qt plugin)")
    {
        const QString plugin = QLibraryInfo::path(QLibraryInfo::PluginsPath) +
                               QStringLiteral("/platforms/libqoffscreen.so");
        REQUIRE(QFile::exists(plugin));
        const ChartsModule module({plugin});
        CHECK_FALSE(module.isLoaded());
        CHECK(module.error().contains(QStringLiteral("another version")));
        // Later candidates are not tried: the first one found is the installation's.
        const ChartsModule first({plugin, kBuiltModule});
        CHECK_FALSE(first.isLoaded());
    }
}
