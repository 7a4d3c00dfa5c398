// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/date.h"

#include <catch2/catch.hpp>

using namespace chrono;

TEST_CASE("Dates keep their precision through parse and print", "[core][date]")
{
    const auto text = GENERATE(as<QString> {}, "2025", "2025-01", "2025-01-20", "2024-02-29", "2025-09-05T16:00Z",
        "1999-12-31T23:59:30Z");
    const DateParseResult r = parseIsoDate(text);
    REQUIRE(r.ok());
    CHECK(r.date.toString() == text);
}

TEST_CASE("A month is the whole month, never its first day", "[core][date]")
{
    const Date month = parseIsoDate(u"2025-01").date;
    const Date firstDay = parseIsoDate(u"2025-01-01").date;
    CHECK(month.precision == DatePrecision::Month);
    CHECK(month.ms == firstDay.ms);
    CHECK(month != firstDay);
    CHECK(month < firstDay);
    CHECK(month.endMs() == parseIsoDate(u"2025-02-01").date.ms);
    CHECK(parseIsoDate(u"2024").date.endMs() - parseIsoDate(u"2024").date.ms == 366 * MS_PER_DAY);
    CHECK(parseIsoDate(u"2024-02").date.endMs() - parseIsoDate(u"2024-02").date.ms == 29 * MS_PER_DAY);
}

TEST_CASE("Impossible dates are errors with the place of the fault", "[core][date]")
{
    struct Case {
        const char16_t* text;
        int offset;
    };
    const auto c = GENERATE(Case { u"2025-13", 5 }, Case { u"2025-02-30", 8 }, Case { u"2023-02-29", 8 },
        Case { u"25-01-01", 0 }, Case { u"2025/01/01", 4 }, Case { u"", 0 }, Case { u"2025-01-01T25:00", 11 },
        Case { u"2025-01-01Tx", 11 }, Case { u"2025-01-01T10:00+08:00junk", 22 });
    const DateParseResult r = parseIsoDate(QStringView(c.text));
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.error.isEmpty());
    CHECK(r.errorOffset == c.offset);
}

TEST_CASE("Zones are applied, and date-times without a zone are UTC", "[core][date]")
{
    const Date beijing = parseIsoDate(u"2025-09-06T00:00+08:00").date;
    const Date utc = parseIsoDate(u"2025-09-05T16:00").date;
    CHECK(beijing == utc);
    CHECK(utc.toString() == QStringLiteral("2025-09-05T16:00Z"));
}

TEST_CASE("Civil day arithmetic round-trips across leap years", "[core][date]")
{
    for (qint64 days = -800000; days < 800000; days += 997) {
        int y;
        unsigned m, d;
        civilFromDays(days, y, m, d);
        REQUIRE(daysFromCivil(y, m, d) == days);
    }
    CHECK(daysFromCivil(1970, 1, 1) == 0);
    CHECK(isLeapYear(2000));
    CHECK_FALSE(isLeapYear(1900));
    CHECK(daysInMonth(2024, 2) == 29);
}
