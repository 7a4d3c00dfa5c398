// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lod/plotpointcache.h"

#include <QtCore/QMutexLocker>

namespace chrono {

std::shared_ptr<const PlotPoints> PlotPointCache::get(const Series& series, int seriesIndex, PlotAnchor anchor, bool positiveOnly)
{
    const quint64 key = (quint64(quint32(seriesIndex)) << 2) | (quint64(anchor == PlotAnchor::PeriodStart) << 1) | quint64(positiveOnly);
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.constFind(key);
    if (it != m_entries.cend())
        return it.value();
    std::shared_ptr<const PlotPoints> made = makePlotPoints(series, anchor, positiveOnly);
    m_entries.insert(key, made);
    return made;
}

} // namespace chrono
