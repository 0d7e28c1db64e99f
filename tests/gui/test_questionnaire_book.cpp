// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire workbook's import preview, fed a plan made by hand (no workbook is read): every
// change listed and ticked, unticked ones left out, and a workbook with problems not importable
// at all. Also the questionnaire page's menu that leads there.
#include "test_questionnaire_support.h"

#include "base/diagnosticcatalog.h"
#include "questionnaire/bookoptionsdialog.h"
#include "questionnaire/importpreviewdialog.h"
#include "questionnaire/importpreviewmodel.h"
#include "stdtext.h"
#include "tsvtranslator.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableView>

using namespace qtest;

namespace {

dl::QuestionnaireChange change(dl::AnswerKind kind,
                               const std::string &key,
                               dl::LocalText title,
                               const std::string &oldValue,
                               const std::string &newValue,
                               const std::string &value)
{
    dl::QuestionnaireChange c;
    c.change.kind = kind;
    c.change.key = key;
    c.change.value = value;
    c.title = std::move(title);
    c.oldValue = oldValue;
    c.newValue = newValue;
    return c;
}

// Three answers from assessments/miit-sme-2024.yaml: a figure changed, an item first answered and
// a scenario raised with a new note.
dl::QuestionnaireImportPlan planByHand()
{
    dl::QuestionnaireImportPlan plan;
    plan.file = "/tmp/苏州联创电机-问卷.xlsx";
    plan.changes.push_back(change(dl::AnswerKind::Figure, "annual-revenue",
                                  {"上一年度营业收入", "Revenue last year"}, "9000 万元/年",
                                  "10000 万元/年", "10000"));
    plan.changes.push_back(change(dl::AnswerKind::Item, "system-coverage",
                                  {"信息系统覆盖", "Information system coverage"}, "",
                                  "大部分业务环节（80%以上）使用信息系统", "most"));
    auto scenario = change(dl::AnswerKind::Scenario, "product-design",
                           {"产品设计", "Product design"}, "2 级", "3 级", "3");
    scenario.change.note = "PDM 截图见附件";
    scenario.oldNote = "";
    plan.changes.push_back(scenario);
    return plan;
}

QString cell(const QAbstractItemModel &m, int row, int column)
{
    return m.index(row, column).data().toString();
}

} // namespace

TEST_CASE("import preview lists every change ticked and keeps only the ticked ones",
          "[gui][questionnaire][book]")
{
    const dl::QuestionnaireImportPlan plan = planByHand();
    ImportPreviewDialog dialog(plan, dl::Lang::ZhCN);
    ImportChangesModel &model = *dialog.changesModel();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 3);
    CHECK(cell(model, 0, ImportChangesModel::Question) == QStringLiteral("上一年度营业收入"));
    CHECK(cell(model, 0, ImportChangesModel::OldValue) == QStringLiteral("9000 万元/年"));
    CHECK(cell(model, 0, ImportChangesModel::NewValue) == QStringLiteral("10000 万元/年"));
    CHECK(cell(model, 1, ImportChangesModel::OldValue) == QStringLiteral("—")); // unanswered
    CHECK(cell(model, 2, ImportChangesModel::Note) == QStringLiteral("— → PDM 截图见附件"));
    CHECK(cell(model, 0, ImportChangesModel::Note).isEmpty()); // the note stays
    CHECK(model.index(2, 0).data(ImportChangesModel::KeyRole).toString() ==
          QStringLiteral("product-design"));
    for (int r = 0; r < 3; ++r)
        CHECK(model.index(r, 0).data(Qt::CheckStateRole).toInt() == Qt::Checked);

    auto *import = child<QPushButton>(dialog, QStringLiteral("import"));
    CHECK(import->isEnabled());
    CHECK(child<QLabel>(dialog, QStringLiteral("summary"))->text().contains(QStringLiteral("3")));
    CHECK(dialog.findChild<QTableView *>(QStringLiteral("problems")) == nullptr);

    // Untick the item: the scenario and the figure stay, in the workbook's order.
    REQUIRE(model.setData(model.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    auto kept = dialog.keptChanges();
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].change.key == "annual-revenue");
    CHECK(kept[1].change.key == "product-design");
    CHECK(kept[1].change.note == std::optional<std::string>("PDM 截图见附件"));

    // Nothing ticked: nothing to import.
    child<QPushButton>(dialog, QStringLiteral("keep-none"))->click();
    CHECK(dialog.keptChanges().empty());
    CHECK_FALSE(import->isEnabled());
    child<QPushButton>(dialog, QStringLiteral("keep-all"))->click();
    CHECK(dialog.keptChanges().size() == 3);
    CHECK(import->isEnabled());
}

