// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/labelplacement.h"

#include <catch2/catch.hpp>

#include <random>

using namespace chrono;

namespace {
LabelCandidate candidate(int id, int row, double x, int priority)
{
    LabelCandidate c;
    c.id = id;
    c.row = row;
    c.priority = priority;
    c.tieBreak = id;
    c.positions[0] = x;
    c.positionCount = 1;
    return c;
}
}

TEST_CASE("Placed labels never overlap", "[core][labelplacement]")
{
    std::mt19937 gen(7);
    std::uniform_real_distribution<double> pos(0, 900);
    std::vector<LabelCandidate> cands;
    for (int i = 0; i < 300; ++i) {
        LabelCandidate c = candidate(i, i % 3, pos(gen), i % 5);
        c.positions[1] = c.positions[0] - 60;
        c.positionCount = 2;
        cands.push_back(c);
    }
    const auto placed = placeLabels(cands, {}, 3, 0, 1000, [](int id) { return 30.0 + (id % 7) * 10; });
    REQUIRE(placed.size() > 10);
    for (size_t a = 0; a < placed.size(); ++a) {
        CHECK(placed[a].x >= 0);
        CHECK(placed[a].x + placed[a].width <= 1000);
        for (size_t b = a + 1; b < placed.size(); ++b) {
            if (placed[a].row != placed[b].row)
                continue;
            const bool disjoint = placed[a].x + placed[a].width <= placed[b].x || placed[b].x + placed[b].width <= placed[a].x;
            CHECK(disjoint);
        }
    }
}

TEST_CASE("The more important label wins the contested place", "[core][labelplacement]")
{
    const std::vector<LabelCandidate> cands { candidate(1, 0, 100, 1), candidate(2, 0, 120, 5), candidate(3, 0, 300, 1) };
    const auto placed = placeLabels(cands, {}, 1, 0, 1000, [](int) { return 50.0; });
    REQUIRE(placed.size() == 2);
    CHECK(placed[0].id == 2);
    CHECK(placed[1].id == 3);
}

TEST_CASE("A label with no room is dropped, a fallback position is used when free", "[core][labelplacement]")
{
    LabelCandidate c = candidate(1, 0, 100, 1);
    // Another item's mark sits right of this one: the right side is taken, the left is free.
    const std::vector<Obstacle> marks { { 0, 90, 98, 1 }, { 0, 110, 160, 2 } };
    CHECK(placeLabels({ c }, marks, 1, 0, 1000, [](int) { return 40.0; }).empty());
    c.positions[1] = 90 - 4 - 40;
    c.positionCount = 2;
    const auto placed = placeLabels({ c }, marks, 1, 0, 1000, [](int) { return 40.0; });
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].x == Approx(46));
    // Outside the drawing area: dropped.
    CHECK(placeLabels({ candidate(3, 0, 980, 1) }, {}, 1, 0, 1000, [](int) { return 40.0; }).empty());
    // Zero width (no text): dropped.
    CHECK(placeLabels({ candidate(3, 0, 10, 1) }, {}, 1, 0, 1000, [](int) { return 0.0; }).empty());
}

TEST_CASE("A label may sit inside its own bar only when it fits", "[core][labelplacement]")
{
    LabelCandidate c = candidate(7, 0, 104, 1);
    c.maxWidth = 92; // bar 100..200 with 4 px padding each side
    c.positions[1] = 204;
    c.positionCount = 2;
    const std::vector<Obstacle> bar { { 0, 100, 200, 7 } };
    auto placed = placeLabels({ c }, bar, 1, 0, 1000, [](int) { return 60.0; });
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].x == Approx(104));
    placed = placeLabels({ c }, bar, 1, 0, 1000, [](int) { return 120.0; });
    REQUIRE(placed.size() == 1);
    CHECK(placed[0].x == Approx(204));
}

TEST_CASE("Row occupancy answers overlap queries", "[core][labelplacement]")
{
    RowOccupancy row;
    row.occupy(10, 20, 1);
    row.occupy(30, 40, 2);
    CHECK(row.isFree(20, 30));
    CHECK_FALSE(row.isFree(15, 25));
    CHECK_FALSE(row.isFree(0, 100));
    CHECK(row.isFree(15, 19, 1));
    CHECK_FALSE(row.isFree(15, 35, 1));
    CHECK(row.size() == 2);
}
