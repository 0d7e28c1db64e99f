// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire driven through its real widgets: every answer must reach the store in the
// right layer, survive closing the page, and the points shown must be those of the model
// (assessments/miit-sme-2024.yaml), worked out by hand below.
#include "test_questionnaire_support.h"

#include "questionnaire/evidencepanel.h"
#include "questionnaire/questionnairedata.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>

using namespace qtest;

namespace {

QString textOf(QWidget &page, const char *name)
{
    return child<QLabel>(page, QLatin1String(name))->text();
}

bool checked(QWidget &page, const QString &name)
{
    return child<QAbstractButton>(page, name)->isChecked();
}

} // namespace

TEST_CASE("questionnaire navigation tree is a consistent item model", "[gui][questionnaire]")
{
    TestSession t;
    const qint64 a = t.addAssessment(t.addEnterprise());
    auto data = QuestionnaireData::load(t.session->store(), a);
    REQUIRE(data.ok());
    for (bool verify : {false, true}) {
        QuestionnaireTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setData(data->get(), dl::Lang::ZhCN, verify);
        // 3 dimensions and 4 scenario groups; 15 items and 16 scenarios (10 constrained ★).
        REQUIRE(model.rowCount() == 7);
        CHECK(model.index(0, 1).data().toString() == QStringLiteral("0/7")); // foundation
        CHECK(model.index(3, 1).data().toString() == QStringLiteral("0/4")); // product life-cycle
        const QModelIndex design = findQuestion(model, QStringLiteral("product-design"));
        REQUIRE(design.isValid());
        CHECK(design.data().toString().startsWith(QStringLiteral("★ ")));
        CHECK(findQuestion(model, QStringLiteral("process-design")).data().toString() ==
              QStringLiteral("工艺设计"));
        CHECK(design.siblingAtColumn(1).data().toString() == QStringLiteral("○"));
        model.refresh();
    }
}

