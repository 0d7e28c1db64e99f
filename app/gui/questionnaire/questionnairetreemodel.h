// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <QAbstractItemModel>

#include <vector>

class QuestionnaireData;

// The questionnaire's navigation: dimensions > sub-dimensions > items and scenario groups >
// scenarios, then the same for each DigiLevel addition that applies. Column 0 the name (★ marks
// a constrained scenario), column 1 the completion: answered/total for a group, ✓ or ○ for a
// question; when verifying, verified/total and ≠ where the verified answer differs.
class QuestionnaireTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles {
        EntryRole = Qt::UserRole + 1, // the question's entry index, -1 for a group
        IdRole,                       // the question's item or scenario id, "" for a group
    };

    explicit QuestionnaireTreeModel(QObject *parent = nullptr);

    // Rebuilds the tree for `data` (null: empty) in the given mode.
    void setData(const QuestionnaireData *data, dl::Lang lang, bool verify);
    // The answers changed: every completion mark is worked out again.
    void refresh();
    QModelIndex indexForEntry(int entry) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        QString name;
        QString toolTip;
        int entry = -1;
        // Worked out by refresh():
        int total = 0, done = 0;
        bool differs = false;
    };
    int addNode(int parent, const QString &name, int entry = -1, const QString &toolTip = {});
    void count(int node);
    const std::vector<int> &childrenOf(const QModelIndex &parent) const;
    QString leafMark(const Node &n) const;

    const QuestionnaireData *m_data = nullptr;
    dl::Lang m_lang = dl::Lang::ZhCN;
    bool m_verify = false;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    std::vector<int> m_entryNode; // entry -> node
};
