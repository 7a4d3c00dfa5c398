// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lod/downsample.h"

#include <catch2/catch.hpp>

#include <QtCore/QRandomGenerator>

#include <algorithm>
#include <cmath>

using namespace chrono;

namespace {

QList<QPointF> noisySeries(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    points.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        points.append(QPointF(double(i) * 1000.0, std::sin(double(i) / 500.0) * 10 + rng.bounded(1.0)));
    return points;
}

} // namespace

TEST_CASE("Decimated output is bounded by the pixel width", "[core][lod]")
{
    const int columns = GENERATE(1, 10, 800, 1920);
    const QList<QPointF> points = noisySeries(200000, 7);
    const QList<QPointF> out = downsampleMinMax(points, points.first().x(), points.last().x(), columns);
    CHECK(out.size() <= qsizetype(columns) * MAX_POINTS_PER_COLUMN + 2);
    CHECK(out.size() >= columns); // every column has points here
    CHECK(std::is_sorted(out.cbegin(), out.cend(), [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
}

TEST_CASE("First, last and the peaks survive decimation", "[core][lod]")
{
    QList<QPointF> points = noisySeries(100000, 11);
    points[31337].setY(1000.0);
    points[77777].setY(-1000.0);
    const QList<QPointF> out = downsampleMinMax(points, points.first().x(), points.last().x(), 300);
    REQUIRE(out.size() < 1300);
    CHECK(out.first() == points.first());
    CHECK(out.last() == points.last());
    CHECK(out.contains(points[31337]));
    CHECK(out.contains(points[77777]));

    // Every column keeps its own extremes: the vertical extent per column is unchanged.
    const double width = points.last().x() - points.first().x();
    for (int column : { 0, 57, 150, 299 }) {
        const double a = points.first().x() + width * column / 300;
        const double b = points.first().x() + width * (column + 1) / 300;
        auto extent = [&](const QList<QPointF>& list) {
            double lo = qInf(), hi = -qInf();
            for (const QPointF& p : list)
                if (p.x() >= a && p.x() < b) {
                    lo = std::min(lo, p.y());
                    hi = std::max(hi, p.y());
                }
            return std::make_pair(lo, hi);
        };
        CHECK(extent(out) == extent(points));
    }
}

TEST_CASE("Decimation of a window keeps the neighbours outside it", "[core][lod]")
{
    const QList<QPointF> points = noisySeries(100000, 3);
    const double a = 40000.5 * 1000, b = 60000.5 * 1000;
    const QList<QPointF> out = downsampleMinMax(points, a, b, 100);
    REQUIRE(out.size() >= 2);
    CHECK(out.first() == points[40000]);
    CHECK(out.last() == points[60001]);
    CHECK(out.size() <= 100 * MAX_POINTS_PER_COLUMN + 2);
}

TEST_CASE("Small inputs pass through unchanged", "[core][lod]")
{
    CHECK(downsampleMinMax(QList<QPointF> {}, 0, 10, 100).isEmpty());
    const QList<QPointF> one { { 5, 2 } };
    CHECK(downsampleMinMax(one, 0, 10, 100) == one);
    CHECK(downsampleMinMax(one, 0, 10, 0) == one); // zero columns taken as one
    const QList<QPointF> few { { 1, 1 }, { 2, 5 }, { 3, 2 } };
    CHECK(downsampleMinMax(few, 0, 10, 1) == few); // 3 <= 4 per column
    CHECK(downsampleMinMax(few, 10, 0, 1) == few); // reversed range
}

TEST_CASE("Visible value range looks at the window only", "[core][lod]")
{
    const QList<QPointF> points { { 0, 100 }, { 10, 1 }, { 20, 3 }, { 30, 2 }, { 40, -50 } };
    auto r = visibleValueRange(points, 10, 30);
    REQUIRE(r);
    CHECK(r->first == 1);
    CHECK(r->second == 3);

    // Crossing values at the edges count: between x=0 (100) and x=10 (1), x=5 is 50.5.
    r = visibleValueRange(points, 5, 20);
    REQUIRE(r);
    CHECK(r->second == Approx(50.5));

    // A window between two points still sees the segment.
    r = visibleValueRange(points, 12, 18);
    REQUIRE(r);
    CHECK(r->first == Approx(1.4));
    CHECK(r->second == Approx(2.6));

    CHECK_FALSE(visibleValueRange(points, 50, 60));
    CHECK_FALSE(visibleValueRange(QList<QPointF> {}, 0, 1));
    const QList<QPointF> withNan { { 0, qQNaN() }, { 1, 4 } };
    r = visibleValueRange(withNan, 0, 1);
    REQUIRE(r);
    CHECK(r->first == 4);
}

TEST_CASE("Interior columns keep their two extremes, the edge columns their first and last point too", "[core][lod]")
{
    const QList<QPointF> points = noisySeries(100000, 21);
    const int columns = 250;
    const double a = points.first().x(), b = points.last().x();
    const QList<QPointF> out = downsampleMinMax(points, a, b, columns);
    CHECK(out.first() == points.first());
    CHECK(out.last() == points.last());
    std::vector<int> perColumn(size_t(columns), 0);
    for (const QPointF& p : out)
        ++perColumn[size_t(std::min<qint64>(columns - 1, qint64((p.x() - a) / (b - a) * columns)))];
    for (int c = 1; c < columns - 1; ++c) {
        INFO("column " << c);
        CHECK(perColumn[size_t(c)] == 2); // noisy data: the lowest and highest are distinct points
    }
    CHECK(perColumn.front() <= MAX_POINTS_PER_COLUMN);
    CHECK(perColumn.back() <= MAX_POINTS_PER_COLUMN);
}
