// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/model.h"

#include <QAbstractItemModel>

// The structure of an assessment model as a tree: dimensions > sub-dimensions > items, then
// scenario groups > scenarios. Column 0 the name, column 1 the points (or the constrained mark).
class ModelTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Roles { IdRole = Qt::UserRole + 1 };

    explicit ModelTreeModel(QObject *parent = nullptr);

    void setModel(const dl::Model *model, dl::Lang lang);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    enum class Kind : quintptr { Dimension = 1, SubDimension, Item, Group, Scenario };
    static quintptr makeId(Kind kind, int index) { return quintptr(kind) << 24 | quintptr(index); }
    static Kind kindOf(const QModelIndex &i) { return Kind(i.internalId() >> 24); }
    static int indexOf(const QModelIndex &i) { return int(i.internalId() & 0xffffff); }

    const dl::Model *m_model = nullptr;
    dl::Lang m_lang = dl::Lang::ZhCN;
};
