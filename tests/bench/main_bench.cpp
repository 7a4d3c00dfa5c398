// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark runner: Catch2 v2 needs its own runner for BENCHMARK (TOOLCHAIN.md, pitfall 2).
#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include <QtWidgets/QApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setAttribute(Qt::AA_Use96Dpi);
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
