// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/axis/dateticks.h"

#include <catch2/catch.hpp>

using namespace chrono;

namespace {
TimeMs ymd(int y, int m, int d, int hour = 0)
{
    return daysFromCivil(y, unsigned(m), unsigned(d)) * MS_PER_DAY + hour * 3600000LL;
}
QStringList labels(const QList<DateTick>& ticks)
{
    QStringList l;
    for (const DateTick& t : ticks)
        l.append(t.label);
    return l;
}
}

TEST_CASE("The tick step is the finest one that leaves room for a label", "[core][dateticks]")
{
    struct Row {
        double msPerPixel;
        TickUnit unit;
        int count;
    };
    const auto row = GENERATE(Row { 60000.0 / 60, TickUnit::Minute, 1 }, Row { 3600000.0 / 60, TickUnit::Hour, 1 },
        Row { 3600000.0 / 10, TickUnit::Hour, 6 }, Row { double(MS_PER_DAY) / 60, TickUnit::Day, 1 },
        Row { double(MS_PER_DAY) / 20, TickUnit::Week, 1 }, Row { double(MS_PER_DAY) / 2, TickUnit::Month, 1 },
        Row { double(MS_PER_DAY) / 0.5, TickUnit::Month, 6 }, Row { double(MS_PER_DAY), TickUnit::Month, 3 },
        Row { double(MS_PER_DAY) * 20, TickUnit::Year, 5 });
    const TickStep s = chooseTickStep(row.msPerPixel, 50);
    CHECK(s.unit == row.unit);
    CHECK(s.count == row.count);
}

