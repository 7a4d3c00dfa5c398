// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen smoke tests of the main window on the embedded dataset: the data flow of
// DESIGN.md (state -> views, no view talking to another) seen from the outside.
#include "app/charts/chartpanel.h"
#include "app/charts/serieschartview.h"
#include "app/charts/trendchart.h"
#include "app/mainwindow.h"
#include "app/pages/claimspage.h"
#include "app/pages/eventdetails.h"
#include "app/pages/eventlistpage.h"
#include "app/pages/filterpanel.h"
#include "app/state/documenteditor.h"
#include "app/state/documentstate.h"
#include "app/state/editcommands.h"
#include "app/timeline/timelineview.h"
#include "core/models/eventtablemodel.h"
#include "testconfig.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QThreadPool>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtGui/QUndoStack>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTreeWidget>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

namespace {

struct Window {
    MainWindow window;
    Window()
    {
        window.openEmbeddedDataset();
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
    }
    DocumentState& state() { return *window.state(); }
    const Dataset& data() { return *state().dataset(); }
    int eventOf(const char* id) { return data().eventIndex(QString::fromUtf8(id)); }
};

bool chartHasLineOf(ChartPanel* panel, const QString& company)
{
    const TrendChart* chart = panel->view()->trendChart();
    REQUIRE(chart != nullptr);
    for (const QString& id : chart->seriesIds()) {
        if (id.endsWith(u'/' + company))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The window opens on the embedded dataset", "[app][window]")
{
    Window w;
    REQUIRE(w.state().dataset());
    CHECK(w.data().eventCount() >= 100);
    CHECK(w.state().visibleCount() == w.data().eventCount());
    CHECK(w.window.filterPanel()->companyList()->count() == w.data().companies().size());
    CHECK_FALSE(w.state().chartGroup().isEmpty());
    CHECK(w.window.timelineView()->painter().frame().visibleEvents > 0);
}

TEST_CASE("Unticking a company removes its events from the timeline and its line from the chart", "[app][window][filter]")
{
    Window w;
    w.state().setChartGroup(QStringLiteral("similarweb-share"));
    QApplication::processEvents();
    REQUIRE(chartHasLineOf(w.window.chartPanel(), QStringLiteral("deepseek")));
    const int r1 = w.eventOf("deepseek-r1");
    REQUIRE(r1 >= 0);
    REQUIRE(w.window.timelineView()->painter().mask()[size_t(r1)] == 1);

    QListWidget* list = w.window.filterPanel()->companyList();
    QListWidgetItem* deepseek = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == u"deepseek")
            deepseek = list->item(i);
    }
    REQUIRE(deepseek);
    deepseek->setCheckState(Qt::Unchecked);
    QApplication::processEvents();

    CHECK(w.window.timelineView()->painter().mask()[size_t(r1)] == 0);
    CHECK_FALSE(chartHasLineOf(w.window.chartPanel(), QStringLiteral("deepseek")));
    CHECK(chartHasLineOf(w.window.chartPanel(), QStringLiteral("openai")));
    CHECK(w.window.eventList()->model()->rowOfEvent(r1) == -1);
    CHECK(w.state().visibleCount() < w.data().eventCount());
}

TEST_CASE("Selecting an event in one view is seen in the others", "[app][window][link]")
{
    Window w;
    const int v3 = w.eventOf("deepseek-v3");
    REQUIRE(v3 >= 0);
    // The timeline asks; the state answers everyone.
    Q_EMIT w.window.timelineView()->eventActivated(v3);
    QApplication::processEvents();
    CHECK(w.state().selectedEvent() == v3);
    CHECK(w.window.eventDetails()->titleText() == w.data().title(v3, Language::English).toString());
    CHECK(w.window.timelineView()->painter().selectedEvent() == v3);
    CHECK(w.window.chartPanel()->view()->request().selectedEvent == v3);
    const QModelIndex current = w.window.eventList()->view()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data(EventTableModel::EventIndexRole).toInt() == v3);

    // The chart asks; the timeline follows.
    const int r1 = w.eventOf("deepseek-r1");
    Q_EMIT w.window.chartPanel()->view()->eventActivated(r1);
    QApplication::processEvents();
    CHECK(w.window.timelineView()->painter().selectedEvent() == r1);
}

