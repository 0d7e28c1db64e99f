// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonmodel.h"

#include "resultsformat.h"

#include <QColor>
#include <QFont>

ComparisonModel::ComparisonModel(dl::Lang lang, QObject *parent)
    : QAbstractTableModel(parent)
    , m_lang(lang)
{}

void ComparisonModel::setComparison(const dl::Comparison &c)
{
    beginResetModel();
    m_rows.clear();
    const QString notComparable = tr("meaning changed — not comparable");
    for (const dl::Comparison::ItemChange &i : c.items) {
        const dl::Rational delta = i.after - i.before;
        m_rows.push_back({QString::fromStdString(i.id), tr("Item"),
                          QString::fromStdString(i.name.get(m_lang)),
                          ResultsFormat::scoreOf(i.before, i.maximum),
                          ResultsFormat::scoreOf(i.after, i.maximum),
                          i.comparable ? ResultsFormat::signedScore(delta) : notComparable,
                          !i.comparable        ? 0
                          : delta.isNegative() ? -1
                                               : 1,
                          i.comparable});
    }
    for (const dl::Comparison::ScenarioChange &s : c.scenarios) {
        const int delta = s.after - s.before;
        m_rows.push_back(
            {QString::fromStdString(s.id), s.constrained ? tr("★ Scenario") : tr("Scenario"),
             QString::fromStdString(s.name.get(m_lang)), tr("level %1").arg(s.before),
             tr("level %1").arg(s.after),
             !s.comparable ? notComparable
                           : (delta < 0 ? QString() : QStringLiteral("+")) + QString::number(delta),
             !s.comparable ? 0
             : delta < 0   ? -1
                           : 1,
             s.comparable});
    }
    endResetModel();
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case DeltaRole:
        return row.delta;
    case SignRole:
        return row.sign;
    case IdRole:
        return row.id;
    case ComparableRole:
        return row.comparable;
    case Qt::ForegroundRole:
        if (!row.comparable && (index.column() == Change || index.column() == After))
            return QColor(0x75, 0x75, 0x75);
        if (index.column() == Change || index.column() == After)
            return row.sign < 0 ? ResultsFormat::lossColor() : ResultsFormat::gainColor();
        return {};
    case Qt::ToolTipRole:
        if (!row.comparable)
            return tr("This item asks something else in the newer model version, so the two "
                      "answers cannot be compared and the difference is not counted as progress.");
        return {};
    case Qt::FontRole:
        if (index.column() == Change && row.comparable) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= Before)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Kind:
            return row.kind;
        case Name:
            return row.name;
        case Before:
            return row.before;
        case After:
            return row.after;
        case Change:
            return row.delta;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Kind:
        return tr("Kind");
    case Name:
        return tr("Indicator");
    case Before:
        return tr("Before");
    case After:
        return tr("After");
    case Change:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}
