// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "model/model.h"
#include "store/store.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

// One assessment of an enterprise as the history lists it, with its result in the layer the
// cached summary uses (the verified view once anything is verified).
struct HistoryRow
{
    dl::AssessmentRecord record;
    QDateTime created;
    bool scored = false; // false: the assessment could not be scored (see `problem`)
    dl::Layer layer = dl::Layer::Self;
    int level = 0;
    dl::Rational score;
    int answered = 0;
    int questions = 0;
    QString problem;
};

// An enterprise's assessments, newest first: from the cached summaries, scoring those that have
// none.
dl::Result<std::vector<HistoryRow>> loadHistory(dl::Store &store, qint64 enterpriseId);

// The history table. Level names come from `names` (the bundled model; every version of the
// scheme names its levels alike).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The result first, so that it stays in sight when the table is narrow.
    enum Column {
        Date,
        Level,
        Score,
        Answered,
        Status,
        Phase,
        Mode,
        Assessor,
        Layer,
        ModelVersion,
        ColumnCount
    };
    enum Role {
        AssessmentIdRole = Qt::UserRole + 1, // qint64
        LevelRole,                           // int, -1 when not scored
    };

    HistoryModel(const dl::Model &names, dl::Lang lang, QObject *parent = nullptr);

    void setRows(std::vector<HistoryRow> rows);
    const std::vector<HistoryRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString levelText(const HistoryRow &row) const;
    // The date and version of the assessment `row` was upgraded from; "" when it was not.
    QString upgradedFrom(const HistoryRow &row) const;

    const dl::Model &m_names;
    dl::Lang m_lang;
    std::vector<HistoryRow> m_rows;
};
