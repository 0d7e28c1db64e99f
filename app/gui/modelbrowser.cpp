// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelbrowser.h"

#include "modeldetails.h"
#include "modeltreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>

ModelBrowser::ModelBrowser(const dl::Model &model, dl::Lang lang, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_lang(lang)
    , m_treeModel(new ModelTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
{
    m_treeModel->setModel(&m_model, m_lang);
    m_tree->setModel(m_treeModel);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->expandToDepth(1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ModelBrowser::showDetails);
    // Open on the first item so the details pane shows what an item looks like.
    const QModelIndex firstItem =
        m_treeModel->index(0, 0, m_treeModel->index(0, 0, m_treeModel->index(0, 0)));
    if (firstItem.isValid())
        m_tree->setCurrentIndex(firstItem);
}

void ModelBrowser::showDetails()
{
    const QString id = m_tree->currentIndex().data(ModelTreeModel::IdRole).toString();
    m_details->setHtml(modelNodeHtml(m_model, id, m_lang));
}
