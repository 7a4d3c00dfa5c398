// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/timerange.h"

namespace chrono {

/**
 * @brief The one mapping between time and horizontal pixels, shared by the axis, the
 * painter and hit testing (so they can never disagree by a pixel).
 *
 * `range` is shown across the pixels [x0, x0 + width). Positions are doubles; callers round
 * where they draw, never here.
 */
struct TimeScale {
    TimeRange range;
    double x0 = 0; ///< left edge of the time area, px
    double width = 0; ///< width of the time area, px

    /// Narrowest span a scale may show: one minute across the whole width.
    static constexpr TimeMs MIN_SPAN_MS = 60 * 1000;
    /// Widest span a scale may show: ten thousand years.
    static constexpr TimeMs MAX_SPAN_MS = TimeMs(10000) * 366 * MS_PER_DAY;

    bool isValid() const { return width > 0 && range.delta() > 0; }
    /// Milliseconds covered by one pixel (0 when invalid).
    double msPerPixel() const { return isValid() ? double(range.delta()) / width : 0.0; }
    /// Pixels per millisecond (0 when invalid).
    double pixelsPerMs() const { return isValid() ? width / double(range.delta()) : 0.0; }

    /// x (px) of time `t`; linear, not clamped, so times outside the range map outside the area.
    double toX(TimeMs t) const { return x0 + double(t - range.start) * pixelsPerMs(); }
    /// Time at pixel `x`, rounded to the nearest millisecond.
    TimeMs toTime(double x) const;
    /// Pixel length of a duration (ms).
    double toPixels(TimeMs duration) const { return double(duration) * pixelsPerMs(); }

    /**
     * @brief Zooms by `factor` (> 1 zooms in, < 1 zooms out) keeping the time under
     * `anchorX` at `anchorX`. The span is clamped to [MIN_SPAN_MS, MAX_SPAN_MS].
     */
    TimeScale zoomed(double factor, double anchorX) const;
    /// Moves the content `dx` pixels to the right (the range moves to earlier times).
    TimeScale panned(double dx) const;
    /// The same pixels showing another range.
    TimeScale withRange(const TimeRange& r) const { return TimeScale { r, x0, width }; }

    friend bool operator==(const TimeScale& a, const TimeScale& b)
    {
        return a.range == b.range && a.x0 == b.x0 && a.width == b.width;
    }
    friend bool operator!=(const TimeScale& a, const TimeScale& b) { return !(a == b); }
};

/// Clamps a range's span to [TimeScale::MIN_SPAN_MS, MAX_SPAN_MS] around its centre.
TimeRange clampSpan(const TimeRange& range);

} // namespace chrono
