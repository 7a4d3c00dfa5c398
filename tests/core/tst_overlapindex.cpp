// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/syntheticdata.h"
#include "core/layout/overlapindex.h"

#include <catch2/catch.hpp>

using namespace chrono;

TEST_CASE("The overlap index finds exactly the events overlapping a range", "[core][overlapindex]")
{
    const DatasetPtr ds = generateSyntheticEvents(20000, 6, 21);
    OverlapIndex index;
    index.build(*ds);
    const TimeMs from = GENERATE(take(6, random(SYNTHETIC_START_MS, SYNTHETIC_END_MS)));
    const TimeMs span = GENERATE(TimeMs(3600000), MS_PER_DAY * 7, MS_PER_DAY * 200);
    const TimeRange r { from, from + span };
    std::vector<int> expected;
    for (int i = 0; i < ds->eventCount(); ++i) {
        if (ds->starts()[size_t(i)] < r.end && ds->ends()[size_t(i)] > r.start)
            expected.push_back(i);
    }
    std::vector<int> got;
    CHECK(index.overlapping(*ds, r, 1 << 30, got));
    CHECK(got == expected);
    if (expected.size() > 3) {
        std::vector<int> capped;
        CHECK_FALSE(index.overlapping(*ds, r, 3, capped));
        CHECK(capped.size() == 3);
    }
}

TEST_CASE("The overlap index handles empty data", "[core][overlapindex]")
{
    OverlapIndex index;
    const DatasetPtr empty = DatasetBuilder().build();
    index.build(*empty);
    std::vector<int> out;
    CHECK(index.overlapping(*empty, { 0, 1000 }, 10, out));
    CHECK(out.empty());
}
