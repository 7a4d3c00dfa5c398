// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/seriestransform.h"

#include <catch2/catch.hpp>

using namespace chrono;

TEST_CASE("Step expansion holds a price until the next change", "[core][seriestransform]")
{
    const QList<QPointF> prices { { 0, 15 }, { 10, 1.1 }, { 30, 0.55 } };
    const QList<QPointF> expected { { 0, 15 }, { 10, 15 }, { 10, 1.1 }, { 30, 1.1 }, { 30, 0.55 } };
    CHECK(stepExpand(prices) == expected);

    QList<QPointF> held = expected;
    held.append(QPointF(50, 0.55));
    CHECK(stepExpand(prices, 50.0) == held);
    CHECK(stepExpand(prices, 20.0) == expected); // never drawn backwards
    CHECK(stepExpand({}).isEmpty());
    CHECK(stepExpand({ { 3, 4 } }) == QList<QPointF> { { 3, 4 } });
}

TEST_CASE("Growth index is 0 % (or 100) at the base date", "[core][seriestransform]")
{
    const QList<QPointF> visits { { 0, 50 }, { 10, 80 }, { 20, 100 }, { 30, 40 } };
    SECTION("percent change")
    {
        const auto g = growthIndex(visits, 10, GrowthMode::PercentChange);
        REQUIRE(g);
        CHECK(g->baseX == 10);
        CHECK(g->baseValue == 80);
        CHECK(g->points[1].y() == Approx(0));
        CHECK(g->points[2].y() == Approx(25));
        CHECK(g->points[3].y() == Approx(-50));
        CHECK(g->points[0].y() == Approx(-37.5));
    }
    SECTION("indexed")
    {
        const auto g = growthIndex(visits, 10, GrowthMode::Indexed);
        REQUIRE(g);
        CHECK(g->points[1].y() == Approx(100));
        CHECK(g->points[3].y() == Approx(50));
    }
    SECTION("the base is the last value at or before the base date")
    {
        const auto g = growthIndex(visits, 15);
        REQUIRE(g);
        CHECK(g->baseX == 10);
        CHECK(g->points[1].y() == Approx(0));
    }
    SECTION("no value at or before the base, or a zero base, gives no growth")
    {
        CHECK_FALSE(growthIndex(visits, -1));
        CHECK_FALSE(growthIndex({ { 0, 0 }, { 1, 5 } }, 0));
        CHECK_FALSE(growthIndex({}, 0));
    }
}

TEST_CASE("Stacked shares show the unreported remainder explicitly", "[core][seriestransform]")
{
    const QList<QList<QPointF>> shares {
        { { 0, 80 }, { 10, 70 } },
        { { 0, 10 }, { 10, 15 } },
        { { 10, 5 } }, // not reported at 0
    };
    const StackedShares s = stackShares(shares, StackMode::Absolute);
    REQUIRE(s.x == QList<double> { 0, 10 });
    CHECK(s.remainder == QList<double> { 10, 10 });
    CHECK(s.hasRemainder());
    CHECK(s.reported[2] == QList<bool> { false, true });
    REQUIRE(s.upper.size() == 4); // three series and the remainder
    CHECK(s.lower[1] == QList<double> { 80, 70 });
    CHECK(s.upper[2] == QList<double> { 90, 90 });
    CHECK(s.upper[3] == QList<double> { 100, 100 }); // with the remainder the stack reaches 100
    CHECK(s.lower[3] == QList<double> { 90, 90 });

    SECTION("shares over 100 are not cut and leave no remainder")
    {
        const StackedShares over = stackShares({ { { 0, 70 } }, { { 0, 40 } } }, StackMode::Absolute);
        CHECK(over.remainder == QList<double> { 0 });
        CHECK_FALSE(over.hasRemainder());
        CHECK(over.upper.size() == 2);
        CHECK(over.upper[1] == QList<double> { 110 });
    }
    SECTION("quantities without a whole get no remainder")
    {
        const StackedShares counts = stackShares(shares, StackMode::Absolute, std::nullopt);
        CHECK_FALSE(counts.hasRemainder());
        CHECK(counts.upper.size() == 3);
    }
}

TEST_CASE("Relative stacking rescales each date to 100", "[core][seriestransform]")
{
    const StackedShares s = stackShares({ { { 0, 60 }, { 10, 30 } }, { { 0, 20 }, { 10, 30 } } }, StackMode::Relative);
    CHECK_FALSE(s.hasRemainder());
    CHECK(s.values[0][0] == Approx(75));
    CHECK(s.values[1][0] == Approx(25));
    CHECK(s.values[0][1] == Approx(50));
    CHECK(s.upper[1][0] == Approx(100));
    CHECK(s.upper[1][1] == Approx(100));
}

TEST_CASE("Gaps longer than k times the median spacing break the line", "[core][seriestransform]")
{
    const QList<QPointF> monthly { { 0, 1 }, { 30, 2 }, { 60, 3 }, { 90, 4 }, { 300, 5 }, { 330, 6 } };
    CHECK(medianSpacing(monthly) == 30);
    CHECK(gapStarts(monthly) == QList<qsizetype> { 4 });
    const auto segments = splitAtGaps(monthly);
    REQUIRE(segments.size() == 2);
    CHECK(segments[0].size() == 4);
    CHECK(segments[1].first() == QPointF(300, 5));
    CHECK(splitAtGaps(monthly, 10.0).size() == 1); // 210 < 10 × 30
    CHECK(gapStarts({ { 0, 1 }, { 1000, 2 } }).isEmpty()); // two points say nothing about spacing
    CHECK(splitAtGaps({}).isEmpty());
}
