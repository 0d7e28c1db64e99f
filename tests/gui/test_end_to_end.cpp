// SPDX-License-Identifier: GPL-3.0-or-later
// A whole assessment through the real widgets, as a manager would do it: create the enterprise
// in the profile dialog, start an assessment, answer every question with its controls, read the
// level on the dashboard; then close everything, reopen the database and find every answer.

#include "guitestsupport.h"
#include "home/homepage.h"
#include "mainwindow.h"
#include "questionnaire/questionnairepage.h"
#include "results/resultspage.h"

#include "scoring/answerloader.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>

namespace {

// Worked example 03 (tests/data/worked/): by hand, base exactly 40 with exactly 6 scenarios at
// level 2 or above, 3 of them constrained -> 二级 (see the file's comment and
// tests/core/test_worked_examples.cpp for the arithmetic).
const char *const kExample = "worked/03-level2-hardware-base40.yaml";

template<typename T>
T *visibleChild(QWidget &parent, const QString &name)
{
    for (T *c : parent.findChildren<T *>(name))
        if (c->isVisible())
            return c;
    return nullptr;
}

// Runs `fill` on the next modal dialog as soon as it is shown, then presses its OK button.
void whenDialogOpens(std::function<void(QDialog &)> fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        fill(*dialog);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        REQUIRE(buttons);
        QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
        REQUIRE(ok);
        REQUIRE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
}

void type(QWidget &dialog, const char *name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
    INFO(name);
    REQUIRE(edit);
    edit->clear();
    // Key events carrying the text, as a keyboard (or input method) sends them; QTest's
    // keyClicks only knows ASCII.
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, text);
    QApplication::sendEvent(edit, &press);
    CHECK(edit->text() == text);
}

struct Expected
{
    const dl::Model &model;
    const dl::AnswerSet &answers;
};

// Answers the question on screen with its controls (nothing for one the example leaves open).
void answerShownQuestion(QuestionnairePage &page, const Expected &x)
{
    const std::string id = page.currentQuestion().toStdString();
    if (const int s = x.model.findScenario(id); s >= 0) {
        const int rating = x.answers.scenarios[std::size_t(s)].rating;
        if (rating < 0)
            return;
        auto *level =
            visibleChild<QAbstractButton>(page, QStringLiteral("scenario-level-%1").arg(rating));
        INFO(id);
        REQUIRE(level);
        QTest::mouseClick(level, Qt::LeftButton);
        return;
    }
    const int k = x.model.findItem(id);
    INFO(id);
    REQUIRE(k >= 0);
    const dl::Item &item = x.model.items[std::size_t(k)];
    const dl::ItemAnswer &a = x.answers.items[std::size_t(k)];
    auto click = [&](const QString &name) {
        auto *b = visibleChild<QAbstractButton>(page, name);
        INFO(name.toStdString());
        REQUIRE(b);
        QTest::mouseClick(b, Qt::LeftButton);
    };
    switch (item.type) {
    case dl::ItemType::Single:
        if (a.answered)
            click(QStringLiteral("option-") + QString::fromStdString(item.options[a.choice].id));
        break;
    case dl::ItemType::Multi:
        for (std::size_t o = 0; o < item.options.size(); ++o)
            if (a.selected & (std::uint64_t(1) << o))
                click(QStringLiteral("option-") + QString::fromStdString(item.options[o].id));
        break;
    case dl::ItemType::YesNo:
        if (a.answered)
            click(a.choice == 1 ? QStringLiteral("option-yes") : QStringLiteral("option-no"));
        break;
    case dl::ItemType::Trend:
        if (a.answered && a.choice >= 0 && item.figureA < 0) {
            const char *t[] = {"trend-worse", "trend-same", "trend-better"};
            click(QLatin1String(t[a.choice]));
        }
        break;
    case dl::ItemType::Ratio:
    case dl::ItemType::Number:
        break;
    }
    // Every figure this page asks for, typed as a user would.
    for (std::size_t f = 0; f < x.model.figures.size(); ++f) {
        auto *edit = visibleChild<QLineEdit>(
            page, QStringLiteral("figure-") + QString::fromStdString(x.model.figures[f].id));
        if (!edit || !x.answers.figures[f])
            continue;
        edit->selectAll();
        QTest::keyClicks(edit, QString::fromStdString(x.answers.figures[f]->toString(6)));
        QTest::keyClick(edit, Qt::Key_Tab);
    }
}

