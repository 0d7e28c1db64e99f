// SPDX-License-Identifier: GPL-3.0-or-later
#include "appshell.h"
#include "guitestsupport.h"
#include "home/enterprisetablemodel.h"
#include "home/homepage.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include <catch2/catch.hpp>

#include <QPointer>
#include <QStackedWidget>
#include <QTest>

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

TEST_CASE("a change of language makes the window again in it, where it was, same enterprise",
          "[gui][language]")
{
    TestSession t;
    t.addEnterprise(QStringLiteral("甲精密机械有限公司"));
    dl::Enterprise other; // no credit code: addEnterprise()'s shared one would clash
    other.name = "乙食品有限公司";
    auto second = t.session->store().addEnterprise(other);
    REQUIRE(second.ok());
    UiLanguage language;
    language.apply(t.session->lang());
    AppShell shell(*t.session, language);
    QPointer<MainWindow> first = shell.window();
    first->setGeometry(100, 80, 1000, 700);
    first->show();
    REQUIRE(QTest::qWaitFor([&] { return !first->homePage()->model()->isLoading(); }, 10'000));
    first->homePage()->selectEnterprise(second->id);
    REQUIRE(first->homePage()->currentEnterprise() == second->id);

    const dl::Lang to = t.session->lang() == dl::Lang::En ? dl::Lang::ZhCN : dl::Lang::En;
    int replaced = 0;
    QObject::connect(&shell, &AppShell::windowReplaced, [&] { ++replaced; });
    // As the settings dialog does it: from inside the old window, queued.
    emit first->languageChangeRequested(to);
    CHECK(shell.window() == first.data()); // not yet: the request is queued
    REQUIRE(QTest::qWaitFor([&] { return replaced == 1; }, 5'000));
    MainWindow *now = shell.window();
    REQUIRE(now);
    CHECK(now != first.data());
    CHECK(t.session->lang() == to);
    CHECK(now->isVisible());
    CHECK(now->size() == QSize(1000, 700));
    REQUIRE(QTest::qWaitFor([&] { return first.isNull(); }, 5'000)); // the old one is gone
    REQUIRE(QTest::qWaitFor([&] { return now->homePage()->currentEnterprise() == second->id; },
                            10'000));
}