TEST_CASE("Month ticks follow month lengths and leap years", "[core][dateticks]")
{
    // Two years across 1000 px: months; years as majors.
    const DateTicks t = computeDateTicks({ ymd(2023, 11, 15), ymd(2024, 4, 2) }, 200, 40, Language::English);
    REQUIRE(t.minorStep == TickStep { TickUnit::Month, 1 });
    CHECK(labels(t.minor) == QStringList { QStringLiteral("Dec"), QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"), QStringLiteral("Apr") });
    CHECK(t.minor[1].time == ymd(2024, 1, 1));
    CHECK(t.minor[3].time - t.minor[2].time == 29 * MS_PER_DAY); // February 2024 is a leap month
    REQUIRE(t.major.size() == 2);
    CHECK(t.major[0].time == ymd(2023, 1, 1)); // the year already running at the left edge
    CHECK(t.major[1].label == QStringLiteral("2024"));
}

TEST_CASE("Day ticks include the leap day and majors name the month", "[core][dateticks]")
{
    const DateTicks t = computeDateTicks({ ymd(2024, 2, 27), ymd(2024, 3, 3) }, 250, 40, Language::English);
    REQUIRE(t.minorStep.unit == TickUnit::Day);
    CHECK(labels(t.minor) == QStringList { QStringLiteral("27"), QStringLiteral("28"), QStringLiteral("29"), QStringLiteral("1"), QStringLiteral("2") });
    CHECK(labels(t.major) == QStringList { QStringLiteral("Feb 2024"), QStringLiteral("Mar 2024") });
    CHECK(t.major[1].time == ymd(2024, 3, 1));
}

TEST_CASE("Week ticks fall on Mondays", "[core][dateticks]")
{
    const DateTicks t = computeDateTicks({ ymd(2025, 1, 1), ymd(2025, 3, 1) }, 600, 40, Language::English);
    REQUIRE(t.minorStep.unit == TickUnit::Week);
    for (const DateTick& tick : t.minor) {
        const qint64 days = tick.time / MS_PER_DAY;
        CHECK(((days % 7) + 7 + 3) % 7 == 0); // 1970-01-01 was a Thursday
    }
    CHECK(t.minor.first().time == ymd(2025, 1, 6));
}

TEST_CASE("Decades and hours", "[core][dateticks]")
{
    const DateTicks decades = computeDateTicks({ ymd(1965, 6, 1), ymd(2031, 1, 1) }, 500, 60, Language::English);
    CHECK(decades.minorStep == TickStep { TickUnit::Year, 10 });
    CHECK(labels(decades.minor) == QStringList { QStringLiteral("1970"), QStringLiteral("1980"), QStringLiteral("1990"), QStringLiteral("2000"), QStringLiteral("2010"), QStringLiteral("2020"), QStringLiteral("2030") });
    CHECK(decades.major.isEmpty());

    const DateTicks hours = computeDateTicks({ ymd(2025, 1, 20, 22), ymd(2025, 1, 21, 4) }, 400, 50, Language::English);
    CHECK(hours.minorStep == TickStep { TickUnit::Hour, 1 });
    CHECK(hours.minor.first().label == QStringLiteral("22:00"));
    CHECK(labels(hours.major) == QStringList { QStringLiteral("20 Jan 2025"), QStringLiteral("21 Jan 2025") });
}

TEST_CASE("Chinese labels", "[core][dateticks]")
{
    const DateTicks months = computeDateTicks({ ymd(2024, 12, 1), ymd(2025, 3, 1) }, 150, 40, Language::Chinese);
    CHECK(labels(months.minor) == QStringList { QStringLiteral("12月"), QStringLiteral("1月"), QStringLiteral("2月") });
    CHECK(labels(months.major) == QStringList { QStringLiteral("2024年"), QStringLiteral("2025年") });
    const DateTicks days = computeDateTicks({ ymd(2025, 1, 19), ymd(2025, 1, 21) }, 80, 40, Language::Chinese);
    CHECK(days.minor.last().label == QStringLiteral("20日"));
    CHECK(days.major.first().label == QStringLiteral("2025年1月"));
    CHECK(minorTickLabel(ymd(2025, 1, 1), { TickUnit::Year, 1 }, Language::Chinese) == QStringLiteral("2025年"));
    CHECK(majorTickLabel(ymd(2025, 1, 20), { TickUnit::Hour, 1 }, Language::Chinese) == QStringLiteral("2025年1月20日"));
}

TEST_CASE("Tick generation is bounded and handles dates before 1970", "[core][dateticks]")
{
    CHECK(computeDateTicks({ 0, 0 }, 1000, 40, Language::English).minor.isEmpty());
    CHECK(computeDateTicks({ 0, 1000 }, 0, 40, Language::English).minor.isEmpty());
    const DateTicks t = computeDateTicks({ ymd(1900, 1, 1), ymd(2100, 1, 1) }, 1e9, 0, Language::English);
    CHECK(t.minor.size() <= MAX_TICKS);
    CHECK(floorToStep(ymd(1969, 12, 31, 5), { TickUnit::Month, 1 }) == ymd(1969, 12, 1));
    CHECK(floorToStep(ymd(1969, 12, 31, 5), { TickUnit::Year, 10 }) == ymd(1960, 1, 1));
    CHECK(nextStep(ymd(2024, 1, 31), { TickUnit::Month, 1 }) == ymd(2024, 2, 1));
}

TEST_CASE("Count-spaced ticks (the charts) use the same calendar steps", "[core][dateticks][charts]")
{
    const TimeRange range { ymd(2024, 12, 5), ymd(2026, 1, 20) };
    SECTION("months, aligned to the step")
    {
        const DateTicks t = computeDateTicksForCount(range, 8, Language::English);
        CHECK(t.minorStep == TickStep { TickUnit::Month, 3 });
        CHECK(t.major.isEmpty());
        CHECK(labels(t.minor) == QStringList { "Jan 2025", "Apr 2025", "Jul 2025", "Oct 2025", "Jan 2026" });
        CHECK(t.minor.first().time == ymd(2025, 1, 1));
    }
    SECTION("every month when there is room")
    {
        const DateTicks t = computeDateTicksForCount(range, 20, Language::English);
        CHECK(t.minorStep == TickStep { TickUnit::Month, 1 });
        CHECK(t.minor.size() == 13);
    }
    SECTION("years over decades")
    {
        const DateTicks t = computeDateTicksForCount({ ymd(1990, 3, 1), ymd(2025, 1, 1) }, 8, Language::Chinese);
        CHECK(t.minorStep == TickStep { TickUnit::Year, 5 });
        CHECK(t.minor.first().time == ymd(1995, 1, 1));
        CHECK(t.minor.first().label == QStringLiteral("1995年"));
    }
    SECTION("weeks start on Mondays and carry a whole date")
    {
        const DateTicks t = computeDateTicksForCount({ ymd(2025, 1, 1), ymd(2025, 2, 15) }, 8, Language::English);
        CHECK(t.minorStep == TickStep { TickUnit::Week, 1 });
        CHECK(t.minor.first().time == ymd(2025, 1, 6)); // a Monday
        CHECK(t.minor.first().label == QStringLiteral("6 Jan 2025"));
    }
    SECTION("hours name their day")
    {
        const DateTicks t = computeDateTicksForCount({ ymd(2025, 1, 20, 1), ymd(2025, 1, 21, 1) }, 5, Language::Chinese);
        CHECK(t.minorStep == TickStep { TickUnit::Hour, 6 });
        CHECK(t.minor.first().label == QStringLiteral("1月20日 06:00"));
    }
    SECTION("both ends are included and the count holds over millennia")
    {
        CHECK(tickTimes({ ymd(2025, 1, 1), ymd(2025, 3, 1) }, { TickUnit::Month, 1 }, 10).size() == 3);
        const DateTicks t = computeDateTicksForCount({ ymd(1, 1, 1), ymd(9000, 1, 1) }, 6, Language::English);
        CHECK(t.minor.size() <= 6);
        CHECK(t.minor.size() >= 2);
    }
    CHECK(computeDateTicksForCount({ range.end, range.start }, 8, Language::English).minor.isEmpty());
    CHECK(computeDateTicksForCount(range, 0, Language::English).minor.isEmpty());
}

TEST_CASE("One date-label formatter serves axes, tooltips and tables", "[core][dateticks][dateformat]")
{
    const TimeMs t = ymd(2025, 1, 20, 8);
    CHECK(formatDateLabel(t, DateLabel::DayMonthTime, Language::English) == QStringLiteral("20 Jan 08:00"));
    CHECK(formatDateLabel(t, DateLabel::MonthYear, Language::Chinese) == QStringLiteral("2025年1月"));
    CHECK(formatDateLabel(ymd(1969, 12, 31, 23), DateLabel::TimeOfDay, Language::English) == QStringLiteral("23:00"));
    CHECK(majorTickLabel(t, { TickUnit::Day, 1 }, Language::English) == formatDate(Date::fromYmd(2025, 1), Language::English));
    CHECK(formatDate(Date::fromMs(t + 30 * 60000), Language::English) == QStringLiteral("20 Jan 2025 08:30 UTC"));
    CHECK(formatDateWithPrecision(Date::fromYmd(2025, 1, 20), Language::English, PrecisionNote::EvenDay) == QStringLiteral("20 Jan 2025 (day)"));
    CHECK(formatDateWithPrecision(Date::fromYmd(2025, 1, 20), Language::English) == QStringLiteral("20 Jan 2025"));
    CHECK(formatDateWithPrecision(Date::fromYmd(2025, 1), Language::Chinese) == QStringLiteral("2025年1月（精确到月）"));
}