TEST_CASE("Zooming one view moves the other", "[app][window][link]")
{
    Window w;
    const TimeRange week { parseIsoDate(u"2025-02-20").date.ms, parseIsoDate(u"2025-03-03").date.ms };
    Q_EMIT w.window.timelineView()->visibleRangeRequested(week);
    QApplication::processEvents();
    CHECK(w.state().visibleRange() == week);
    CHECK(w.window.chartPanel()->view()->request().visibleRange == week);
    const TimeRange month { parseIsoDate(u"2025-01").date.ms, parseIsoDate(u"2025-02").date.ms };
    Q_EMIT w.window.chartPanel()->view()->visibleRangeRequested(month);
    QApplication::processEvents();
    CHECK(w.window.timelineView()->painter().visibleRange() == month);
}

TEST_CASE("Text search narrows every view and counts matches", "[app][window][filter]")
{
    Window w;
    w.window.filterPanel()->searchField()->setText(QStringLiteral("deepseek-r1"));
    QApplication::processEvents();
    const int matches = w.state().visibleCount();
    CHECK(matches > 0);
    CHECK(matches < w.data().eventCount());
    CHECK(w.window.eventList()->model()->rowCount() == matches);
    w.window.filterPanel()->stepMatch(+1);
    CHECK(w.state().selectedEvent() >= 0);
    CHECK(w.state().mask()[size_t(w.state().selectedEvent())] == 1);
}

