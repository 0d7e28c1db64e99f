// SPDX-License-Identifier: GPL-3.0-or-later
// The portfolio page (看板): four enterprises with summaries stored by hand, the filters set
// through the widgets, the headline numbers and the group table read back.
#include "guitestsupport.h"
#include "home/homepage.h"
#include "mainwindow.h"
#include "portfolio/portfoliocharts.h"
#include "portfolio/portfoliofilterbar.h"
#include "portfolio/portfoliogroupmodel.h"
#include "portfolio/portfoliopage.h"
#include "portfolio/segmentsdialog.h"
#include "store/portfolio.h"
#include "store/segments.h"
#include "test_results_support.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

namespace {

// 甲 浙江省宁波市 C34 small, 省级专精特新, pilot: 2025-03-01 改造前 一级 45; 2026-03-01 改造后
// 二级 62.5 乙 浙江省杭州市 C34 medium:                   2025-06-01 改造前 二级 60 丙 江苏省苏州市
// C30 small, 小巨人:            2025-09-01 改造前 三级 75 丁 江苏省南京市 C34 micro: not assessed
struct Portfolio
{
    ClockedSession s;

    qint64 enterprise(const std::string &name,
                      const std::string &province,
                      const std::string &city,
                      const std::string &industry,
                      dl::SizeClass size,
                      int employees,
                      dl::SrdiStatus srdi,
                      bool pilot)
    {
        dl::Enterprise e;
        e.name = name;
        e.creditCode = uniqueCreditCode();
        e.industry = industry;
        e.province = province;
        e.city = city;
        e.employees = employees;
        e.sizeClass = size;
        e.srdi = srdi;
        e.pilot = pilot;
        e.pilotBatch = pilot ? "2025年第一批" : "";
        auto added = s.session->store().addEnterprise(e);
        REQUIRE(added.ok());
        return added->id;
    }
    void assess(qint64 enterpriseId,
                int year,
                int month,
                dl::AssessmentPhase phase,
                int level,
                const std::string &score)
    {
        s.setDate(year, month, 1);
        AppSession &session = *s.session;
        auto a = session.store().newAssessment(enterpriseId, session.builtinModels().model,
                                               session.builtinModelText(), "王工", "测试机构",
                                               dl::AssessmentMode::Self, phase);
        REQUIRE(a.ok());
        dl::AssessmentSummary summary;
        summary.level = level;
        summary.score = score;
        REQUIRE(dl::storeSummary(session.store(), a->id, summary).ok());
    }