TEST_CASE("questionnaire stores answers of every kind from the real controls",
          "[gui][questionnaire]")
{
    TestSession t;
    const qint64 a = t.addAssessment(t.addEnterprise());
    QuestionnairePage page(*t.session);
    activate(page);
    page.openAssessment(a, false);
    REQUIRE(page.currentQuestion() == QStringLiteral("network")); // the first question

    SECTION("multiple choice: options add up, the exclusive one clears the others")
    {
        click(page, QStringLiteral("option-control-network"));
        click(page, QStringLiteral("option-application-network"));
        CHECK(stored(t, a, "self", "item", "network") == "control-network,application-network");
        CHECK(textOf(page, "points") == QStringLiteral("Points: 4 / 8")); // 2 + 2
        click(page, QStringLiteral("option-none"));
        CHECK(stored(t, a, "self", "item", "network") == "none");
        CHECK_FALSE(checked(page, QStringLiteral("option-control-network")));
        CHECK_FALSE(checked(page, QStringLiteral("option-application-network")));
        CHECK(textOf(page, "points") == QStringLiteral("Points: 0 / 8"));
        click(page, QStringLiteral("option-industrial-5g"));
        CHECK(stored(t, a, "self", "item", "network") == "industrial-5g");
        CHECK_FALSE(checked(page, QStringLiteral("option-none")));
        // Digit 1 toggles the first option, 5 is "None of these".
        press(child<QWidget>(page, QStringLiteral("option-industrial-5g")), Qt::Key_1);
        CHECK(stored(t, a, "self", "item", "network") == "control-network,industrial-5g");
        press(child<QWidget>(page, QStringLiteral("option-control-network")), Qt::Key_5);
        CHECK(stored(t, a, "self", "item", "network") == "none");
        // Unticking the last option leaves the item unanswered.
        click(page, QStringLiteral("option-none"));
        CHECK(stored(t, a, "self", "item", "network").empty());
    }

    SECTION("single choice by click and by digit, and clearing it")
    {
        goTo(page, QStringLiteral("system-coverage"));
        click(page, QStringLiteral("option-several"));
        CHECK(stored(t, a, "self", "item", "system-coverage") == "several");
        CHECK(textOf(page, "points") == QStringLiteral("Points: 5 / 10"));
        press(child<QWidget>(page, QStringLiteral("navigation")), Qt::Key_4);
        CHECK(stored(t, a, "self", "item", "system-coverage") == "most");
        CHECK(checked(page, QStringLiteral("option-most")));
        CHECK(textOf(page, "points") == QStringLiteral("Points: 7.5 / 10"));
        CHECK(textOf(page, "score").startsWith(QStringLiteral("Base score 7.5 of 100")));
        click(page, QStringLiteral("clear-answer"));
        CHECK(stored(t, a, "self", "item", "system-coverage").empty());
        CHECK_FALSE(checked(page, QStringLiteral("option-most")));
    }

    SECTION("ratio: figures typed, share and band live, a wrong count explained")
    {
        goTo(page, QStringLiteral("equipment-digitalisation"));
        typeFigure(page, QStringLiteral("production-units"), QStringLiteral("120"));
        typeFigure(page, QStringLiteral("digital-units"), QStringLiteral("30"));
        CHECK(stored(t, a, "self", "figure", "production-units") == "120");
        CHECK(stored(t, a, "self", "figure", "digital-units") == "30");
        // 30 / 120 = 25 % lies in (20, 40], worth 3 of 6.
        CHECK(textOf(page, "result").contains(QStringLiteral("25 %")));
        CHECK(textOf(page, "result").contains(QStringLiteral("(20%,40%]")));
        CHECK(textOf(page, "points") == QStringLiteral("Points: 3 / 6"));
        // Exactly 12 of 120 is 10 %, the top of the lowest band.
        typeFigure(page, QStringLiteral("digital-units"), QStringLiteral("12"));
        CHECK(textOf(page, "points") == QStringLiteral("Points: 0 / 6"));
        typeFigure(page, QStringLiteral("production-units"), QStringLiteral("12.5"));
        auto *error = child<QLabel>(page, QStringLiteral("figure-production-units-error"));
        CHECK(error->isVisible());
        CHECK(error->text() == QStringLiteral("Enter a whole number, 0 or more."));
        CHECK(stored(t, a, "self", "figure", "production-units") == "120"); // not stored
        // Full-width digits and a thousands separator are understood.
        typeFigure(page, QStringLiteral("production-units"), QStringLiteral("１,２00"));
        CHECK(stored(t, a, "self", "figure", "production-units") == "1200");
        CHECK_FALSE(error->isVisible());
        // The part above the whole is stored (the user may fix either) but flagged and unscored.
        typeFigure(page, QStringLiteral("digital-units"), QStringLiteral("1300"));
        CHECK(textOf(page, "result").contains(QStringLiteral("cannot be more than")));
        CHECK(textOf(page, "points").startsWith(QStringLiteral("Points: – / 6")));
    }

    SECTION("trend: from the two years' figures, or chosen directly")
    {
        goTo(page, QStringLiteral("energy-intensity"));
        click(page, QStringLiteral("trend-same"));
        CHECK(stored(t, a, "self", "item", "energy-intensity") == "same");
        CHECK(textOf(page, "points") == QStringLiteral("Points: 3.5 / 7"));
        press(child<QWidget>(page, QStringLiteral("trend-same")), Qt::Key_3);
        CHECK(stored(t, a, "self", "item", "energy-intensity") == "better");
        // Energy per revenue falling from 10 to 8 is better (lower is better): 7 of 7. Once
        // both figures are given they decide and the direct answer goes.
        typeFigure(page, QStringLiteral("energy-intensity-before"), QStringLiteral("10"));
        typeFigure(page, QStringLiteral("energy-intensity-after"), QStringLiteral("8"));
        CHECK(stored(t, a, "self", "figure", "energy-intensity-after") == "8");
        CHECK(stored(t, a, "self", "item", "energy-intensity").empty());
        CHECK(textOf(page, "points") == QStringLiteral("Points: 7 / 7"));
        CHECK(checked(page, QStringLiteral("trend-better")));
        CHECK_FALSE(child<QWidget>(page, QStringLiteral("trend-worse"))->isEnabled());
        typeFigure(page, QStringLiteral("energy-intensity-after"), QStringLiteral("12"));
        CHECK(textOf(page, "points") == QStringLiteral("Points: 0 / 7"));
        CHECK(checked(page, QStringLiteral("trend-worse")));
    }

    SECTION("scenario: level cards by click and by digit")
    {
        goTo(page, QStringLiteral("product-design"));
        click(page, QStringLiteral("scenario-level-2"));
        CHECK(stored(t, a, "self", "scenario", "product-design") == "2");
        // A click anywhere on a card chooses its level.
        QWidget *card = child<QWidget>(page, QStringLiteral("scenario-card-4"));
        QTest::mouseClick(card, Qt::LeftButton, Qt::NoModifier,
                          QPoint(card->width() / 2, card->height() - 3));
        CHECK(stored(t, a, "self", "scenario", "product-design") == "4");
        press(child<QWidget>(page, QStringLiteral("scenario-level-4")), Qt::Key_0);
        CHECK(stored(t, a, "self", "scenario", "product-design") == "0");
        press(child<QWidget>(page, QStringLiteral("navigation")), Qt::Key_3);
        CHECK(stored(t, a, "self", "scenario", "product-design") == "3");
        CHECK(checked(page, QStringLiteral("scenario-level-3")));
        CHECK(textOf(page, "points") == QStringLiteral("Rated: 三级"));
        // Digits beyond 4 mean nothing on a scenario.
        press(child<QWidget>(page, QStringLiteral("navigation")), Qt::Key_7);
        CHECK(stored(t, a, "self", "scenario", "product-design") == "3");
    }

    SECTION("a figure still being typed is stored when the user moves on")
    {
        goTo(page, QStringLiteral("equipment-digitalisation"));
        auto *edit = child<QLineEdit>(page, QStringLiteral("figure-production-units"));
        edit->setFocus();
        typeText(edit, QStringLiteral("80"));
        press(edit, Qt::Key_PageDown, Qt::ControlModifier); // the focus stays in the field
        CHECK(page.currentQuestion() == QStringLiteral("equipment-networking"));
        CHECK(stored(t, a, "self", "figure", "production-units") == "80");
        CHECK(child<QLineEdit>(page, QStringLiteral("figure-production-units"))->text() ==
              QStringLiteral("80"));
    }

    SECTION("digits typed into a figure field stay in the field")
    {
        goTo(page, QStringLiteral("equipment-digitalisation"));
        typeFigure(page, QStringLiteral("production-units"), QStringLiteral("4"));
        CHECK(child<QLineEdit>(page, QStringLiteral("figure-production-units"))->text() ==
              QStringLiteral("4"));
        CHECK(stored(t, a, "self", "figure", "production-units") == "4");
    }
}

