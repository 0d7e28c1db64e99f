// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QEvent;
class QWidget;

// For the start-up benchmark (tools/benchmark.sh): when the window first paints, prints
// "first-paint <microseconds since the epoch> <peak RSS in kB>" on stdout. Unless it waits for
// more, the application then quits. A probe made with waitForReady waits for ready() (for
// DigiLevel: the enterprise list is filled), prints "list-ready <µs since the epoch> <peak RSS
// in kB>" after that and then quits.
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *window, bool waitForReady = false);

    void ready();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void painted();
    void listReady();

    bool m_waitForReady = false;
    bool m_painted = false;           // a paint event came
    bool m_firstPaintPrinted = false; // and has been reported
    bool m_ready = false;
};

// The probe that quits after the first paint (bare-qt-window uses this).
void quitAfterFirstPaint(QWidget *window);

// Calls `f` once, after `window` has painted for the first time: for start-up work that the
// first screen does not need.
void whenFirstPainted(QWidget *window, std::function<void()> f);

// Start-up tracing: with the logging category digilevel.app.startup enabled
// (QT_LOGGING_RULES=digilevel.app.startup.debug=true), logs `step` with the time since the epoch
// in milliseconds, to compare with the time the program was started.
void startupMark(const char *step);
