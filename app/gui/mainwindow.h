// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <QMainWindow>

class AppSession;
class HistoryPage;
class HomePage;
class ModelBrowser;
class PortfolioPage;
class QStackedWidget;
class QuestionnairePage;
class ResultsPage;
class SyncController;

// The main window: one screen at a time (home, questionnaire, results, history, the model, the
// portfolio), switched by the session's navigation signals, the View menu or the keyboard. Only
// the home screen is made at start; the others are made the first time they are asked for, so
// that the window shows at once (the history screen alone loads Qt Charts).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSession &session, QWidget *parent = nullptr);
    ~MainWindow() override;

    HomePage *homePage() const { return m_home; }
    SyncController *syncController() const { return m_sync; }
    // These make their screen if it is not made yet.
    QuestionnairePage *questionnairePage();
    ResultsPage *resultsPage();
    HistoryPage *historyPage();
    ModelBrowser *modelBrowser();
    PortfolioPage *portfolioPage();

public slots:
    void showModelBrowser();
    void showPortfolio();

signals:
    // The settings changed the language: AppShell makes the window again in it.
    void languageChangeRequested(dl::Lang lang);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showPage(QWidget *page);
    template<typename Page, typename... Args>
    Page *page(Page *&slot, Args &&...args);
    void showAbout();
    void showSettings();

    AppSession &m_session;
    QStackedWidget *m_stack = nullptr;
    HomePage *m_home = nullptr;
    QuestionnairePage *m_questionnaire = nullptr;
    ResultsPage *m_results = nullptr;
    HistoryPage *m_history = nullptr;
    ModelBrowser *m_modelBrowser = nullptr;
    PortfolioPage *m_portfolio = nullptr;
    SyncController *m_sync = nullptr;
};
