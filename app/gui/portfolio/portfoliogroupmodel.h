// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolio/aggregate.h"

#include <QAbstractTableModel>

#include <vector>

// The portfolio's group table: one row per group (segment, organisation, region, …) with its
// counts. Qt::DisplayRole gives the text; SortRole a number (or the name) to sort on; KeyRole
// the value grouped on.
class PortfolioGroupModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Enterprises, Assessed, AtLevel2, Share, Mean, Median, ColumnCount };
    enum Role { SortRole = Qt::UserRole, KeyRole };

    PortfolioGroupModel(dl::Lang lang, QObject *parent = nullptr);

    void setGroups(std::vector<dl::PortfolioGroupRow> groups);
    const dl::PortfolioGroupRow &group(int row) const { return m_groups.at(std::size_t(row)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    dl::Lang m_lang;
    std::vector<dl::PortfolioGroupRow> m_groups;
};
