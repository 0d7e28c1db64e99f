// SPDX-License-Identifier: GPL-3.0-or-later
#include "transferprogress.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace {
constexpr int kShowAfterMs = 400;
}

TransferProgress::TransferProgress(const QString &label, QWidget *parent)
    : m_dialog(label, tr("Cancel"), 0, 0, parent)
{
    m_dialog.setWindowModality(Qt::WindowModal);
    m_dialog.setMinimumDuration(kShowAfterMs);
    m_dialog.setAutoClose(false);
    m_dialog.setAutoReset(false);
}

dl::Progress TransferProgress::callback()
{
    return [this](int done, int total) {
        if (m_dialog.maximum() != total)
            m_dialog.setMaximum(total);
        m_dialog.setValue(done); // processes events while the dialog is modal
        return !m_dialog.wasCanceled();
    };
}

bool TransferProgress::waitUntil(const QString &label, const std::function<bool()> &ready)
{
    const QString before = m_dialog.labelText();
    m_dialog.setLabelText(label);
    m_dialog.setRange(0, 0); // busy
    QElapsedTimer clock;
    clock.start();
    bool cancelled = false;
    while (!ready()) {
        if (!m_dialog.isVisible() && clock.elapsed() >= kShowAfterMs)
            m_dialog.show();
        // Until the modal dialog shows, input would reach the window behind it: repaint only.
        QCoreApplication::processEvents(
            m_dialog.isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents, 20);
        if (!cancelled && m_dialog.wasCanceled()) {
            cancelled = true;
            m_dialog.setLabelText(tr("Cancelling…"));
        }
        QThread::msleep(10);
    }
    m_dialog.setLabelText(before);
    return !cancelled && !m_dialog.wasCanceled();
}
