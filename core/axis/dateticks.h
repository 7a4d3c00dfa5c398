// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dateformat.h"
#include "core/data/timerange.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace chrono {

/// Calendar unit of a tick step. The one calendar-tick algorithm of the program: the timeline,
/// the charts and every export step through time with it.
enum class TickUnit : quint8 { Minute, Hour, Day, Week, Month, Year };

/// A calendar step: `count` units (weeks start on Monday; months and years follow the calendar).
struct TickStep {
    TickUnit unit = TickUnit::Year;
    int count = 1;
    friend bool operator==(const TickStep& a, const TickStep& b) { return a.unit == b.unit && a.count == b.count; }
};

/// One tick: its time (ms UTC) and its label in the requested language.
struct DateTick {
    TimeMs time = 0;
    QString label;
    friend bool operator==(const DateTick& a, const DateTick& b) { return a.time == b.time && a.label == b.label; }
};

/**
 * @brief Ticks of a date axis.
 *
 * `minor` ticks lie inside the range. `major` ticks are the coarser boundaries (years above
 * months, months above days, days above hours); the first major tick is the boundary at or
 * *before* the range start, so a renderer can pin the current period's label to the left edge.
 * `major` is empty when the minor step is a year or more.
 */
struct DateTicks {
    TickStep minorStep;
    QList<DateTick> minor;
    QList<DateTick> major;
};

/**
 * @brief The finest calendar step whose shortest interval is at least `minSpacingPx` wide.
 * @param msPerPixel milliseconds per pixel (> 0)
 * @param minSpacingPx the caller's widest minor label plus padding, px
 */
TickStep chooseTickStep(double msPerPixel, double minSpacingPx);

/**
 * @brief Calendar-correct ticks for `range` drawn `widthPx` wide.
 *
 * Month lengths and leap years follow the proleptic Gregorian calendar in UTC. At most
 * MAX_TICKS minor ticks are produced whatever the inputs.
 */
DateTicks computeDateTicks(const TimeRange& range, double widthPx, double minSpacingPx, Language lang);

/**
 * @brief The finest step of the same ladder as chooseTickStep that gives at most `maxTicks`
 * ticks inside [range.start, range.end] (both ends included), for axes that space labels by
 * count (the charts). Year steps grow past the ladder (200, 500, 1000… years) when needed.
 * @pre maxTicks >= 1
 */
TickStep chooseTickStepForCount(const TimeRange& range, int maxTicks);

/**
 * @brief Step boundaries inside [range.start, range.end], both ends included, ascending;
 * at most `maxTicks` (and MAX_TICKS). Empty when the range is empty or maxTicks < 1.
 */
QList<TimeMs> tickTimes(const TimeRange& range, const TickStep& step, int maxTicks);

/**
 * @brief Ticks of a chart's time axis: the finest step giving at most `maxTicks` ticks inside
 * [range.start, range.end] (ends included), each labelled in full (axisTickLabel).
 * `minorStep` is the step; `major` stays empty. Empty when end <= start or maxTicks < 1.
 */
DateTicks computeDateTicksForCount(const TimeRange& range, int maxTicks, Language lang);

/// Start (ms) of the step boundary at or before `t` (e.g. the Monday of its week).
TimeMs floorToStep(TimeMs t, const TickStep& step);
/// The step boundary after the boundary `t`.
TimeMs nextStep(TimeMs t, const TickStep& step);

/// Label of a minor tick at `t` for `step`: "2025", "Jan", "20", "08:00" (zh: "2025年", "1月", "20日", "08:00").
QString minorTickLabel(TimeMs t, const TickStep& step, Language lang);
/// Label of a major tick above `step`: "Jan 2025", "2025", "20 Jan 2025" (zh: "2025年1月", "2025年", "2025年1月20日").
QString majorTickLabel(TimeMs t, const TickStep& step, Language lang);
/// A self-standing label for an axis without a major row: "2025", "Jan 2025", "20 Jan 2025",
/// "20 Jan 08:00" (zh: "2025年", "2025年1月", "2025年1月20日", "1月20日 08:00").
QString axisTickLabel(TimeMs t, const TickStep& step, Language lang);

constexpr int MAX_TICKS = 2000;

} // namespace chrono
