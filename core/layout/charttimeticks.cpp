// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/charttimeticks.h"

#include <cmath>

namespace chrono {

namespace {

constexpr TimeMs MS_PER_HOUR = 3600000LL;
constexpr double AVG_MONTH_MS = 30.436875 * MS_PER_DAY;
constexpr double AVG_YEAR_MS = 365.2425 * MS_PER_DAY;

TimeMs ceilTo(TimeMs value, TimeMs step, TimeMs offset = 0)
{
    // Smallest offset + k·step >= value, for any sign of value.
    const TimeMs shifted = value - offset;
    TimeMs k = shifted / step;
    if (k * step < shifted)
        ++k;
    return offset + k * step;
}

TimeMs floorDiv(TimeMs a, TimeMs b)
{
    TimeMs q = a / b;
    if (q * b > a)
        --q;
    return q;
}

void listTicks(ChartTimeTicks& out, TimeMs start, TimeMs end)
{
    switch (out.unit) {
    case TickUnit::Hour:
        for (TimeMs t = ceilTo(start, out.step * MS_PER_HOUR); t <= end; t += out.step * MS_PER_HOUR)
            out.ticks.append(t);
        break;
    case TickUnit::Day: {
        // Weeks start on Mondays: day 4 since the epoch (1970-01-05) was one.
        const TimeMs offset = out.step == 7 ? 4 * MS_PER_DAY : 0;
        for (TimeMs t = ceilTo(start, out.step * MS_PER_DAY, offset); t <= end; t += out.step * MS_PER_DAY)
            out.ticks.append(t);
        break;
    }
    case TickUnit::Month: {
        int y;
        unsigned m, d;
        civilFromDays(floorDiv(start, MS_PER_DAY), y, m, d);
        qint64 index = qint64(y) * 12 + (m - 1); // months since year 0
        for (;; ++index) {
            if (index % out.step != 0)
                continue;
            const int yy = int(floorDiv(index, 12));
            const auto mm = unsigned(index - qint64(yy) * 12 + 1);
            const TimeMs t = daysFromCivil(yy, mm, 1) * MS_PER_DAY;
            if (t > end)
                break;
            if (t >= start)
                out.ticks.append(t);
        }
        break;
    }
    case TickUnit::Year: {
        int y;
        unsigned m, d;
        civilFromDays(floorDiv(start, MS_PER_DAY), y, m, d);
        for (int year = int(ceilTo(y, out.step));; year += out.step) {
            const TimeMs t = daysFromCivil(year, 1, 1) * MS_PER_DAY;
            if (t > end)
                break;
            if (t >= start)
                out.ticks.append(t);
        }
        break;
    }
    }
}

} // namespace

ChartTimeTicks chartTimeTicks(TimeMs start, TimeMs end, int maxTicks)
{
    ChartTimeTicks out;
    if (end <= start || maxTicks < 1)
        return out;
    struct Step {
        TickUnit unit;
        int step;
        double ms;
    };
    static const Step STEPS[] = {
        { TickUnit::Hour, 1, double(MS_PER_HOUR) }, { TickUnit::Hour, 3, 3.0 * MS_PER_HOUR }, { TickUnit::Hour, 6, 6.0 * MS_PER_HOUR },
        { TickUnit::Hour, 12, 12.0 * MS_PER_HOUR }, { TickUnit::Day, 1, double(MS_PER_DAY) }, { TickUnit::Day, 2, 2.0 * MS_PER_DAY },
        { TickUnit::Day, 7, 7.0 * MS_PER_DAY }, { TickUnit::Day, 14, 14.0 * MS_PER_DAY }, { TickUnit::Month, 1, AVG_MONTH_MS },
        { TickUnit::Month, 2, 2 * AVG_MONTH_MS }, { TickUnit::Month, 3, 3 * AVG_MONTH_MS }, { TickUnit::Month, 6, 6 * AVG_MONTH_MS },
    };
    const double span = double(end - start);
    for (const Step& s : STEPS) {
        if (span / s.ms + 1 <= maxTicks) {
            out.unit = s.unit;
            out.step = s.step;
            listTicks(out, start, end);
            if (out.ticks.size() <= maxTicks)
                return out;
            out.ticks.clear();
        }
    }
    // Years: 1, 2, 5, 10, 20, 50, ... (a year range of a signed 64-bit ms axis ends well before 10^9).
    for (int decade = 1; decade <= 100000000; decade *= 10) {
        for (int mantissa : { 1, 2, 5 }) {
            out.unit = TickUnit::Year;
            out.step = mantissa * decade;
            if (span / (out.step * AVG_YEAR_MS) + 1 > maxTicks)
                continue;
            listTicks(out, start, end);
            if (out.ticks.size() <= maxTicks)
                return out;
            out.ticks.clear();
        }
    }
    return out;
}

} // namespace chrono
