// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading an assessment in the app: the home page's action previews what carries over and
// opens the new assessment; the questionnaire marks answers waiting for confirmation with the
// rule's note and confirms them; the results page lists them; the history says which items
// changed meaning and does not count them as progress.
#include "guitestsupport.h"
#include "test_questionnaire_support.h"
#include "tsvtranslator.h"

#include "answers/answerwriter.h"
#include "answers/upgrade.h"
#include "home/enterprisetablemodel.h"
#include "home/homepage.h"
#include "home/upgradedialog.h"
#include "questionnaire/questionnairepage.h"
#include "results/comparisonmodel.h"
#include "results/historymodel.h"
#include "results/historypage.h"
#include "results/resultspage.h"
#include "store/storedassessment.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <fstream>
#include <sstream>

using qtest::child;

namespace {

std::string history2024_1()
{
    std::ifstream in(DIGILEVEL_SOURCE_DIR "/assessments/history/miit-sme-2024.1.yaml",
                     std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// An enterprise with an assessment on 2024.1 answered in the ids 2024.2 rechecks and drops:
// energy-intensity 2.5 -> 2.0 and pass-rate "same" with last year's 98.5 %, systems "several".
struct OldAssessment
{
    TestSession t;
    qint64 enterprise = t.addEnterprise(QStringLiteral("示例精密机械有限公司"));
    qint64 id = 0;

    OldAssessment()
    {
        const std::string text = history2024_1();
        auto model = dl::loadModelText(text, "miit-sme-2024.1.yaml");
        REQUIRE(model.ok());
        auto a = t.session->store().newAssessment(enterprise, *model, text, "测试员", "测试机构",
                                                  dl::AssessmentMode::Self);
        REQUIRE(a.ok());
        id = a->id;
        auto loaded = dl::loadAssessment(t.session->store(), std::to_string(id));
        REQUIRE(loaded.ok());
        using dl::AnswerKind;
        using dl::Layer;
        auto done =
            dl::AnswerWriter(t.session->store(), *loaded)
                .apply({{Layer::Self, AnswerKind::Figure, "energy-intensity-before", "2.5", {}},
                        {Layer::Self, AnswerKind::Figure, "energy-intensity-after", "2.0", {}},
                        {Layer::Self, AnswerKind::Figure, "pass-rate-after", "98.5", {}},
                        {Layer::Self, AnswerKind::Item, "pass-rate", "same", {}},
                        {Layer::Self, AnswerKind::Item, "system-coverage", "several", {}}},
                       "测试员");
        REQUIRE(done.ok());
    }

    qint64 upgrade()
    {
        auto target = dl::bundledUpgradeTarget();
        REQUIRE(target.ok());
        auto done =
            dl::upgradeAssessment(t.session->store(), std::to_string(id), *target, "测试员");
        REQUIRE(done.ok());
        return done->assessment.id;
    }

    bool waiting(qint64 assessment, const std::string &key)
    {
        auto answers = t.session->store().answers(assessment);
        REQUIRE(answers.ok());
        for (const dl::StoredAnswer &a : *answers)
            if (a.key == key)
                return a.needsConfirmation;
        return false;
    }
};

} // namespace

TEST_CASE("the home page upgrades the latest assessment after a preview and opens the new one",
          "[gui][upgrade]")
{
    OldAssessment o;
    const qint64 current = o.t.addEnterprise(QStringLiteral("乙汽车零部件有限公司"));
    o.t.addAssessment(current); // on the bundled version already
    HomePage page(*o.t.session);
    page.resize(1280, 700);
    page.show();
    REQUIRE(QTest::qWaitFor([&] { return !page.model()->isLoading(); }, 10'000));
    auto *upgrade = page.findChild<QAction *>(QStringLiteral("upgradeAssessment"));
    REQUIRE(upgrade);
    page.selectEnterprise(current);
    CHECK_FALSE(upgrade->isEnabled());
    page.selectEnterprise(o.enterprise);
    REQUIRE(upgrade->isEnabled());

    QSignalSpy opened(o.t.session.get(), &AppSession::questionnaireRequested);
    QStringList groups;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<UpgradeDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        CHECK(dialog->canUpgrade());
        auto *tree = child<QTreeWidget>(*dialog, QStringLiteral("upgrade-plan"));
        for (int k = 0; k < tree->topLevelItemCount(); ++k)
            groups << tree->topLevelItem(k)->text(0);
        // The rechecked figures carry the rule's note (Chinese: the session's language).
        QTreeWidgetItem *rechecked = tree->topLevelItem(1);
        REQUIRE(rechecked->childCount() == 2);
        CHECK(rechecked->child(0)->data(0, Qt::UserRole).toString() ==
              QStringLiteral("energy-intensity-after"));
        CHECK(rechecked->child(0)->text(1) == QStringLiteral("2 千克标准煤/百元"));
        CHECK(rechecked->child(0)->toolTip(0).startsWith(QStringLiteral("2024.1版这里填的是")));
        CHECK(child<QLabel>(*dialog, QStringLiteral("upgrade-notes"))
                  ->text()
                  .contains(QStringLiteral("2024.1版比较的是上一年度与前一年度")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    upgrade->trigger();
    CHECK(groups == QStringList{QStringLiteral("Carried over unchanged (1)"),
                                QStringLiteral("Carried over, to confirm (2)"),
                                QStringLiteral("Not carried over (2)")});
    REQUIRE(opened.count() == 1);
    const qint64 upgraded = opened.first().first().toLongLong();
    auto record = o.t.session->store().assessment(upgraded);
    REQUIRE(record.ok());
    CHECK(record->modelVersion == "2024.2");
    CHECK(record->upgradedFrom == o.t.session->store().assessment(o.id)->uuid);
    // The newest is now on the bundled version: nothing more to upgrade.
    CHECK_FALSE(upgrade->isEnabled());

    // The old one again: the dialog says why not, and cannot be accepted.
    UpgradeDialog again(*o.t.session, o.id);
    CHECK_FALSE(again.canUpgrade());
    CHECK(child<QLabel>(again, QStringLiteral("upgrade-summary"))
              ->text()
              .contains(QStringLiteral("was upgraded before")));
    CHECK_FALSE(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
}

TEST_CASE("the questionnaire marks an answer waiting for confirmation with its rule's note and "
          "the Confirm button keeps it",
          "[gui][upgrade][questionnaire]")
{
    OldAssessment o;
    const qint64 upgraded = o.upgrade();
    QuestionnairePage page(*o.t.session);
    qtest::activate(page);
    page.openAssessment(upgraded, false);
    auto *box = child<QWidget>(page, QStringLiteral("needs-confirmation"));
    CHECK_THAT(child<QLabel>(page, QStringLiteral("score"))->text().toStdString(),
               Catch::Contains("to confirm: 2"));

    qtest::goTo(page, QStringLiteral("system-coverage"));
    CHECK_FALSE(box->isVisible());

    qtest::goTo(page, QStringLiteral("energy-intensity"));
    REQUIRE(box->isVisible());
    const QString text = child<QLabel>(page, QStringLiteral("confirmation-text"))->text();
    CHECK(text.contains(QStringLiteral("Needs confirmation")));
    CHECK(text.contains(QStringLiteral(": 2 千克标准煤/百元")));
    CHECK(text.contains(QStringLiteral("2024.1版这里填的是上一年度的数值")));
    QTest::mouseClick(child<QPushButton>(page, QStringLiteral("confirm-answer")), Qt::LeftButton);
    CHECK_FALSE(box->isVisible());
    CHECK_FALSE(o.waiting(upgraded, "energy-intensity-after"));
    CHECK(qtest::stored(o.t, upgraded, "self", "figure", "energy-intensity-after") == "2");
    auto audit = o.t.session->store().audit(upgraded);
    REQUIRE(audit.ok());
    CHECK(audit->back().key == "energy-intensity-after");
    CHECK(audit->back().oldValue == audit->back().newValue);

    // A new value ends the wait as well.
    qtest::goTo(page, QStringLiteral("pass-rate"));
    REQUIRE(box->isVisible());
    auto *after = child<QLineEdit>(page, QStringLiteral("figure-pass-rate-after"));
    after->selectAll();
    QTest::keyClicks(after, QStringLiteral("99"));
    QTest::keyClick(after, Qt::Key_Return);
    page.flush();
    CHECK(qtest::stored(o.t, upgraded, "self", "figure", "pass-rate-after") == "99");
    CHECK_FALSE(o.waiting(upgraded, "pass-rate-after"));
    CHECK_FALSE(box->isVisible());
    CHECK_THAT(child<QLabel>(page, QStringLiteral("score"))->text().toStdString(),
               !Catch::Contains("to confirm"));
}

TEST_CASE("the results page lists the answers waiting for confirmation until they are confirmed",
          "[gui][upgrade][results]")
{
    OldAssessment o;
    const qint64 upgraded = o.upgrade();
    ResultsPage page(*o.t.session);
    page.resize(1280, 900);
    page.show();
    page.openAssessment(upgraded);
    auto *pending = child<QLabel>(page, QStringLiteral("pending-confirmations"));
    CHECK(pending->isVisible());
    CHECK(pending->text().contains(QStringLiteral("Answers to confirm: 2")));
    CHECK(pending->text().contains(QStringLiteral("改造后每百元营业收入综合能耗")));
    CHECK(pending->text().contains(QStringLiteral("2024.1版这里填的是")));

    auto loaded = dl::loadAssessment(o.t.session->store(), std::to_string(upgraded));
    REQUIRE(loaded.ok());
    REQUIRE(
        dl::AnswerWriter(o.t.session->store(), *loaded).confirmAll(std::nullopt, "测试员").ok());
    o.t.session->notifyAssessmentChanged(upgraded);
    CHECK_FALSE(pending->isVisible());

    // The old assessment waits for nothing.
    page.openAssessment(o.id);
    CHECK_FALSE(pending->isVisible());
}

TEST_CASE("the history marks the items whose meaning changed between the versions and does not "
          "count them",
          "[gui][upgrade][results]")
{
    OldAssessment o;
    const qint64 upgraded = o.upgrade();
    {
        auto loaded = dl::loadAssessment(o.t.session->store(), std::to_string(upgraded));
        REQUIRE(loaded.ok());
        // Before the transformation: the pass rate rose (3.5 -> 7 points), energy the same
        // (7 -> 3.5). Neither is progress; systems "most" (5 -> 7.5) is.
        REQUIRE(dl::AnswerWriter(o.t.session->store(), *loaded)
                    .apply({{dl::Layer::Self, dl::AnswerKind::Figure, "pass-rate-before", "95", {}},
                            {dl::Layer::Self,
                             dl::AnswerKind::Figure,
                             "energy-intensity-before",
                             "2.0",
                             {}},
                            {dl::Layer::Self, dl::AnswerKind::Item, "system-coverage", "most", {}}},
                           "测试员")
                    .ok());
    }
    HistoryPage page(*o.t.session);
    page.resize(1280, 800);
    page.openEnterprise(o.enterprise);
    auto *history = child<QTableView>(page, QStringLiteral("history-table"))->model();
    CHECK(history->index(0, HistoryModel::ModelVersion).data().toString() ==
          QStringLiteral("2024.2 (upgraded)"));
    CHECK(history->index(1, HistoryModel::ModelVersion).data().toString() ==
          QStringLiteral("2024.1"));

    QAbstractItemModel *changes = child<QTableView>(page, QStringLiteral("compare-table"))->model();
    QAbstractItemModelTester tester(changes, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // 2024.1 15.5 (systems 5 + energy 7 + pass rate 3.5) -> 2024.2 18 (7.5 + 3.5 + 7); without
    // the two outcome items 5 -> 7.5.
    CHECK(child<QLabel>(page, QStringLiteral("compare-score"))->text() ==
          QStringLiteral("15.5 → 18 (+2.5)"));
    CHECK(child<QLabel>(page, QStringLiteral("compare-comparable"))->text() ==
          QStringLiteral("comparable items: 5 → 7.5 (+2.5)"));
    const QString counts = child<QLabel>(page, QStringLiteral("compare-counts"))->text();
    CHECK(counts.startsWith(QStringLiteral("1 improved, 0 worsened\n")));
    CHECK(counts.contains(QStringLiteral("单位营业收入能耗")));
    CHECK(counts.contains(QStringLiteral("产品合格率")));
    REQUIRE(changes->rowCount() == 3);
    for (int r = 0; r < changes->rowCount(); ++r) {
        const QString id = changes->index(r, 0).data(ComparisonModel::IdRole).toString();
        const bool comparable = id == QStringLiteral("system-coverage");
        INFO(id.toStdString());
        CHECK(changes->index(r, 0).data(ComparisonModel::ComparableRole).toBool() == comparable);
        if (!comparable) {
            CHECK(changes->index(r, ComparisonModel::Change).data().toString() ==
                  QStringLiteral("meaning changed — not comparable"));
            CHECK(changes->index(r, 0).data(ComparisonModel::SignRole).toInt() == 0);
        }
    }
}

TEST_CASE("the upgrade's texts have their Chinese in translations/zh_CN.d", "[gui][upgrade]")
{
    TsvTranslator zh;
    QApplication::installTranslator(&zh);
    {
        OldAssessment o;
        HomePage home(*o.t.session);
        UpgradeDialog preview(*o.t.session, o.id);
        const qint64 upgraded = o.upgrade();
        UpgradeDialog refused(*o.t.session, o.id);
        QuestionnairePage questionnaire(*o.t.session);
        questionnaire.openAssessment(upgraded, false);
        qtest::goTo(questionnaire, QStringLiteral("energy-intensity"));
        qtest::child<QPushButton>(questionnaire, QStringLiteral("confirm-answer"))->click();
        ResultsPage results(*o.t.session);
        results.openAssessment(upgraded);
        HistoryPage history(*o.t.session);
        history.openEnterprise(o.enterprise);
        auto *changes = child<QTableView>(history, QStringLiteral("compare-table"))->model();
        for (int r = 0; r < changes->rowCount(); ++r)
            changes->index(r, ComparisonModel::Change).data(Qt::ToolTipRole);
        auto *versions = child<QTableView>(history, QStringLiteral("history-table"))->model();
        versions->index(0, HistoryModel::ModelVersion).data(Qt::ToolTipRole);
    }
    QApplication::removeTranslator(&zh);
    std::vector<std::string> missing;
    for (const std::string &m : zh.missing()) {
        const std::string context = m.substr(0, m.find(": "));
        for (const char *ours :
             {"UpgradeDialog", "ConfirmationBox", "ComparisonModel", "HistoryPage", "HistoryModel",
              "ResultsPanels", "QuestionnairePage", "HomePage", "ResultsPage"})
            if (context == ours)
                missing.push_back(m);
    }
    INFO(Catch::Detail::stringify(missing));
    CHECK(missing.empty());
}
