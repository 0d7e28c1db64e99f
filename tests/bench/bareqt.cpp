// SPDX-License-Identifier: GPL-3.0-or-later
// The anchor for the GUI start-up benchmark: an empty QMainWindow, nothing else.
// With --text, a second reference: the same window showing one line of Chinese text, which pays
// the font system's start-up (fontconfig, FreeType, the CJK fallback font) that an empty window
// never does.
#include "firstpaint.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char **argv)
{
    startupMark("main");
    QApplication app(argc, argv);
    startupMark("application");
    QMainWindow window;
    if (QApplication::arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("正在读取 40000 家企业…")));
    window.resize(1200, 800);
    quitAfterFirstPaint(&window);
    window.show();
    startupMark("shown");
    return QApplication::exec();
}
