// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeopener.h"

#include "appsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QtCore/qcoreapplication.h>

namespace {

// Gives the messages a translation context that lupdate finds.
struct StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    static std::optional<dl::Store> open(const QString &path);
};

} // namespace

std::optional<dl::Store> openStoreInteractively(const QString &path)
{
    return StoreOpener::open(path);
}

std::optional<dl::Store> StoreOpener::open(const QString &path)
{
    const std::string file = path.toStdString();
    for (;;) {
        auto store = dl::Store::open(file);
        if (store)
            return std::move(*store);
        const dl::Diagnostic &d = store.errors().front();
        const auto backups = dl::listBackups(dl::defaultBackupDir(file));
        if (d.code == "database-corrupt" && !backups.empty()) {
            const QString newest = QString::fromStdString(backups.front());
            const auto answer = QMessageBox::question(
                nullptr, tr("Database damaged"),
                tr("The database %1 is damaged:\n%2\n\nRestore the newest automatic backup (%3)? "
                   "The damaged file is kept beside it with the ending .damaged.")
                    .arg(path, AppSession::errorText(store.errors()), QFileInfo(newest).fileName()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                return std::nullopt;
            if (auto restored = dl::restoreBackup(backups.front(), file); !restored) {
                AppSession::showErrors(nullptr, tr("The backup could not be restored."),
                                       restored.errors());
                return std::nullopt;
            }
            continue; // open the restored file
        }
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                        tr("DigiLevel cannot open its database %1.").arg(path),
                        QMessageBox::Retry | QMessageBox::Close);
        box.setInformativeText(AppSession::errorText(store.errors()));
        if (box.exec() != QMessageBox::Retry)
            return std::nullopt;
    }
}
