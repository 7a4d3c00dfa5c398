// SPDX-License-Identifier: GPL-3.0-or-later
// A newly opened file starts with its own view, and the window's report lists what loading
// left out (issue: the previous file's search made the new file look empty).
#include "app/mainwindow.h"
#include "app/state/documentstate.h"
#include "core/io/builtinreaders.h"

#include "testconfig.h"

#include <QtTest/QTest>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

/// Opens @p path as File → Open does and waits for the document (or the failure report).
bool openAndWait(MainWindow& window, const QString& path)
{
    const DatasetPtr before = window.state()->dataset();
    const int shown = window.diagnosticsShown();
    window.openFiles({ path });
    for (int i = 0; i < 500 && window.state()->dataset() == before && window.diagnosticsShown() == shown; ++i)
        QTest::qWait(10);
    return window.state()->dataset() != before;
}

} // namespace

TEST_CASE("Opening another file clears the filter made for the previous one", "[app][window][filter]")
{
    qputenv("CHRONOSCOPE_NO_DIALOGS", "1");
    registerBuiltinReaders();
    MainWindow window;
    window.openEmbeddedDataset();
    REQUIRE(window.state()->dataset());
    FilterSpec filter;
    filter.text = QStringLiteral("DeepSeek");
    filter.companies = { QStringLiteral("deepseek") };
    window.state()->setFilter(filter);
    REQUIRE(window.state()->filter() == filter);

    REQUIRE(openAndWait(window, fixture("vis_groups.json")));
    CHECK(window.state()->filter() == FilterSpec {});
    CHECK(window.state()->visibleCount() == window.state()->dataset()->eventCount());
    CHECK(window.state()->filterFile() == window.state()->fileName());

    // An edit of the same document (a new snapshot) keeps its filter.
    FilterSpec search;
    search.text = QStringLiteral("Race");
    window.state()->setFilter(search);
    window.state()->replaceDataset(window.state()->dataset());
    CHECK(window.state()->filter() == search);
    qunsetenv("CHRONOSCOPE_NO_DIALOGS");
}

TEST_CASE("A restored session's filter applies only to the file it was made for", "[app][window][filter]")
{
    DocumentState state;
    FilterSpec filter;
    filter.text = QStringLiteral("R1");
    state.setFilter(filter); // no document yet: as restoreSettings() does
    state.setFilterFile(QStringLiteral("/data/a.json"));
    DatasetBuilder b;
    Event e;
    e.id = QStringLiteral("r1");
    e.start = Date::fromYmd(2025, 1, 20);
    e.title.en = QStringLiteral("R1");
    b.addEvent(e);
    const DatasetPtr ds = b.build();
    state.setDataset(ds, QStringLiteral("/data/a.json"));
    CHECK(state.filter() == filter);
    state.setDataset(ds, QStringLiteral("/data/b.json"));
    CHECK(state.filter() == FilterSpec {});
}

TEST_CASE("The window's report of a file with dropped rows lists what was left out, at its place", "[app][window][diagnostics]")
{
    qputenv("CHRONOSCOPE_NO_DIALOGS", "1");
    registerBuiltinReaders();
    MainWindow window;
    window.openEmbeddedDataset();
    const int shown = window.diagnosticsShown();
    REQUIRE(openAndWait(window, fixture("timeline_old.timeline")));
    for (int i = 0; i < 100 && window.diagnosticsShown() == shown; ++i)
        QTest::qWait(10);
    REQUIRE(window.diagnosticsShown() == shown + 1);
    const QString report = window.lastDiagnosticsText();
    INFO(report.toStdString());
    const QStringList lines = report.split(u'\n');
    // The title, the heading of what was left out, the colour (5:24) and the month-13 event
    // (10:7) each at its place, then the other warnings (the undeclared category, kept).
    REQUIRE(lines.size() >= 6);
    CHECK(lines[1] == QStringLiteral("Left out of the file:"));
    CHECK(lines[2].contains(QStringLiteral("timeline_old.timeline:5:24: warning:")));
    CHECK(lines[3].contains(QStringLiteral("timeline_old.timeline:10:7: warning:")));
    CHECK(lines[5].contains(QStringLiteral("timeline_old.timeline:8:62: warning:")));
    CHECK(window.state()->dataset()->eventCount() == 5);
    qunsetenv("CHRONOSCOPE_NO_DIALOGS");
}
