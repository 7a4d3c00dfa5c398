// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lod/plotpointcache.h"

#include "core/data/derivedcache.h"

namespace chrono {

std::shared_ptr<const PlotPoints> cachedPlotPoints(const Dataset& dataset, const Series& series, PlotAnchor anchor, bool positiveOnly)
{
    const int index = dataset.ownSeriesIndex(series);
    DerivedCache* cache = dataset.derivedCache();
    if (index < 0 || !cache) // not ours: made, not kept
        return makePlotPoints(series, anchor, positiveOnly);
    const quint64 key = (quint64(quint32(index)) << 2) | (quint64(anchor == PlotAnchor::PeriodStart) << 1) | quint64(positiveOnly);
    return std::static_pointer_cast<const PlotPoints>(
        cache->getOrMake(DerivedCache::Owner::PlotPoints, key, [&] { return std::shared_ptr<const void>(makePlotPoints(series, anchor, positiveOnly)); }));
}

} // namespace chrono
