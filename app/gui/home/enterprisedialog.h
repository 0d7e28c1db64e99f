// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/store.h"

#include <QDialog>

#include <optional>

class AppSession;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The enterprise profile (建档立卡), new or edited. Checks while one types: the credit code's
// characters and check character (the core's message names the position or the expected check
// character), the required name, the industry code and the figures; the size class is derived
// live from the 2011 thresholds. OK stays disabled while anything is invalid; on OK the core's
// dl::checkEnterprise has the last word, then the profile is saved and the session notified.
class EnterpriseDialog : public QDialog
{
    Q_OBJECT

public:
    // `existing`: the profile to edit; a new enterprise without it.
    EnterpriseDialog(AppSession &session,
                     std::optional<dl::Enterprise> existing,
                     QWidget *parent = nullptr);

    // The saved enterprise, after the dialog was accepted.
    qint64 enterpriseId() const { return m_enterprise.id; }

    void accept() override;

private:
    void buildForm();
    void load(const dl::Enterprise &e);
    dl::Enterprise fromForm() const;
    // Checks every field, shows the messages and enables OK; returns whether all is valid.
    bool validate();
    void checkCreditCode();
    void updateSizeClass();
    void pickIndustry();
    void showMessage(QLabel *label, const QString &text, bool error);

    AppSession &m_session;
    dl::Enterprise m_enterprise;
    bool m_nameTouched = false;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QLineEdit *m_creditCode = nullptr;
    QLabel *m_creditCodeMessage = nullptr;
    QLineEdit *m_industry = nullptr;
    QLabel *m_industryMessage = nullptr;
    QLineEdit *m_province = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_employees = nullptr;
    QLineEdit *m_revenue = nullptr;
    QLineEdit *m_assets = nullptr;
    QLabel *m_figuresMessage = nullptr;
    QCheckBox *m_aboveScale = nullptr;
    QComboBox *m_srdi = nullptr;
    QCheckBox *m_pilot = nullptr; // a pilot enterprise of the city's programme (试点企业)
    QLineEdit *m_pilotBatch = nullptr;
    QLabel *m_sizeClass = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactPhone = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QPushButton *m_ok = nullptr;
};
