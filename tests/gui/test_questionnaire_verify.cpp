// SPDX-License-Identifier: GPL-3.0-or-later
// Verification on site (the verified layer beside the enterprise's answers), and the item types
// the bundled model lacks (yes/no, number) through the annotated example model of
// assessments/README.md, with its industry override.
#include "test_questionnaire_support.h"

#include "base/yamltree.h"
#include "model/modelloader.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QTreeView>

using namespace qtest;

namespace {

QString textOf(QWidget &page, const char *name)
{
    return child<QLabel>(page, QLatin1String(name))->text();
}

void answer(TestSession &t, qint64 a, const char *kind, const char *key, const char *value)
{
    REQUIRE(t.session->store()
                .setAnswer(a, {dl::Layer::Self, *dl::parseAnswerKind(kind), key, value, {}, {}, {}},
                           "test")
                .ok());
}

// The first ```yaml block after the "Complete annotated example" heading.
std::string exampleModel()
{
    auto text = dl::readTextFile(DIGILEVEL_SOURCE_DIR "/assessments/README.md");
    REQUIRE(text.ok());
    std::size_t at = text->find("## Complete annotated example");
    REQUIRE(at != std::string::npos);
    at = text->find("```yaml\n", at);
    REQUIRE(at != std::string::npos);
    at += 8;
    return text->substr(at, text->find("```", at) - at);
}

qint64 exampleAssessment(TestSession &t, const std::string &industry)
{
    dl::Enterprise e;
    e.name = "示例批发公司";
    e.creditCode = uniqueCreditCode();
    e.industry = industry;
    auto added = t.session->store().addEnterprise(e);
    REQUIRE(added.ok());
    const std::string text = exampleModel();
    auto model = dl::loadModelText(text, "example-model.yaml");
    REQUIRE(model.ok());
    auto a = t.session->store().newAssessment(added->id, *model, text, "测试员", "",
                                              dl::AssessmentMode::Self);
    REQUIRE(a.ok());
    return a->id;
}

} // namespace