TEST_CASE("import preview of a workbook with problems imports nothing and says where they are",
          "[gui][questionnaire][book]")
{
    dl::QuestionnaireImportPlan plan = planByHand();
    plan.problems.push_back(dl::diagnostic<dl::DiagMsg::UnknownOption>(
        plan.file, {12, 4}, "system-coverage", "system-coverage", "“全部”",
        "none, one, several, "
        "most, all"));
    plan.problems.push_back(dl::diagnostic<dl::DiagMsg::NotAWholeNumber>(
        plan.file, {5, 30}, "production-units", "production-units"));
    for (const dl::Lang lang : {dl::Lang::ZhCN, dl::Lang::En}) {
        INFO(dl::langCode(lang));
        ImportPreviewDialog dialog(plan, lang);
        ImportProblemsModel &problems = *dialog.problemsModel();
        QAbstractItemModelTester tester(&problems,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE(problems.rowCount() == 2);
        CHECK(cell(problems, 0, ImportProblemsModel::Row) == QStringLiteral("12"));
        CHECK(cell(problems, 0, ImportProblemsModel::Column) == QStringLiteral("D"));
        CHECK(cell(problems, 1, ImportProblemsModel::Column) == QStringLiteral("AD"));
        CHECK(cell(problems, 0, ImportProblemsModel::Id) == QStringLiteral("system-coverage"));
        CHECK(cell(problems, 0, ImportProblemsModel::Message) == qs(plan.problems[0].text(lang)));
        CHECK(problems.index(0, 0).data(Qt::ToolTipRole).toString() ==
              qs(plan.problems[0].describe(lang)));
        // All or nothing: the changes are shown but cannot be imported.
        CHECK_FALSE(child<QPushButton>(dialog, QStringLiteral("import"))->isEnabled());
        CHECK_FALSE(child<QTableView>(dialog, QStringLiteral("changes"))->isEnabled());
        CHECK(child<QTableView>(dialog, QStringLiteral("problems"))->isVisibleTo(&dialog));
        CHECK(
            child<QLabel>(dialog, QStringLiteral("summary"))->text().contains(QStringLiteral("2")));
    }
    CHECK(ImportProblemsModel::columnName(0).isEmpty());
    CHECK(ImportProblemsModel::columnName(1) == QStringLiteral("A"));
    CHECK(ImportProblemsModel::columnName(26) == QStringLiteral("Z"));
    CHECK(ImportProblemsModel::columnName(27) == QStringLiteral("AA"));
    CHECK(ImportProblemsModel::columnName(702) == QStringLiteral("ZZ"));
    CHECK(ImportProblemsModel::columnName(703) == QStringLiteral("AAA"));
}

TEST_CASE("the questionnaire page offers the workbook and the printed form",
          "[gui][questionnaire][book]")
{
    TestSession t;
    QuestionnairePage page(*t.session);
    auto *book = child<QPushButton>(page, QStringLiteral("questionnaire-book"));
    CHECK_FALSE(book->isEnabled()); // no assessment open
    page.openAssessment(t.addAssessment(t.addEnterprise()), false);
    CHECK(book->isEnabled());
    REQUIRE(book->menu());
    QStringList names;
    for (QAction *a : book->menu()->actions())
        names << a->objectName();
    CHECK(names == QStringList{QStringLiteral("export-workbook"), QStringLiteral("print-form"),
                               QStringLiteral("import-workbook")});
}

TEST_CASE("the workbook dialogs, for looking at", "[.book-shots]")
{
    TsvTranslator zh;
    QApplication::installTranslator(&zh);
    const QString out = qEnvironmentVariable("DIGILEVEL_SHOTS", QStringLiteral("/tmp"));
    dl::QuestionnaireImportPlan plan = planByHand();
    {
        ImportPreviewDialog dialog(plan, dl::Lang::ZhCN);
        dialog.changesModel()->setData(dialog.changesModel()->index(1, 0), Qt::Unchecked,
                                       Qt::CheckStateRole);
        dialog.show();
        QTest::qWait(50);
        CHECK(dialog.grab().save(out + QStringLiteral("/book-preview-zh.png")));
    }
    plan.problems.push_back(dl::diagnostic<dl::DiagMsg::NotAWholeNumber>(
        plan.file, {5, 3}, "production-units", "production-units"));
    {
        ImportPreviewDialog dialog(plan, dl::Lang::ZhCN);
        dialog.show();
        QTest::qWait(50);
        CHECK(dialog.grab().save(out + QStringLiteral("/book-preview-problems-zh.png")));
    }
    {
        BookOptionsDialog dialog(BookOptionsDialog::Kind::Workbook, dl::Lang::ZhCN,
                                 dl::Layer::Self);
        dialog.show();
        QTest::qWait(50);
        CHECK(dialog.grab().save(out + QStringLiteral("/book-options-zh.png")));
    }
    QApplication::removeTranslator(&zh);
}
