// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "modelloader.h"

#include <QMainWindow>

#include <optional>

class ModelTreeModel;
class QTextBrowser;
class QTreeView;

// The main window. For now it shows the bundled assessment model; the questionnaire, results
// and enterprise list arrive with the GUI issue.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(dl::Lang lang, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void loadBundledModel();
    void showAbout();
    void showDetails();

    dl::Lang m_lang;
    std::optional<dl::ModelSet> m_models;
    ModelTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
};