TEST_CASE("verification stores the verified layer and shows the difference", "[gui][questionnaire]")
{
    TestSession t;
    const qint64 a = t.addAssessment(t.addEnterprise());
    answer(t, a, "item", "system-coverage", "several");               // 5 points
    answer(t, a, "item", "network", "control-network,full-coverage"); // 2 + 2
    answer(t, a, "figure", "production-units", "100");
    answer(t, a, "figure", "digital-units", "50"); // 50 % in (40, 60]: 4.5
    answer(t, a, "scenario", "product-design", "3");
    QuestionnairePage page(*t.session);
    activate(page);
    page.openAssessment(a, true);
    REQUIRE(page.currentQuestion() == QStringLiteral("network"));
    CHECK(textOf(page, "self-option-control-network") == QStringLiteral("✓"));
    CHECK(textOf(page, "self-option-industrial-5g").isEmpty());
    CHECK(textOf(page, "difference").startsWith(QStringLiteral("Not verified yet")));
    // Nothing verified: the verified view is the enterprise's 4 + 5 + 4.5 = 13.5.
    CHECK(
        textOf(page, "score") ==
        QStringLiteral("Base score: enterprise 13.5 → verified 13.5 of 100 · 未达一级 → 未达一级"));

    // Same as the enterprise, by button.
    click(page, QStringLiteral("same-as-self"));
    CHECK(stored(t, a, "verified", "item", "network") == "control-network,full-coverage");
    CHECK(stored(t, a, "self", "item", "network") == "control-network,full-coverage");
    CHECK(textOf(page, "difference") ==
          QStringLiteral("Verified: the same as the enterprise's answer."));
    auto *tree = child<QTreeView>(page, QStringLiteral("navigation"));
    CHECK(findQuestion(*tree->model(), QStringLiteral("network"))
              .siblingAtColumn(1)
              .data()
              .toString() == QStringLiteral("✓"));

    // A lower verified answer: 5 -> 2.5 points.
    goTo(page, QStringLiteral("system-coverage"));
    CHECK(textOf(page, "self-option-several") == QStringLiteral("✓"));
    click(page, QStringLiteral("option-one"));
    CHECK(stored(t, a, "verified", "item", "system-coverage") == "one");
    CHECK(stored(t, a, "self", "item", "system-coverage") == "several"); // untouched
    CHECK(textOf(page, "difference") == QStringLiteral("Enterprise 5 → verified 2.5: −2.5 points"));
    CHECK(findQuestion(*tree->model(), QStringLiteral("system-coverage"))
              .siblingAtColumn(1)
              .data()
              .toString() == QStringLiteral("≠"));
    CHECK(textOf(page, "score")
              .startsWith(QStringLiteral("Base score: enterprise 13.5 → verified 11")));

    // Figures: the enterprise's show beside the fields; verifying one leaves the item open.
    goTo(page, QStringLiteral("equipment-digitalisation"));
    CHECK(textOf(page, "self-figure-production-units") == QStringLiteral("100"));
    typeFigure(page, QStringLiteral("digital-units"), QStringLiteral("30"));
    CHECK(stored(t, a, "verified", "figure", "digital-units") == "30");
    CHECK(textOf(page, "difference").startsWith(QStringLiteral("Not verified yet")));
    // Ctrl+Shift+V takes the enterprise's figures: 50 of 100 again.
    press(tree, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(stored(t, a, "verified", "figure", "production-units") == "100");
    CHECK(stored(t, a, "verified", "figure", "digital-units") == "50");
    CHECK(child<QLineEdit>(page, QStringLiteral("figure-digital-units"))->text() ==
          QStringLiteral("50"));
    CHECK(textOf(page, "difference") ==
          QStringLiteral("Verified: the same as the enterprise's answer."));

    // A scenario verified a level lower, by digit.
    goTo(page, QStringLiteral("product-design"));
    CHECK(child<QLabel>(page, QStringLiteral("self-level-3"))->isVisibleTo(&page));
    press(tree, Qt::Key_2);
    CHECK(stored(t, a, "verified", "scenario", "product-design") == "2");
    CHECK(stored(t, a, "self", "scenario", "product-design") == "3");
    CHECK(textOf(page, "difference") == QStringLiteral("Enterprise 三级 → verified 二级"));

    // Ctrl+U goes to the next question not yet verified (the ones answered are done).
    goTo(page, QStringLiteral("network"));
    press(tree, Qt::Key_U, Qt::ControlModifier);
    CHECK(page.currentQuestion() == QStringLiteral("equipment-networking"));
    // Verified: network, system coverage, the digitalisation ratio (both figures), design.
    CHECK(child<QProgressBar>(page, QStringLiteral("progress"))->value() == 4);
}

TEST_CASE("questionnaire yes/no and number items, and questions the industry leaves out",
          "[gui][questionnaire]")
{
    TestSession t;
    SECTION("wholesale (51): security-policy asked, equipment-share left out")
    {
        const qint64 a = exampleAssessment(t, "F51");
        QuestionnairePage page(*t.session);
        activate(page);
        page.openAssessment(a, false);
        goTo(page, QStringLiteral("security-policy"));
        click(page, QStringLiteral("option-yes"));
        CHECK(stored(t, a, "self", "item", "security-policy") == "yes");
        CHECK(textOf(page, "points") == QStringLiteral("Points: 2 / 2"));
        press(child<QWidget>(page, QStringLiteral("navigation")), Qt::Key_2);
        CHECK(stored(t, a, "self", "item", "security-policy") == "no");
        CHECK(textOf(page, "points") == QStringLiteral("Points: 0 / 2"));

        // The number item: 2 IT staff lie in (0, 3), worth 1.5 of 3.
        goTo(page, QStringLiteral("it-team"));
        typeFigure(page, QStringLiteral("it-staff"), QStringLiteral("2"));
        CHECK(stored(t, a, "self", "figure", "it-staff") == "2");
        CHECK(textOf(page, "result").contains(QStringLiteral("(0,3)")));
        CHECK(textOf(page, "points") == QStringLiteral("Points: 1.5 / 3"));
        typeFigure(page, QStringLiteral("it-staff"), QStringLiteral("-1"));
        CHECK(child<QLabel>(page, QStringLiteral("figure-it-staff-error"))->isVisible());
        CHECK(stored(t, a, "self", "figure", "it-staff") == "2");

        // Re-weighted for wholesale: network is worth 8, each option 4.
        goTo(page, QStringLiteral("network"));
        click(page, QStringLiteral("option-control"));
        CHECK(textOf(page, "points") == QStringLiteral("Points: 4 / 8"));

        auto *tree = child<QTreeView>(page, QStringLiteral("navigation"));
        const QModelIndex share = findQuestion(*tree->model(), QStringLiteral("equipment-share"));
        CHECK(share.siblingAtColumn(1).data().toString() == QStringLiteral("—"));
        CHECK(share.data(Qt::ToolTipRole).toString().contains(QStringLiteral("F51")));
        // Next skips the question that is not asked: network -> planning.
        click(page, QStringLiteral("next"));
        CHECK(page.currentQuestion() == QStringLiteral("planning"));
    }
    SECTION("manufacturing (C34): security-policy is off and shown why")
    {
        const qint64 a = exampleAssessment(t, "C34");
        QuestionnairePage page(*t.session);
        activate(page);
        page.openAssessment(a, false);
        goTo(page, QStringLiteral("security-policy"));
        auto *notice = child<QLabel>(page, QStringLiteral("not-asked"));
        CHECK(notice->isVisibleTo(&page));
        CHECK(notice->text().contains(QStringLiteral("C34")));
        CHECK_FALSE(child<QWidget>(page, QStringLiteral("option-yes"))->isEnabled());
    }
}

TEST_CASE("questionnaire asks the DigiLevel additions for the enterprise's industry",
          "[gui][questionnaire]")
{
    TestSession t;
    dl::Enterprise e;
    e.name = "示例汽车零部件有限公司";
    e.creditCode = uniqueCreditCode();
    e.industry = "C3670"; // division 36: the auto-parts addition applies
    auto added = t.session->store().addEnterprise(e);
    REQUIRE(added.ok());
    const qint64 a = t.addAssessment(added->id);
    QuestionnairePage page(*t.session);
    activate(page);
    page.openAssessment(a, false);
    auto *tree = child<QTreeView>(page, QStringLiteral("navigation"));
    REQUIRE(tree->model()->rowCount() == 8); // 3 dimensions, 4 groups, the addition
    CHECK(tree->model()->index(7, 0).data().toString().contains(QStringLiteral("非官方")));
    goTo(page, QStringLiteral("ap-iatf-digital-records"));
    click(page, QStringLiteral("option-yes"));
    CHECK(stored(t, a, "self", "item", "ap-iatf-digital-records") == "yes");
    CHECK(textOf(page, "points") == QStringLiteral("Points: 4 / 4"));
    // Never part of the official score.
    CHECK(textOf(page, "score").startsWith(QStringLiteral("Base score 0 of 100")));
}
