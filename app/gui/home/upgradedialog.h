// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "answers/upgrade.h"

#include <QDialog>

#include <optional>

class AppSession;
class QLabel;
class QTreeWidget;

// Upgrading an assessment to the bundled model version (answers/upgrade.h): first what would
// carry over — the answers copied as they are, those copied for the user to confirm and those
// left behind, each with the note of the rule that says why — then, on "Upgrade", the new
// assessment is made. A version that does not supersede the assessment's is explained and cannot
// be chosen.
//
// Object names: upgrade-summary, upgrade-plan (the tree: one group per kind of carry-over, a row
// per answer), upgrade-notes.
class UpgradeDialog : public QDialog
{
    Q_OBJECT

public:
    UpgradeDialog(AppSession &session, qint64 assessmentId, QWidget *parent = nullptr);

    // Whether the assessment can be upgraded (the preview is shown).
    bool canUpgrade() const { return m_plan.has_value(); }
    // The new assessment, after the dialog was accepted.
    qint64 upgradedId() const { return m_upgraded; }

public slots:
    void accept() override;

private:
    void showPlan(const dl::UpgradePlan &plan);

    AppSession &m_session;
    qint64 m_assessmentId;
    dl::UpgradeTarget m_target;
    dl::ModelSet m_source; // names of answers the new version no longer has
    std::optional<dl::UpgradePlan> m_plan;
    qint64 m_upgraded = 0;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_notes;
};
