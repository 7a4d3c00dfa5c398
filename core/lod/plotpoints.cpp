// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lod/plotpoints.h"

#include "core/layout/seriestransform.h"

#include <cmath>
#include <numeric>

namespace chrono {

size_t PlotPoints::memoryBytes() const
{
    return size_t(measured.capacity() + claims.capacity()) * sizeof(QPointF)
        + size_t(measuredIndex.capacity() + claimIndex.capacity()) * sizeof(int) + size_t(measuredGaps.capacity()) * sizeof(qsizetype)
        + measuredPyramid.memoryBytes();
}

std::shared_ptr<const PlotPoints> makePlotPoints(const Series& series, PlotAnchor anchor, bool positiveOnly)
{
    auto out = std::make_shared<PlotPoints>();
    const QList<SeriesPoint>& points = series.points;
    out->measured.reserve(points.size());
    // measuredIndex stays empty while every point so far is measured and kept (the common,
    // large case): the index is then the identity, without one int per point.
    bool identity = true;
    auto breakIdentity = [&] {
        if (!identity)
            return;
        identity = false;
        out->measuredIndex.resize(out->measured.size());
        std::iota(out->measuredIndex.begin(), out->measuredIndex.end(), 0);
    };
    for (int i = 0; i < points.size(); ++i) {
        const SeriesPoint& p = points[i];
        if (!p.date.isValid() || !std::isfinite(p.value) || (positiveOnly && p.value <= 0)) {
            breakIdentity();
            continue;
        }
        const QPointF xy(double(anchor == PlotAnchor::PeriodStart ? p.date.ms : p.date.midMs()), p.value);
        if (p.status == PointStatus::Claim) {
            breakIdentity();
            out->claims.append(xy);
            out->claimIndex.append(i);
        } else {
            if (!identity)
                out->measuredIndex.append(i);
            out->measured.append(xy);
        }
    }
    out->measured.squeeze();
    out->measuredGaps = gapStarts(out->measured);
    out->measuredPyramid = MinMaxPyramid(out->measured.constData(), out->measured.size());
    return out;
}

} // namespace chrono
