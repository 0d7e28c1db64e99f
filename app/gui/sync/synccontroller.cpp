// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccontroller.h"
#include "serverpassword.h"
#include "syncrunner.h"

#include "appsession.h"
#include "appsettings.h"
#include "conflictsdialog.h"
#include "errordialog.h"
#include "home/homelabels.h"
#include "stdtext.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

namespace {

// The refusals a password can cure: none was given, or the one given was wrong.
bool wantsPassword(const dl::Diagnostics &errors)
{
    for (const dl::Diagnostic &d : errors)
        if (d.code == "server-password-needed" || d.code == "server-login-refused")
            return true;
    return false;
}

QString summary(const dl::SyncReport &r)
{
    const int sent =
        r.sentEnterprises + r.sentAssessments + r.sentAnswers + r.sentAudit + r.sentEvidence;
    const dl::ImportReport &in = r.received;
    const int received = in.enterprisesAdded + in.enterprisesUpdated + in.assessmentsAdded +
                         in.answersAdded + in.answersUpdated + in.evidenceAdded;
    QString text = SyncController::tr("Sent %1 changes (answers %2, evidence files %3); "
                                      "received %4 (answers %5, evidence files %6).")
                       .arg(sent)
                       .arg(r.sentAnswers)
                       .arg(r.sentEvidence)
                       .arg(received)
                       .arg(in.answersAdded + in.answersUpdated)
                       .arg(in.evidenceAdded);
    if (r.readOnly)
        text += QLatin1Char(' ') + SyncController::tr("This user may only read: nothing was sent.");
    if (r.heldBack > 0)
        text +=
            QLatin1Char(' ') +
            SyncController::tr("%1 answers wait for a conflict to be resolved.").arg(r.heldBack);
    if (r.refusedEnterprises > 0)
        text += QLatin1Char(' ') +
                SyncController::tr("%1 enterprises now belong to another organisation and were "
                                   "not sent.")
                    .arg(r.refusedEnterprises);
    return text;
}

} // namespace

