// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/localtext.h"

#include <QDialog>

#include <cstdint>
#include <vector>

class AppSession;
class QComboBox;
class QLineEdit;
class QRadioButton;

// PDF reports for many enterprises at once, into one folder (the consultancy handing over a
// day's reports): which enterprises (the selected ones or all), which of their assessments (the
// latest or every one), which answers (self-assessed, or verified on site where there is a
// verification), the language and the folder. The files are named as by
// `digilevel-cli report -o DIR`.
class ReportBatchDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        bool allEnterprises = true;
        bool everyAssessment = false;
        bool verified = false; // where verified; the self-assessment elsewhere
        dl::Lang lang = dl::Lang::ZhCN;
        QString folder;
    };

    ReportBatchDialog(int selectedEnterprises, int allEnterprises, dl::Lang lang, QWidget *parent);
    Choice choice() const;

    // Asks, then writes the reports with a progress dialog that can stop between two reports
    // (the reports written so far stay). Returns the line for the status line, empty when the
    // user gave up before anything happened.
    static QString chooseAndWrite(AppSession &session,
                                  const std::vector<qint64> &selectedEnterprises,
                                  int enterpriseCount,
                                  QWidget *parent);
    // Writes the reports of `choice` for these enterprises (all when choice.allEnterprises).
    static QString write(AppSession &session,
                         const std::vector<qint64> &enterprises,
                         const Choice &choice,
                         QWidget *parent);

private:
    void accept() override;

    QRadioButton *m_selected = nullptr;
    QRadioButton *m_every = nullptr;
    QRadioButton *m_verified = nullptr;
    QComboBox *m_lang = nullptr;
    QLineEdit *m_folder = nullptr;
};
