// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/hittest.h"

#include "core/layout/lanelayout.h"

#include <algorithm>
#include <cmath>

namespace chrono {

namespace {

bool visible(const EventMask& mask, int i)
{
    return mask.empty() || size_t(i) >= mask.size() || mask[size_t(i)];
}

} // namespace

std::optional<int> hitTestEvent(const Dataset& dataset, const EventMask& mask, const TimeScale& scale, double x,
    double tolerancePx, const std::function<bool(int)>& accept)
{
    if (!scale.isValid() || dataset.eventCount() == 0)
        return std::nullopt;
    const auto& starts = dataset.starts();
    const double tol = std::max(0.0, tolerancePx);
    // A mark can extend MIN_MARK_PX / 2 left of its middle; its start is then at most one
    // pixel's worth plus half a minimum mark right of x.
    const TimeMs right = scale.toTime(x + tol + MIN_MARK_PX / 2 + 1);
    const TimeMs left = scale.toTime(x - tol - MIN_MARK_PX / 2 - 1) - dataset.maxDuration();
    const auto lo = std::lower_bound(starts.begin(), starts.end(), left);
    const auto hi = std::upper_bound(lo, starts.end(), right);

    // Integer pre-filter before any pixel maths: an event ending left of the reach can still
    // be hit only through its minimum-width mark, and then its start lies within the reach too.
    const TimeMs reachLeft = scale.toTime(x - tol - MIN_MARK_PX - 1);
    const auto& ends = dataset.ends();
    std::optional<int> best;
    double bestDistance = 0;
    int bestImportance = 0;
    for (auto it = hi; it != lo;) {
        --it;
        const int i = int(it - starts.begin());
        if (ends[size_t(i)] < reachLeft && *it < reachLeft)
            continue;
        if (!visible(mask, i))
            continue;
        const PixelSpan s = eventMarkSpan(dataset, i, scale);
        if (x < s.x0 - tol || x > s.x1 + tol)
            continue;
        if (accept && !accept(i))
            continue;
        const double distance = std::abs((s.x0 + s.x1) / 2 - x);
        const int importance = dataset.importanceColumn()[size_t(i)];
        if (!best || distance < bestDistance || (distance == bestDistance && importance > bestImportance)) {
            best = i;
            bestDistance = distance;
            bestImportance = importance;
        }
    }
    return best;
}

std::optional<int> adjacentEvent(const Dataset& dataset, const EventMask& mask, int from, Step step,
    const std::function<bool(int)>& accept)
{
    const int n = dataset.eventCount();
    if (n == 0)
        return std::nullopt;
    const int dir = int(step);
    int i = from < 0 ? (dir > 0 ? 0 : n - 1) : from + dir;
    for (; i >= 0 && i < n; i += dir) {
        if (visible(mask, i) && (!accept || accept(i)))
            return i;
    }
    return std::nullopt;
}

std::optional<int> eventNearTime(const Dataset& dataset, const EventMask& mask, TimeMs t, Step step,
    const std::function<bool(int)>& accept)
{
    const auto& starts = dataset.starts();
    const int at = int(std::lower_bound(starts.begin(), starts.end(), t) - starts.begin());
    if (step == Step::Next) {
        if (at >= dataset.eventCount())
            return std::nullopt;
        if (visible(mask, at) && (!accept || accept(at)))
            return at;
        return adjacentEvent(dataset, mask, at, Step::Next, accept);
    }
    if (at == 0)
        return std::nullopt;
    return adjacentEvent(dataset, mask, at, Step::Previous, accept);
}

} // namespace chrono
