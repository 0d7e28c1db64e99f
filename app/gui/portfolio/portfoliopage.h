// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "portfolio/aggregate.h"

#include <QSet>
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

class AppSession;
class PortfolioFilterBar;
class PortfolioGroupModel;
class PortfolioReader;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;

// 看板: the portfolio of the local database at a glance. The data is read once when the page is
// shown (and again after a change to the database), off the GUI thread; every filter change then
// aggregates in memory (dl::aggregatePortfolio): the headline numbers, the level chart, the group
// table, the before/after matrix, the scenario heat map and the sub-dimensions against all.
class PortfolioPage : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioPage(AppSession &session, QWidget *parent = nullptr);
    ~PortfolioPage() override;

    // Reads the data again (in the background when the database is a file).
    void reload();
    bool isLoading() const { return m_loading; }

    PortfolioFilterBar *filterBar() const { return m_filters; }
    // The line that says why nothing is shown: a refused filter, no match, a read error.
    QLabel *message() const { return m_message; }
    // A headline value by its name: enterprises, assessed, level2, share, mean, median, srdi,
    // srdiLevel2, notOfficial.
    QLabel *headline(const QString &name) const;
    // How the enterprise list names the group of the table's row when it opens it.
    QString groupTitle(int sourceRow) const;
    PortfolioGroupModel *groupModel() const { return m_groups; }
    QWidget *radarView() const { return m_radar; }
    QTableView *groupView() const { return m_groupView; }
    const dl::PortfolioFigures &figures() const { return m_figures; }

signals:
    void loaded();
    // A double click on a group: its enterprises (within the filters) for the enterprise list.
    void groupRequested(const QString &title, const QSet<qint64> &enterpriseIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void takeData(dl::PortfolioData data, std::vector<std::string> organisations, QString error);
    void recompute();
    void showFigures();
    void clearFigures(const QString &why);
    void showRadar();
    QStringList levelNames() const;

    AppSession &m_session;
    PortfolioReader *m_reader = nullptr;
    bool m_loading = false;
    bool m_stale = true;
    dl::PortfolioData m_data;
    dl::PortfolioFigures m_all; // unfiltered, for the comparison
    dl::PortfolioFigures m_figures;
    std::optional<dl::PortfolioGroup> m_groupBy;

    PortfolioFilterBar *m_filters = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_headline = nullptr;
    QWidget *m_levelChart = nullptr;
    PortfolioGroupModel *m_groups = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QTableView *m_groupView = nullptr;
    QLabel *m_upliftSummary = nullptr;
    QTableWidget *m_uplift = nullptr;
    QTableWidget *m_scenarios = nullptr;
    QTableWidget *m_subDimensions = nullptr;
    QWidget *m_radar = nullptr;
    bool m_radarStale = true;
    QTabWidget *m_tabs = nullptr;
};
