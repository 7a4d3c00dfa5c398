// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/filter/filterspec.h"
#include "core/layout/timescale.h"

#include <functional>
#include <optional>

namespace chrono {

/**
 * @brief The event whose mark covers pixel `x` (± `tolerancePx`), using the same extents
 * as the painter (eventMarkSpan: whole period, at least MIN_MARK_PX wide).
 *
 * Binary search on the sorted starts, widened by Dataset::maxDuration(), then a scan of
 * the candidates from the right. Among several hits the one whose mark centre is nearest to
 * `x` wins, ties to the more important one.
 * @param accept optional filter (e.g. "in this lane and row"); empty accepts all
 * @param mask visibility per event (empty = all visible)
 */
std::optional<int> hitTestEvent(const Dataset& dataset, const EventMask& mask, const TimeScale& scale, double x,
    double tolerancePx = 2.0, const std::function<bool(int)>& accept = {});

/// Direction for keyboard navigation.
enum class Step : qint8 { Previous = -1, Next = 1 };

/**
 * @brief The visible event just before or after event `from` in time order (events are
 * sorted by start, so this is the neighbouring index passing `mask` and `accept`).
 * With `from` < 0, the first (Next) or last (Previous) visible event.
 */
std::optional<int> adjacentEvent(const Dataset& dataset, const EventMask& mask, int from, Step step,
    const std::function<bool(int)>& accept = {});

/// The first visible event starting at or after `t` (Next) or the last starting before `t` (Previous).
std::optional<int> eventNearTime(const Dataset& dataset, const EventMask& mask, TimeMs t, Step step,
    const std::function<bool(int)>& accept = {});

} // namespace chrono
