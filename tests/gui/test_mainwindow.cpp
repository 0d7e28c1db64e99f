// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitestsupport.h"
#include "mainwindow.h"

#include <catch2/catch.hpp>

#include <QStackedWidget>

TEST_CASE("the main window switches screens on the session's navigation requests", "[gui]")
{
    TestSession t;
    const qint64 enterprise = t.addEnterprise();
    const qint64 assessment = t.addAssessment(enterprise);
    MainWindow window(*t.session);
    window.show();
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentWidget() == reinterpret_cast<QWidget *>(window.homePage()));
    t.session->openQuestionnaire(assessment);
    CHECK(stack->currentWidget() == reinterpret_cast<QWidget *>(window.questionnairePage()));
    t.session->openResults(assessment);
    CHECK(stack->currentWidget() == reinterpret_cast<QWidget *>(window.resultsPage()));
    t.session->openHistory(enterprise);
    CHECK(stack->currentWidget() == reinterpret_cast<QWidget *>(window.historyPage()));
    t.session->goHome();
    CHECK(stack->currentWidget() == reinterpret_cast<QWidget *>(window.homePage()));
}
