// SPDX-License-Identifier: GPL-3.0-or-later
// Sorting the enterprise list: by collation keys for names and regions (built once per column
// and reused), by rank for the coded columns, by time for the last change.
#include "enterprisetablemodel.h"

#include "appsession.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <utility>

namespace {

// The enums count up in rank (smallest size, no status first); no assessment ranks lowest.
int statusRank(std::optional<dl::AssessmentStatus> status)
{
    return status ? int(*status) + 1 : 0;
}

} // namespace

const std::vector<QCollatorSortKey> &EnterpriseTableModel::collationKeys(int column)
{
    std::vector<QCollatorSortKey> &keys = column == Name ? m_nameKeys : m_regionKeys;
    if (keys.size() != m_entries.size()) {
        QCollator collator(
            QLocale(m_session.lang() == dl::Lang::ZhCN ? QLocale::Chinese : QLocale::English));
        collator.setNumericMode(true);
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        keys.clear();
        keys.reserve(m_entries.size());
        for (const Entry &e : m_entries)
            keys.push_back(collator.sortKey(column == Name ? QString::fromStdString(e.row->name)
                                                           : regionOf(*e.row)));
    }
    return keys;
}

bool EnterpriseTableModel::less(int column, int a, int b) const
{
    const dl::EnterpriseRow &x = *m_entries[a].row, &y = *m_entries[b].row;
    switch (column) {
    case Name:
        return m_nameKeys[a].compare(m_nameKeys[b]) < 0;
    case CreditCode:
        return x.creditCode < y.creditCode;
    case Industry:
        return x.industry < y.industry;
    case Region:
        return m_regionKeys[a].compare(m_regionKeys[b]) < 0;
    case Size:
        return x.sizeClass < y.sizeClass;
    case Srdi:
        return x.srdi < y.srdi;
    case Pilot: // pilots first by batch, then the others
        return std::pair(!x.pilot, x.pilotBatch) < std::pair(!y.pilot, y.pilotBatch);
    case Phase:
        return x.latestPhase < y.latestPhase;
    case Level:
        return m_entries[a].level < m_entries[b].level;
    case Status:
        return statusRank(x.latestStatus) < statusRank(y.latestStatus);
    case Score:
        return m_entries[a].score < m_entries[b].score;
    case Progress:
        return m_entries[a].progress < m_entries[b].progress;
    case LastChange:
        return lessChanged(m_entries[a], m_entries[b]);
    default:
        return false;
    }
}

void EnterpriseTableModel::sortRows()
{
    m_order.resize(m_entries.size());
    std::iota(m_order.begin(), m_order.end(), 0); // ties keep the store's order (by id)
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    if (m_sortColumn == Name || m_sortColumn == Region)
        collationKeys(m_sortColumn);
    const int c = m_sortColumn;
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return less(c, a, b); });
    else
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return less(c, b, a); });
}

void EnterpriseTableModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection and current row follow their enterprise to its new place.
    const QModelIndexList before = persistentIndexList();
    std::vector<int> entryOf;
    entryOf.reserve(before.size());
    for (const QModelIndex &i : before)
        entryOf.push_back(i.row() < int(m_visible.size()) ? m_visible[i.row()] : -1);
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    filterRows();
    std::vector<int> rowOf(m_entries.size(), -1);
    for (int r = 0; r < int(m_visible.size()); ++r)
        rowOf[m_visible[r]] = r;
    QModelIndexList after;
    after.reserve(before.size());
    for (int k = 0; k < before.size(); ++k) {
        const int row = entryOf[k] < 0 ? -1 : rowOf[entryOf[k]];
        after << (row < 0 ? QModelIndex() : index(row, before[k].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}
