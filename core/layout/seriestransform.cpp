// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/seriestransform.h"

#include <algorithm>
#include <cmath>

namespace chrono {

namespace {
constexpr qsizetype MEDIAN_SAMPLE = 16384; ///< steps looked at, at most, for the median spacing
}

QList<QPointF> stepExpand(const QList<QPointF>& points, std::optional<double> holdUntil)
{
    QList<QPointF> out;
    if (points.isEmpty())
        return out;
    out.reserve(points.size() * 2 + 1);
    out.append(points.first());
    for (qsizetype i = 1; i < points.size(); ++i) {
        // Horizontal first: the previous price held until this change.
        out.append(QPointF(points[i].x(), points[i - 1].y()));
        out.append(points[i]);
    }
    if (holdUntil && *holdUntil > points.last().x())
        out.append(QPointF(*holdUntil, points.last().y()));
    return out;
}

std::optional<GrowthIndex> growthIndex(const QList<QPointF>& points, double baseX, GrowthMode mode)
{
    // Last point at or before the base.
    const auto it = std::upper_bound(points.cbegin(), points.cend(), baseX, [](double x, const QPointF& p) { return x < p.x(); });
    if (it == points.cbegin())
        return std::nullopt;
    const QPointF base = *(it - 1);
    if (!std::isfinite(base.y()) || base.y() == 0)
        return std::nullopt;

    GrowthIndex result;
    result.baseX = base.x();
    result.baseValue = base.y();
    result.points.reserve(points.size());
    const double offset = mode == GrowthMode::PercentChange ? 100.0 : 0.0;
    for (const QPointF& p : points)
        result.points.append(QPointF(p.x(), p.y() / base.y() * 100.0 - offset));
    return result;
}

bool StackedShares::hasRemainder() const
{
    return std::any_of(remainder.cbegin(), remainder.cend(), [](double r) { return r > 0; });
}

StackedShares stackShares(const QList<QList<QPointF>>& series, StackMode mode, std::optional<double> total)
{
    StackedShares s;
    for (const auto& points : series)
        for (const QPointF& p : points)
            s.x.append(p.x());
    std::sort(s.x.begin(), s.x.end());
    s.x.erase(std::unique(s.x.begin(), s.x.end()), s.x.end());

    const qsizetype dates = s.x.size();
    s.remainder.fill(0.0, dates);
    for (const auto& points : series) {
        QList<double> values(dates, 0.0);
        QList<bool> reported(dates, false);
        for (const QPointF& p : points) {
            const auto at = std::lower_bound(s.x.cbegin(), s.x.cend(), p.x()) - s.x.cbegin();
            if (std::isfinite(p.y())) {
                values[at] = p.y();
                reported[at] = true;
            }
        }
        s.values.append(values);
        s.reported.append(reported);
    }

    for (qsizetype d = 0; d < dates; ++d) {
        double sum = 0;
        for (const auto& v : s.values)
            sum += v[d];
        if (mode == StackMode::Relative) {
            // Share among the series shown: an explicit choice of the user, labelled as such.
            if (sum > 0)
                for (auto& v : s.values)
                    v[d] = v[d] / sum * 100.0;
        } else if (total && sum < *total) {
            s.remainder[d] = *total - sum;
        }
    }

    QList<double> base(dates, 0.0);
    auto addBand = [&](const QList<double>& values) {
        QList<double> top(dates);
        for (qsizetype d = 0; d < dates; ++d)
            top[d] = base[d] + values[d];
        s.lower.append(base);
        s.upper.append(top);
        base = top;
    };
    for (const auto& v : s.values)
        addBand(v);
    if (s.hasRemainder())
        addBand(s.remainder);
    return s;
}

double medianSpacing(const QList<QPointF>& points)
{
    if (points.size() < 2)
        return 0;
    // Long series: the median of an evenly strided sample of the steps (deterministic, and
    // for gap detection indistinguishable from the exact one) instead of sorting a million.
    const qsizetype count = points.size() - 1;
    const qsizetype stride = std::max<qsizetype>(1, count / MEDIAN_SAMPLE);
    std::vector<double> steps;
    steps.reserve(size_t(count / stride + 1));
    for (qsizetype i = 1; i < points.size(); i += stride)
        steps.push_back(points[i].x() - points[i - 1].x());
    const auto mid = steps.begin() + std::ptrdiff_t(steps.size() / 2);
    std::nth_element(steps.begin(), mid, steps.end());
    if (steps.size() % 2 == 1)
        return *mid;
    const double upper = *mid;
    const double lower = *std::max_element(steps.begin(), mid);
    return (lower + upper) / 2;
}

QList<qsizetype> gapStarts(const QList<QPointF>& points, double factor)
{
    QList<qsizetype> starts;
    if (points.size() < 3)
        return starts;
    const double limit = medianSpacing(points) * factor;
    if (limit <= 0)
        return starts;
    for (qsizetype i = 1; i < points.size(); ++i)
        if (points[i].x() - points[i - 1].x() > limit)
            starts.append(i);
    return starts;
}

QList<QList<QPointF>> splitAtGaps(const QList<QPointF>& points, double factor)
{
    QList<QList<QPointF>> segments;
    if (points.isEmpty())
        return segments;
    const QList<qsizetype> starts = gapStarts(points, factor);
    if (starts.isEmpty()) {
        segments.append(points); // shared, not copied
        return segments;
    }
    qsizetype begin = 0;
    for (qsizetype start : starts) {
        segments.append(points.mid(begin, start - begin));
        begin = start;
    }
    segments.append(points.mid(begin));
    return segments;
}

} // namespace chrono
