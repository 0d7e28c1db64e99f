// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scoring/answerkinds.h"

#include <QWidget>

#include <memory>
#include <string>

class AppSession;
class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QScrollArea;
class PeerBenchmarkPanel;
class PlanLocksPanel;
class QTreeWidget;
class ScenarioGrid;

// The results dashboard of one assessment: level badge and base score, why this level and what
// blocks the next, dimension bars and the sub-dimension radar, the scenario grid, the cheapest
// ways up with the items and scenarios locked out of them, the 专精特新 target, the peer benchmark
// (同行对标) and the DigiLevel industry additions. Shows the self-assessment or the verified view
// (verified answers over the self ones) when anything is verified.
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPage(AppSession &session, QWidget *parent = nullptr);
    ~ResultsPage() override;

public:
    void openAssessment(qint64 assessmentId);

    qint64 assessmentId() const { return m_assessmentId; }
    // The answers shown.
    dl::Layer layer() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Shown;

    QWidget *createHeader();
    QWidget *createBody();
    void reload();
    void refreshLater(qint64 assessmentId);
    void showMessage(const QString &text);
    void populate();
    void populateHeader();
    void storeLocks();

    AppSession &m_session;
    qint64 m_assessmentId = 0;
    bool m_stale = false;
    std::unique_ptr<Shown> m_shown;

    QLabel *m_message = nullptr;
    QWidget *m_header = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_enterprise = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_score = nullptr;
    QComboBox *m_layer = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_target = nullptr;
    QLabel *m_pending = nullptr; // answers an upgrade left waiting for confirmation
    PeerBenchmarkPanel *m_peers = nullptr;
    QLabel *m_explanation = nullptr;
    QTreeWidget *m_whatIf = nullptr;
    PlanLocksPanel *m_locks = nullptr;
    QWidget *m_dimensions = nullptr;
    QWidget *m_radar = nullptr;
    ScenarioGrid *m_scenarios = nullptr;
    QGroupBox *m_overlayBox = nullptr;
    QLabel *m_overlays = nullptr;
};
