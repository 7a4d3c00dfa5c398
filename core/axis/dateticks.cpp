// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/axis/dateticks.h"

#include <array>
#include <cmath>

namespace chrono {

namespace {

constexpr TimeMs MS_PER_MINUTE = 60 * 1000;
constexpr TimeMs MS_PER_HOUR = 60 * MS_PER_MINUTE;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

struct StepSpec {
    TickStep step;
    TimeMs shortest; ///< shortest interval of this step, ms (28 days for a month, 365 for a year)
};

// Finest first. Shortest intervals make the spacing guarantee hold for February too.
const std::array<StepSpec, 22> STEPS = { {
    { { TickUnit::Minute, 1 }, MS_PER_MINUTE },
    { { TickUnit::Minute, 5 }, 5 * MS_PER_MINUTE },
    { { TickUnit::Minute, 10 }, 10 * MS_PER_MINUTE },
    { { TickUnit::Minute, 15 }, 15 * MS_PER_MINUTE },
    { { TickUnit::Minute, 30 }, 30 * MS_PER_MINUTE },
    { { TickUnit::Hour, 1 }, MS_PER_HOUR },
    { { TickUnit::Hour, 3 }, 3 * MS_PER_HOUR },
    { { TickUnit::Hour, 6 }, 6 * MS_PER_HOUR },
    { { TickUnit::Hour, 12 }, 12 * MS_PER_HOUR },
    { { TickUnit::Day, 1 }, MS_PER_DAY },
    { { TickUnit::Week, 1 }, 7 * MS_PER_DAY },
    { { TickUnit::Week, 2 }, 14 * MS_PER_DAY },
    { { TickUnit::Month, 1 }, 28 * MS_PER_DAY },
    { { TickUnit::Month, 3 }, 89 * MS_PER_DAY },
    { { TickUnit::Month, 6 }, 181 * MS_PER_DAY },
    { { TickUnit::Year, 1 }, 365 * MS_PER_DAY },
    { { TickUnit::Year, 2 }, 730 * MS_PER_DAY },
    { { TickUnit::Year, 5 }, 1826 * MS_PER_DAY },
    { { TickUnit::Year, 10 }, 3652 * MS_PER_DAY },
    { { TickUnit::Year, 20 }, 7305 * MS_PER_DAY },
    { { TickUnit::Year, 50 }, 18262 * MS_PER_DAY },
    { { TickUnit::Year, 100 }, 36524 * MS_PER_DAY },
} };

void civil(TimeMs t, int& y, unsigned& m, unsigned& d)
{
    civilFromDays(floorDiv(t, MS_PER_DAY), y, m, d);
}

/// The unit one level above a step's unit, for the major row.
TickUnit majorUnit(const TickStep& step)
{
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        return TickUnit::Day;
    case TickUnit::Day:
    case TickUnit::Week:
        return TickUnit::Month;
    case TickUnit::Month:
    case TickUnit::Year:
        break;
    }
    return TickUnit::Year;
}

} // namespace

TickStep chooseTickStep(double msPerPixel, double minSpacingPx)
{
    const double needMs = std::max(0.0, minSpacingPx) * std::max(0.0, msPerPixel);
    for (const StepSpec& s : STEPS) {
        if (double(s.shortest) >= needMs)
            return s.step;
    }
    // Beyond a century per label: keep multiplying centuries so the count stays bounded.
    const double centuries = std::ceil(needMs / double(STEPS.back().shortest));
    return TickStep { TickUnit::Year, int(std::min(centuries, 1.0e6)) * 100 };
}

TimeMs floorToStep(TimeMs t, const TickStep& step)
{
    int y;
    unsigned m, d;
    switch (step.unit) {
    case TickUnit::Minute:
        return floorDiv(t, step.count * MS_PER_MINUTE) * step.count * MS_PER_MINUTE;
    case TickUnit::Hour:
        return floorDiv(t, step.count * MS_PER_HOUR) * step.count * MS_PER_HOUR;
    case TickUnit::Day:
        return floorDiv(t, step.count * MS_PER_DAY) * step.count * MS_PER_DAY;
    case TickUnit::Week: {
        // 1970-01-05 was a Monday: count weeks from there so every tick is a Monday.
        const qint64 days = floorDiv(t, MS_PER_DAY) - 4;
        const qint64 weeks = floorDiv(floorDiv(days, 7), step.count) * step.count;
        return (weeks * 7 + 4) * MS_PER_DAY;
    }
    case TickUnit::Month: {
        civil(t, y, m, d);
        const qint64 monthIndex = floorDiv(qint64(y) * 12 + (m - 1), step.count) * step.count;
        const int fy = int(floorDiv(monthIndex, 12));
        return daysFromCivil(fy, unsigned(monthIndex - qint64(fy) * 12 + 1), 1) * MS_PER_DAY;
    }
    case TickUnit::Year:
        civil(t, y, m, d);
        return daysFromCivil(int(floorDiv(y, step.count) * step.count), 1, 1) * MS_PER_DAY;
    }
    return t;
}

