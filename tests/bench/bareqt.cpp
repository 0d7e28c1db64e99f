// SPDX-License-Identifier: GPL-3.0-or-later
// The anchor for the GUI start-up benchmark: an empty QMainWindow, nothing else.
#include "firstpaint.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    startupMark("main");
    QApplication app(argc, argv);
    startupMark("application");
    QMainWindow window;
    window.resize(1200, 800);
    quitAfterFirstPaint(&window);
    window.show();
    startupMark("shown");
    return QApplication::exec();
}
