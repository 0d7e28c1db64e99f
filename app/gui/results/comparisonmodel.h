// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/comparison.h"

#include <QAbstractTableModel>

#include <vector>

// Every item and scenario whose result changed between two assessments: points (items) or
// rating (scenarios) before and after, and the change, gains green and losses red. Across model
// versions, an item whose meaning changed shows "meaning changed — not comparable" in place of
// a change, in grey: a difference there is not progress.
class ComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, Name, Before, After, Change, ColumnCount };
    enum Role {
        DeltaRole = Qt::UserRole + 1, // QString: the exact signed change ("+1.5", "-1")
        SignRole,                     // int: 1 gain, -1 loss, 0 not comparable
        IdRole,                       // QString: the item or scenario id
        ComparableRole,               // bool: false when its meaning changed between versions
    };

    explicit ComparisonModel(dl::Lang lang, QObject *parent = nullptr);

    void setComparison(const dl::Comparison &comparison);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString id;
        QString kind;
        QString name;
        QString before;
        QString after;
        QString delta;
        int sign = 0;
        bool comparable = true;
    };

    dl::Lang m_lang;
    std::vector<Row> m_rows;
};