SyncController::SyncController(AppSession &session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_runner(new SyncRunner(this))
    , m_status(new QLabel(window))
    , m_timer(new QTimer(this))
{
    m_status->setObjectName(QStringLiteral("syncStatus"));
    connect(m_timer, &QTimer::timeout, this, &SyncController::synchroniseQuiet);
    connect(&session, &AppSession::assessmentChanged, this, &SyncController::refreshStatus);
    connect(&session, &AppSession::enterprisesChanged, this, &SyncController::refreshStatus);
    applySettings();
}

SyncController::~SyncController() = default;

bool SyncController::isRunning() const
{
    return m_runner->isRunning();
}

void SyncController::applySettings()
{
    const AppSettings s = AppSettings::load();
    if (s.serverUrl.isEmpty() || s.autoSyncMinutes <= 0)
        m_timer->stop();
    else
        m_timer->start(s.autoSyncMinutes * 60 * 1000);
    refreshStatus();
}

QString SyncController::account() const
{
    const AppSettings s = AppSettings::load();
    return s.serverUser + QLatin1Char('@') + s.serverUrl;
}

void SyncController::refreshStatus()
{
    const AppSettings s = AppSettings::load();
    // The status bar holds only this line: without a server it takes no room.
    if (QWidget *bar = m_status->parentWidget(); bar && bar != m_window)
        bar->setVisible(!s.serverUrl.isEmpty());
    if (s.serverUrl.isEmpty()) {
        m_status->clear();
        return;
    }
    if (m_runner->isRunning()) {
        m_status->setText(tr("Team server: synchronising…"));
        return;
    }
    auto status = dl::syncStatus(m_session.store());
    QString text;
    if (!status) {
        text = errorText(status.errors());
    } else if (!status->lastSyncAt) {
        text = tr("Team server: not synchronised yet");
    } else {
        text = tr("Team server: last synchronised %1 · %2 local changes to send")
                   .arg(HomeLabels::localTime(*status->lastSyncAt))
                   .arg(std::max(0LL, status->pendingChanges));
    }
    if (!m_lastProblem.isEmpty())
        text += QStringLiteral(" · ") + m_lastProblem;
    m_status->setText(text);
}

void SyncController::synchroniseNow()
{
    if (m_runner->isRunning())
        return;
    if (AppSettings::load().serverUrl.isEmpty()) {
        QMessageBox::information(m_window, tr("Synchronise"),
                                 tr("No team server is set. Enter its address and your user name "
                                    "in Settings ▸ Team server."));
        return;
    }
    start(true, ServerPassword::load(account()));
}

void SyncController::synchroniseQuiet()
{
    if (m_runner->isRunning() || AppSettings::load().serverUrl.isEmpty())
        return;
    start(false, ServerPassword::load(account()));
}

void SyncController::start(bool interactive, const QString &password)
{
    const AppSettings s = AppSettings::load();
    dl::SyncTarget target;
    target.conninfo = ss(s.serverUrl);
    target.user = ss(s.serverUser);
    target.password = ss(password);
    QPointer<QProgressDialog> progress;
    if (interactive) {
        // Not modal: the user may go on working while it runs.
        progress = new QProgressDialog(tr("Synchronising with the team server…"), tr("Cancel"), 0,
                                       0, m_window);
        progress->setObjectName(QStringLiteral("syncProgress"));
        progress->setWindowTitle(tr("Synchronise"));
        progress->setWindowModality(Qt::NonModal);
        progress->setMinimumDuration(300);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(progress, &QProgressDialog::canceled, m_runner, &SyncRunner::cancel);
        connect(m_runner, &SyncRunner::stepped, progress, [progress](int k, int total) {
            progress->setMaximum(total);
            progress->setValue(k);
        });
    }
    m_runner->start(m_session.store().path(), std::move(target),
                    [this, interactive, password, progress](dl::Result<dl::SyncReport> result) {
                        if (progress)
                            progress->close();
                        done(interactive, password, std::move(result));
                    });
    refreshStatus();
}

void SyncController::done(bool interactive,
                          const QString &password,
                          dl::Result<dl::SyncReport> result)
{
    if (!result) {
        if (interactive && wantsPassword(result.errors())) {
            bool ok = false;
            const QString prompt =
                password.isEmpty()
                    ? tr("Password of %1:").arg(account())
                    : tr("The server refused the password. Password of %1:").arg(account());
            const QString entered = QInputDialog::getText(m_window, tr("Team server"), prompt,
                                                          QLineEdit::Password, QString(), &ok);
            if (ok && !entered.isEmpty()) {
                start(true, entered);
                return;
            }
        }
        m_lastProblem = tr("the last synchronisation failed");
        refreshStatus();
        if (interactive)
            showErrors(m_window, tr("Synchronisation failed"), result.errors());
        else
            m_status->setToolTip(errorText(result.errors()));
        emit finished(false);
        return;
    }
    // The password worked: keep it (in the keyring where there is one).
    if (!password.isEmpty())
        ServerPassword::store(account(), password);
    m_lastProblem.clear();
    m_status->setToolTip(summary(*result));
    m_session.notifyEnterprisesChanged();
    refreshStatus();
    const auto conflicts = result->received.conflicts.size();
    if (interactive) {
        QString text = summary(*result);
        if (result->stopped)
            text = tr("Stopped; what was sent stays sent, and the next synchronisation carries "
                      "on.") +
                   QLatin1Char(' ') + text;
        if (conflicts > 0) {
            text += QLatin1Char(' ') +
                    tr("%1 answers were changed differently here and on the server: choose which "
                       "to keep.")
                        .arg(conflicts);
            // The conflicts in the dialog an import uses; not modal, like the result.
            auto *dialog = new ConflictsDialog(m_session, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
        auto *box = new QMessageBox(QMessageBox::Information, tr("Synchronise"), text,
                                    QMessageBox::Ok, m_window);
        box->setObjectName(QStringLiteral("syncResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    } else if (conflicts > 0) {
        m_lastProblem = tr("%1 new conflicts (File ▸ Resolve merge conflicts)").arg(conflicts);
        refreshStatus();
    }
    emit finished(true);
}