    Portfolio()
    {
        using P = dl::AssessmentPhase;
        const qint64 jia = enterprise("甲精密机械有限公司", "浙江省", "宁波市", "C34",
                                      dl::SizeClass::Small, 120, dl::SrdiStatus::Provincial, true);
        const qint64 yi = enterprise("乙通用设备有限公司", "浙江省", "杭州市", "C34",
                                     dl::SizeClass::Medium, 500, dl::SrdiStatus::None, false);
        const qint64 bing =
            enterprise("丙汽车零部件有限公司", "江苏省", "苏州市", "C30", dl::SizeClass::Small, 150,
                       dl::SrdiStatus::LittleGiant, false);
        enterprise("丁机械有限公司", "江苏省", "南京市", "C34", dl::SizeClass::Micro, 8,
                   dl::SrdiStatus::None, false);
        assess(jia, 2025, 3, P::Baseline, 1, "45");
        assess(jia, 2026, 3, P::After, 2, "62.5");
        assess(yi, 2025, 6, P::Baseline, 2, "60");
        assess(bing, 2025, 9, P::Baseline, 3, "75");
    }
};

void waitForData(PortfolioPage &page)
{
    REQUIRE(QTest::qWaitFor([&] { return !page.isLoading(); }, 10000));
}

QString headline(PortfolioPage &page, const char *name)
{
    QLabel *label = page.headline(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("Portfolio page: headline numbers of the whole portfolio and of a province")
{
    Portfolio p;
    PortfolioPage page(*p.s.session);
    page.resize(1200, 800);
    page.show();
    waitForData(page);

    // Represented: 甲 by its latest (二级 62.5), 乙 二级 60, 丙 三级 75; 丁 not assessed.
    // Mean (62.5 + 60 + 75) / 3 = 65.8333 -> 65.83; median 62.5; all three at 二级 or higher.
    CHECK(page.message()->isHidden());
    CHECK(headline(page, "enterprises") == QStringLiteral("4"));
    CHECK(headline(page, "assessed") == QStringLiteral("3"));
    CHECK(headline(page, "level2") == QStringLiteral("3"));
    CHECK(headline(page, "share") == QStringLiteral("100.0%"));
    CHECK(headline(page, "mean") == QStringLiteral("65.83"));
    CHECK(headline(page, "median") == QStringLiteral("62.50"));
    // 专精特新: 甲 (省级) and 丙 (小巨人), both at 二级 or higher.
    CHECK(headline(page, "srdi") == QStringLiteral("2"));
    CHECK(headline(page, "srdiLevel2") == QStringLiteral("2"));
    CHECK(page.headline(QStringLiteral("notOfficial"))->isHidden());
    // 甲: 改造前 一级 45 -> 改造后 二级 62.5, one pair, gain 17.5.
    CHECK(page.figures().uplift.pairs == 1);
    CHECK(page.figures().uplift.matrix[1][2] == 1);
    auto *uplift = page.findChild<QTableWidget *>(QStringLiteral("uplift"));
    REQUIRE(uplift);
    CHECK(uplift->item(1, 2)->text() == QStringLiteral("1"));
    CHECK(page.findChild<QLabel *>(QStringLiteral("upliftSummary"))
              ->text()
              .contains(QStringLiteral("+17.50")));

    // The summaries stored here carry no detail: every sub-dimension is listed, with no mean.
    auto *subs = page.findChild<QTableWidget *>(QStringLiteral("subDimensions"));
    REQUIRE(subs);
    CHECK(subs->rowCount() == int(p.s.session->builtinModels().model.subdimensions.size()));
    CHECK(subs->item(0, 1)->text() == QStringLiteral("—"));

    // 浙江省: 甲 62.5 and 乙 60 -> mean and median 61.25.
    page.filterBar()->combo(QStringLiteral("province"))->setEditText(QStringLiteral("浙江省"));
    CHECK(headline(page, "enterprises") == QStringLiteral("2"));
    CHECK(headline(page, "assessed") == QStringLiteral("2"));
    CHECK(headline(page, "mean") == QStringLiteral("61.25"));
    CHECK(headline(page, "median") == QStringLiteral("61.25"));
    CHECK(headline(page, "srdi") == QStringLiteral("1"));

    // 改造前 only, province cleared: 甲 is now its 一级 45, so 2 of 3 at 二级+ (66.7 %),
    // mean (45 + 60 + 75) / 3 = 60, median 60.
    page.filterBar()->combo(QStringLiteral("province"))->setEditText(QString());
    QComboBox *phase = page.filterBar()->combo(QStringLiteral("phase"));
    phase->setCurrentIndex(phase->findData(int(dl::AssessmentPhase::Baseline)));
    CHECK(headline(page, "level2") == QStringLiteral("2"));
    CHECK(headline(page, "share") == QStringLiteral("66.7%"));
    CHECK(headline(page, "mean") == QStringLiteral("60.00"));
    CHECK(headline(page, "median") == QStringLiteral("60.00"));

    // Reset: back to everything.
    page.filterBar()->reset();
    CHECK(headline(page, "mean") == QStringLiteral("65.83"));
}

TEST_CASE("Portfolio page: no match, a backwards date range and an unknown segment say so")
{
    Portfolio p;
    PortfolioPage page(*p.s.session);
    page.show();
    waitForData(page);

    page.filterBar()->combo(QStringLiteral("province"))->setEditText(QStringLiteral("上海市"));
    CHECK(page.message()->isVisible());
    CHECK(page.message()->text() == QStringLiteral("No enterprise matches"));
    CHECK(headline(page, "enterprises") == QStringLiteral("—"));
    CHECK(headline(page, "mean") == QStringLiteral("—"));
    page.filterBar()->reset();
    CHECK(page.message()->isHidden());

    // 江苏省 and C34: only 丁, never assessed: one enterprise, no share, no mean, no message.
    page.filterBar()->combo(QStringLiteral("province"))->setEditText(QStringLiteral("江苏省"));
    page.filterBar()->industryEdit()->setText(QStringLiteral("c34"));
    CHECK(page.message()->isHidden());
    CHECK(headline(page, "enterprises") == QStringLiteral("1"));
    CHECK(headline(page, "assessed") == QStringLiteral("0"));
    CHECK(headline(page, "share") == QStringLiteral("—"));
    CHECK(headline(page, "mean") == QStringLiteral("—"));
    CHECK(headline(page, "median") == QStringLiteral("—"));
    page.filterBar()->reset();

    // From 2026-01-01 to 2025-01-01: refused with the catalogue's message, nothing shown.
    page.filterBar()->fromEdit()->setDate(QDate(2026, 1, 1));
    page.filterBar()->toEdit()->setDate(QDate(2025, 1, 1));
    CHECK(page.message()->isVisible());
    CHECK(page.message()->text().contains(QStringLiteral("2025-01-01")));
    CHECK(headline(page, "assessed") == QStringLiteral("—"));
    // Only up to 2025-12-31: 甲 is its 改造前 45 again -> mean 60.
    page.filterBar()->fromEdit()->setDate(page.filterBar()->fromEdit()->minimumDate());
    page.filterBar()->toEdit()->setDate(QDate(2025, 12, 31));
    CHECK(page.message()->isHidden());
    CHECK(headline(page, "mean") == QStringLiteral("60.00"));

    page.filterBar()->reset();
    page.filterBar()->combo(QStringLiteral("segment"))->setEditText(QStringLiteral("无此行业"));
    CHECK(page.message()->isVisible());
    CHECK(!page.message()->text().isEmpty());
    CHECK(headline(page, "enterprises") == QStringLiteral("—"));
}

TEST_CASE("Portfolio page: the group table by province, sorted, under the model tester")
{
    Portfolio p;
    PortfolioPage page(*p.s.session);
    page.show();
    waitForData(page);
    QAbstractItemModelTester tester(page.groupModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QComboBox *group = page.filterBar()->combo(QStringLiteral("groupBy"));
    group->setCurrentIndex(group->findData(int(dl::PortfolioGroup::Province)));

    // 江苏省: 丙 (三级 75) and 丁 (not assessed); 浙江省: 甲 62.5 and 乙 60.
    PortfolioGroupModel *model = page.groupModel();
    REQUIRE(model->rowCount() == 2);
    QAbstractItemModel *view = page.groupView()->model();
    auto text = [&](int row, int column) { return view->index(row, column).data().toString(); };
    // Sorted by name, ascending: 江苏省 before 浙江省 (by code point).
    CHECK(text(0, PortfolioGroupModel::Name) == QStringLiteral("江苏省"));
    CHECK(text(0, PortfolioGroupModel::Enterprises) == QStringLiteral("2"));
    CHECK(text(0, PortfolioGroupModel::Assessed) == QStringLiteral("1"));
    CHECK(text(0, PortfolioGroupModel::Mean) == QStringLiteral("75.00"));
    CHECK(text(1, PortfolioGroupModel::Name) == QStringLiteral("浙江省"));
    CHECK(text(1, PortfolioGroupModel::Mean) == QStringLiteral("61.25"));
    CHECK(text(1, PortfolioGroupModel::Share) == QStringLiteral("100.0%"));

    // By mean, descending: 江苏省 (75) first; ascending: 浙江省 (61.25) first.
    page.groupView()->sortByColumn(PortfolioGroupModel::Mean, Qt::AscendingOrder);
    CHECK(text(0, PortfolioGroupModel::Name) == QStringLiteral("浙江省"));
    page.groupView()->sortByColumn(PortfolioGroupModel::Mean, Qt::DescendingOrder);
    CHECK(text(0, PortfolioGroupModel::Name) == QStringLiteral("江苏省"));

    // No grouping: no rows.
    group->setCurrentIndex(0);
    CHECK(model->rowCount() == 0);
}

TEST_CASE("Portfolio page: View > Portfolio (Alt+6) shows it, a new enterprise is counted, a "
          "double click on a group opens its enterprises in the enterprise list")
{
    Portfolio p;
    MainWindow window(*p.s.session);
    window.show();
    QAction *action = nullptr;
    for (QAction *a : window.menuBar()->findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QStringLiteral("Alt+6")))
            action = a;
    REQUIRE(action);
    action->trigger();
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    PortfolioPage *page = window.portfolioPage();
    CHECK(stack->currentWidget() == static_cast<QWidget *>(page));
    waitForData(*page);
    CHECK(headline(*page, "enterprises") == QStringLiteral("4"));

    // A fifth enterprise, not assessed: read again while the page is shown.
    dl::Enterprise e;
    e.name = "戊电子有限公司";
    e.industry = "C39";
    REQUIRE(p.s.session->store().addEnterprise(e).ok());
    p.s.session->notifyEnterprisesChanged();
    waitForData(*page);
    CHECK(headline(*page, "enterprises") == QStringLiteral("5"));
    CHECK(headline(*page, "assessed") == QStringLiteral("3"));

    // Grouped by province, a double click on 江苏省 opens the enterprise list narrowed to its
    // two enterprises (丙 and 丁); by organisation, 测试机构's three (甲, 乙, 丙). "Show all"
    // brings back the five.
    QComboBox *group = page->filterBar()->combo(QStringLiteral("groupBy"));
    group->setCurrentIndex(group->findData(int(dl::PortfolioGroup::Province)));
    QAbstractItemModel *rows = page->groupView()->model();
    const auto found = rows->match(rows->index(0, 0), Qt::DisplayRole, QStringLiteral("江苏省"));
    REQUIRE(found.size() == 1);
    emit page->groupView()->doubleClicked(found.front());
    CHECK(stack->currentWidget() == static_cast<QWidget *>(window.homePage()));
    auto *list = window.homePage()->findChild<QTableView *>(QStringLiteral("enterprises"));
    REQUIRE(list);
    auto *subset = window.homePage()->findChild<QLabel *>(QStringLiteral("subsetTitle"));
    REQUIRE(subset);
    CHECK(list->model()->rowCount() == 2);
    CHECK(subset->isVisible());
    CHECK(subset->text().contains(QStringLiteral("江苏省")));
    auto names = [&] {
        QStringList out;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            out << list->model()->index(r, 0).data().toString();
        out.sort();
        return out;
    };
    CHECK(names() ==
          QStringList{QStringLiteral("丁机械有限公司"), QStringLiteral("丙汽车零部件有限公司")});

    action->trigger();
    group->setCurrentIndex(group->findData(int(dl::PortfolioGroup::Organisation)));
    REQUIRE(rows->rowCount() == 2); // 测试机构, and none for the enterprises not assessed
    const auto org = rows->match(rows->index(0, 0), Qt::DisplayRole, QStringLiteral("测试机构"));
    REQUIRE(org.size() == 1);
    emit page->groupView()->doubleClicked(org.front());
    CHECK(stack->currentWidget() == static_cast<QWidget *>(window.homePage()));
    CHECK(names() == QStringList{QStringLiteral("丙汽车零部件有限公司"),
                                 QStringLiteral("乙通用设备有限公司"),
                                 QStringLiteral("甲精密机械有限公司")});
    auto *showAll = window.homePage()->findChild<QToolButton *>(QStringLiteral("clearSubset"));
    REQUIRE(showAll);
    showAll->click();
    CHECK(list->model()->rowCount() == 5);
    CHECK_FALSE(subset->isVisible());
}

TEST_CASE("Portfolio radar: each sub-dimension's mean as a share of its maximum, filtered against "
          "all")
{
    Portfolio p;
    const dl::Model &model = p.s.session->builtinModels().model;
    REQUIRE(model.subdimensions.size() >= 2);
    dl::PortfolioData data;
    for (const dl::SubDimension &sub : model.subdimensions)
        data.catalogue.push_back({dl::PortfolioPart::Kind::SubDimension, sub.id, sub.name});
    const std::size_t n = data.catalogue.size();
    dl::PortfolioFigures filtered, all;
    filtered.partMeans.assign(n, std::nullopt);
    all.partMeans.assign(n, std::nullopt);
    const dl::Rational first = model.subdimensions[0].points;
    const dl::Rational second = model.subdimensions[1].points;
    filtered.partMeans[0] = first / dl::Rational(2);              // 50 %
    all.partMeans[0] = first * dl::Rational(3) / dl::Rational(4); // 75 %
    all.partMeans[1] = second / dl::Rational(4);                  // 25 %, none filtered

    const ChartSpec::Radar radar =
        PortfolioCharts::subDimensions(model, data, filtered, all, dl::Lang::ZhCN);
    REQUIRE(radar.labels.size() == qsizetype(n));
    REQUIRE(radar.percents.size() == qsizetype(n));
    REQUIRE(radar.comparePercents.size() == qsizetype(n));
    CHECK(radar.percents[0] == Approx(50));
    CHECK(radar.comparePercents[0] == Approx(75));
    CHECK(radar.percents[1] == 0);
    CHECK(radar.comparePercents[1] == Approx(25));
    CHECK(radar.labels[0] ==
          QString::fromStdString(model.subdimensions[0].name.zh) + QStringLiteral("\n50.0%"));
    CHECK(radar.labels[1].endsWith(QStringLiteral("—")));
    CHECK_FALSE(radar.name.isEmpty());
    CHECK_FALSE(radar.compareName.isEmpty());
}

TEST_CASE("Segments dialog: a segment by code and named member, refused input changes nothing")
{
    Portfolio p;
    SegmentsDialog dialog(*p.s.session);
    auto *nameZh = dialog.findChild<QLineEdit *>(QStringLiteral("nameZh"));
    auto *nameEn = dialog.findChild<QLineEdit *>(QStringLiteral("nameEn"));
    auto *industries = dialog.findChild<QLineEdit *>(QStringLiteral("industries"));
    auto *member = dialog.findChild<QLineEdit *>(QStringLiteral("member"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("message"));
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("segments"));
    REQUIRE((nameZh && nameEn && industries && member && message && list));
    CHECK(list->count() == 0);
    auto stored = [&] {
        auto all = dl::segments(p.s.session->store().db());
        REQUIRE(all.ok());
        return *all;
    };

    // An unknown code is refused with the catalogue's message, and nothing is stored.
    nameZh->setText(QStringLiteral("汽车及零部件"));
    industries->setText(QStringLiteral("Z99"));
    CHECK_FALSE(dialog.save());
    CHECK(message->text().contains(QStringLiteral("Z99")));
    CHECK(stored().empty());
    // An unknown member is refused too.
    member->setText(QStringLiteral("不存在的公司"));
    CHECK_FALSE(dialog.addMember());
    CHECK_FALSE(message->text().isEmpty());

    // C30 covers 丙; 乙 (C34) is named as a member; a Chinese comma separates as well.
    industries->setText(QStringLiteral("c30，"));
    nameEn->setText(QStringLiteral("Auto parts"));
    member->setText(QStringLiteral("乙通用设备有限公司"));
    REQUIRE(dialog.addMember());
    CHECK(member->text().isEmpty());
    REQUIRE(dialog.save());
    auto segments = stored();
    REQUIRE(segments.size() == 1);
    CHECK(segments[0].nameZh == "汽车及零部件");
    CHECK(segments[0].nameEn == "Auto parts");
    CHECK(segments[0].industries == std::vector<std::string>{"C30"});
    REQUIRE(segments[0].members.size() == 1);
    CHECK(list->count() == 1);
    CHECK(list->currentRow() == 0);

    // The portfolio filtered to it: 丙 by code and 乙 by name.
    PortfolioPage page(*p.s.session);
    page.show();
    waitForData(page);
    QComboBox *segment = page.filterBar()->combo(QStringLiteral("segment"));
    REQUIRE(segment);
    REQUIRE(segment->count() == 2); // any, and the new one
    segment->setCurrentIndex(1);
    CHECK(headline(page, "enterprises") == QStringLiteral("2"));

    // Edited in place: the same segment, renamed.
    nameEn->setText(QStringLiteral("Automotive parts"));
    REQUIRE(dialog.save());
    segments = stored();
    REQUIRE(segments.size() == 1);
    CHECK(segments[0].nameEn == "Automotive parts");
}
