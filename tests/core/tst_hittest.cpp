// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/hittest.h"
#include "core/layout/lanelayout.h"

#include <catch2/catch.hpp>

using namespace chrono;

namespace {
DatasetPtr smallDataset()
{
    DatasetBuilder b;
    auto add = [&](const char* id, const char* start, const char* end, int importance) {
        Event e;
        e.id = QString::fromLatin1(id);
        e.start = parseIsoDate(QString::fromLatin1(start)).date;
        if (end)
            e.end = parseIsoDate(QString::fromLatin1(end)).date;
        e.company = QStringLiteral("a");
        e.importance = importance;
        b.addEvent(e);
    };
    add("p1", "2025-01-10", nullptr, 1);
    add("r1", "2025-02-01", "2025-02-28", 2);
    add("m1", "2025-04", nullptr, 3); // the whole of April
    add("p2", "2025-06-15", nullptr, 4);
    return b.build();
}
const TimeMs Y2025 = daysFromCivil(2025, 1, 1) * MS_PER_DAY;
const TimeMs Y2026 = daysFromCivil(2026, 1, 1) * MS_PER_DAY;
}

TEST_CASE("Hit testing finds marks at their pixel edges", "[core][hittest]")
{
    const DatasetPtr ds = smallDataset();
    const TimeScale s { { Y2025, Y2026 }, 0, 365 }; // one pixel per day
    const int p1 = ds->eventIndex(u"p1");
    const PixelSpan span = eventMarkSpan(*ds, p1, s);
    CHECK(span.x1 - span.x0 == Approx(MIN_MARK_PX));
    CHECK(hitTestEvent(*ds, {}, s, span.x0, 0) == p1);
    CHECK(hitTestEvent(*ds, {}, s, span.x1, 0) == p1);
    CHECK_FALSE(hitTestEvent(*ds, {}, s, span.x0 - 0.5, 0));
    CHECK(hitTestEvent(*ds, {}, s, span.x0 - 1.5, 2.0) == p1);
}

TEST_CASE("Ranges and month-precision events hit over their whole span", "[core][hittest]")
{
    const DatasetPtr ds = smallDataset();
    const TimeScale s { { Y2025, Y2026 }, 0, 365 };
    const int r1 = ds->eventIndex(u"r1"), m1 = ds->eventIndex(u"m1");
    CHECK(hitTestEvent(*ds, {}, s, s.toX(daysFromCivil(2025, 2, 20) * MS_PER_DAY), 0) == r1);
    CHECK(hitTestEvent(*ds, {}, s, s.toX(daysFromCivil(2025, 4, 29) * MS_PER_DAY), 0) == m1);
    CHECK_FALSE(hitTestEvent(*ds, {}, s, s.toX(daysFromCivil(2025, 5, 10) * MS_PER_DAY), 0));
    EventMask mask(size_t(ds->eventCount()), 1);
    mask[size_t(m1)] = 0;
    CHECK_FALSE(hitTestEvent(*ds, mask, s, s.toX(daysFromCivil(2025, 4, 29) * MS_PER_DAY), 0));
    CHECK_FALSE(hitTestEvent(*ds, {}, s, s.toX(daysFromCivil(2025, 4, 29) * MS_PER_DAY), 0, [](int) { return false; }));
}

TEST_CASE("Hit testing an empty dataset or invalid scale finds nothing", "[core][hittest]")
{
    const DatasetPtr empty = DatasetBuilder().build();
    CHECK_FALSE(hitTestEvent(*empty, {}, TimeScale { { Y2025, Y2026 }, 0, 100 }, 10));
    CHECK_FALSE(hitTestEvent(*smallDataset(), {}, TimeScale {}, 10));
    CHECK_FALSE(adjacentEvent(*empty, {}, -1, Step::Next));
    CHECK_FALSE(eventNearTime(*empty, {}, Y2025, Step::Previous));
}

TEST_CASE("Previous and next event in time skip hidden events", "[core][hittest]")
{
    const DatasetPtr ds = smallDataset();
    EventMask mask(size_t(ds->eventCount()), 1);
    mask[1] = 0;
    CHECK(adjacentEvent(*ds, mask, 0, Step::Next) == 2);
    CHECK(adjacentEvent(*ds, mask, 2, Step::Previous) == 0);
    CHECK_FALSE(adjacentEvent(*ds, mask, 3, Step::Next));
    CHECK(adjacentEvent(*ds, mask, -1, Step::Previous) == 3);
    CHECK(eventNearTime(*ds, mask, daysFromCivil(2025, 3, 1) * MS_PER_DAY, Step::Next) == 2);
    CHECK(eventNearTime(*ds, mask, daysFromCivil(2025, 3, 1) * MS_PER_DAY, Step::Previous) == 0);
}
