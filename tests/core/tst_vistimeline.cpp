// SPDX-License-Identifier: GPL-3.0-or-later
// vis-timeline items (core/io/vistimeline.h): fixtures written from the vis-timeline documentation.
#include "core/data/dataset.h"
#include "core/io/importers.h"
#include "core/io/vistimeline.h"
#include "importtestutil.h"

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::test;

namespace {
QString laneName(const Dataset& d, const Event& e)
{
    const int i = d.companyIndex(e.company);
    return i < 0 ? QString() : d.companies()[i].name.en;
}
} // namespace

TEST_CASE("vis-timeline: an array of items, content as title, dates in both forms", "[core][vistimeline]")
{
    const LoadResult r = loadWith(importVisTimeline, importFixture("vis_items.json"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.eventCount() == 6);
    CHECK(d.companies().isEmpty()); // no groups: no lanes
    const Event two = d.event(d.eventIndex(u"2"));
    CHECK(two.title.en == QStringLiteral("item 2 & more"));
    CHECK(two.description.en == QStringLiteral("A tooltip"));
    const Event four = d.event(d.eventIndex(u"4"));
    CHECK(four.isRange());
    CHECK(four.end.toString() == QStringLiteral("2013-04-19"));
    const Event five = d.event(d.eventIndex(u"5"));
    CHECK(five.start.toString() == QStringLiteral("2013-04-26")); // 1366934400000 ms, a midnight
    CHECK(five.start.precision == DatePrecision::Day);
    // The impossible date is left out, said at its place, and counts as dropped data.
    REQUIRE(r.warningCount() == 1);
    const Diagnostic& w = r.diagnostics.first();
    CHECK(w.kind == Diagnostic::Kind::DroppedRow);
    CHECK(w.line == 8);
    CHECK(w.column == 46);
    CHECK(r.droppedData());
}

TEST_CASE("vis-timeline: groups make lanes named by their content, with plain colours", "[core][vistimeline]")
{
    const LoadResult r = loadWith(importVisTimeline, importFixture("vis_groups.json"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.eventCount() == 5);
    // Lanes: the groups items use (Solo has none), and one for the undeclared group.
    REQUIRE(d.companies().size() == 3);
    CHECK(d.companies()[0].name.en == QStringLiteral("Formula E"));
    CHECK(d.companies()[0].color == QStringLiteral("#b0e2ff"));
    CHECK(d.companies()[1].name.en == QStringLiteral("Rally"));
    CHECK(d.companies()[1].color == QStringLiteral("#ff0000"));
    CHECK(d.companies()[2].name.en == QStringLiteral("missing"));
    CHECK(d.meta().laneLabel.en == QStringLiteral("Group"));
    CHECK(d.meta().laneLabel.zh == QStringLiteral("分组"));

    const Event race = d.event(d.eventIndex(u"B"));
    CHECK(laneName(d, race) == QStringLiteral("Formula E"));
    CHECK(race.isRange());
    REQUIRE(d.categoryIndex(race.category) >= 0);
    CHECK(d.categories()[d.categoryIndex(race.category)].color == QStringLiteral("#008000"));
    const Event box = d.event(d.eventIndex(u"C"));
    CHECK(box.start.precision == DatePrecision::Minute);
    CHECK_FALSE(box.isRange());
    const Event stage = d.event(d.eventIndex(u"D"));
    CHECK(laneName(d, stage) == QStringLiteral("Rally"));
    CHECK(d.categories()[d.categoryIndex(stage.category)].color.isEmpty()); // "stage" is no colour
    CHECK_FALSE(d.event(d.eventIndex(u"F")).isRange()); // a point keeps no end

    // background -> era, with its style colour
    REQUIRE(d.eras().size() == 1);
    CHECK(d.eras()[0].title.en == QStringLiteral("Period A"));
    CHECK(d.eras()[0].color == QStringLiteral("#ffc800"));
    CHECK(d.eras()[0].end.toString() == QStringLiteral("2014-01-22"));

    QList<Diagnostic::Kind> kinds;
    for (const Diagnostic& w : r.diagnostics)
        kinds.append(w.kind);
    CHECK(kinds == QList<Diagnostic::Kind> { Diagnostic::Kind::UndeclaredReference, Diagnostic::Kind::DroppedValue });
}

TEST_CASE("vis-timeline: --map lane=class and lane=none choose the grouping", "[core][vistimeline]")
{
    ImportOptions byClass;
    byClass.columnMap.insert(QStringLiteral("lane"), QStringLiteral("class"));
    const LoadResult r = loadWith(importVisTimeline, importFixture("vis_groups.json"), byClass);
    REQUIRE(r.ok());
    QStringList names;
    for (const Company& c : r.data->companies())
        names.append(c.name.en);
    CHECK(names == QStringList { QStringLiteral("green"), QStringLiteral("stage") });

    ImportOptions none;
    none.columnMap.insert(QStringLiteral("lane"), QStringLiteral("none"));
    const LoadResult n = loadWith(importVisTimeline, importFixture("vis_groups.json"), none);
    REQUIRE(n.ok());
    CHECK(n.data->companies().isEmpty());

    ImportOptions wrong;
    wrong.columnMap.insert(QStringLiteral("lane"), QStringLiteral("colour"));
    const LoadResult w = loadWith(importVisTimeline, importFixture("vis_groups.json"), wrong);
    REQUIRE_FALSE(w.ok());
    CHECK(w.diagnostics.first().kind == Diagnostic::Kind::BadValue);
}

TEST_CASE("vis-timeline: the registry picks it for items, not for TimelineJS or records", "[core][vistimeline]")
{
    CHECK(sniffVisTimeline(readAll(importFixture("vis_items.json")), u"x.json") > sniffJsonRecords(readAll(importFixture("vis_items.json")), u"x.json"));
    CHECK(sniffVisTimeline(readAll(importFixture("vis_groups.json")), u"x.json") >= 90);
    CHECK(sniffVisTimeline(readAll(importFixture("timelinejs_small.json")), u"x.json") == 0);
    CHECK(sniffVisTimeline(readAll(importFixture("records.json")), u"x.json") == 0);
    CHECK(sniffVisTimeline(readAll(importFixture("bilingual_events.json")), u"x.json") == 0);
}
