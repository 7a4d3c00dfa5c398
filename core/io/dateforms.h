// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/date.h"

#include <QtCore/QStringView>

namespace chrono {

/**
 * @brief Parses the date forms met in files people bring, keeping their precision.
 *
 * Accepted (surrounding spaces ignored):
 * - ISO: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, date-times with or without zone (parseIsoDate);
 * - `YYYY/MM/DD` and `YYYY/MM` (year first: never ambiguous);
 * - `M/D/YYYY` and `M/D/YYYY h:mm[:ss] [AM|PM]` (also `.` or `-` free): **slash dates with
 *   the year last are always read month first (US order)**. `13/1/2024` is an error, never
 *   silently read day-first, because a file mixing both orders cannot be told apart;
 * - a whole number with a `.0` tail (`2014.0`, as spreadsheets export years).
 *
 * Impossible dates (month 13, 30 February, hour 25) are errors; `errorOffset` is 0-based in
 * the trimmed text. Times are UTC.
 */
DateParseResult parseFlexibleDate(QStringView text);

/**
 * @brief A date from separate year / month / day (and optional time) cells, as in
 * spreadsheets with Year, Month, Day columns or TimelineJS date objects.
 *
 * An empty month gives year precision, an empty day month precision; a time (`h:mm[:ss]`,
 * optional AM/PM) gives minute precision and needs a day. A day without a month is an error.
 * @param failedPart set on error to 0 (year), 1 (month), 2 (day) or 3 (time).
 */
DateParseResult dateFromParts(QStringView year, QStringView month, QStringView day, QStringView time = {},
    int* failedPart = nullptr);

/// Parses `h:mm[:ss] [AM|PM]` into milliseconds since midnight; false when malformed or out of range.
bool parseTimeOfDay(QStringView text, qint64& msOfDay);

} // namespace chrono
