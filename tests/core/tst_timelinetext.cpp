// SPDX-License-Identifier: GPL-3.0-or-later
// thetimelineproj's older text format (core/io/timelinetext.h).
#include "core/data/dataset.h"
#include "core/io/importers.h"
#include "core/io/timelinetext.h"
#include "importtestutil.h"

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::test;

TEST_CASE("Timeline text format: categories as lanes with colours, events, escapes", "[core][timelinetext]")
{
    const LoadResult r = loadWith(importTimelineText, importFixture("timeline_old.timeline"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.eventCount() == 5);
    QStringList lanes;
    for (const Company& c : d.companies())
        lanes.append(c.name.en + u' ' + c.color);
    CHECK(lanes == QStringList { QStringLiteral("Work #add8e6"), QStringLiteral("Private #ffa07a"), QStringLiteral("Travel ") });
    CHECK(d.categories().size() == 3);
    CHECK(d.meta().laneLabel.en == QStringLiteral("Category"));

    const Event kickoff = d.event(d.eventIndex(u"event-1"));
    CHECK(kickoff.title.en == QStringLiteral("Kick-off; planning"));
    CHECK(kickoff.start.toString() == QStringLiteral("2009-06-10"));
    CHECK(kickoff.end.toString() == QStringLiteral("2009-06-12"));
    const Event dentist = d.event(d.eventIndex(u"event-2"));
    CHECK(dentist.start.precision == DatePrecision::Minute);
    CHECK_FALSE(dentist.isRange());
    CHECK(d.event(d.eventIndex(u"event-6")).company.isEmpty());

    QList<Diagnostic::Kind> kinds;
    for (const Diagnostic& w : r.diagnostics)
        kinds.append(w.kind);
    // the bad colour (kept, without it), month 13 (event left out), the undeclared Travel
    CHECK(kinds == QList<Diagnostic::Kind> { Diagnostic::Kind::DroppedValue, Diagnostic::Kind::DroppedRow, Diagnostic::Kind::UndeclaredReference });
    CHECK(r.diagnostics[1].line == 10);
    CHECK(r.diagnostics[1].column == 7);
}

TEST_CASE("Timeline text format: the registry tells it from the XML one", "[core][timelinetext]")
{
    const QByteArray text = readAll(importFixture("timeline_old.timeline"));
    const QByteArray xml = readAll(importFixture("small.timeline"));
    CHECK(sniffTimelineText(text, u"a.timeline") > sniffTimelineXml(text, u"a.timeline"));
    CHECK(sniffTimelineXml(xml, u"a.timeline") > sniffTimelineText(xml, u"a.timeline"));
    ImportOptions none;
    none.columnMap.insert(QStringLiteral("lane"), QStringLiteral("none"));
    const LoadResult r = loadWith(importTimelineText, importFixture("timeline_old.timeline"), none);
    REQUIRE(r.ok());
    CHECK(r.data->companies().isEmpty());
    CHECK(r.data->categories().size() == 3);
}
