// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/date.h"

#include <algorithm>

namespace chrono {

/// A half-open span of time [start, end), ms UTC.
struct TimeRange {
    TimeMs start = 0;
    TimeMs end = 0;

    TimeMs delta() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(TimeMs t) const { return t >= start && t < end; }
    bool intersects(TimeMs a, TimeMs b) const { return b > start && a < end; }
    TimeRange normalized() const { return start <= end ? *this : TimeRange { end, start }; }
    TimeMs center() const { return start + delta() / 2; }
    friend bool operator==(const TimeRange& a, const TimeRange& b) { return a.start == b.start && a.end == b.end; }
    friend bool operator!=(const TimeRange& a, const TimeRange& b) { return !(a == b); }
};

} // namespace chrono

Q_DECLARE_METATYPE(chrono::TimeRange)
Q_DECLARE_TYPEINFO(chrono::TimeRange, Q_PRIMITIVE_TYPE);
