// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for core: a QCoreApplication, then Catch2. Kept in its own file because the
// Catch2 runner is the slowest thing to compile.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QtCore/QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