TimeMs nextStep(TimeMs t, const TickStep& step)
{
    int y;
    unsigned m, d;
    switch (step.unit) {
    case TickUnit::Minute:
        return t + step.count * MS_PER_MINUTE;
    case TickUnit::Hour:
        return t + step.count * MS_PER_HOUR;
    case TickUnit::Day:
        return t + step.count * MS_PER_DAY;
    case TickUnit::Week:
        return t + step.count * 7 * MS_PER_DAY;
    case TickUnit::Month: {
        civil(t, y, m, d);
        const qint64 monthIndex = qint64(y) * 12 + (m - 1) + step.count;
        const int ny = int(floorDiv(monthIndex, 12));
        return daysFromCivil(ny, unsigned(monthIndex - qint64(ny) * 12 + 1), 1) * MS_PER_DAY;
    }
    case TickUnit::Year:
        civil(t, y, m, d);
        return daysFromCivil(y + step.count, 1, 1) * MS_PER_DAY;
    }
    return t + MS_PER_DAY;
}

QString minorTickLabel(TimeMs t, const TickStep& step, Language lang)
{
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        return formatDateLabel(t, DateLabel::TimeOfDay, lang);
    case TickUnit::Day:
    case TickUnit::Week:
        return formatDateLabel(t, DateLabel::DayOfMonth, lang);
    case TickUnit::Month:
        return formatDateLabel(t, DateLabel::Month, lang);
    case TickUnit::Year:
        break;
    }
    return formatDateLabel(t, DateLabel::Year, lang);
}

QString majorTickLabel(TimeMs t, const TickStep& step, Language lang)
{
    switch (majorUnit(step)) {
    case TickUnit::Day:
        return formatDateLabel(t, DateLabel::DayMonthYear, lang);
    case TickUnit::Month:
        return formatDateLabel(t, DateLabel::MonthYear, lang);
    default:
        break;
    }
    return formatDateLabel(t, DateLabel::Year, lang);
}

QString axisTickLabel(TimeMs t, const TickStep& step, Language lang)
{
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        return formatDateLabel(t, DateLabel::DayMonthTime, lang);
    case TickUnit::Day:
    case TickUnit::Week:
        return formatDateLabel(t, DateLabel::DayMonthYear, lang);
    case TickUnit::Month:
        return formatDateLabel(t, DateLabel::MonthYear, lang);
    case TickUnit::Year:
        break;
    }
    return formatDateLabel(t, DateLabel::Year, lang);
}

QList<TimeMs> tickTimes(const TimeRange& range, const TickStep& step, int maxTicks)
{
    QList<TimeMs> out;
    const TimeRange r = range.normalized();
    if (r.isEmpty() || maxTicks < 1)
        return out;
    const int limit = std::min(maxTicks, MAX_TICKS);
    TimeMs t = floorToStep(r.start, step);
    if (t < r.start)
        t = nextStep(t, step);
    for (; t <= r.end && out.size() < limit; t = nextStep(t, step))
        out.append(t);
    return out;
}

TickStep chooseTickStepForCount(const TimeRange& range, int maxTicks)
{
    const TimeRange r = range.normalized();
    maxTicks = std::clamp(maxTicks, 1, MAX_TICKS);
    // One tick more than allowed tells "too many" without listing them all.
    const auto fits = [&](const TickStep& step) { return tickTimes(r, step, maxTicks + 1).size() <= maxTicks; };
    const double span = double(r.delta());
    for (const StepSpec& s : STEPS) {
        // Cheap pre-check: at least span / longest-interval ticks; the longest is under twice the shortest.
        if (span / (2.0 * double(s.shortest)) > maxTicks + 1)
            continue;
        if (fits(s.step))
            return s.step;
    }
    for (qint64 decade = 1000; decade <= 100000000; decade *= 10) {
        for (int mantissa : { 2, 5, 10 }) {
            const TickStep step { TickUnit::Year, int(mantissa * decade / 10) };
            if (fits(step))
                return step;
        }
    }
    return TickStep { TickUnit::Year, 100000000 };
}

DateTicks computeDateTicksForCount(const TimeRange& range, int maxTicks, Language lang)
{
    DateTicks ticks;
    if (range.end <= range.start || maxTicks < 1)
        return ticks;
    ticks.minorStep = chooseTickStepForCount(range, maxTicks);
    for (TimeMs t : tickTimes(range, ticks.minorStep, maxTicks))
        ticks.minor.append(DateTick { t, axisTickLabel(t, ticks.minorStep, lang) });
    return ticks;
}

DateTicks computeDateTicks(const TimeRange& range, double widthPx, double minSpacingPx, Language lang)
{
    DateTicks ticks;
    const TimeRange r = range.normalized();
    if (r.isEmpty() || !(widthPx > 0))
        return ticks;
    ticks.minorStep = chooseTickStep(double(r.delta()) / widthPx, minSpacingPx);

    TimeMs t = floorToStep(r.start, ticks.minorStep);
    if (t < r.start)
        t = nextStep(t, ticks.minorStep);
    for (int n = 0; t < r.end && n < MAX_TICKS; ++n, t = nextStep(t, ticks.minorStep))
        ticks.minor.append(DateTick { t, minorTickLabel(t, ticks.minorStep, lang) });

    if (ticks.minorStep.unit == TickUnit::Year)
        return ticks;
    const TickStep major { majorUnit(ticks.minorStep), 1 };
    // Start at the boundary at or before the range start, so the current period has a label.
    for (TimeMs m = floorToStep(r.start, major); m < r.end && ticks.major.size() < MAX_TICKS; m = nextStep(m, major))
        ticks.major.append(DateTick { m, majorTickLabel(m, ticks.minorStep, lang) });
    return ticks;
}

} // namespace chrono
