// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletransfer.h"
#include "errordialog.h"
#include "stdtext.h"

#include "appsession.h"
#include "exchange/bundlemerge.h"
#include "exchange/csvexport.h"
#include "importreportdialog.h"
#include "transferprogress.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>

#include <algorithm>

namespace {

const QString kFolderKey = QStringLiteral("home/lastFolder");

QString lastFolder()
{
    return QSettings().value(kFolderKey, QDir::homePath()).toString();
}

void rememberFolder(const QString &file)
{
    QSettings().setValue(kFolderKey, QFileInfo(file).absolutePath());
}

// Imports each bundle in its own transaction, reading the next while the current one merges,
// with a progress dialog that can cancel (the bundles imported by then stay). A refused bundle
// does not stop the others. One outcome per path.
QList<ImportOutcome> importEach(AppSession &session, const QStringList &paths, QWidget *parent)
{
    QList<ImportOutcome> outcomes;
    for (const QString &path : paths)
        outcomes.append({QFileInfo(path).fileName(),
                         std::nullopt,
                         {},
                         BundleTransfer::tr("not imported: cancelled")});
    // Reading and checking a large bundle takes seconds and touches no store: on another
    // thread, with the window repainting and the dialog able to cancel. (A read running at a
    // Cancel is waited for when `bundles` goes.)
    std::vector<std::string> files;
    for (const QString &path : paths)
        files.push_back(path.toStdString());
    dl::BundleReadAhead bundles(files);
    const bool one = paths.size() == 1;
    bool cancelled = false;
    for (int i = 0; i < paths.size() && !cancelled; ++i) {
        ImportOutcome &outcome = outcomes[i];
        const QString &name = outcome.fileName;
        const int n = int(paths.size());
        TransferProgress progress(
            one ? BundleTransfer::tr("Importing %1…").arg(name)
                : BundleTransfer::tr("Importing %1 of %2: %3…").arg(i + 1).arg(n).arg(name),
            parent);
        cancelled =
            !progress.waitUntil(one ? BundleTransfer::tr("Reading and checking %1…").arg(name)
                                    : BundleTransfer::tr("Reading and checking %1 of %2: %3…")
                                          .arg(i + 1)
                                          .arg(n)
                                          .arg(name),
                                [&] { return bundles.ready(); });
        if (cancelled)
            break;
        dl::Result<dl::BundlePayload> payload = bundles.take(); // the next is read meanwhile
        dl::Result<dl::ImportReport> report =
            payload
                ? dl::mergeBundle(session.store(), *payload,
                                  dl::bundleSourceName(files[std::size_t(i)]), progress.callback())
                : dl::Result<dl::ImportReport>(payload.errors());
        if (report) {
            outcome.report = std::move(*report);
        } else if (dl::wasCancelled(report.errors())) {
            cancelled = true;
        } else {
            outcome.errors = report.errors();
            outcome.problem = BundleTransfer::tr("refused: %1").arg(errorText(outcome.errors));
        }
    }
    return outcomes;
}

} // namespace

QString BundleTransfer::importBundle(AppSession &session, const QString &path, QWidget *parent)
{
    const ImportOutcome outcome = importEach(session, {path}, parent).front();
    const QString &name = outcome.fileName;
    if (!outcome.report && outcome.errors.empty())
        return tr("Import cancelled; nothing was imported.");
    if (!outcome.report) {
        showErrors(parent, tr("The bundle could not be imported."), outcome.errors);
        return tr("Import failed; nothing was imported.");
    }
    const dl::ImportReport *report = &*outcome.report;
    session.notifyEnterprisesChanged(); // the list scores what came in as it reloads
    auto *dialog = new ImportReportDialog(session, name, *report, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return tr("Imported %1: %2 enterprises and %3 assessments added, %4 conflicts.")
        .arg(name)
        .arg(report->enterprisesAdded)
        .arg(report->assessmentsAdded)
        .arg(int(report->conflicts.size()));
}

QString BundleTransfer::exportBundle(AppSession &session,
                                     const dl::ExportSelection &selection,
                                     const QString &path,
                                     QWidget *parent)
{
    dl::Result<std::string> written = dl::Diagnostics{};
    {
        TransferProgress progress(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), parent);
        written = dl::exportBundle(session.store(), selection, path.toStdString(),
                                   ss(session.userName()), progress.callback());
    }
    if (!written) {
        if (dl::wasCancelled(written.errors()))
            return tr("Export cancelled; no file was written.");
        showErrors(parent, tr("The bundle could not be written."), written.errors());
        return tr("Export failed.");
    }
    return tr("Exported to %1.").arg(QDir::toNativeSeparators(path));
}

