// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 with a QGuiApplication on the offscreen platform: reports are painted with Qt Gui.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
