// SPDX-License-Identifier: GPL-3.0-or-later
// Every broken file of the hostile corpus opened in the window, as File → Open does: the window
// reports the same first error as `chronoscope validate` (file, line, column, message) and the
// document it had stays, with its filter.
#include "../common/hostilemanifest.h"

#include "app/mainwindow.h"
#include "app/state/documentstate.h"
#include "core/io/builtinreaders.h"
#include "core/io/readerregistry.h"

#include <QtTest/QTest>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

TEST_CASE("Every broken corpus file: the window shows its first error and keeps its document", "[app][hostile][window]")
{
    qputenv("CHRONOSCOPE_NO_DIALOGS", "1"); // the report box would wait for a click
    registerBuiltinReaders();
    MainWindow window;
    window.openEmbeddedDataset();
    const DatasetPtr before = window.state()->dataset();
    REQUIRE(before);
    FilterSpec filter;
    filter.companies = { QStringLiteral("deepseek") };
    window.state()->setFilter(filter);

    int checked = 0;
    for (const hostile::Entry& e : hostile::manifest()) {
        if (e.expect != QLatin1String("error"))
            continue;
        INFO(e.file.toStdString());
        // What the command line prints first for this file.
        const LoadResult direct = loadFile(e.path());
        const auto firstError = std::find_if(direct.diagnostics.cbegin(), direct.diagnostics.cend(), [](const Diagnostic& d) { return d.isError(); });
        REQUIRE(firstError != direct.diagnostics.cend());

        const int shown = window.diagnosticsShown();
        window.openFiles({ e.path() });
        for (int i = 0; i < 400 && window.diagnosticsShown() == shown; ++i)
            QTest::qWait(10);
        REQUIRE(window.diagnosticsShown() == shown + 1);
        const QString report = window.lastDiagnosticsText();
        CHECK(report.contains(firstError->toString()));
        if (e.line > 0)
            CHECK(report.contains(QStringLiteral(":%1:").arg(e.line)));
        CHECK(window.state()->dataset() == before);
        CHECK(window.state()->filter() == filter);
        ++checked;
    }
    CHECK(checked >= 60);
    qunsetenv("CHRONOSCOPE_NO_DIALOGS");
}
