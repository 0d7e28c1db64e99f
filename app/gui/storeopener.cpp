// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeopener.h"
#include "errordialog.h"

#include "appsession.h"
#include "home/transferprogress.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QtCore/qcoreapplication.h>

#include <atomic>
#include <chrono>
#include <future>

namespace {

// Gives the messages a translation context that lupdate finds.
struct StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)

public:
    static std::optional<dl::Store> open(const QString &path, const dl::Store::Options &options);

private:
    static dl::Result<dl::Store> openExplainingWaits(const QString &path,
                                                     dl::Store::Options options);
    // What open() is doing: a Store::SlowStep, or -1 before it has said.
    static QString explanation(int slowStep, const QString &path);
};

} // namespace

std::optional<dl::Store> openStoreInteractively(const QString &path, dl::Store::Options options)
{
    return StoreOpener::open(path, options);
}

std::optional<dl::Store> StoreOpener::open(const QString &path, const dl::Store::Options &options)
{
    const std::string file = path.toStdString();
    for (;;) {
        auto store = openExplainingWaits(path, options);
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
                    .arg(path, errorText(store.errors()), QFileInfo(newest).fileName()),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                return std::nullopt;
            if (auto restored = dl::restoreBackup(backups.front(), file); !restored) {
                showErrors(nullptr, tr("The backup could not be restored."), restored.errors());
                return std::nullopt;
            }
            continue; // open the restored file
        }
        QMessageBox box(QMessageBox::Critical, tr("Cannot open the database"),
                        tr("DigiLevel cannot open its database %1.").arg(path),
                        QMessageBox::Retry | QMessageBox::Close);
        box.setInformativeText(errorText(store.errors()));
        if (box.exec() != QMessageBox::Retry)
            return std::nullopt;
    }
}

// Opening takes a millisecond, except when open() reads and copies the whole file: the first
// opening of a large database each day (its check and backup, seconds for an office's 40,000
// enterprises). The window is not up yet, so without a word the program would seem not to start:
// then open() runs on another thread while a dialog says what it is doing.
dl::Result<dl::Store> StoreOpener::openExplainingWaits(const QString &path,
                                                       dl::Store::Options options)
{
    const std::string file = path.toStdString();
    if (!dl::Store::opensSlowly(file, options))
        return dl::Store::open(file, options); // no thread to start for a millisecond
    constexpr int kNone = -1;
    std::atomic<int> step{kNone};
    options.onSlowStep = [&step, theirs = std::move(options.onSlowStep)](dl::Store::SlowStep s) {
        step = int(s);
        if (theirs)
            theirs(s);
    };
    auto opening = std::async(std::launch::async,
                              [&file, &options] { return dl::Store::open(file, options); });
    auto done = [&] {
        return opening.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    };
    TransferProgress progress(tr("Opening the database…"), nullptr);
    progress.dialog().setWindowTitle(QStringLiteral("DigiLevel"));
    progress.dialog().setCancelButton(nullptr); // a check or a copy half done helps no one
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setMinimumWidth(label->fontMetrics().averageCharWidth() * 60);
    progress.dialog().setLabel(label);
    for (int shown = step; !done(); shown = step)
        progress.waitUntil(explanation(shown, path), [&] { return done() || step != shown; });
    return opening.get();
}

QString StoreOpener::explanation(int slowStep, const QString &path)
{
    const QString file = QFileInfo(path).fileName();
    switch (dl::Store::SlowStep(slowStep)) {
    case dl::Store::SlowStep::FullCheck:
        return tr("Checking every page of the database %1.\n\nThe first opening of each day checks "
                  "the whole file before making the day's backup; for a large database this "
                  "takes a few seconds.")
            .arg(file);
    case dl::Store::SlowStep::DailyBackup:
        return tr("Making today's backup of the database %1.\n\nThe first opening of each day "
                  "keeps a copy; for a large database this takes a few seconds.")
            .arg(file);
    case dl::Store::SlowStep::UpgradeBackup:
        return tr("Keeping a copy of the database %1 before upgrading it for this version of "
                  "DigiLevel.")
            .arg(file);
    }
    return tr("Opening the database %1…").arg(file);
}

EarlyStoreOpening::EarlyStoreOpening(const QString &path, dl::Store::Options options)
    : m_path(path)
{
    const std::string file = path.toStdString();
    if (!file.empty() && !dl::Store::opensSlowly(file, options))
        m_opening = std::async(std::launch::async, [file, options = std::move(options)] {
            return dl::Store::open(file, options);
        });
}

void EarlyStoreOpening::wait()
{
    if (m_opening.valid())
        m_opening.wait();
}

std::optional<dl::Store> EarlyStoreOpening::take(const QString &path)
{
    if (!m_opening.valid())
        return std::nullopt;
    dl::Result<dl::Store> store = m_opening.get();
    if (!store || path != m_path)
        return std::nullopt; // closed here; opened again the usual way
    return std::move(*store);
}
