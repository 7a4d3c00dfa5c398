// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QList>
#include <QtCore/QPointF>

#include <optional>

namespace chrono {

/**
 * @file
 * Pure transforms from a series' points to what a chart kind draws. Points are
 * (x = ms since the epoch as double, y = value), sorted by x ascending (precondition).
 */

/**
 * @brief Step expansion for prices: a price holds until the next change.
 *
 * For every change at x_i the result has the horizontal segment (x_i, y_{i-1}) and then the
 * vertical one to (x_i, y_i). With `holdUntil` later than the last point, the last price is
 * carried to it (the price still holds at the end of the data / visible range).
 * Output size: 2n - 1 (+1 with holdUntil).
 */
QList<QPointF> stepExpand(const QList<QPointF>& points, std::optional<double> holdUntil = std::nullopt);

/// How a growth chart states values relative to its base date.
enum class GrowthMode {
    PercentChange, ///< value / base * 100 - 100: 0 % at the base date (the default)
    Indexed, ///< value / base * 100: 100 at the base date
};

/// A series re-expressed relative to its value at a base date.
struct GrowthIndex {
    QList<QPointF> points;
    double baseX = 0; ///< x (ms) of the point the base value was taken from
    double baseValue = 0;
};

/**
 * @brief Growth relative to the value **at or before** `baseX` (the last known value then).
 * @return nullopt when the series has no point at or before the base, or that value is 0
 *         or not finite (no growth can be stated against it).
 */
std::optional<GrowthIndex> growthIndex(const QList<QPointF>& points, double baseX, GrowthMode mode = GrowthMode::PercentChange);

enum class StackMode {
    Absolute, ///< values as reported; the shortfall to `total` is an explicit remainder
    Relative, ///< each date's reported values rescaled to sum to 100 (share among those shown)
};

/**
 * @brief Shares of several series stacked on the union of their dates.
 *
 * A series without a point at a date counts as not reported there (0 in its band), and its
 * missing share goes to the remainder: shares are never silently stretched to fill 100.
 */
struct StackedShares {
    QList<double> x; ///< union of the dates, ascending
    QList<QList<double>> values; ///< [series][date] value drawn (0 when not reported)
    QList<QList<bool>> reported; ///< [series][date] whether the series has a point there
    QList<double> remainder; ///< [date] "other / not reported": total - sum when positive, else 0
    QList<QList<double>> lower; ///< [band][date] cumulative lower bound; bands = series then remainder
    QList<QList<double>> upper; ///< [band][date] cumulative upper bound
    bool hasRemainder() const;
};

/**
 * @param series one point list per series (values in the same unit, e.g. percent)
 * @param mode Absolute or Relative
 * @param total what a complete date sums to (100 for percent shares); nullopt for quantities
 *        that have no whole (counts), which then get no remainder band
 */
StackedShares stackShares(const QList<QList<QPointF>>& series, StackMode mode, std::optional<double> total = 100.0);

/// Median distance in x between consecutive points; 0 with fewer than two points.
/// Above 16384 steps it is the median of an evenly strided sample of them.
double medianSpacing(const QList<QPointF>& points);

/// Default factor for gap detection: a step longer than this many median spacings is a gap.
constexpr double DEFAULT_GAP_FACTOR = 3.0;

/**
 * @brief Indexes i (> 0) where a new line segment starts because x_i - x_{i-1} is longer than
 * `factor` × the median spacing. Needs at least 3 points (2 spacings) to say anything.
 */
QList<qsizetype> gapStarts(const QList<QPointF>& points, double factor = DEFAULT_GAP_FACTOR);

/// The points cut into segments at gapStarts(); one segment when there is no gap.
QList<QList<QPointF>> splitAtGaps(const QList<QPointF>& points, double factor = DEFAULT_GAP_FACTOR);

} // namespace chrono
