// SPDX-License-Identifier: GPL-3.0-or-later
// The results dashboard, driven through its widgets. Assessments are built through the store from
// the worked examples (tests/data/worked); every expected level and score below is computed by
// hand from assessments/miit-sme-2024.yaml (the arithmetic is in the comments), never copied
// from the program's output.
#include "results/resultspage.h"
#include "test_results_support.h"

#include <catch2/catch.hpp>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

namespace {

struct Dashboard
{
    ClockedSession s;
    qint64 enterprise = 0;
    qint64 assessment = 0;
    std::unique_ptr<ResultsPage> page;

    Dashboard(const std::string &file,
              const std::string &industry,
              dl::SrdiStatus srdi = dl::SrdiStatus::None)
    {
        enterprise = s.addEnterprise("测试企业", industry, srdi);
        assessment = s.addAssessment(enterprise);
        storeAnswerFile(*s.session, assessment, workedFile(file));
        page = std::make_unique<ResultsPage>(*s.session);
        page->resize(1200, 900);
        page->openAssessment(assessment);
    }

    template<typename T>
    T *find(const char *name) const
    {
        T *w = page->findChild<T *>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    QString text(const char *label) const { return find<QLabel>(label)->text(); }
};

// The radar's closed outline: one point per sub-dimension, then the first again.
QLineSeries *radarOutline(const Dashboard &d)
{
    QChart *chart = d.find<QChartView>("subdimension-radar")->chart();
    REQUIRE(chart->series().size() == 1);
    auto *area = qobject_cast<QAreaSeries *>(chart->series().front());
    REQUIRE(area);
    return area->upperSeries();
}

} // namespace

TEST_CASE("the dashboard shows the hand-computed level and base score", "[gui][results]")
{
    struct Case
    {
        const char *file;
        const char *industry;
        const char *badge;
        const char *score;
    };
    // Points per item as in the model: foundation (network, equipment digitalisation, equipment
    // networking, data collection, systems, network security, data security) + management
    // (planning, mechanisms, talent, investment) + outcomes (energy, pass rate, revenue per
    // employee, cost).
    const Case c = GENERATE(values<Case>({
        // 4.65 (0 + 0 + 0 + 0.9 + 2.5 + 0 + 1.25) + 3 (1.5 + 0 + 1.5 + 0)
        // + 10.5 (3.5 + 7 + 0 + 0) = 18.15 < 20: no level, though the scenarios meet level 1
        {"01-level0-furniture.yaml", "C21", "未达一级", "18.15 / 100"},
        // 14 (2 + 1.5 + 0 + 3 + 5 + 2.5 + 0) + 3 (1.5 + 0 + 1.5 + 0) + 3 (0 + 0 + 1.5 + 1.5)
        // = 20 >= 20, 6 scenarios at >= 1 of which 3 constrained: 一级
        {"02-level1-food-base20.yaml", "C14", "一级", "20 / 100"},
        // 20.25 (4 + 1.5 + 0 + 3.5 + 5 + 3.75 + 2.5) + 12.75 (4.5 + 3.75 + 4.5 + 0) + 7
        // = 40 >= 40, 6 scenarios at >= 2 of which 3 constrained: 二级
        {"03-level2-hardware-base40.yaml", "C33", "二级", "40 / 100"},
        // 36.5 (4 + 6 + 4.5 + 7 + 5 + 5 + 5) + 15.75 (6 + 3.75 + 6 + 0) + 7 = 59.25 < 60: 二级
        {"06-level2-machinery-base59_25.yaml", "C34", "二级", "59.25 / 100"},
        // 50 (8 + 6 + 6 + 10 + 10 + 5 + 5) + 19.5 (6 + 5.625 + 6 + 1.875) + 10.5 (7 + 3.5)
        // = 80, 10 scenarios at 4 of which 6 constrained: 四级
        {"07-level4-instruments-base80.yaml", "C40", "四级", "80 / 100"},
    }));
    INFO(c.file);
    Dashboard d(c.file, c.industry);
    CHECK(d.text("level-badge") == QString::fromUtf8(c.badge));
    CHECK(d.text("base-score") == QString::fromLatin1(c.score));
    CHECK(d.text("enterprise-name") == QStringLiteral("测试企业"));
    CHECK(d.text("explanation").contains(QString::fromUtf8(c.badge)));

    // 9 sub-dimensions: 设备系统, 数据采集, 信息系统, 信息安全 | 规划实施, 资源保障 (names as in
    // the model) | 绿色低碳, 产品质量, 市场效益; the outline closes on its first point.
    QLineSeries *outline = radarOutline(d);
    REQUIRE(outline->count() == 9 + 1);
    CHECK(outline->at(9).y() == outline->at(0).y());

    // 16 scenarios in the grid (4 + 6 + 2 + 4 per group), 10 of them constrained.
    const auto cells =
        d.find<QWidget>("scenario-grid")
            ->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^scenario-(?!legend)")));
    CHECK(cells.size() == 16);
    CHECK(std::count_if(cells.begin(), cells.end(),
                        [](QLabel *l) { return l->property("constrained").toBool(); }) == 10);
}

TEST_CASE("the level-2 dashboard in detail: charts, scenario grid, what-if", "[gui][results]")
{
    // Worked example 03, base exactly 40: 二级.
    Dashboard d("03-level2-hardware-base40.yaml", "C33");

    // Dimension bars, top to bottom in the model's order: foundation 20.25 of 50 (see above),
    // management 12.75 of 30, outcomes 7 of 20.
    QChart *bars = d.find<QChartView>("dimension-chart")->chart();
    auto *categories = qobject_cast<QBarCategoryAxis *>(bars->axes(Qt::Vertical).value(0));
    REQUIRE(categories);
    CHECK(categories->categories() == QStringList{QStringLiteral("数字化成效  7 / 20"),
                                                  QStringLiteral("数字化管理  12.75 / 30"),
                                                  QStringLiteral("数字化基础  20.25 / 50")});

    // Radar: 设备系统 = network 4 + digitalisation 1.5 + networking 0 = 5.5 of 20 = 27.5 %;
    // 信息安全 = 3 x 1.25 + 2 x 1.25 = 6.25 of 10 = 62.5 %.
    QLineSeries *outline = radarOutline(d);
    CHECK(outline->at(0).y() == Approx(27.5));
    CHECK(outline->at(3).y() == Approx(62.5));
    QChart *radar = d.find<QChartView>("subdimension-radar")->chart();
    auto *angular = qobject_cast<QCategoryAxis *>(radar->axes(Qt::Horizontal).value(0));
    REQUIRE(angular);
    CHECK(angular->categoriesLabels().value(0) == QStringLiteral("设备系统\n27.5 %"));
    CHECK(angular->categoriesLabels().value(3) == QStringLiteral("信息安全\n62.5 %"));

    // Scenario cells: 生产计划 rated 2 (guiding), 生产管控 rated 2 (constrained, ★),
    // 设备管理 rated 1 (constrained), 产品设计 rated 0.
    auto cell = [&](const char *id) {
        auto *label = d.page->findChild<QLabel *>(QStringLiteral("scenario-") + QLatin1String(id));
        REQUIRE(label);
        return label;
    };
    CHECK(cell("production-planning")->property("rating").toInt() == 2);
    CHECK_FALSE(cell("production-planning")->text().startsWith(QStringLiteral("★")));
    CHECK(cell("production-control")->property("rating").toInt() == 2);
    CHECK(cell("production-control")->text().startsWith(QStringLiteral("★")));
    CHECK(cell("equipment-management")->property("rating").toInt() == 1);
    CHECK(cell("product-design")->property("rating").toInt() == 0);
    CHECK_FALSE(cell("production-control")->toolTip().isEmpty());

    // What-if: plans towards 三级 (level 2 + 1); the first is the cheapest, each with changes.
    auto *whatIf = d.find<QTreeWidget>("whatif-list");
    REQUIRE(whatIf->topLevelItemCount() >= 1);
    QTreeWidgetItem *first = whatIf->topLevelItem(0);
    CHECK(first->data(0, Qt::UserRole).toInt() == 3);
    CHECK(first->text(0).contains(QStringLiteral("三级")));
    CHECK(first->childCount() >= 1);
    // 三级 needs base 60: at least 20 more points, so the cheapest plan gains at least 20.
    const auto gained = dl::Rational::parseDecimal(first->text(1).mid(1).toStdString());
    REQUIRE(gained);
    CHECK(*gained >= dl::Rational(20));
    CHECK(d.find<QGroupBox>("overlay-box")->isHidden()); // C33 has no DigiLevel addition
    CHECK(d.find<QLabel>("plan-target")->isHidden());    // not a 专精特新 enterprise
}

TEST_CASE("the layer switch shows the self-assessment and the verified view", "[gui][results]")
{
    // Worked example 13: self 71.175 (6 + 6 + 4.5 + 6.3 + 7.5 + 3.75 + 2.5 = 36.55;
    // 6 + 5.625 + 4.5 + 0 = 16.125; 7 + 7 + 3 + 1.5 = 18.5) -> 三级. Verified: network 4 (5G not
    // confirmed, -2), 55/100 -> 4.5 (-1.5), 30/100 -> 3 (-1.5), several 5 (-2.5), energy same
    // 3.5 (-3.5): 71.175 - 11 = 60.175, but only 6 scenarios at >= 3 (8 needed) -> 二级.
    Dashboard d("13-motors-verified.yaml", "C38");
    auto *layer = d.find<QComboBox>("layer-switch");
    CHECK(layer->isEnabled());
    // The verified view first, like the cached summaries.
    CHECK(d.page->layer() == dl::Layer::Verified);
    CHECK(d.text("level-badge") == QStringLiteral("二级"));
    CHECK(d.text("base-score") == QStringLiteral("60.175 / 100"));

    layer->setCurrentIndex(layer->findData(QStringLiteral("self")));
    emit layer->activated(layer->currentIndex());
    CHECK(d.page->layer() == dl::Layer::Self);
    CHECK(d.text("level-badge") == QStringLiteral("三级"));
    CHECK(d.text("base-score") == QStringLiteral("71.175 / 100"));

    // Without verified answers there is nothing to switch to.
    Dashboard plain("03-level2-hardware-base40.yaml", "C33");
    CHECK_FALSE(plain.find<QComboBox>("layer-switch")->isEnabled());
    CHECK(plain.page->layer() == dl::Layer::Self);
}

TEST_CASE("专精特新 enterprises see the plan's 二级 target", "[gui][results]")
{
    SECTION("level 1: the missing points and conditions")
    {
        // Worked example 02: base 20, level 1. For 二级: base 20 < 40 (20 points short),
        // scenarios at >= 2: sales*, finance*, office = 3 of 6 (3 short), constrained 2 of 3.
        Dashboard d("02-level1-food-base20.yaml", "C14", dl::SrdiStatus::LittleGiant);
        auto *target = d.find<QLabel>("plan-target");
        CHECK_FALSE(target->isHidden());
        CHECK_FALSE(target->property("reached").toBool());
        CHECK(target->text().contains(QStringLiteral("20 base points")));
        CHECK(target->text().contains(QStringLiteral("基础分 20 &lt; 40")));
        CHECK(target->text().contains(
            QStringLiteral("达到 2 级及以上的场景 3 个（需 6）：还差 3 个")));
        CHECK(target->text().contains(QStringLiteral("其中约束性场景 2 个（需 3）：还差 1 个")));
    }
    SECTION("level 2: reached")
    {
        Dashboard d("03-level2-hardware-base40.yaml", "C33", dl::SrdiStatus::Provincial);
        auto *target = d.find<QLabel>("plan-target");
        CHECK_FALSE(target->isHidden());
        CHECK(target->property("reached").toBool());
        CHECK(target->text().contains(QStringLiteral("Reached.")));
    }
}

TEST_CASE("the dashboard follows answer changes and navigates", "[gui][results]")
{
    // Worked example 06: 59.25, scenarios already meeting 三级 (9 at >= 3, 6 constrained).
    Dashboard d("06-level2-machinery-base59_25.yaml", "C34");
    d.page->show();
    CHECK(d.text("level-badge") == QStringLiteral("二级"));
    // One more talent measure: 4 x 1.5 -> 5 x 1.5 = +1.5, so 60.75 >= 60: 三级.
    setAnswer(*d.s.session, d.assessment, "item", "digital-talent",
              "digital-staff,digital-post,training,performance-pay,talent-tiers");
    d.s.session->notifyAssessmentChanged(d.assessment);
    CHECK(d.text("level-badge") == QStringLiteral("三级"));
    CHECK(d.text("base-score") == QStringLiteral("60.75 / 100"));

    QSignalSpy edit(d.s.session.get(), &AppSession::questionnaireRequested);
    QSignalSpy verify(d.s.session.get(), &AppSession::verificationRequested);
    QSignalSpy history(d.s.session.get(), &AppSession::historyRequested);
    d.find<QPushButton>("edit-answers")->click();
    d.find<QPushButton>("verify")->click();
    d.find<QPushButton>("history")->click();
    REQUIRE(edit.size() == 1);
    CHECK(edit.front().front().toLongLong() == d.assessment);
    REQUIRE(verify.size() == 1);
    CHECK(verify.front().front().toLongLong() == d.assessment);
    REQUIRE(history.size() == 1);
    CHECK(history.front().front().toLongLong() == d.enterprise);
    // The PDF export offers both report languages.
    QMenu *menu = d.find<QPushButton>("export-pdf")->menu();
    REQUIRE(menu);
    CHECK(menu->actions().size() == 2);
}

TEST_CASE("DigiLevel additions are shown beside the official result", "[gui][results]")
{
    // Worked example 11 (C36): official 59.9 -> 二级 (the additions never count). Auto-parts
    // addition: IATF records yes 4 + traced 210/350 = 60 % -> (40,60] 4.5 + OEM connection
    // 3 x 1.25 = 3.75 + PPAP 2.5 = 14.75 of 20.
    Dashboard d("11-autoparts-c36.yaml", "C36");
    CHECK(d.text("level-badge") == QStringLiteral("二级"));
    CHECK(d.text("base-score") == QStringLiteral("59.9 / 100"));
    auto *box = d.find<QGroupBox>("overlay-box");
    CHECK_FALSE(box->isHidden());
    CHECK(box->title().contains(QStringLiteral("not part of the official scheme")));
    CHECK(d.text("overlays").contains(QStringLiteral("14.75 / 20")));
}
