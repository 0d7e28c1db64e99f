// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enterpriserowreader.h"
#include "store/portfolio.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

class AppSession;

// The enterprise list: one row per enterprise with its latest assessment (dl::enterpriseRows).
// Built for an office database of 40,000 enterprises: the rows are read once per change, the
// search text of each row is lower-cased once (after a background read while the user looks at
// the rows, else at the first search), and filtering and sorting work on a vector of row
// indices, so a keystroke costs one pass of substring tests and no conversions. Display text is
// made on demand for the rows the view paints. At start the rows are read off the GUI thread
// (loadInBackground), so that the window shows before 40,000 rows are in.
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
        Pilot,
        Level,
        Status,
        Phase,
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

    // Empty until reload() or loadInBackground().
    explicit EnterpriseTableModel(AppSession &session, QObject *parent = nullptr);
    ~EnterpriseTableModel() override;

    // Scores what is stale (dl::refreshSummaries), then reads every row again. Called on the
    // session's change signals unless deferred.
    void reload();
    // Counts the enterprises, then reads the rows in a worker thread (EnterpriseRowReader) and
    // takes them in the GUI thread; meanwhile the model keeps its rows and isLoading() is true.
    // A reload() or a change signal in between supersedes it. Falls back to reload() when some
    // summaries are missing (scoring writes to the session's store, in the GUI thread), where
    // the database cannot be opened a second time (an in-memory one, or a failure), and when
    // there is nothing to read.
    // With Start::Later the reading waits for startReading(): the home page starts it after its
    // first paint, so that the worker does not compete with the start of the window.
    enum class Start { Now, Later };
    void loadInBackground(Start start = Start::Now);
    void startReading();
    bool isLoading() const { return m_loading; }
    // While loading: how many enterprises are being read.
    int expectedRows() const { return m_expected; }
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
    // Only these enterprises (a group the portfolio opened), or every one with nullopt.
    void setSubset(std::optional<QSet<qint64>> enterpriseIds);
    bool hasSubset() const { return m_subset.has_value(); }
    QString searchText() const { return m_search; }

    int totalCount() const { return int(m_entries.size()); }
    const dl::EnterpriseRow &rowAt(int row) const;
    qint64 enterpriseId(int row) const { return rowAt(row).id; }
    std::optional<qint64> latestAssessment(int row) const { return rowAt(row).latestAssessment; }
    // "浙江省 杭州市": the province and city as the Region column shows them.
    static QString regionOf(const dl::EnterpriseRow &row);
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
        const dl::EnterpriseRow *row = nullptr; // in m_rows
        QString haystack;                       // lower-cased search text, see buildSearchText()
        bool assessedLater = false; // the last change is the assessment's, not the profile's
        std::int64_t changeKey = 0; // the time of the last change as a number (timeKey)
        int level = -1;             // -1: no assessment, not scored, or nothing answered yet
        double score = -1;
        double progress = -1;
    };

    void finishLoad(int generation, EnterpriseRowReader::Rows rows);
    void changed();
    // The search text of the entries up to `upTo` (exclusive) that have none yet.
    void buildSearchText(std::size_t upTo);
    void buildSearchTextWhileIdle();
    void filterRows();
    void sortRows();
    const std::vector<QCollatorSortKey> &collationKeys(int column);
    bool less(int column, int a, int b) const;
    // ISO time of the profile's or the latest assessment's last change, whichever is later.
    static const std::string &lastChange(const Entry &e);
    static bool lessChanged(const Entry &a, const Entry &b);
    const QStringList &levelNames() const;
    QString display(const Entry &e, int column) const;

    AppSession &m_session;
    std::vector<dl::EnterpriseRow> m_rows;
    std::vector<Entry> m_entries; // one per row
    std::vector<int> m_order;     // every entry, sorted
    std::vector<int> m_visible;   // the sorted entries that pass the filters
    std::unordered_map<std::string, QString> m_industryText; // code -> "C34 通用设备制造业"
    // Built the first time a text column is sorted after a reload: 40,000 locale-aware
    // comparisons of sort keys are a memcmp each, where QCollator::compare would take seconds.
    std::vector<QCollatorSortKey> m_nameKeys, m_regionKeys;
    mutable QStringList m_levelNames; // 0..4 in the session language, see levelNames()
    QString m_search;
    QStringList m_terms;
    int m_level = AnyLevel;
    QString m_status;
    std::optional<QSet<qint64>> m_subset;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::size_t m_searchTextBuilt = 0; // the entries before this one have their search text
    std::unordered_map<std::string, std::string> m_industrySearchText; // code -> lower-cased
    bool m_deferred = false;
    bool m_stale = false;
    bool m_loading = false; // a background load was prepared (and perhaps started)
    bool m_reading = false; // and its worker started
    int m_expected = 0;
    int m_generation = 0; // of the latest load; an older background load's rows are dropped
    EnterpriseRowReader m_reader;
};
