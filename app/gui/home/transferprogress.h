// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/progress.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <functional>

// The window-modal progress of a long file operation (bundles, CSV, PDF reports). It appears
// only when the work takes long enough to notice, and Cancel makes the core stop.
class TransferProgress
{
    Q_DECLARE_TR_FUNCTIONS(TransferProgress)

public:
    TransferProgress(const QString &label, QWidget *parent);

    // For the core's steps (export, merge): a bar of done/total, processing events as it goes.
    dl::Progress callback();

    // For work running on another thread that reports no steps (reading and checking a
    // bundle): a busy bar with `label` until `ready` returns true. Repaints meanwhile; user
    // input goes to the dialog once it shows, never to the window behind it. Returns false when
    // Cancel was pressed; the work is still waited for (it cannot be interrupted), with the label
    // saying so.
    bool waitUntil(const QString &label, const std::function<bool()> &ready);

    QProgressDialog &dialog() { return m_dialog; }

private:
    QProgressDialog m_dialog;
};
