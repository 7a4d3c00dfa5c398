// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/timescale.h"

#include <cmath>

namespace chrono {

TimeMs TimeScale::toTime(double x) const
{
    if (!isValid())
        return range.start;
    return range.start + TimeMs(std::llround((x - x0) * msPerPixel()));
}

TimeRange clampSpan(const TimeRange& range)
{
    const TimeRange r = range.normalized();
    const TimeMs span = std::clamp(r.delta(), TimeScale::MIN_SPAN_MS, TimeScale::MAX_SPAN_MS);
    if (span == r.delta())
        return r;
    const TimeMs start = r.center() - span / 2;
    return TimeRange { start, start + span };
}

TimeScale TimeScale::zoomed(double factor, double anchorX) const
{
    if (!isValid() || !(factor > 0) || !std::isfinite(factor))
        return *this;
    // Work in doubles relative to the anchor so the anchor time is exact up to rounding.
    const double anchorT = double(range.start) + (anchorX - x0) * msPerPixel();
    double span = double(range.delta()) / factor;
    span = std::clamp(span, double(MIN_SPAN_MS), double(MAX_SPAN_MS));
    const double frac = (anchorX - x0) / width;
    const double start = anchorT - frac * span;
    const TimeMs s = TimeMs(std::llround(start));
    return TimeScale { TimeRange { s, s + TimeMs(std::llround(span)) }, x0, width };
}

TimeScale TimeScale::panned(double dx) const
{
    if (!isValid())
        return *this;
    const TimeMs shift = TimeMs(std::llround(dx * msPerPixel()));
    return TimeScale { TimeRange { range.start - shift, range.end - shift }, x0, width };
}

} // namespace chrono
