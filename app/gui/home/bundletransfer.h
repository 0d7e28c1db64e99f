// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/bundle.h"

#include <QCoreApplication>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <vector>

class AppSession;
class QWidget;

// The home page's transfers: bundles (.dlb) in and out with a progress dialog that can cancel
// (the core then leaves nothing behind), and the CSV exports. Each returns the line for the
// page's status line; errors are shown with the core's message.
struct BundleTransfer
{
    Q_DECLARE_TR_FUNCTIONS(BundleTransfer)

public:
    // The File-menu commands: ask for the file (and, for a bundle with a partial selection,
    // whether to export the selected enterprises or all), then transfer. Empty when the user
    // gave up before anything happened.
    static QString chooseAndImport(AppSession &session, QWidget *parent);
    static QString chooseAndExport(AppSession &session,
                                   const std::vector<qint64> &selectedEnterprises,
                                   int enterpriseCount,
                                   QWidget *parent);
    enum class Csv { Assessments, Answers };
    // The assessments of the selected enterprises, else every assessment.
    static QString chooseAndExportCsv(AppSession &session,
                                      Csv what,
                                      const std::vector<qint64> &selectedEnterprises,
                                      QWidget *parent);

    // Imports in one transaction, then opens the import report (non-modal).
    static QString importBundle(AppSession &session, const QString &path, QWidget *parent);
    // Several bundles (an office merging the laptops' work), one after the other, each in its
    // own transaction, the next one read while the current one merges. A refused bundle does not
    // stop the others; Cancel keeps the bundles already imported and stops there. Then one report
    // for them all.
    static QString importBundles(AppSession &session, const QStringList &paths, QWidget *parent);
    static QString exportBundle(AppSession &session,
                                const dl::ExportSelection &selection,
                                const QString &path,
                                QWidget *parent);
    // `assessments` empty: every assessment.
    static QString exportCsv(AppSession &session,
                             Csv what,
                             const std::vector<std::int64_t> &assessments,
                             const QString &path,
                             QWidget *parent);
};
