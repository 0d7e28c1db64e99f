// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolio.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <unordered_map>
#include <vector>

class AppSession;

// The enterprise list: one row per enterprise with its latest assessment (dl::enterpriseRows).
// Built for an office database of 40,000 enterprises: the rows are read once per change, the
// search text of each row is lower-cased once then, and filtering and sorting work on a vector of
// row indices, so a keystroke costs one pass of substring tests and no conversions. Display text
// is made on demand for the rows the view paints.
class EnterpriseTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        CreditCode,
        Industry,
        Region,
        Size,
        Srdi,
        Level,
        Status,
        Score,
        Progress,
        LastChange,
        ColumnCount
    };
    enum Role {
        EnterpriseIdRole = Qt::UserRole, // qint64
        AssessmentIdRole,                // qint64 of the latest assessment, or invalid
        LevelRole,                       // 0..4, or -1 when not scored
        StatusRole,                      // draft / submitted / verified / "" (no assessment)
    };
    // Level filter values besides 0..4.
    static constexpr int AnyLevel = -2;
    static constexpr int NotScored = -1;

    explicit EnterpriseTableModel(AppSession &session, QObject *parent = nullptr);
    ~EnterpriseTableModel() override;

    // Scores what is stale (dl::refreshSummaries), then reads every row again. Called on the
    // session's change signals unless deferred.
    void reload();
    // While deferred (the list is not on screen), change signals only mark the rows stale; they
    // are read again when no longer deferred.
    void setDeferred(bool deferred);
    // Replaces the rows (what reload() does after reading them).
    void setRows(std::vector<dl::EnterpriseRow> rows);

    // Every whitespace-separated term must occur in the name, credit code, industry code or name
    // (Chinese or English) or region; case-insensitive.
    void setSearchText(const QString &text);
    void setLevelFilter(int level);           // AnyLevel, NotScored or 0..4
    void setStatusFilter(const QString &key); // "" any, "none", draft, submitted, verified
    QString searchText() const { return m_search; }

    int totalCount() const { return int(m_entries.size()); }
    const dl::EnterpriseRow &rowAt(int row) const;
    qint64 enterpriseId(int row) const { return rowAt(row).id; }
    std::optional<qint64> latestAssessment(int row) const { return rowAt(row).latestAssessment; }
    // The visible row of an enterprise, or -1 when it is filtered out or unknown.
    int rowOfEnterprise(qint64 id) const;
    // The visible rows of these enterprises, ascending (one pass, for restoring a selection).
    std::vector<int> rowsOfEnterprises(const QSet<qint64> &ids) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every reload; `error` is empty when the rows could be read.
    void reloaded(const QString &error);

private:
    struct Entry
    {
        dl::EnterpriseRow row;
        QString haystack;       // lower-cased search text
        std::string lastChange; // ISO time of the profile's or the assessment's last change
        int level = -1;         // -1: no assessment, not scored, or nothing answered yet
        double score = -1;
        double progress = -1;
    };

    void changed();
    void filterRows();
    void sortRows();
    const std::vector<QCollatorSortKey> &collationKeys(int column);
    bool less(int column, int a, int b) const;
    QString display(const Entry &e, int column) const;

    AppSession &m_session;
    std::vector<Entry> m_entries;
    std::vector<int> m_order;   // every entry, sorted
    std::vector<int> m_visible; // the sorted entries that pass the filters
    std::unordered_map<std::string, QString> m_industryText; // code -> "C34 通用设备制造业"
    // Built the first time a text column is sorted after a reload: 40,000 locale-aware
    // comparisons of sort keys are a memcmp each, where QCollator::compare would take seconds.
    std::vector<QCollatorSortKey> m_nameKeys, m_regionKeys;
    QStringList m_levelNames; // 0..4 in the session language
    QString m_search;
    QStringList m_terms;
    int m_level = AnyLevel;
    QString m_status;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_deferred = false;
    bool m_stale = false;
};
