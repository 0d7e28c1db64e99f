// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/bundle.h"

#include <QDialog>

#include <optional>

class AppSession;

// One bundle of an import: what it brought, or why it was not imported.
struct ImportOutcome
{
    QString fileName;
    std::optional<dl::ImportReport> report; // empty: refused or not reached
    dl::Diagnostics errors;                 // why it was refused
    QString problem;                        // why, in a line, when there is no report
};

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
    // Several bundles: a line for each, then the totals and every new conflict.
    ImportReportDialog(AppSession &session,
                       const QList<ImportOutcome> &outcomes,
                       QWidget *parent = nullptr);

    // The summary lines, also for the status line and tests.
    static QStringList summary(const dl::ImportReport &report);
    // The reports of the bundles that were imported, added up.
    static dl::ImportReport total(const QList<ImportOutcome> &outcomes);
    // One line for one bundle: what it added, or why it was not imported.
    static QString outcomeLine(const ImportOutcome &outcome);

private:
    void build(const QString &heading,
               const QList<ImportOutcome> &outcomes,
               const dl::ImportReport &report);
    QString question(const dl::MergeConflict &c) const;
    QString answerText(const dl::MergeConflict &c, const std::string &value) const;

    AppSession &m_session;
};
