// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/date.h"

#include <QtCore/QList>

namespace chrono {

/// The calendar unit chart time ticks step in.
enum class TickUnit : quint8 { Hour, Day, Month, Year };

/// Ticks of a chart's time axis on calendar boundaries (UTC).
struct ChartTimeTicks {
    TickUnit unit = TickUnit::Year;
    int step = 1; ///< in units: e.g. 3 months
    QList<TimeMs> ticks; ///< ascending, all inside [start, end]
};

/**
 * @brief Chooses the finest calendar step (1, 3, 6, 12 h; 1, 2, 7, 14 days; 1, 2, 3, 6
 * months; 1, 2, 5, 10, 20, 50, 100… years) that gives at most `maxTicks` ticks in
 * [start, end], and lists them. Ticks fall on hour, day (weeks: Mondays), month or year starts,
 * aligned to multiples of the step (every 3rd month is Jan/Apr/Jul/Oct).
 * An empty list when end <= start or maxTicks < 1.
 */
ChartTimeTicks chartTimeTicks(TimeMs start, TimeMs end, int maxTicks);

} // namespace chrono
