// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/lod/minmaxpyramid.h"

#include <QtCore/QList>
#include <QtCore/QPointF>

#include <optional>
#include <utility>

namespace chrono {

/**
 * @brief Min/max decimation of a time series for drawing at a given pixel width.
 *
 * Points are (x = ms since the epoch as double, y = value), **sorted by x ascending**
 * (precondition; not checked). The visible x-range [xStart, xEnd] is split into
 * `pixelColumns` equal columns; for each column the lowest and the highest point are kept,
 * in x order, so a polyline through the result covers the same vertical extent per column as
 * the polyline through all points (peaks survive). A column's first and last point lie
 * between its extremes and less than a pixel from them, so they add no pixels; they are kept
 * only in the first and last column (the line starts and ends where the data does) and in a
 * column without numbers. The nearest point just outside each edge of the range is kept too,
 * so the line enters and leaves the plot where it should.
 *
 * Located by binary search: the cost is O(log n + visible points).
 * Points whose y is NaN are kept as they are (they mark breaks for callers that use them).
 *
 * @param points sorted input
 * @param count number of input points
 * @param xStart,xEnd visible range in x units (ms); swapped when given reversed
 * @param pixelColumns width of the plot in pixels; values < 1 are taken as 1
 * @return the decimated points (at most 2 per column, 4 in the edge columns); all visible
 *         points unchanged when there are no more than MAX_POINTS_PER_COLUMN per column anyway.
 */
QList<QPointF> downsampleMinMax(const QPointF* points, qsizetype count, double xStart, double xEnd, int pixelColumns);

inline QList<QPointF> downsampleMinMax(const QList<QPointF>& points, double xStart, double xEnd, int pixelColumns)
{
    return downsampleMinMax(points.constData(), points.size(), xStart, xEnd, pixelColumns);
}

/**
 * @brief The same decimation of points[begin, end), finding each column's extremes through
 * `pyramid` (built over the whole of `points`): O(columns × log n) instead of a pass over the
 * visible points, with exactly the result of the scanning version. Without a matching
 * pyramid (size differs) it scans.
 */
QList<QPointF> downsampleMinMax(const QList<QPointF>& points, qsizetype begin, qsizetype end, const MinMaxPyramid& pyramid,
    double xStart, double xEnd, int pixelColumns);

/// Up to this many points per pixel column, downsampleMinMax keeps every point; it never keeps
/// more than this in any column.
constexpr int MAX_POINTS_PER_COLUMN = 4;

/**
 * @brief The lowest and highest y a polyline through `points` reaches inside [xStart, xEnd]
 * (for y autoscale over the visible range only).
 *
 * Includes the values where the line crosses the range's edges (linear interpolation with
 * the neighbour outside), so a line that passes through the window without a point in it
 * still counts. NaN values are ignored. nullopt when nothing of the line is visible.
 */
std::optional<std::pair<double, double>> visibleValueRange(const QPointF* points, qsizetype count, double xStart, double xEnd);

inline std::optional<std::pair<double, double>> visibleValueRange(const QList<QPointF>& points, double xStart, double xEnd)
{
    return visibleValueRange(points.constData(), points.size(), xStart, xEnd);
}

} // namespace chrono
