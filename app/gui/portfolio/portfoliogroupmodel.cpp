// SPDX-License-Identifier: GPL-3.0-or-later
#include "portfoliogroupmodel.h"
#include "portfolioformat.h"

#include "stdtext.h"

PortfolioGroupModel::PortfolioGroupModel(dl::Lang lang, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lang(lang)
{}

void PortfolioGroupModel::setGroups(std::vector<dl::PortfolioGroupRow> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

int PortfolioGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int PortfolioGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortfolioGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dl::PortfolioGroupRow &g = m_groups[std::size_t(index.row())];
    const dl::PortfolioCounts &c = g.counts;
    if (role == KeyRole)
        return qs(g.key);
    if (role == Qt::TextAlignmentRole)
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const auto share = dl::shareOf(c.atOrAboveLevel2, c.assessed);
    if (role == SortRole) {
        switch (index.column()) {
        case Name:
            return qs(g.name.get(m_lang));
        case Enterprises:
            return c.enterprises;
        case Assessed:
            return c.assessed;
        case AtLevel2:
            return c.atOrAboveLevel2;
        case Share:
            return c.assessed ? share.toDouble() : -1.0;
        case Mean:
            return c.meanBase ? c.meanBase->toDouble() : -1.0;
        case Median:
            return c.medianBase ? c.medianBase->toDouble() : -1.0;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return g.name.get(m_lang).empty() ? tr("(none)") : qs(g.name.get(m_lang));
    case Enterprises:
        return c.enterprises;
    case Assessed:
        return c.assessed;
    case AtLevel2:
        return c.atOrAboveLevel2;
    case Share:
        return c.assessed ? PortfolioFormat::percent(share) : PortfolioFormat::dash();
    case Mean:
        return c.meanBase ? PortfolioFormat::score(*c.meanBase) : PortfolioFormat::dash();
    case Median:
        return c.medianBase ? PortfolioFormat::score(*c.medianBase) : PortfolioFormat::dash();
    }
    return {};
}

QVariant PortfolioGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Group");
    case Enterprises:
        return tr("Enterprises");
    case Assessed:
        return tr("Assessed");
    case AtLevel2:
        return tr("二级 or higher");
    case Share:
        return tr("Share at 二级+");
    case Mean:
        return tr("Mean base score");
    case Median:
        return tr("Median base score");
    }
    return {};
}
