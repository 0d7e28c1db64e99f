// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <QWidget>

namespace dl {
struct Model;
}
class ModelTreeModel;
class QTextBrowser;
class QTreeView;

// Browses an assessment model: its dimensions, items and scenarios in a tree, with the details
// of the selected node (points, options, bands, levels) beside it.
class ModelBrowser : public QWidget
{
    Q_OBJECT

public:
    ModelBrowser(const dl::Model &model, dl::Lang lang, QWidget *parent = nullptr);

private:
    void showDetails();

    const dl::Model &m_model;
    dl::Lang m_lang;
    ModelTreeModel *m_treeModel = nullptr;
    QTreeView *m_tree = nullptr;
    QTextBrowser *m_details = nullptr;
};