TEST_CASE("The event list model passes the model tester and sorts", "[app][model]")
{
    Window w;
    EventTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setData(w.state().dataset(), w.state().mask(), Language::Chinese);
    CHECK(model.rowCount() == w.data().eventCount());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSortRole(EventTableModel::SortRole);
    proxy.sort(EventTableModel::ImportanceColumn, Qt::DescendingOrder);
    CHECK(proxy.index(0, EventTableModel::ImportanceColumn).data().toInt() == 5);
    model.setData(w.state().dataset(), EventMask(size_t(w.data().eventCount()), 0), Language::English);
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The claims view shows verdicts and opens the evidence", "[app][claims]")
{
    Window w;
    ClaimsPage* claims = w.window.claimsPage();
    REQUIRE(claims->list()->topLevelItemCount() == w.data().claims().size());
    REQUIRE(w.data().claims().size() >= 18);
    int s2 = -1;
    for (int i = 0; i < w.data().claims().size(); ++i) {
        if (w.data().claims()[i].id == u"S2")
            s2 = i;
    }
    REQUIRE(s2 >= 0);
    claims->selectClaim(s2);
    CHECK(claims->list()->topLevelItem(s2)->text(2) == ClaimsPage::verdictLabel(Verdict::Contradicted, Language::English));
    REQUIRE(claims->showChart());
    CHECK_FALSE(w.state().chartGroup().isEmpty());
    REQUIRE(claims->showEvents());
    CHECK(w.state().selectedEvent() >= 0);
}

TEST_CASE("Language switches without a restart", "[app][i18n]")
{
    Window w;
    const int r1 = w.eventOf("deepseek-r1");
    w.state().setSelectedEvent(r1);
    w.state().setLanguage(Language::Chinese);
    QApplication::processEvents();
    CHECK(w.window.eventDetails()->titleText() == w.data().title(r1, Language::Chinese).toString());
    CHECK(w.window.timelineView()->painter().language() == Language::Chinese);
}

TEST_CASE("Details show data as plain text and offer only http(s) links", "[app][security]")
{
    CHECK(EventDetails::isOpenableUrl(QStringLiteral("https://api-docs.deepseek.com/news/news250120")));
    CHECK(EventDetails::isOpenableUrl(QStringLiteral("http://example.org/x")));
    CHECK_FALSE(EventDetails::isOpenableUrl(QStringLiteral("javascript:alert(1)")));
    CHECK_FALSE(EventDetails::isOpenableUrl(QStringLiteral("file:///etc/passwd")));
    CHECK_FALSE(EventDetails::isOpenableUrl(QStringLiteral("https://")));
}

TEST_CASE("Edits in the window are undoable and mark the window modified", "[app][window][editing]")
{
    Window w;
    DocumentEditor* editor = w.window.editor();
    REQUIRE(editor);
    const int before = w.data().eventCount();
    Event e;
    e.id = QStringLiteral("my-note");
    e.start = parseIsoDate(u"2025-03-10").date;
    e.company = QStringLiteral("deepseek");
    e.category = QStringLiteral("product");
    e.title = { QStringLiteral("My own note"), QString() };
    e.sources = { w.data().sources().first().id };
    QString error;
    REQUIRE(editor->execute(new AddEventCommand(&w.state(), e), &error));
    CHECK(w.data().eventCount() == before + 1);
    CHECK(w.window.isWindowModified());
    CHECK(w.window.eventList()->model()->rowCount() == before + 1);
    editor->undoStack()->undo();
    CHECK(w.data().eventCount() == before);
    CHECK_FALSE(w.window.isWindowModified());
}

TEST_CASE("A file that fails to load leaves the open document untouched", "[app][window][load]")
{
    qputenv("CHRONOSCOPE_NO_DIALOGS", "1"); // the diagnostics box would wait for a click
    Window w;
    const DatasetPtr before = w.state().dataset();
    const FilterSpec filter = [] {
        FilterSpec f;
        f.companies = { QStringLiteral("deepseek") };
        return f;
    }();
    w.state().setFilter(filter);
    w.window.openFiles({ QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/broken-date.json") });
    // The load runs on the thread pool; give it time to fail and report back.
    for (int i = 0; i < 100; ++i) {
        QTest::qWait(30);
    }
    CHECK(w.state().dataset() == before);
    CHECK(w.state().filter() == filter);
    CHECK(w.state().visibleCount() < before->eventCount());
    qunsetenv("CHRONOSCOPE_NO_DIALOGS");
}

TEST_CASE("Timeline and chart share one hover cursor", "[app][window][link]")
{
    Window w;
    const TimeMs t = parseIsoDate(u"2025-01-20").date.ms;
    Q_EMIT w.window.chartPanel()->view()->hoveredTimeChanged(t);
    QApplication::processEvents();
    REQUIRE(w.state().hoverTime());
    CHECK(*w.state().hoverTime() == t);
    CHECK(w.window.timelineView()->painter().cursorTime() == std::optional<TimeMs>(t));
    const TimeMs u = parseIsoDate(u"2025-02-24").date.ms;
    Q_EMIT w.window.timelineView()->hoverTimeChanged(u);
    QApplication::processEvents();
    CHECK(w.state().hoverTime() == std::optional<TimeMs>(u));
    Q_EMIT w.window.chartPanel()->view()->hoverLeft();
    QApplication::processEvents();
    CHECK_FALSE(w.window.timelineView()->painter().cursorTime().has_value());
}

TEST_CASE("Snapshots get their search index off the UI thread and the replaced one lets it go", "[app][window][filter][search]")
{
    qputenv("CHRONOSCOPE_NO_DIALOGS", "1");
    Window w;
    // A loaded document arrives with its index (built by the loader's worker).
    const DatasetPtr embedded = w.state().dataset();
    w.window.openFiles({ QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/native-sample.json") });
    for (int i = 0; i < 250 && w.state().dataset() == embedded; ++i)
        QTest::qWait(20);
    const DatasetPtr loaded = w.state().dataset();
    REQUIRE(loaded != embedded);
    CHECK(loaded->hasSearchIndex());

    // An edit's snapshot has none yet; a search right away still gives the right answer.
    FilterSpec filter;
    filter.text = QStringLiteral("  ") + foldForSearch(loaded->title(0, Language::English)).toUpper();
    w.state().setFilter(filter);
    const DatasetPtr edited = DatasetBuilder(*loaded).build();
    w.state().replaceDataset(edited);
    CHECK(w.state().visibleCount() >= 1);
    CHECK(w.state().mask()[0] == 1);
    CHECK(edited->hasSearchIndex());
    CHECK_FALSE(loaded->hasSearchIndex()); // kept for undo only
    QThreadPool::globalInstance()->waitForDone();
    qunsetenv("CHRONOSCOPE_NO_DIALOGS");
}
