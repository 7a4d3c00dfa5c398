// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lod/downsample.h"
#include "core/lod/minmaxpyramid.h"

#include <catch2/catch.hpp>

#include <QtCore/QRandomGenerator>

#include <cmath>
#include <limits>

using namespace chrono;

namespace {

/// Noisy values on a coarse grid (so that ties are common), with some NaN runs.
QList<QPointF> tiedSeries(qsizetype n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    points.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        double y = double(rng.bounded(40));
        if (rng.bounded(50) == 0)
            y = std::numeric_limits<double>::quiet_NaN();
        points.append(QPointF(double(i) * 60000.0, y));
    }
    for (qsizetype i = n / 3; i < std::min(n, n / 3 + 40); ++i) // a block-sized run without numbers
        points[i].setY(std::numeric_limits<double>::quiet_NaN());
    return points;
}

/// What a left-to-right scan with strict comparisons picks.
std::pair<qsizetype, qsizetype> scanned(const QList<QPointF>& p, qsizetype from, qsizetype to)
{
    qsizetype lo = MinMaxPyramid::NO_INDEX, hi = MinMaxPyramid::NO_INDEX;
    for (qsizetype i = from; i < to; ++i) {
        if (std::isnan(p[i].y()))
            continue;
        if (lo < 0 || p[i].y() < p[lo].y())
            lo = i;
        if (hi < 0 || p[i].y() > p[hi].y())
            hi = i;
    }
    return { lo, hi };
}

/// Equal point by point, NaN matching NaN.
bool samePoints(const QList<QPointF>& a, const QList<QPointF>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].x() != b[i].x() || (std::isnan(a[i].y()) ? !std::isnan(b[i].y()) : a[i].y() != b[i].y()))
            return false;
    return true;
}

} // namespace

TEST_CASE("Pyramid extremes equal a scan, ties included", "[core][lod]")
{
    const qsizetype n = GENERATE(qsizetype(1), qsizetype(16), qsizetype(17), qsizetype(300), qsizetype(5000), qsizetype(70000));
    const QList<QPointF> points = tiedSeries(n, quint32(n));
    const MinMaxPyramid pyramid(points.constData(), points.size());
    REQUIRE(pyramid.size() == n);
    QRandomGenerator rng(99);
    for (int k = 0; k < 2000; ++k) {
        qsizetype a = qsizetype(rng.bounded(quint32(n + 1)));
        qsizetype b = qsizetype(rng.bounded(quint32(n + 1)));
        if (a > b)
            std::swap(a, b);
        INFO("range [" << a << ", " << b << ") of " << n);
        REQUIRE(pyramid.extremes(a, b) == scanned(points, a, b));
    }
    CHECK(pyramid.extremes(0, n) == scanned(points, 0, n));
    CHECK(pyramid.extremes(n, n) == std::make_pair(MinMaxPyramid::NO_INDEX, MinMaxPyramid::NO_INDEX));
}

TEST_CASE("Decimating through the pyramid gives the scan's points", "[core][lod]")
{
    const QList<QPointF> points = tiedSeries(250000, 5);
    const MinMaxPyramid pyramid(points.constData(), points.size());
    const double first = points.first().x(), last = points.last().x();
    struct Window {
        double from, to;
        int columns;
    };
    const Window window = GENERATE_COPY(Window { first, last, 1850 }, Window { first, last, 7 },
        Window { first + (last - first) * 0.3, first + (last - first) * 0.31, 1200 }, Window { first - 1e9, last + 1e9, 640 },
        Window { first + (last - first) * 0.5, first + (last - first) * 0.9, 1920 });
    // The whole list, and a segment of it (a line broken at a gap).
    const qsizetype begin = GENERATE(qsizetype(0), qsizetype(1000));
    const qsizetype end = GENERATE(qsizetype(250000), qsizetype(180000));
    const QList<QPointF> viaPyramid = downsampleMinMax(points, begin, end, pyramid, window.from, window.to, window.columns);
    const QList<QPointF> viaScan = downsampleMinMax(points.constData() + begin, end - begin, window.from, window.to, window.columns);
    CHECK(viaPyramid.size() > 0);
    CHECK(samePoints(viaPyramid, viaScan));
}

TEST_CASE("A pyramid that does not match the list falls back to scanning", "[core][lod]")
{
    const QList<QPointF> points = tiedSeries(5000, 3);
    const MinMaxPyramid other;
    CHECK(samePoints(downsampleMinMax(points, 0, points.size(), other, 0, 5000 * 60000.0, 100),
        downsampleMinMax(points, 0, 5000 * 60000.0, 100)));
}