QString BundleTransfer::exportCsv(AppSession &session,
                                  Csv what,
                                  const std::vector<std::int64_t> &assessments,
                                  const QString &path,
                                  QWidget *parent)
{
    dl::Result<int> rows = dl::Diagnostics{};
    {
        // The export scores each assessment: seconds for a city's worth.
        TransferProgress progress(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), parent);
        rows = what == Csv::Assessments
                   ? dl::exportAssessmentsCsv(session.store(), assessments, path.toStdString(),
                                              session.lang(), progress.callback())
                   : dl::exportAnswersCsv(session.store(), assessments, path.toStdString(),
                                          session.lang(), progress.callback());
    }
    if (!rows && dl::wasCancelled(rows.errors()))
        return tr("Export cancelled; no file was written.");
    if (!rows) {
        showErrors(parent, tr("The CSV file could not be written."), rows.errors());
        return tr("Export failed.");
    }
    return tr("%1 rows written to %2.").arg(*rows).arg(QDir::toNativeSeparators(path));
}

QString BundleTransfer::chooseAndImport(AppSession &session, QWidget *parent)
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        parent, tr("Import bundles"), lastFolder(), tr("DigiLevel bundles (*.dlb);;All files (*)"));
    if (paths.isEmpty())
        return {};
    rememberFolder(paths.front());
    return paths.size() == 1 ? importBundle(session, paths.front(), parent)
                             : importBundles(session, paths, parent);
}

QString
BundleTransfer::importBundles(AppSession &session, const QStringList &paths, QWidget *parent)
{
    const QList<ImportOutcome> outcomes = importEach(session, paths, parent);
    const dl::ImportReport total = ImportReportDialog::total(outcomes);
    const auto imported =
        std::count_if(outcomes.begin(), outcomes.end(),
                      [](const ImportOutcome &o) { return o.report.has_value(); });
    if (imported > 0)
        session.notifyEnterprisesChanged();
    auto *dialog = new ImportReportDialog(session, outcomes, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return tr("Imported %1 of %2 bundles: %3 enterprises and %4 assessments added, %5 conflicts.")
        .arg(imported)
        .arg(paths.size())
        .arg(total.enterprisesAdded)
        .arg(total.assessmentsAdded)
        .arg(int(total.conflicts.size()));
}

QString BundleTransfer::chooseAndExport(AppSession &session,
                                        const std::vector<qint64> &selected,
                                        int enterpriseCount,
                                        QWidget *parent)
{
    if (enterpriseCount == 0)
        return tr("There is nothing to export yet.");
    dl::ExportSelection selection;
    if (selected.empty() || int(selected.size()) == enterpriseCount) {
        selection.all = true;
    } else {
        QMessageBox ask(QMessageBox::Question, tr("Export bundle"),
                        tr("Export the %1 selected enterprises or all %2?")
                            .arg(selected.size())
                            .arg(enterpriseCount),
                        QMessageBox::Cancel, parent);
        QPushButton *some = ask.addButton(tr("&Selected"), QMessageBox::AcceptRole);
        QPushButton *all = ask.addButton(tr("&All"), QMessageBox::AcceptRole);
        ask.setDefaultButton(some);
        ask.exec();
        if (ask.clickedButton() == all)
            selection.all = true;
        else if (ask.clickedButton() == some)
            selection.enterprises.assign(selected.begin(), selected.end());
        else
            return {};
    }
    const QString name = QStringLiteral("digilevel-%1.dlb")
                             .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        QFileDialog::getSaveFileName(parent, tr("Export bundle"), QDir(lastFolder()).filePath(name),
                                     tr("DigiLevel bundles (*.dlb)"));
    if (path.isEmpty())
        return {};
    rememberFolder(path);
    return exportBundle(session, selection, path, parent);
}

QString BundleTransfer::chooseAndExportCsv(AppSession &session,
                                           Csv what,
                                           const std::vector<qint64> &selected,
                                           QWidget *parent)
{
    std::vector<std::int64_t> assessments;
    for (qint64 id : selected) {
        if (auto list = session.store().assessments(id))
            for (const dl::AssessmentRecord &a : *list)
                assessments.push_back(a.id);
    }
    if (!selected.empty() && assessments.empty())
        return tr("The selected enterprises have no assessment to export.");
    const bool answers = what == Csv::Answers;
    const QString path = QFileDialog::getSaveFileName(
        parent, answers ? tr("Export answers") : tr("Export assessments"),
        QDir(lastFolder()).filePath(answers ? tr("answers.csv") : tr("assessments.csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    rememberFolder(path);
    return exportCsv(session, what, assessments, path, parent);
}
