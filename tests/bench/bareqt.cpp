// SPDX-License-Identifier: GPL-3.0-or-later
// The anchor for the GUI start-up benchmark: an empty QMainWindow, nothing else.
#include "firstpaint.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 800);
    quitAfterFirstPaint(&window);
    window.show();
    return QApplication::exec();
}
