// SPDX-License-Identifier: GPL-3.0-or-later
// The history page: one enterprise assessed three times a year apart, built through the store;
// the expected levels, scores and changes are computed by hand from the model.
#include "results/comparisonmodel.h"
#include "results/historymodel.h"
#include "results/historypage.h"
#include "store/portfolio.h"
#include "test_results_support.h"

#include <catch2/catch.hpp>

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>

namespace {

// 2024: worked example 06 as it is: 59.25 -> 二级 (scenarios already meet 三级: 9 at >= 3,
//       6 constrained; the base is 0.75 short).
// 2025: one more talent measure (4 -> 5 x 1.5 = +1.5) and 决策支持 rated 2 instead of 1:
//       59.25 + 1.5 = 60.75 -> 三级.
// 2026: systems coverage falls from 几个 (5) to 一个 (2.5): 60.75 - 2.5 = 58.25 -> 二级.
struct ThreeYears
{
    ClockedSession s;
    qint64 enterprise = 0;
    qint64 first = 0, second = 0, third = 0;

    ThreeYears()
    {
        enterprise = s.addEnterprise("华茂通用机械有限公司", "C34", dl::SrdiStatus::Provincial);
        auto assess = [&](int year) {
            s.setDate(year, 3, 1);
            const qint64 id = s.addAssessment(enterprise, year == 2025 ? "onsite" : "self");
            storeAnswerFile(*s.session, id, workedFile("06-level2-machinery-base59_25.yaml"));
            if (year >= 2025) {
                setAnswer(*s.session, id, "item", "digital-talent",
                          "digital-staff,digital-post,training,performance-pay,talent-tiers");
                setAnswer(*s.session, id, "scenario", "decision-support", "2");
            }
            if (year >= 2026)
                setAnswer(*s.session, id, "item", "system-coverage", "one");
            return id;
        };
        first = assess(2024);
        second = assess(2025);
        third = assess(2026);
    }
};

template<typename T>
T *child(QWidget &page, const char *name)
{
    T *w = page.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

QString label(QWidget &page, const char *name)
{
    return child<QLabel>(page, name)->text();
}

} // namespace

TEST_CASE("the history lists the assessments newest first with their results", "[gui][results]")
{
    ThreeYears y;
    // Both sources of a row's result must agree: scored on the spot (the answers were written
    // without refreshing the cached summaries) and the cached summary.
    const bool cached = GENERATE(false, true);
    if (cached)
        REQUIRE(dl::refreshSummaries(y.s.session->store()).ok());
    INFO("cached summaries: " << cached);
    HistoryPage page(*y.s.session);
    page.resize(1200, 800);
    page.openEnterprise(y.enterprise);

    auto *table = child<QTableView>(page, "history-table");
    QAbstractItemModel *model = table->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 3);
    auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    const qint64 expectedIds[] = {y.third, y.second, y.first};
    const char *levels[] = {"二级", "三级", "二级"};
    const char *scores[] = {"58.25", "60.75", "59.25"};
    const char *dates[] = {"2026-03-01", "2025-03-01", "2024-03-01"};
    for (int r = 0; r < 3; ++r) {
        INFO("row " << r);
        CHECK(model->index(r, 0).data(HistoryModel::AssessmentIdRole).toLongLong() ==
              expectedIds[r]);
        CHECK(cell(r, HistoryModel::Level) == QString::fromUtf8(levels[r]));
        CHECK(cell(r, HistoryModel::Score) == QString::fromLatin1(scores[r]));
        CHECK(cell(r, HistoryModel::Date).startsWith(QString::fromLatin1(dates[r])));
        CHECK(cell(r, HistoryModel::ModelVersion) == QStringLiteral("2024.2"));
        CHECK(cell(r, HistoryModel::Assessor) == QStringLiteral("王工"));
        // 15 items + 16 scenarios, all answered
        CHECK(cell(r, HistoryModel::Answered) == QStringLiteral("31 / 31"));
    }
    CHECK(cell(1, HistoryModel::Mode) == QStringLiteral("On-site diagnosis"));

    // The trend in time order, one point per assessment.
    QChart *chart = child<QChartView>(page, "trend-chart")->chart();
    QLineSeries *trend = chart->findChild<QLineSeries *>(QStringLiteral("trend-scores"));
    REQUIRE(trend);
    REQUIRE(trend->count() == 3);
    CHECK(trend->at(0).y() == Approx(59.25));
    CHECK(trend->at(1).y() == Approx(60.75));
    CHECK(trend->at(2).y() == Approx(58.25));
    CHECK(trend->at(0).x() < trend->at(1).x());
    // Four reference lines at the level thresholds 20, 40, 60, 80, plus the scores.
    CHECK(chart->series().size() == 4 + 1);

    CHECK(label(page, "history-title") == QStringLiteral("华茂通用机械有限公司"));
    CHECK(label(page, "enterprise-profile").contains(QStringLiteral("C34")));
}

