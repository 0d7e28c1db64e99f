// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class AppSession;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

// Starts work on an enterprise: a new self-assessment, a new on-site assessment, or the on-site
// verification of one of its existing assessments (which opens that assessment rather than
// creating one). Shows the model and the DigiLevel industry additions that apply.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    NewAssessmentDialog(AppSession &session, qint64 enterpriseId, QWidget *parent = nullptr);

    // After accept: the assessment to open, and whether to open it for verification.
    qint64 assessmentId() const { return m_assessmentId; }
    bool verification() const { return m_verify; }

    void accept() override;

private:
    void updateState();

    AppSession &m_session;
    qint64 m_enterpriseId;
    qint64 m_assessmentId = 0;
    bool m_verify = false;
    QLineEdit *m_assessor = nullptr;
    QLineEdit *m_organisation = nullptr;
    QComboBox *m_phase = nullptr; // 改造前 / 改造后 / 复评
    QRadioButton *m_self = nullptr;
    QRadioButton *m_verifyExisting = nullptr;
    QRadioButton *m_onsite = nullptr;
    QListWidget *m_existing = nullptr;
    QPushButton *m_ok = nullptr;
};
