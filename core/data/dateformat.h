// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/date.h"
#include "core/data/localizedtext.h"

namespace chrono {

/// What a calendar label shows of a time (UTC). The one formatter of dates for people:
/// axis ticks (timeline, charts, exports), tooltips, details and tables all go through it.
enum class DateLabel : quint8 {
    Year, ///< "2025" / "2025年"
    Month, ///< "Jan" / "1月"
    MonthYear, ///< "Jan 2025" / "2025年1月"
    DayOfMonth, ///< "20" / "20日"
    DayMonthYear, ///< "20 Jan 2025" / "2025年1月20日"
    TimeOfDay, ///< "08:00" (24 h)
    DayMonthTime, ///< "20 Jan 08:00" / "1月20日 08:00"
};

/// `t` (ms UTC) shown as `form` in `language`. Month names are the C locale's on every machine.
QString formatDateLabel(TimeMs t, DateLabel form, Language language);

/// A month's short name (1..12, clamped): "Jan" or "1月".
QString monthShortName(int month, Language language);

/**
 * @brief A date as people read it, at its own precision, in the chosen language:
 * "20 Jan 2025" / "2025年1月20日", "Jan 2025" / "2025年1月", "2025" / "2025年",
 * "5 Sep 2025 16:00 UTC" / "2025年9月5日 16:00 UTC".
 */
QString formatDate(const Date& date, Language language);

/// Whether formatDateWithPrecision names a day's precision too.
enum class PrecisionNote : quint8 { CoarserThanDay, EvenDay };

/// formatDate plus the precision in words when coarser than a day: "Jan 2025 (month)";
/// with PrecisionNote::EvenDay also "20 Jan 2025 (day)". Times of day carry none.
QString formatDateWithPrecision(const Date& date, Language language, PrecisionNote note = PrecisionNote::CoarserThanDay);

/// "24–28 Feb 2025", or "Jan 2025 – Mar 2025"; just formatDate(start) when end is invalid.
QString formatDateSpan(const Date& start, const Date& end, Language language);

} // namespace chrono
