// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lod/plotpoints.h"

#include <QtCore/QHash>
#include <QtCore/QMutex>

#include <memory>

namespace chrono {

/**
 * @brief PlotPoints made once per (series, anchor, positiveOnly) of one dataset snapshot and
 * kept with it: a chart built again (zoom out, a new export, the every-point comparison) does
 * not read the series' points again. Thread-safe.
 */
class PlotPointCache {
public:
    /// `seriesIndex` identifies `series` within its dataset.
    std::shared_ptr<const PlotPoints> get(const Series& series, int seriesIndex, PlotAnchor anchor, bool positiveOnly);

private:
    QMutex m_mutex;
    QHash<quint64, std::shared_ptr<const PlotPoints>> m_entries;
};

} // namespace chrono
