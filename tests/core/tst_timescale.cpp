// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/timescale.h"

#include <catch2/catch.hpp>

using namespace chrono;

namespace {
const TimeMs Y2024 = daysFromCivil(2024, 1, 1) * MS_PER_DAY;
const TimeMs Y2025 = daysFromCivil(2025, 1, 1) * MS_PER_DAY;
}

TEST_CASE("TimeScale maps time to pixels and back within a millisecond", "[core][timescale]")
{
    const TimeScale s { { Y2024, Y2025 }, 150.0, 1770.0 };
    CHECK(s.toX(Y2024) == Approx(150.0));
    CHECK(s.toX(Y2025) == Approx(1920.0));
    CHECK(s.msPerPixel() == Approx(366.0 * MS_PER_DAY / 1770.0));
    const TimeMs t = GENERATE(take(20, random(Y2024, Y2025)));
    CHECK(std::abs(s.toTime(s.toX(t)) - t) <= 1);
    const double x = GENERATE(150.0, 151.5, 1000.25, 1919.0);
    CHECK(s.toX(s.toTime(x)) == Approx(x).margin(1e-3));
}

TEST_CASE("Zooming keeps the time under the anchor in place", "[core][timescale]")
{
    const TimeScale s { { Y2024, Y2025 }, 100.0, 1000.0 };
    const double anchor = GENERATE(100.0, 350.0, 777.0, 1100.0);
    const double factor = GENERATE(2.0, 0.5, 1.25, 10.0);
    const TimeMs before = s.toTime(anchor);
    const TimeScale z = s.zoomed(factor, anchor);
    CHECK(std::abs(z.toTime(anchor) - before) <= 2);
    CHECK(double(z.range.delta()) == Approx(double(s.range.delta()) / factor).epsilon(1e-9));
}

TEST_CASE("Zoom is clamped to the minimum and maximum span", "[core][timescale]")
{
    const TimeScale s { { Y2024, Y2025 }, 0.0, 1000.0 };
    CHECK(s.zoomed(1e12, 500).range.delta() == TimeScale::MIN_SPAN_MS);
    CHECK(s.zoomed(1e-12, 500).range.delta() == TimeScale::MAX_SPAN_MS);
    CHECK(s.zoomed(0.0, 500) == s); // nonsense factors change nothing
    CHECK(clampSpan({ Y2024, Y2024 + 5 }).delta() == TimeScale::MIN_SPAN_MS);
}

TEST_CASE("Panning moves content by whole pixels of time", "[core][timescale]")
{
    const TimeScale s { { Y2024, Y2025 }, 0.0, 1000.0 };
    const TimeScale p = s.panned(100.0);
    CHECK(p.range.delta() == s.range.delta());
    // The time that was at x = 200 is now at x = 300.
    CHECK(p.toX(s.toTime(200.0)) == Approx(300.0).margin(1e-3));
    CHECK(s.panned(100.0).panned(-100.0) == s);
    const TimeScale invalid { { Y2024, Y2024 }, 0, 0 };
    CHECK_FALSE(invalid.isValid());
    CHECK(invalid.msPerPixel() == 0.0);
    CHECK(invalid.zoomed(2, 0) == invalid);
}
