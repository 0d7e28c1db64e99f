// SPDX-License-Identifier: GPL-3.0-or-later
// The results page's "Not in our plans" boxes: a tick is stored at once, the what-if plans are
// made again without what is ticked, large investments (大额投入) are marked, and a line says when
// only what is ticked stands in the way. Expectations by hand from worked example 06 and
// assessments/miit-sme-2024.yaml (the arithmetic is in the comments).
#include "results/resultspage.h"
#include "results/resultspanels.h"
#include "test_results_support.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QTreeWidget>

namespace {

std::vector<std::string> storedLocks(AppSession &session, qint64 assessment)
{
    auto record = session.store().assessment(assessment);
    REQUIRE(record.ok());
    return record->planLocks;
}

// The text of every change of the first plan.
QStringList firstPlan(QTreeWidget *tree)
{
    QStringList out;
    REQUIRE(tree->topLevelItemCount() > 0);
    QTreeWidgetItem *plan = tree->topLevelItem(0);
    for (int i = 0; i < plan->childCount(); ++i)
        out << plan->child(i)->text(0);
    return out;
}

} // namespace

TEST_CASE("ticking 'Not in our plans' stores the lock and plans without it", "[gui][results]")
{
    // Worked example 06: base 59.25 (network 4 + digitalisation 6 + networking 4.5 + data
    // collection 7 + systems 5 + security 5 + 5; planning 6 + mechanisms 3.75 + talent 6 +
    // funding 0 (150 of 1500 = 10 %, in [0,10]); energy 7 + pass rate 0 + revenue 0 + cost 0),
    // scenarios already meeting 三级: 0.75 base points short. One step is enough; the most
    // points for one step without a large investment: pass rate worse -> same +3.5, then
    // systems several -> most (>80 %) +2.5.
    ClockedSession s;
    const qint64 enterprise = s.addEnterprise("锁定测试企业", "C34");
    const qint64 assessment = s.addAssessment(enterprise);
    storeAnswerFile(*s.session, assessment, workedFile("06-level2-machinery-base59_25.yaml"));
    ResultsPage page(*s.session);
    page.resize(1200, 900);
    page.openAssessment(assessment);
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("whatif-list"));
    REQUIRE(tree);
    auto box = [&](const char *id) {
        auto *b = page.findChild<QCheckBox *>(QStringLiteral("lock-") + QLatin1String(id));
        REQUIRE(b);
        return b;
    };
    REQUIRE(firstPlan(tree).size() == 1);
    CHECK(firstPlan(tree).front().startsWith(QStringLiteral("产品合格率 变差 → 持平：+3.5")));
    CHECK_FALSE(box("pass-rate")->isChecked());
    CHECK(storedLocks(*s.session, assessment).empty());

    // Pass rate not in the plans: systems +2.5 comes first, and the tick is in the database.
    box("pass-rate")->click();
    CHECK(storedLocks(*s.session, assessment) == std::vector<std::string>{"pass-rate"});
    CHECK(box("pass-rate")->isChecked());
    REQUIRE(firstPlan(tree).size() == 1);
    CHECK(firstPlan(tree).front().startsWith(QStringLiteral("信息系统覆盖")));
    for (int p = 0; p < tree->topLevelItemCount(); ++p)
        for (int c = 0; c < tree->topLevelItem(p)->childCount(); ++c)
            CHECK_FALSE(
                tree->topLevelItem(p)->child(c)->text(0).contains(QStringLiteral("产品合格率")));

    // Every other item but funding ticked too: the one step left is funding (10 %) into
    // (10,20] +1.875 >= 0.75, a share above the model's 10 %: a large investment.
    for (const char *id :
         {"network", "equipment-digitalisation", "equipment-networking", "data-collection-links",
          "system-coverage", "network-security", "data-security", "plan-implementation",
          "management-mechanisms", "digital-talent", "energy-intensity", "revenue-per-employee",
          "cost-per-revenue"})
        box(id)->click();
    CHECK(storedLocks(*s.session, assessment).size() == 14);
    REQUIRE(tree->topLevelItemCount() >= 1);
    QTreeWidgetItem *plan = tree->topLevelItem(0);
    CHECK(plan->text(0).contains(QStringLiteral("large investments: 1")));
    REQUIRE(plan->childCount() == 1);
    QTreeWidgetItem *step = plan->child(0);
    CHECK(step->text(0).startsWith(QStringLiteral("资金保障 [0%,10%] → (10%,20%]：+1.875")));
    CHECK(step->text(0).endsWith(QStringLiteral("【大额投入：占比需超过 10%】")));
    CHECK(step->data(0, ResultsPanels::kLargeInvestmentRole).toBool());

    // Funding too: base points can come from nothing that is not ticked.
    box("digital-investment")->click();
    CHECK(tree->property("status").toString() == QStringLiteral("blocked-by-locks"));
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(0).startsWith(
        QStringLiteral("No plan remains with these locks: 三级 can only be reached")));

    // Unticking pass rate brings its step back and takes it out of the database.
    box("pass-rate")->click();
    CHECK(storedLocks(*s.session, assessment).size() == 14);
    CHECK(tree->property("status").toString() == QStringLiteral("planned"));
    CHECK(firstPlan(tree).front().startsWith(QStringLiteral("产品合格率 变差 → 持平：+3.5")));

    // The boxes show what is stored when the assessment is opened again.
    ResultsPage again(*s.session);
    again.openAssessment(assessment);
    auto *funding = again.findChild<QCheckBox *>(QStringLiteral("lock-digital-investment"));
    REQUIRE(funding);
    CHECK(funding->isChecked());
    CHECK_FALSE(again.findChild<QCheckBox *>(QStringLiteral("lock-pass-rate"))->isChecked());
}