// Checks that the controls of the question on screen show the example's answer.
void checkShownQuestion(QuestionnairePage &page, const Expected &x)
{
    const std::string id = page.currentQuestion().toStdString();
    INFO(id);
    if (const int s = x.model.findScenario(id); s >= 0) {
        const int rating = x.answers.scenarios[std::size_t(s)].rating;
        for (int l = 0; l <= 4; ++l) {
            auto *b =
                visibleChild<QAbstractButton>(page, QStringLiteral("scenario-level-%1").arg(l));
            REQUIRE(b);
            CHECK(b->isChecked() == (l == rating));
        }
        return;
    }
    const int k = x.model.findItem(id);
    REQUIRE(k >= 0);
    const dl::Item &item = x.model.items[std::size_t(k)];
    const dl::ItemAnswer &a = x.answers.items[std::size_t(k)];
    if (item.type == dl::ItemType::Single || item.type == dl::ItemType::Multi) {
        for (std::size_t o = 0; o < item.options.size(); ++o) {
            auto *b = visibleChild<QAbstractButton>(
                page, QStringLiteral("option-") + QString::fromStdString(item.options[o].id));
            REQUIRE(b);
            const bool want = item.type == dl::ItemType::Single
                                  ? a.answered && a.choice == int(o)
                                  : (a.selected & (std::uint64_t(1) << o)) != 0;
            CHECK(b->isChecked() == want);
        }
    }
    for (std::size_t f = 0; f < x.model.figures.size(); ++f) {
        auto *edit = visibleChild<QLineEdit>(
            page, QStringLiteral("figure-") + QString::fromStdString(x.model.figures[f].id));
        if (!edit || !x.answers.figures[f])
            continue;
        const auto shown = dl::Rational::parseDecimal(edit->text().toStdString());
        REQUIRE(shown);
        CHECK(*shown == *x.answers.figures[f]);
    }
}

template<typename F>
void forEveryQuestion(QuestionnairePage &page, F f)
{
    // From the first question to the last, with the Next button like a user.
    QString last;
    for (int guard = 0; guard < 200 && page.currentQuestion() != last; ++guard) {
        last = page.currentQuestion();
        f();
        page.next();
        QApplication::processEvents();
    }
}

} // namespace

TEST_CASE("a whole assessment through the real widgets, then reopened", "[gui][end-to-end]")
{
    TestSession t;
    const QString db = t.databasePath();
    const dl::AnswerFile file = [&] {
        auto loaded = dl::loadAnswersFile(std::string(DIGILEVEL_TEST_DATA) + "/" + kExample,
                                          t.session->builtinModels());
        REQUIRE(loaded.ok());
        return std::move(*loaded);
    }();
    const dl::Model model = t.session->builtinModels().model; // outlives the first session
    const Expected expected{model, file.self.base};
    qint64 assessment = 0;
    {
        MainWindow window(*t.session);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));

        whenDialogOpens([](QDialog &d) {
            type(d, "name", QStringLiteral("精工五金制品有限公司"));
            type(d, "creditCode", QStringLiteral("91330100MA2XXXXXX2"));
            type(d, "industry", QStringLiteral("C33"));
        });
        window.homePage()->newEnterprise();
        auto enterprises = t.session->store().enterprises();
        REQUIRE(enterprises.ok());
        REQUIRE(enterprises->size() == 1);

        window.homePage()->selectEnterprise(enterprises->front().id);
        whenDialogOpens([](QDialog &) {}); // the defaults: the MIIT 2024 model, self-assessment
        window.homePage()->newAssessment();
        auto assessments = t.session->store().assessments();
        REQUIRE(assessments.ok());
        REQUIRE(assessments->size() == 1);
        assessment = assessments->front().id;
        auto *stack = window.findChild<QStackedWidget *>();
        REQUIRE(stack->currentWidget() == static_cast<QWidget *>(window.questionnairePage()));

        QuestionnairePage &page = *window.questionnairePage();
        forEveryQuestion(page, [&] { answerShownQuestion(page, expected); });
        page.flush();

        t.session->openResults(assessment);
        auto *badge = visibleChild<QLabel>(*window.resultsPage(), QStringLiteral("level-badge"));
        auto *score = visibleChild<QLabel>(*window.resultsPage(), QStringLiteral("base-score"));
        REQUIRE(badge);
        REQUIRE(score);
        CHECK(badge->text().contains(QStringLiteral("二级")));
        CHECK(score->text().contains(QStringLiteral("40 / 100")));
    }

    // Everything was saved as it was entered: a new session on the same file shows it all.
    t.session.reset();
    auto store = dl::Store::open(db.toStdString());
    REQUIRE(store.ok());
    t.session = std::make_unique<AppSession>(std::move(*store), dl::Lang::ZhCN);
    MainWindow window(*t.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    t.session->openQuestionnaire(assessment);
    QuestionnairePage &page = *window.questionnairePage();
    // Start from the first question whatever page the questionnaire resumed on.
    for (int k = 0; k < 200; ++k)
        page.previous();
    forEveryQuestion(page, [&] { checkShownQuestion(page, expected); });
}
