// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "bundled.h"
#include "modeldetails.h"
#include "modeltreemodel.h"

#include <QApplication>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>

MainWindow::MainWindow(dl::Lang lang, QWidget *parent)
    : QMainWindow(parent)
    , m_lang(lang)
    , m_treeModel(new ModelTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
{
    setWindowTitle(tr("DigiLevel — SME digital level self-assessment"));
    m_tree->setModel(m_treeModel);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::showDetails);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DigiLevel"), this, &MainWindow::showAbout);

    loadBundledModel();
    resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::loadBundledModel()
{
    auto loaded = dl::loadBundledModelSet();
    if (!loaded) {
        QString details;
        for (const dl::Diagnostic &d : loaded.errors())
            details += QString::fromStdString(d.toString()) + QLatin1Char('\n');
        QMessageBox::critical(
            this, tr("Model error"),
            tr("The bundled assessment model could not be loaded:\n%1").arg(details));
        return;
    }
    m_models = std::move(*loaded);
    m_treeModel->setModel(&m_models->model, m_lang);
    m_tree->expandToDepth(1);
    // Open on the first item so the details pane shows what an item looks like.
    const QModelIndex firstItem =
        m_treeModel->index(0, 0, m_treeModel->index(0, 0, m_treeModel->index(0, 0)));
    if (firstItem.isValid())
        m_tree->setCurrentIndex(firstItem);
    statusBar()->showMessage(tr("%1 — %2 items, %3 scenarios")
                                 .arg(QString::fromStdString(m_models->model.title.get(m_lang)))
                                 .arg(m_models->model.items.size())
                                 .arg(m_models->model.scenarios.size()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About DigiLevel"),
                       tr("<b>DigiLevel</b> %1<br>Scores an SME's digital level under the MIIT "
                          "scheme (2024 edition), explains why, and shows the cheapest way up.<br>"
                          "Licensed under the GNU GPL, version 3 or later.")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showDetails()
{
    if (!m_models)
        return;
    const QString id = m_tree->currentIndex().data(ModelTreeModel::IdRole).toString();
    m_details->setHtml(modelNodeHtml(m_models->model, id, m_lang));
}
