// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"
#include "stdtext.h"

#include <algorithm>

ImportChangesModel::ImportChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportChangesModel::setChanges(std::vector<dl::QuestionnaireChange> changes, dl::Lang lang)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_kept.assign(m_changes.size(), true);
    m_lang = lang;
    endResetModel();
    emit keptChanged();
}

void ImportChangesModel::setAllKept(bool kept)
{
    if (m_changes.empty())
        return;
    m_kept.assign(m_changes.size(), kept);
    emit dataChanged(index(0, Question), index(rowCount() - 1, Question), {Qt::CheckStateRole});
    emit keptChanged();
}

std::vector<dl::QuestionnaireChange> ImportChangesModel::keptChanges() const
{
    std::vector<dl::QuestionnaireChange> out;
    for (std::size_t k = 0; k < m_changes.size(); ++k)
        if (m_kept[k])
            out.push_back(m_changes[k]);
    return out;
}

int ImportChangesModel::keptCount() const
{
    return int(std::count(m_kept.begin(), m_kept.end(), true));
}

int ImportChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ImportChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dl::QuestionnaireChange &c = m_changes[index.row()];
    // "—" where there is no answer, so that an answer removed or first given reads as such.
    auto shown = [](const std::string &value) {
        return value.empty() ? QStringLiteral("—") : qs(value);
    };
    if (role == Qt::CheckStateRole && index.column() == Question)
        return m_kept[index.row()] ? Qt::Checked : Qt::Unchecked;
    if (role == KeyRole)
        return qs(c.change.key);
    if (role == Qt::ToolTipRole && index.column() == Question)
        return tr("%1 (%2)").arg(qs(c.title.get(m_lang)), qs(c.change.key));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Question:
        return qs(c.title.get(m_lang));
    case OldValue:
        return shown(c.oldValue);
    case NewValue:
        return shown(c.newValue);
    case Note:
        if (!c.oldNote || !c.change.note)
            return QString();
        return tr("%1 → %2").arg(shown(*c.oldNote), shown(*c.change.note));
    }
    return {};
}

bool ImportChangesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        role != Qt::CheckStateRole || index.column() != Question)
        return false;
    const bool kept = value.toInt() == Qt::Checked;
    if (m_kept[index.row()] == kept)
        return true;
    m_kept[index.row()] = kept;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit keptChanged();
    return true;
}

Qt::ItemFlags ImportChangesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Question)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ImportChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Question:
        return tr("Question");
    case OldValue:
        return tr("Now");
    case NewValue:
        return tr("From the workbook");
    case Note:
        return tr("Note");
    }
    return {};
}

ImportProblemsModel::ImportProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ImportProblemsModel::setProblems(dl::Diagnostics problems, dl::Lang lang)
{
    beginResetModel();
    m_problems = std::move(problems);
    m_lang = lang;
    endResetModel();
}

QString ImportProblemsModel::columnName(int column)
{
    QString name;
    for (int n = column; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const dl::Diagnostic &d = m_problems[index.row()];
    if (role == Qt::ToolTipRole)
        return qs(d.describe(m_lang));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Row:
        return d.pos.line > 0 ? QString::number(d.pos.line) : QString();
    case Column:
        return columnName(d.pos.column);
    case Id:
        return qs(d.id);
    case Message:
        return qs(d.text(m_lang));
    }
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case Column:
        return tr("Column");
    case Id:
        return tr("Question");
    case Message:
        return tr("Problem");
    }
    return {};
}
