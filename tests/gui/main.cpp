// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 with a QApplication on the offscreen platform, and settings kept away from the user's.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "results/chartsloader.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DigiLevel-tests"));
    QApplication::setApplicationName(QStringLiteral("DigiLevel-tests"));
    ChartsModule::useModule(QStringLiteral(DIGILEVEL_CHARTS_MODULE)); // the one just built
    return Catch::Session().run(argc, argv);
}
