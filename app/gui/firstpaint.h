// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

// For the start-up benchmark (tools/benchmark.sh): when `window` first paints, prints
// "first-paint <milliseconds since the epoch> <peak RSS in kB>" on stdout and quits the
// application.
void quitAfterFirstPaint(QWidget *window);
