// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appsession.h"
#include "conflictsdialog.h"
#include "home/homepage.h"
#include "modelbrowser.h"
#include "questionnaire/questionnairepage.h"
#include "results/historypage.h"
#include "results/resultspage.h"
#include "settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>

MainWindow::MainWindow(AppSession &session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("DigiLevel — SME digital level self-assessment"));
    m_home = new HomePage(session, m_stack);
    m_questionnaire = new QuestionnairePage(session, m_stack);
    m_results = new ResultsPage(session, m_stack);
    m_history = new HistoryPage(session, m_stack);
    m_modelBrowser = new ModelBrowser(session.bundledModels().model, session.lang(), m_stack);
    for (QWidget *page : {static_cast<QWidget *>(m_home), static_cast<QWidget *>(m_questionnaire),
                          static_cast<QWidget *>(m_results), static_cast<QWidget *>(m_history),
                          static_cast<QWidget *>(m_modelBrowser)})
        m_stack->addWidget(page);
    setCentralWidget(m_stack);

    connect(&session, &AppSession::homeRequested, this, [this] { showPage(m_home); });
    connect(&session, &AppSession::questionnaireRequested, this, [this](qint64 id) {
        m_questionnaire->openAssessment(id, false);
        showPage(m_questionnaire);
    });
    connect(&session, &AppSession::verificationRequested, this, [this](qint64 id) {
        m_questionnaire->openAssessment(id, true);
        showPage(m_questionnaire);
    });
    connect(&session, &AppSession::resultsRequested, this, [this](qint64 id) {
        m_results->openAssessment(id);
        showPage(m_results);
    });
    auto history = [this](qint64 id) {
        m_history->openEnterprise(id);
        showPage(m_history);
    };
    connect(&session, &AppSession::historyRequested, this, history);
    connect(&session, &AppSession::enterpriseRequested, this, history);

    createMenus();
    resize(1200, 800);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow() = default;

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
    file->addAction(tr("Resolve merge &conflicts…"), this, [this] {
        ConflictsDialog dialog(m_session, this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Enterprises"), QKeySequence(tr("Alt+1")), this,
                    [this] { showPage(m_home); });
    view->addAction(tr("&Questionnaire"), QKeySequence(tr("Alt+2")), this,
                    [this] { showPage(m_questionnaire); });
    view->addAction(tr("&Results"), QKeySequence(tr("Alt+3")), this,
                    [this] { showPage(m_results); });
    view->addAction(tr("&History"), QKeySequence(tr("Alt+4")), this,
                    [this] { showPage(m_history); });
    view->addAction(tr("Assessment &model"), QKeySequence(tr("Alt+5")), this,
                    &MainWindow::showModelBrowser);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DigiLevel"), this, &MainWindow::showAbout);
}

void MainWindow::showModelBrowser()
{
    showPage(m_modelBrowser);
}

void MainWindow::showPage(QWidget *page)
{
    m_stack->setCurrentWidget(page);
    page->setFocus();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DigiLevel"),
                       tr("<b>DigiLevel</b> %1<br>Scores an SME's digital level under the MIIT "
                          "scheme (2024 edition), explains why, and shows the cheapest way up.<br>"
                          "Licensed under the GNU GPL, version 3 or later.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}