TEST_CASE("questionnaire keyboard navigation and progress", "[gui][questionnaire]")
{
    TestSession t;
    const qint64 a = t.addAssessment(t.addEnterprise());
    QuestionnairePage page(*t.session);
    activate(page);
    page.openAssessment(a, false);
    auto *tree = child<QWidget>(page, QStringLiteral("navigation"));
    press(tree, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(page.currentQuestion() == QStringLiteral("equipment-digitalisation"));
    press(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
    CHECK(page.currentQuestion() == QStringLiteral("equipment-networking"));
    press(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    press(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(page.currentQuestion() == QStringLiteral("network"));
    click(page, QStringLiteral("previous"));
    CHECK(page.currentQuestion() == QStringLiteral("network"));
    CHECK(textOf(page, "status") == QStringLiteral("This is the first question."));
    click(page, QStringLiteral("next"));
    CHECK(page.currentQuestion() == QStringLiteral("equipment-digitalisation"));

    // Answer the first question; Ctrl+U skips it and stops at the first one still open.
    goTo(page, QStringLiteral("network"));
    click(page, QStringLiteral("option-none"));
    goTo(page, QStringLiteral("equipment-digitalisation"));
    click(page, QStringLiteral("previous"));
    press(QApplication::focusWidget(), Qt::Key_U, Qt::ControlModifier);
    CHECK(page.currentQuestion() == QStringLiteral("equipment-digitalisation"));
    // 31 questions: 15 items and 16 scenarios; one answered.
    auto *progress = child<QProgressBar>(page, QStringLiteral("progress"));
    CHECK(progress->maximum() == 31);
    CHECK(progress->value() == 1);
}

TEST_CASE("questionnaire reopens with every answer and at the last question",
          "[gui][questionnaire]")
{
    TestSession t;
    const qint64 a = t.addAssessment(t.addEnterprise());
    {
        QuestionnairePage page(*t.session);
        activate(page);
        page.openAssessment(a, false);
        click(page, QStringLiteral("option-control-network"));
        auto *note = child<QPlainTextEdit>(page, QStringLiteral("note"));
        note->setFocus();
        typeText(note, QStringLiteral("车间有两台交换机"));
        goTo(page, QStringLiteral("system-coverage")); // leaving the page stores the note
        CHECK(stored(t, a, "self", "item", "network", true) == "车间有两台交换机");
        CHECK(stored(t, a, "self", "item", "network") == "control-network");
        click(page, QStringLiteral("option-one"));
        goTo(page, QStringLiteral("equipment-digitalisation"));
        typeFigure(page, QStringLiteral("production-units"), QStringLiteral("50"));
        goTo(page, QStringLiteral("product-design"));
        click(page, QStringLiteral("scenario-level-1"));
        note = child<QPlainTextEdit>(page, QStringLiteral("note"));
        note->setFocus();
        typeText(note, QStringLiteral("typed just before closing"));
    } // the page goes away with the note still being typed
    CHECK(stored(t, a, "self", "scenario", "product-design", true) == "typed just before closing");

    QuestionnairePage page(*t.session);
    activate(page);
    page.openAssessment(a, false);
    CHECK(page.currentQuestion() == QStringLiteral("product-design"));
    CHECK(checked(page, QStringLiteral("scenario-level-1")));
    CHECK(child<QPlainTextEdit>(page, QStringLiteral("note"))->toPlainText() ==
          QStringLiteral("typed just before closing"));
    goTo(page, QStringLiteral("network"));
    CHECK(checked(page, QStringLiteral("option-control-network")));
    CHECK_FALSE(checked(page, QStringLiteral("option-none")));
    CHECK(child<QPlainTextEdit>(page, QStringLiteral("note"))->toPlainText() ==
          QStringLiteral("车间有两台交换机"));
    goTo(page, QStringLiteral("system-coverage"));
    CHECK(checked(page, QStringLiteral("option-one")));
    goTo(page, QStringLiteral("equipment-digitalisation"));
    CHECK(child<QLineEdit>(page, QStringLiteral("figure-production-units"))->text() ==
          QStringLiteral("50"));
    // network 2 + system coverage 2.5 (one link) = 4.5; the ratio lacks its numerator.
    CHECK(textOf(page, "score").startsWith(QStringLiteral("Base score 4.5 of 100")));
}

TEST_CASE("questionnaire evidence: ticks and files are stored with the question",
          "[gui][questionnaire]")
{
    TestSession t;
    const qint64 a = t.addAssessment(t.addEnterprise());
    QuestionnairePage page(*t.session);
    activate(page);
    page.openAssessment(a, false);
    click(page, QStringLiteral("evidence-topology"));
    auto checks = t.session->store().evidenceChecks(a);
    REQUIRE(checks.ok());
    REQUIRE(checks->size() == 1);
    CHECK(checks->front().target == "network");
    CHECK(checks->front().evidenceId == "topology");
    CHECK(checks->front().ticked);

    const QString path = t.dir.filePath(QStringLiteral("拓扑图.txt"));
    const QByteArray bytes("switch A -> switch B\n");
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    REQUIRE(page.evidencePanel()->attachFile(path));
    auto files = t.session->store().evidenceFiles(a);
    REQUIRE(files.ok());
    REQUIRE(files->size() == 1);
    const dl::EvidenceFile &file = files->front();
    CHECK(file.target == "network");
    CHECK(file.originalName == "拓扑图.txt");
    CHECK(file.mediaType == "text/plain");
    CHECK(file.size == bytes.size());
    const QByteArray sha = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    CHECK(file.sha256 == sha.toStdString());
    auto *list = child<QListWidget>(page, QStringLiteral("evidence-files"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QString::fromLatin1(sha.left(8))));
    const QString copy = page.evidencePanel()->exportFile(QString::fromStdString(file.uuid));
    QFile out(copy);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.readAll() == bytes);
    // Another question has its own list.
    goTo(page, QStringLiteral("system-coverage"));
    CHECK(list->count() == 0);
    CHECK_FALSE(child<QCheckBox>(page, QStringLiteral("evidence-live-demo"))->isChecked());
}
