// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/date.h"
#include "core/data/localizedtext.h"

namespace chrono {

/**
 * @brief A date as people read it, at its own precision, in the chosen language:
 * "20 Jan 2025" / "2025年1月20日", "Jan 2025" / "2025年1月", "2025" / "2025年",
 * "5 Sep 2025 16:00 UTC" / "2025年9月5日 16:00 UTC".
 */
QString formatDate(const Date& date, Language language);

/// formatDate plus the precision in words when coarser than a day: "Jan 2025 (month)".
QString formatDateWithPrecision(const Date& date, Language language);

/// "24–28 Feb 2025", or "Jan 2025 – Mar 2025"; just formatDate(start) when end is invalid.
QString formatDateSpan(const Date& start, const Date& end, Language language);

} // namespace chrono
