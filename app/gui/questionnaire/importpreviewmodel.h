// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/questionnairebook.h"

#include <QAbstractTableModel>

#include <vector>

// The answers a returned questionnaire workbook would change, one row each, every one ticked to
// begin with: the user unticks what is not to be taken over.
class ImportChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Question, OldValue, NewValue, Note, ColumnCount };
    enum Role { KeyRole = Qt::UserRole }; // the figure, item or scenario id

    explicit ImportChangesModel(QObject *parent = nullptr);

    void setChanges(std::vector<dl::QuestionnaireChange> changes, dl::Lang lang);
    void setAllKept(bool kept);
    // The ticked changes, in the workbook's order.
    std::vector<dl::QuestionnaireChange> keptChanges() const;
    int keptCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void keptChanged();

private:
    std::vector<dl::QuestionnaireChange> m_changes;
    std::vector<bool> m_kept;
    dl::Lang m_lang = dl::Lang::ZhCN;
};

// What is wrong with a returned workbook, where (row and column of the sheet the message names)
// and in the user's language.
class ImportProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, Column, Id, Message, ColumnCount };

    explicit ImportProblemsModel(QObject *parent = nullptr);

    void setProblems(dl::Diagnostics problems, dl::Lang lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // 1 -> "A", 27 -> "AA": a column as a spreadsheet names it ("" for 0, not known).
    static QString columnName(int column);

private:
    dl::Diagnostics m_problems;
    dl::Lang m_lang = dl::Lang::ZhCN;
};
