// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset.h"
#include "core/data/dateformat.h"

#include <catch2/catch.hpp>

using namespace chrono;

TEST_CASE("The builder sorts events by start and round-trips every field", "[core][dataset]")
{
    DatasetBuilder b;
    Event later;
    later.id = QStringLiteral("b");
    later.start = parseIsoDate(u"2025-02-24").date;
    later.end = parseIsoDate(u"2025-02-28").date;
    later.company = QStringLiteral("deepseek");
    later.category = QStringLiteral("open-source");
    later.title = { QStringLiteral("Open-Source Week"), QStringLiteral("开源周") };
    later.description = { QStringLiteral("One repository a day."), QString() };
    later.importance = 5;
    later.confidence = QStringLiteral("verified-primary");
    later.tags = { QStringLiteral("infra"), QStringLiteral("week") };
    later.links = { QStringLiteral("https://github.com/deepseek-ai/open-infra-index") };
    later.sources = { QStringLiteral("oii") };
    Event earlier;
    earlier.id = QStringLiteral("a");
    earlier.start = parseIsoDate(u"2023-07").date;
    earlier.company = QStringLiteral("deepseek");
    b.addEvent(later);
    b.addEvent(earlier);
    const DatasetPtr ds = b.build();
    REQUIRE(ds->eventCount() == 2);
    CHECK(ds->eventId(0) == u"a");
    CHECK(ds->event(1) == later);
    CHECK(ds->event(0) == earlier);
    CHECK(ds->startPrecision(0) == DatePrecision::Month);
    CHECK(ds->isRange(1));
    // A range's end is inclusive: it covers all of 28 February.
    CHECK(ds->ends()[1] == parseIsoDate(u"2025-03-01").date.ms);
    // A month-precision point event spans its month.
    CHECK(ds->ends()[0] == parseIsoDate(u"2023-08").date.ms);
    CHECK(ds->companies().size() == 1); // undeclared company added from the event
    CHECK(ds->eventIndex(u"b") == 1);
    CHECK(ds->eventIndex(u"zzz") == -1);
}

TEST_CASE("Dates read naturally in both languages, with their precision", "[core][dateformat]")
{
    CHECK(formatDate(parseIsoDate(u"2025-01-20").date, Language::English) == QStringLiteral("20 Jan 2025"));
    CHECK(formatDate(parseIsoDate(u"2025-01").date, Language::English) == QStringLiteral("Jan 2025"));
    CHECK(formatDate(parseIsoDate(u"2025-01").date, Language::Chinese) == QStringLiteral("2025年1月"));
    CHECK(formatDate(parseIsoDate(u"2025-01-20").date, Language::Chinese) == QStringLiteral("2025年1月20日"));
    CHECK(formatDateWithPrecision(parseIsoDate(u"2025").date, Language::English) == QStringLiteral("2025 (year)"));
    CHECK(formatDateSpan(parseIsoDate(u"2025-02-24").date, parseIsoDate(u"2025-02-28").date, Language::English)
        == QStringLiteral("24–28 Feb 2025"));
}
