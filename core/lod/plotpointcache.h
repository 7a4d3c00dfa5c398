// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/lod/plotpoints.h"

namespace chrono {

/**
 * @brief The points of `series` as a chart draws them. For one of `dataset`'s own series they
 * are made once per (series, anchor, positiveOnly) and kept with the snapshot, so a chart
 * built again (zoom out, a new export, the every-point comparison) does not read the series'
 * points again; any other series is made, not kept. Thread-safe.
 */
std::shared_ptr<const PlotPoints> cachedPlotPoints(const Dataset& dataset, const Series& series, PlotAnchor anchor, bool positiveOnly);

} // namespace chrono
