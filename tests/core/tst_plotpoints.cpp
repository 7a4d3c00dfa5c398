// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset.h"
#include "core/layout/seriestransform.h"
#include "core/lod/plotpointcache.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace chrono;

namespace {

Series monthly(std::initializer_list<double> values)
{
    Series s;
    s.id = QStringLiteral("s");
    int m = 1;
    for (double v : values)
        s.points.append({ Date::fromYmd(2025, m++), v, {}, PointStatus::Measured, QString() });
    return s;
}

} // namespace

TEST_CASE("Plot points sit mid-period, or at the start for steps", "[core][lod]")
{
    const Series s = monthly({ 1, 2, 3 });
    const auto mid = makePlotPoints(s, PlotAnchor::PeriodMiddle, false);
    const auto start = makePlotPoints(s, PlotAnchor::PeriodStart, false);
    REQUIRE(mid->measured.size() == 3);
    CHECK(mid->measured[1] == QPointF(double(s.points[1].date.midMs()), 2));
    CHECK(start->measured[1] == QPointF(double(s.points[1].date.ms), 2));
    CHECK(mid->measuredIndex.isEmpty()); // every point kept: the identity, not spelled out
    CHECK(mid->claims.isEmpty());
    CHECK(mid->measuredPyramid.size() == 3);
}

TEST_CASE("Plot points split claims off and index back into the series", "[core][lod]")
{
    Series s = monthly({ 1, std::numeric_limits<double>::quiet_NaN(), 3, 4, -2 });
    s.points[3].status = PointStatus::Claim;
    const auto p = makePlotPoints(s, PlotAnchor::PeriodMiddle, false);
    CHECK(p->measured.size() == 3);
    CHECK(p->measuredIndex == QList<int>({ 0, 2, 4 }));
    CHECK(p->claims.size() == 1);
    CHECK(p->claimIndex == QList<int>({ 3 }));

    const auto positive = makePlotPoints(s, PlotAnchor::PeriodMiddle, true); // a log axis
    CHECK(positive->measuredIndex == QList<int>({ 0, 2 }));

    // A claim first: the measured points before it were the identity so far.
    Series c = monthly({ 5, 6, 7 });
    c.points[2].status = PointStatus::Claim;
    CHECK(makePlotPoints(c, PlotAnchor::PeriodMiddle, false)->measuredIndex == QList<int>({ 0, 1 }));
}

TEST_CASE("Plot points carry the gaps of the measured line", "[core][lod]")
{
    Series s = monthly({ 1, 2, 3, 4 });
    s.points.append({ Date::fromYmd(2026, 6), 5, {}, PointStatus::Measured, QString() });
    s.points.append({ Date::fromYmd(2026, 7), 6, {}, PointStatus::Measured, QString() });
    const auto p = makePlotPoints(s, PlotAnchor::PeriodMiddle, false);
    CHECK(p->measuredGaps == gapStarts(p->measured));
    CHECK(p->measuredGaps == QList<qsizetype>({ 4 }));
}

TEST_CASE("A dataset makes the plot points of a series once", "[core][lod]")
{
    DatasetBuilder b;
    b.addSeries(monthly({ 1, 2, 3 }));
    const DatasetPtr d = b.build();
    const Series& s = d->series().first();
    const auto first = cachedPlotPoints(*d, s, PlotAnchor::PeriodMiddle, false);
    CHECK(cachedPlotPoints(*d, s, PlotAnchor::PeriodMiddle, false) == first); // the same object
    CHECK(cachedPlotPoints(*d, s, PlotAnchor::PeriodStart, false) != first); // another form
    CHECK(cachedPlotPoints(*d, s, PlotAnchor::PeriodMiddle, true) != first);
    // A series that is not the dataset's own is made, not kept.
    const Series copy = s;
    const auto loose = cachedPlotPoints(*d, copy, PlotAnchor::PeriodMiddle, false);
    CHECK(loose != first);
    CHECK(loose->measured == first->measured);
}
