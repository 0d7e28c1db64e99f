// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsession.h"
#include "appsettings.h"
#include "conflictsdialog.h"
#include "home/homepage.h"
#include "modelbrowser.h"
#include "portfolio/portfoliopage.h"
#include "questionnaire/questionnairepage.h"
#include "results/historypage.h"
#include "results/resultspage.h"
#include "settingsdialog.h"
#include "sync/synccontroller.h"
#include "versioninfo.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(AppSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("DigiLevel — SME digital level self-assessment"));
    m_home = new HomePage(session, m_stack);
    m_stack->addWidget(m_home);
    setCentralWidget(m_stack);

    connect(&session, &AppSession::homeRequested, this, [this] { showPage(m_home); });
    connect(&session, &AppSession::questionnaireRequested, this, [this](qint64 id) {
        questionnairePage()->openAssessment(id, false);
        showPage(questionnairePage());
    });
    connect(&session, &AppSession::verificationRequested, this, [this](qint64 id) {
        questionnairePage()->openAssessment(id, true);
        showPage(questionnairePage());
    });
    connect(&session, &AppSession::resultsRequested, this, [this](qint64 id) {
        resultsPage()->openAssessment(id);
        showPage(resultsPage());
    });
    auto history = [this](qint64 id) {
        historyPage()->openEnterprise(id);
        showPage(historyPage());
    };
    connect(&session, &AppSession::historyRequested, this, history);
    connect(&session, &AppSession::enterpriseRequested, this, history);

    m_sync = new SyncController(m_session, this);
    statusBar()->addPermanentWidget(m_sync->statusLabel());
    m_sync->refreshStatus();
    createMenus();
    resize(1200, 800);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

template<typename Page, typename... Args>
Page *MainWindow::page(Page *&slot, Args &&...args)
{
    if (!slot) {
        slot = new Page(std::forward<Args>(args)..., m_stack);
        m_stack->addWidget(slot);
    }
    return slot;
}

QuestionnairePage *MainWindow::questionnairePage()
{
    return page(m_questionnaire, m_session);
}

ResultsPage *MainWindow::resultsPage()
{
    return page(m_results, m_session);
}

HistoryPage *MainWindow::historyPage()
{
    return page(m_history, m_session);
}

ModelBrowser *MainWindow::modelBrowser()
{
    return page(m_modelBrowser, m_session.builtinModels().model, m_session.lang());
}

PortfolioPage *MainWindow::portfolioPage()
{
    if (!m_portfolio)
        connect(page(m_portfolio, m_session), &PortfolioPage::groupRequested, this,
                [this](const QString &title, const QSet<qint64> &ids) {
                    m_home->showGroup(title, ids);
                    showPage(m_home);
                });
    return m_portfolio;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New enterprise…"), QKeySequence::New, m_home, &HomePage::newEnterprise);
    file->addSeparator();
    file->addAction(tr("&Import bundle…"), QKeySequence(tr("Ctrl+I")), m_home,
                    &HomePage::importBundle);
    file->addAction(tr("&Export bundle…"), QKeySequence(tr("Ctrl+E")), m_home,
                    &HomePage::exportBundle);
    file->addAction(tr("&PDF reports…"), m_home, &HomePage::exportReports);
    file->addAction(tr("Resolve merge &conflicts…"), this, [this] {
        ConflictsDialog dialog(m_session, this);
        dialog.exec();
    });
    QAction *sync =
        file->addAction(tr("S&ynchronise with the team server"), QKeySequence(tr("Ctrl+Shift+S")),
                        m_sync, &SyncController::synchroniseNow);
    sync->setObjectName(QStringLiteral("synchronise"));
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Enterprises"), QKeySequence(tr("Alt+1")), this,
                    [this] { showPage(m_home); });
    view->addAction(tr("&Questionnaire"), QKeySequence(tr("Alt+2")), this,
                    [this] { showPage(questionnairePage()); });
    view->addAction(tr("&Results"), QKeySequence(tr("Alt+3")), this,
                    [this] { showPage(resultsPage()); });
    view->addAction(tr("&History"), QKeySequence(tr("Alt+4")), this,
                    [this] { showPage(historyPage()); });
    view->addAction(tr("Assessment &model"), QKeySequence(tr("Alt+5")), this,
                    &MainWindow::showModelBrowser);
    view->addAction(tr("&Portfolio"), QKeySequence(tr("Alt+6")), this, &MainWindow::showPortfolio);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DigiLevel"), this, &MainWindow::showAbout);
}

void MainWindow::showModelBrowser()
{
    showPage(modelBrowser());
}

void MainWindow::showPortfolio()
{
    showPage(portfolioPage());
}

void MainWindow::showPage(QWidget *page)
{
    m_stack->setCurrentWidget(page);
    page->setFocus();
}

void MainWindow::showAbout()
{
    QStringList lines = versionLines();
    lines.removeFirst(); // the heading names the program
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    QMessageBox::about(
        this, tr("About DigiLevel"),
        tr("<b>DigiLevel</b> %1<br>Scores an SME's digital level under the MIIT scheme (2024 "
           "edition), explains why, and shows the cheapest way up.<br>Licensed under the GNU "
           "GPL, version 3 or later.<p>%2</p>")
            .arg(QApplication::applicationVersion(), lines.join(QStringLiteral("<br>"))));
}

void MainWindow::showSettings()
{
    const QString before = AppSettings::load().language;
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sync->applySettings();
    // Only a change made here: a language given with --lang for this run stays otherwise.
    const AppSettings after = AppSettings::load();
    if (after.language != before && after.effectiveLanguage() != m_session.lang())
        emit languageChangeRequested(after.effectiveLanguage());
}
