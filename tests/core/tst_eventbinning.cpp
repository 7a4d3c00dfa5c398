// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/syntheticdata.h"
#include "core/layout/lanelayout.h"
#include "core/lod/eventbinning.h"

#include <catch2/catch.hpp>

using namespace chrono;

namespace {
qint64 sum(const std::vector<DensityBin>& bins)
{
    qint64 s = 0;
    for (const DensityBin& b : bins)
        s += b.count;
    return s;
}
}

TEST_CASE("Synthetic data is deterministic and shaped as documented", "[core][synthetic]")
{
    const DatasetPtr a = generateSyntheticEvents(5000, 12, 3);
    const DatasetPtr b = generateSyntheticEvents(5000, 12, 3);
    REQUIRE(a->eventCount() == 5000);
    CHECK(a->starts() == b->starts());
    CHECK(a->companies().size() == 12);
    int ranges = 0, months = 0;
    for (int i = 0; i < a->eventCount(); ++i) {
        ranges += a->isRange(i);
        months += a->startPrecision(i) == DatePrecision::Month;
        REQUIRE(a->starts()[size_t(i)] >= SYNTHETIC_START_MS);
        REQUIRE(a->starts()[size_t(i)] < SYNTHETIC_END_MS);
    }
    CHECK(ranges > 350);
    CHECK(ranges < 650);
    CHECK(months > 200);
    CHECK(generateSyntheticEvents(5000, 12, 4)->starts() != a->starts());
}

TEST_CASE("Bin counts sum to the visible events", "[core][eventbinning]")
{
    const DatasetPtr ds = generateSyntheticEvents(20000, 5, 11);
    EventMask mask(size_t(ds->eventCount()));
    for (size_t i = 0; i < mask.size(); ++i)
        mask[i] = quint8(i % 3 != 0);
    const TimeScale s { { SYNTHETIC_START_MS + 100 * MS_PER_DAY, SYNTHETIC_START_MS + 400 * MS_PER_DAY }, 20, 1000 };
    const double columnPx = GENERATE(1.0, 3.0);
    for (int key = 0; key < 5; ++key) {
        qint64 expected = 0;
        for (int i = 0; i < ds->eventCount(); ++i)
            expected += mask[size_t(i)] && ds->companyColumn()[size_t(i)] == key && s.range.contains(ds->starts()[size_t(i)]);
        const auto [first, last] = visibleIndexRange(*ds, s.range);
        const auto bins = binEvents(*ds, mask, key, first, last, s, columnPx);
        CHECK(sum(bins) == expected);
        for (size_t b = 1; b < bins.size(); ++b)
            REQUIRE(bins[b].x > bins[b - 1].x);
        for (const DensityBin& bin : bins) {
            REQUIRE(bin.firstIndex >= 0);
            REQUIRE(ds->companyColumn()[size_t(bin.firstIndex)] == key);
        }
    }
}

TEST_CASE("The pyramid agrees with exact binning", "[core][eventbinning]")
{
    const DatasetPtr ds = generateSyntheticEvents(30000, 4, 5);
    EventMask mask(size_t(ds->eventCount()), 1);
    DensityPyramid pyramid;
    pyramid.build(*ds, mask);
    // The whole extent: every event is counted exactly once.
    const TimeScale all { { SYNTHETIC_START_MS - MS_PER_DAY, SYNTHETIC_END_MS + MS_PER_DAY }, 0, 1900 };
    qint64 total = 0;
    for (int key = 0; key < 4; ++key) {
        const auto bins = pyramid.bins(key, all, 2.0);
        total += sum(bins);
        CHECK(sum(bins) == pyramid.total(key));
        for (const DensityBin& bin : bins)
            REQUIRE(bin.maxImportance >= 1);
    }
    CHECK(total == 30000);
    CHECK(pyramid.total(-1) == 30000);
    CHECK(pyramid.count(-1, all.range) == 30000);
    // A window: the pyramid may differ from exact counts by the events of one bucket at each edge.
    const TimeRange window { SYNTHETIC_START_MS + 200 * MS_PER_DAY, SYNTHETIC_START_MS + 500 * MS_PER_DAY };
    const auto [first, last] = visibleIndexRange(*ds, window);
    const qint64 exact = sum(binEvents(*ds, mask, 2, first, last, all.withRange(window)));
    const qint64 approx = pyramid.count(2, window);
    CHECK(std::abs(approx - exact) <= 10);
    CHECK(std::abs(sum(pyramid.bins(2, all.withRange(window))) - exact) <= 10);
}

TEST_CASE("Masked-out events are not counted", "[core][eventbinning]")
{
    const DatasetPtr ds = generateSyntheticEvents(1000, 2, 9);
    DensityPyramid pyramid;
    pyramid.build(*ds, EventMask(size_t(ds->eventCount()), 0));
    CHECK(pyramid.total(-1) == 0);
    CHECK(pyramid.bins(0, TimeScale { { SYNTHETIC_START_MS, SYNTHETIC_END_MS }, 0, 100 }).empty());
}

TEST_CASE("The pyramid stays within its memory budget for many lanes", "[core][eventbinning]")
{
    const DatasetPtr ds = generateSyntheticEvents(20000, 200, 13);
    DatasetBuilder many(*ds);
    for (int c = 0; c < 3000; ++c) // companies without events still get lanes
        many.addCompany(Company { QStringLiteral("extra%1").arg(c), {}, QString() });
    const DatasetPtr big = many.build();
    DensityPyramid pyramid;
    pyramid.build(*big, {});
    CHECK(pyramid.levels() < DensityPyramid::MAX_LEVELS);
    CHECK((size_t(2) << pyramid.levels()) * size_t(big->companies().size() + 1) <= DensityPyramid::BUCKET_BUDGET);
    CHECK(pyramid.total(-1) == 20000);
    const TimeScale all { { SYNTHETIC_START_MS, SYNTHETIC_END_MS }, 0, 1000 };
    qint64 sum = 0;
    for (int key = 0; key < 200; ++key)
        for (const DensityBin& b : pyramid.bins(key, all))
            sum += b.count;
    CHECK(sum == 20000);
}
