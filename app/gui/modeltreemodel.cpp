// SPDX-License-Identifier: GPL-3.0-or-later
#include "modeltreemodel.h"
#include "stdtext.h"

#include <algorithm>

namespace {

int rowIn(const std::vector<int> &list, int value)
{
    return int(std::find(list.begin(), list.end(), value) - list.begin());
}

} // namespace

ModelTreeModel::ModelTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void ModelTreeModel::setModel(const dl::Model *model, dl::Lang lang)
{
    beginResetModel();
    m_model = model;
    m_lang = lang;
    endResetModel();
}

QModelIndex ModelTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid()) {
        const int dims = int(m_model->dimensions.size());
        return row < dims ? createIndex(row, column, makeId(Kind::Dimension, row))
                          : createIndex(row, column, makeId(Kind::Group, row - dims));
    }
    const int p = indexOf(parent);
    switch (kindOf(parent)) {
    case Kind::Dimension:
        return createIndex(row, column,
                           makeId(Kind::SubDimension, m_model->dimensions[p].subdimensions[row]));
    case Kind::SubDimension:
        return createIndex(row, column, makeId(Kind::Item, m_model->subdimensions[p].items[row]));
    case Kind::Group:
        return createIndex(row, column, makeId(Kind::Scenario, m_model->groups[p].scenarios[row]));
    default:
        return {};
    }
}

QModelIndex ModelTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_model)
        return {};
    const int i = indexOf(child);
    switch (kindOf(child)) {
    case Kind::SubDimension:
        for (int d = 0; d < int(m_model->dimensions.size()); ++d) {
            const auto &subs = m_model->dimensions[d].subdimensions;
            if (std::find(subs.begin(), subs.end(), i) != subs.end())
                return createIndex(d, 0, makeId(Kind::Dimension, d));
        }
        return {};
    case Kind::Item: {
        const int s = m_model->items[i].subdimension;
        const int d = m_model->items[i].dimension;
        return createIndex(rowIn(m_model->dimensions[d].subdimensions, s), 0,
                           makeId(Kind::SubDimension, s));
    }
    case Kind::Scenario: {
        const int g = m_model->scenarios[i].group;
        return createIndex(int(m_model->dimensions.size()) + g, 0, makeId(Kind::Group, g));
    }
    default:
        return {};
    }
}

int ModelTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_model || parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_model->dimensions.size() + m_model->groups.size());
    const int p = indexOf(parent);
    switch (kindOf(parent)) {
    case Kind::Dimension:
        return int(m_model->dimensions[p].subdimensions.size());
    case Kind::SubDimension:
        return int(m_model->subdimensions[p].items.size());
    case Kind::Group:
        return int(m_model->groups[p].scenarios.size());
    default:
        return 0;
    }
}

int ModelTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

QVariant ModelTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_model || (role != Qt::DisplayRole && role != IdRole))
        return {};
    const int i = indexOf(index);
    const std::string *id = nullptr;
    const dl::LocalText *name = nullptr;
    QString second;
    switch (kindOf(index)) {
    case Kind::Dimension:
        id = &m_model->dimensions[i].id;
        name = &m_model->dimensions[i].name;
        second = qs(m_model->dimensions[i].points.toString());
        break;
    case Kind::SubDimension:
        id = &m_model->subdimensions[i].id;
        name = &m_model->subdimensions[i].name;
        second = qs(m_model->subdimensions[i].points.toString());
        break;
    case Kind::Item:
        id = &m_model->items[i].id;
        name = &m_model->items[i].name;
        second = qs(m_model->items[i].points.toString());
        break;
    case Kind::Group:
        id = &m_model->groups[i].id;
        name = &m_model->groups[i].name;
        break;
    case Kind::Scenario:
        id = &m_model->scenarios[i].id;
        name = &m_model->scenarios[i].name;
        second = m_model->scenarios[i].constrained ? tr("Constrained") : tr("Guiding");
        break;
    }
    if (role == IdRole)
        return qs(*id);
    return index.column() == 0 ? qs(name->get(m_lang)) : second;
}

QVariant ModelTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Indicator") : tr("Points / type");
}
