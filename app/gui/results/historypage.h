// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppSession;
class ComparisonModel;
class HistoryModel;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// An enterprise's history: its profile, its assessments over time in a table and a trend chart
// of the base score against the level thresholds, and two assessments compared side by side
// (one selected: compared with the one before it). Double-click opens an assessment's results.
class HistoryPage : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPage(AppSession &session, QWidget *parent = nullptr);

public:
    void openEnterprise(qint64 enterpriseId);

    qint64 enterpriseId() const { return m_enterpriseId; }
    // Selects the assessments to compare (by id; one or two) as a user would in the table.
    void selectAssessments(const QList<qint64> &assessmentIds);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createComparison();
    void reload();
    void refreshLater();
    void showProfile();
    void updateTrend();
    void compareSelected();
    void showCompareHint(const QString &text);
    qint64 selectedAssessment() const;
    void showSelectedPhase();
    void changePhase();

    AppSession &m_session;
    qint64 m_enterpriseId = 0;
    bool m_stale = false;

    HistoryModel *m_model = nullptr;
    ComparisonModel *m_comparison = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_profile = nullptr;
    QTableView *m_table = nullptr;
    QWidget *m_trend = nullptr;
    QPushButton *m_open = nullptr;
    QComboBox *m_phase = nullptr; // the selected assessment's phase, changed here
    QLabel *m_compareTitle = nullptr;
    QLabel *m_compareLevel = nullptr;
    QLabel *m_compareScore = nullptr;
    QLabel *m_compareComparable = nullptr; // the base score of the items that compare
    QLabel *m_compareCounts = nullptr;     // improved and worsened, and what changed meaning
    QComboBox *m_compareLayer = nullptr;
    QTableView *m_compareTable = nullptr;
};
