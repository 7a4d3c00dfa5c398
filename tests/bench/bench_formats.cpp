// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the timeline formats brought from other tools: 100,000 events each of vis-timeline
// items, Timeline text and Markwhen, made deterministically in memory, then read. E.g.
//   chronoscope_bench "[formats]" --benchmark-samples 5
#include "core/data/dataset.h"
#include "core/io/markwhen.h"
#include "core/io/timelinetext.h"
#include "core/io/vistimeline.h"

#include <catch2/catch.hpp>

using namespace chrono;

namespace {

constexpr int EVENTS = 100000;

/// Day @p i after 1990-01-01 as YYYY-MM-DD (28-day months keep it simple and valid).
QByteArray dayText(int i)
{
    const int year = 1990 + i / 336, month = 1 + (i / 28) % 12, day = 1 + i % 28;
    return QByteArray::number(year) + '-' + QByteArray::number(month).rightJustified(2, '0') + '-' + QByteArray::number(day).rightJustified(2, '0');
}

QByteArray visItems()
{
    QByteArray out = "{\"groups\": [";
    for (int g = 0; g < 12; ++g)
        out += (g ? "," : "") + QByteArray("{\"id\": ") + QByteArray::number(g) + ", \"content\": \"Group <b>" + QByteArray::number(g) + "</b>\", \"style\": \"background-color: #4682b4\"}";
    out += "],\n\"items\": [\n";
    for (int i = 0; i < EVENTS; ++i) {
        out += (i ? ",\n" : "") + QByteArray("{\"id\": ") + QByteArray::number(i) + ", \"content\": \"Item " + QByteArray::number(i) + "\", \"start\": \"" + dayText(i)
            + "\", \"group\": " + QByteArray::number(i % 12) + (i % 5 == 0 ? ", \"end\": \"" + dayText(i + 3) + "\", \"type\": \"range\"" : QByteArray()) + "}";
    }
    return out + "\n]}\n";
}

QByteArray timelineText()
{
    QByteArray out = "# Written by Timeline 0.3.0\n";
    for (int c = 0; c < 12; ++c)
        out += "CATEGORY:Category " + QByteArray::number(c) + ";" + QByteArray::number(20 * c) + ",128,200;True\n";
    for (int i = 0; i < EVENTS; ++i)
        out += "EVENT:" + dayText(i) + " 00:00:00;" + dayText(i + (i % 5 == 0 ? 3 : 0)) + " 00:00:00;Event " + QByteArray::number(i) + "\\; text;Category "
            + QByteArray::number(i % 12) + "\n";
    return out;
}

QByteArray markwhen()
{
    QByteArray out = "---\ntitle: Bench\n#t0: steelblue\n---\n";
    for (int g = 0; g < 12; ++g) {
        out += "group Group " + QByteArray::number(g) + "\n";
        for (int i = g; i < EVENTS; i += 12)
            out += dayText(i) + (i % 5 == 0 ? " - " + dayText(i + 3) : QByteArray()) + ": Event " + QByteArray::number(i) + " #t" + QByteArray::number(i % 7)
                + "\nA line of description.\n";
        out += "endGroup\n";
    }
    return out;
}

} // namespace

TEST_CASE("Reading 100,000 events of vis-timeline, Timeline text and Markwhen", "[formats]")
{
    const QByteArray vis = visItems(), tlt = timelineText(), mw = markwhen();
    REQUIRE(importVisTimelineData(vis, QStringLiteral("b.json")).data->eventCount() == EVENTS);
    REQUIRE(importTimelineTextData(tlt, QStringLiteral("b.timeline")).data->eventCount() == EVENTS);
    REQUIRE(importMarkwhenData(mw, QStringLiteral("b.mw")).data->eventCount() == EVENTS);
    BENCHMARK("vis-timeline, 100k items")
    {
        return importVisTimelineData(vis, QStringLiteral("b.json")).data->eventCount();
    };
    BENCHMARK("Timeline text, 100k events")
    {
        return importTimelineTextData(tlt, QStringLiteral("b.timeline")).data->eventCount();
    };
    BENCHMARK("Markwhen, 100k events")
    {
        return importMarkwhenData(mw, QStringLiteral("b.mw")).data->eventCount();
    };
}
