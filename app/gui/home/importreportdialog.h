// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"

#include <QDialog>

class AppSession;

// What an import did: enterprises, assessments, answers and evidence added or matched, and each
// new conflict (an answer changed differently here and on the other computer) with both values,
// who changed them and when. Conflicts are kept for the user; nothing was overwritten.
class ImportReportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportReportDialog(AppSession &session,
                       const QString &fileName,
                       const dl::ImportReport &report,
                       QWidget *parent = nullptr);

    // The summary lines, also for the status line and tests.
    static QStringList summary(const dl::ImportReport &report);

private:
    QString question(const dl::MergeConflict &c) const;
    QString answerText(const dl::MergeConflict &c, const std::string &value) const;

    AppSession &m_session;
};