TEST_CASE("the history compares two assessments item by item", "[gui][results]")
{
    ThreeYears y;
    HistoryPage page(*y.s.session);
    page.resize(1200, 800);
    page.openEnterprise(y.enterprise);
    auto *compareTable = child<QTableView>(page, "compare-table");
    QAbstractItemModel *changes = compareTable->model();
    QAbstractItemModelTester tester(changes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto row = [&](const QString &id) {
        for (int r = 0; r < changes->rowCount(); ++r) {
            if (changes->index(r, 0).data(ComparisonModel::IdRole).toString() == id)
                return r;
        }
        FAIL("no change row for " << id.toStdString());
        return -1;
    };
    auto text = [&](int r, int column) { return changes->index(r, column).data().toString(); };
    auto color = [&](int r) {
        return changes->index(r, ComparisonModel::Change).data(Qt::ForegroundRole).value<QColor>();
    };

    SECTION("the newest is compared with the one before it when opened")
    {
        // 2025 -> 2026: 三级 -> 二级, 60.75 -> 58.25 (-2.5); only the systems coverage changed.
        CHECK(label(page, "compare-level") == QStringLiteral("三级 → 二级 (-1)"));
        CHECK(label(page, "compare-score") == QStringLiteral("60.75 → 58.25 (-2.5)"));
        REQUIRE(changes->rowCount() == 1);
        const int r = row(QStringLiteral("system-coverage"));
        CHECK(text(r, ComparisonModel::Before) == QStringLiteral("5 / 10"));
        CHECK(text(r, ComparisonModel::After) == QStringLiteral("2.5 / 10"));
        CHECK(text(r, ComparisonModel::Change) == QStringLiteral("-2.5"));
        CHECK(color(r) == QColor(0xc6, 0x28, 0x28)); // losses red
    }
    SECTION("two selected: the older one before the newer one")
    {
        // 2024 -> 2026: 二级 -> 二级, 59.25 -> 58.25 (+1.5 talent, -2.5 systems = -1); 决策支持
        // rated 1 -> 2.
        page.selectAssessments({y.third, y.first});
        CHECK(label(page, "compare-level") == QStringLiteral("二级 → 二级 (±0)"));
        CHECK(label(page, "compare-score") == QStringLiteral("59.25 → 58.25 (-1)"));
        REQUIRE(changes->rowCount() == 3);
        const int talent = row(QStringLiteral("digital-talent"));
        CHECK(text(talent, ComparisonModel::Before) == QStringLiteral("6 / 7.5"));
        CHECK(text(talent, ComparisonModel::After) == QStringLiteral("7.5 / 7.5"));
        CHECK(text(talent, ComparisonModel::Change) == QStringLiteral("+1.5"));
        CHECK(color(talent) == QColor(0x1a, 0x7f, 0x37)); // gains green
        CHECK(text(row(QStringLiteral("system-coverage")), ComparisonModel::Change) ==
              QStringLiteral("-2.5"));
        const int decision = row(QStringLiteral("decision-support"));
        CHECK(text(decision, ComparisonModel::Before) == QStringLiteral("level 1"));
        CHECK(text(decision, ComparisonModel::After) == QStringLiteral("level 2"));
        CHECK(text(decision, ComparisonModel::Change) == QStringLiteral("+1"));
    }
    SECTION("2024 -> 2025 gains a level")
    {
        page.selectAssessments({y.first, y.second});
        CHECK(label(page, "compare-level") == QStringLiteral("二级 → 三级 (+1)"));
        CHECK(label(page, "compare-score") == QStringLiteral("59.25 → 60.75 (+1.5)"));
        CHECK(changes->rowCount() == 2);
    }
    SECTION("the oldest alone has nothing to compare with")
    {
        page.selectAssessments({y.first});
        CHECK(changes->rowCount() == 0);
        CHECK(label(page, "compare-level").isEmpty());
    }
    SECTION("another enterprise without assessments leaves nothing of the first")
    {
        const qint64 other = y.s.addEnterprise("新禾农业机械有限公司", "C35");
        page.openEnterprise(other);
        CHECK(child<QTableView>(page, "history-table")->model()->rowCount() == 0);
        CHECK(changes->rowCount() == 0);
        CHECK(label(page, "compare-level").isEmpty());
        CHECK(label(page, "history-title") == QStringLiteral("新禾农业机械有限公司"));
    }
    SECTION("double-click opens the results")
    {
        QSignalSpy open(y.s.session.get(), &AppSession::resultsRequested);
        auto *table = child<QTableView>(page, "history-table");
        emit table->doubleClicked(table->model()->index(2, 0));
        REQUIRE(open.size() == 1);
        CHECK(open.front().front().toLongLong() == y.first);
    }
}

TEST_CASE("the history shows each assessment's phase and changes the selected one's",
          "[gui][results]")
{
    ThreeYears y;
    HistoryPage page(*y.s.session);
    page.resize(1200, 800);
    page.show();
    page.openEnterprise(y.enterprise);
    auto *table = child<QTableView>(page, "history-table");
    QAbstractItemModel *model = table->model();
    REQUIRE(model->rowCount() == 3);
    auto phaseCell = [&](int row) {
        return model->index(row, HistoryModel::Phase).data().toString();
    };
    // Every assessment was created as 改造前, the default.
    CHECK(phaseCell(0) == QStringLiteral("改造前"));
    auto *phase = child<QComboBox>(page, "phase");
    table->clearSelection();
    CHECK_FALSE(phase->isEnabled()); // nothing selected

    // The newest (2026) was in fact the evaluation after the transformation.
    table->selectRow(0);
    REQUIRE(phase->isEnabled());
    CHECK(phase->currentText() == QStringLiteral("改造前"));
    phase->setCurrentIndex(phase->findData(int(dl::AssessmentPhase::After)));
    emit phase->activated(phase->currentIndex());
    auto stored = y.s.session->store().assessmentByRef(std::to_string(y.third));
    REQUIRE(stored.ok());
    CHECK(stored->phase == dl::AssessmentPhase::After);
    CHECK(phaseCell(0) == QStringLiteral("改造后"));
    CHECK(phaseCell(1) == QStringLiteral("改造前"));
    auto audit = y.s.session->store().audit(y.third);
    REQUIRE(audit.ok());
    CHECK(std::any_of(audit->begin(), audit->end(), [](const dl::AuditEntry &a) {
        return a.key == "phase" && a.oldValue == "baseline" && a.newValue == "after";
    }));

    // Two selected: nothing to change.
    table->selectionModel()->select(model->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK_FALSE(phase->isEnabled());
}
