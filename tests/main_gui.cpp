// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for widgets and the CLI: offscreen unless told otherwise (ctest discovery runs
// this binary during the build, where there is no display), 96 dpi for stable metrics.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QtCore/QDir>
#include <QtCore/QTemporaryDir>
#include <QtWidgets/QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings, autosaves and recent files go to a folder of this process alone: ctest runs
    // test cases in parallel processes, and a shared folder would let them see each other's
    // autosaves (and the developer's own settings).
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/chronoscope-test-XXXXXX"));
    if (home.isValid()) {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));
    }
    QCoreApplication::setAttribute(Qt::AA_Use96Dpi);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
