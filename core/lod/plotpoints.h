// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/entities.h"
#include "core/lod/minmaxpyramid.h"

#include <QtCore/QList>
#include <QtCore/QPointF>

#include <memory>

namespace chrono {

/// Where on the time axis a point of a period is drawn.
enum class PlotAnchor : quint8 {
    PeriodMiddle, ///< the middle of its period: a monthly figure belongs to mid-month
    PeriodStart, ///< the start of its period: a price step changes at the start of its day
};

/**
 * @brief A series' points in the form a chart draws them: (x = ms since the epoch, y = value)
 * split into measured points and claims, with the gap structure and a min/max pyramid of
 * the measured line, so that decimating a view is O(pixels), not O(points).
 *
 * 16 bytes per drawn point instead of the 80-byte SeriesPoint; made once per series and
 * chart form by PlotPointCache and shared, never copied (the lists are implicitly shared
 * and only read, which keeps the pyramid's pointer into `measured` valid).
 */
struct PlotPoints {
    PlotPoints() = default;
    PlotPoints(const PlotPoints&) = delete; // the pyramid points into `measured`: share, never copy
    PlotPoints& operator=(const PlotPoints&) = delete;

    QList<QPointF> measured; ///< in the series' order (sorted by date)
    QList<QPointF> claims;
    QList<int> measuredIndex; ///< index into Series::points; empty = the identity (every point measured and kept)
    QList<int> claimIndex;
    QList<qsizetype> measuredGaps; ///< gapStarts(measured): where a new line segment starts
    MinMaxPyramid measuredPyramid; ///< over `measured`

    /// Bytes held (for memory figures).
    size_t memoryBytes() const;
};

/**
 * @brief Splits a series into what a chart draws: points without a valid date or a finite
 * value are left out, and so are values <= 0 with `positiveOnly` (a log axis).
 */
std::shared_ptr<const PlotPoints> makePlotPoints(const Series& series, PlotAnchor anchor, bool positiveOnly);

} // namespace chrono
