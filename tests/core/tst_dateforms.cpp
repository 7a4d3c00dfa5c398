// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/dateforms.h"

#include <catch2/catch.hpp>

using namespace chrono;

TEST_CASE("Import dates keep the precision they are written with", "[core][dateforms]")
{
    struct Case {
        const char16_t* text;
        const char16_t* expected; ///< Date::toString()
        DatePrecision precision;
    };
    const auto c = GENERATE(Case { u"2024", u"2024", DatePrecision::Year }, Case { u"2024-03", u"2024-03", DatePrecision::Month },
        Case { u" 2024-03-05 ", u"2024-03-05", DatePrecision::Day }, Case { u"2024-03-05T10:20Z", u"2024-03-05T10:20Z", DatePrecision::Minute },
        Case { u"2024-03-05T10:20:00+02:00", u"2024-03-05T08:20Z", DatePrecision::Minute },
        Case { u"2024-03-05 10:20", u"2024-03-05T10:20Z", DatePrecision::Minute }, Case { u"2024/03/05", u"2024-03-05", DatePrecision::Day },
        Case { u"2024/3", u"2024-03", DatePrecision::Month }, Case { u"3/5/2024", u"2024-03-05", DatePrecision::Day },
        Case { u"12/31/1999", u"1999-12-31", DatePrecision::Day }, Case { u"3/5/2024 1:30 PM", u"2024-03-05T13:30Z", DatePrecision::Minute },
        Case { u"3/5/2024 12:05 am", u"2024-03-05T00:05Z", DatePrecision::Minute },
        Case { u"3/5/2024 12:00 PM", u"2024-03-05T12:00Z", DatePrecision::Minute },
        Case { u"3/5/2024 23:59:30", u"2024-03-05T23:59:30Z", DatePrecision::Minute }, Case { u"2014.0", u"2014", DatePrecision::Year },
        Case { u"2/29/2024", u"2024-02-29", DatePrecision::Day });
    const DateParseResult r = parseFlexibleDate(QStringView(c.text));
    INFO(QString::fromUtf16(c.text).toStdString() << " -> " << r.error.toStdString());
    REQUIRE(r.ok());
    CHECK(r.date.toString() == QString::fromUtf16(c.expected));
    CHECK(r.date.precision == c.precision);
}

TEST_CASE("Impossible import dates are errors", "[core][dateforms]")
{
    const auto text = GENERATE(as<QString> {}, "2024-13", "2024-02-30", "2023-02-29", "13/1/2024", "2/30/2024", "0/1/2024", "1/0/2024",
        "1/2/24", "2024/13/01", "2024/02/30", "2024/00", "3/5/2024 13:00 PM", "3/5/2024 24:00", "3/5/2024 noon", "", "yesterday",
        "2024-01-01junk", "1/2/2024/5");
    const DateParseResult r = parseFlexibleDate(text);
    INFO(text.toStdString());
    CHECK_FALSE(r.ok());
    CHECK_FALSE(r.error.isEmpty());
}

TEST_CASE("Slash dates with the year last are month first", "[core][dateforms]")
{
    // 1/2/2024 is the 2nd of January, never the 1st of February (docs/import.md).
    CHECK(parseFlexibleDate(u"1/2/2024").date.toString() == QStringLiteral("2024-01-02"));
    const DateParseResult dayFirst = parseFlexibleDate(u"25/12/2024");
    CHECK_FALSE(dayFirst.ok());
    CHECK(dayFirst.error.contains(QStringLiteral("month/day/year")));
}

TEST_CASE("Dates split over year, month, day and time columns", "[core][dateforms]")
{
    CHECK(dateFromParts(u"1969", u"", u"").date.toString() == QStringLiteral("1969"));
    CHECK(dateFromParts(u"1969", u"7", u"").date.toString() == QStringLiteral("1969-07"));
    CHECK(dateFromParts(u"1969", u"07", u"20").date.toString() == QStringLiteral("1969-07-20"));
    CHECK(dateFromParts(u"1969.0", u"7.0", u"20").date.toString() == QStringLiteral("1969-07-20"));
    CHECK(dateFromParts(u"1969", u"7", u"20", u"8:17 PM").date.toString() == QStringLiteral("1969-07-20T20:17Z"));
    CHECK(dateFromParts(u"-500", u"", u"").date.year() == -500);

    struct Bad {
        const char16_t *y, *m, *d, *t;
        int part;
    };
    const auto b = GENERATE(Bad { u"", u"1", u"1", u"", 0 }, Bad { u"19x9", u"", u"", u"", 0 }, Bad { u"1969", u"13", u"", u"", 1 },
        Bad { u"1969", u"2", u"30", u"", 2 }, Bad { u"1969", u"", u"5", u"", 2 }, Bad { u"1969", u"2", u"", u"10:00", 3 },
        Bad { u"1969", u"2", u"3", u"25:00", 3 });
    int failed = -2;
    const DateParseResult r = dateFromParts(QStringView(b.y), QStringView(b.m), QStringView(b.d), QStringView(b.t), &failed);
    CHECK_FALSE(r.ok());
    CHECK(failed == b.part);
}

TEST_CASE("Times of day with and without AM/PM", "[core][dateforms]")
{
    qint64 ms = -1;
    CHECK(parseTimeOfDay(u"0:00", ms));
    CHECK(ms == 0);
    CHECK(parseTimeOfDay(u"12:30 AM", ms));
    CHECK(ms == 30 * 60000);
    CHECK(parseTimeOfDay(u"1:02:03 pm", ms));
    CHECK(ms == ((13 * 60 + 2) * 60 + 3) * 1000LL);
    CHECK_FALSE(parseTimeOfDay(u"0:30 AM", ms));
    CHECK_FALSE(parseTimeOfDay(u"10:5", ms));
    CHECK_FALSE(parseTimeOfDay(u"10:60", ms));
}
