// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for widgets and the CLI: offscreen unless told otherwise (ctest discovery runs
// this binary during the build, where there is no display), 96 dpi for stable metrics.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QtCore/QStandardPaths>
#include <QtWidgets/QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_Use96Dpi);
    QStandardPaths::setTestModeEnabled(true); // QSettings must not leak between runs
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
