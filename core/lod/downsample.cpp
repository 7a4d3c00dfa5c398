// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lod/downsample.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace chrono {

namespace {

const QPointF* lowerByX(const QPointF* begin, const QPointF* end, double x)
{
    return std::lower_bound(begin, end, x, [](const QPointF& p, double v) { return p.x() < v; });
}

const QPointF* upperByX(const QPointF* begin, const QPointF* end, double x)
{
    return std::upper_bound(begin, end, x, [](double v, const QPointF& p) { return v < p.x(); });
}

/// The column walk of downsampleMinMax; `extremes(p, stop, lo, hi)` finds the lowest and
/// highest non-NaN point of [p, stop) (nullptr when there is none), by scanning or through a
/// pyramid, so that both give the same points.
template<typename Extremes>
QList<QPointF> downsampleColumns(const QPointF* points, qsizetype count, double xStart, double xEnd, int pixelColumns, Extremes&& extremes)
{
    QList<QPointF> out;
    if (!points || count <= 0)
        return out;
    if (xEnd < xStart)
        std::swap(xStart, xEnd);
    pixelColumns = std::max(1, pixelColumns);

    const QPointF* end = points + count;
    const QPointF* first = lowerByX(points, end, xStart); // first point inside
    const QPointF* last = upperByX(first, end, xEnd); // one past the last point inside
    // The neighbours outside the range keep the line running to the plot's edges.
    const QPointF* from = first == points ? first : first - 1;
    const QPointF* to = last == end ? last : last + 1;

    const qsizetype inside = last - first;
    if (inside <= qsizetype(pixelColumns) * MAX_POINTS_PER_COLUMN) {
        out.reserve(to - from);
        for (const QPointF* p = from; p != to; ++p)
            out.append(*p);
        return out;
    }

    out.reserve(qsizetype(pixelColumns) * MAX_POINTS_PER_COLUMN + 2);
    if (from != first)
        out.append(*from);

    const double width = xEnd - xStart;
    const QPointF* p = first;
    while (p != last) {
        // Column of p; the column ends at the first point of the next column.
        const auto column = std::min<qint64>(pixelColumns - 1, qint64((p->x() - xStart) / width * pixelColumns));
        const double columnEnd = xStart + width * double(column + 1) / pixelColumns;
        const QPointF* stop = column == pixelColumns - 1 ? last : lowerByX(p, last, columnEnd);
        if (stop == p) // guards against rounding at the column edge
            stop = p + 1;

        const QPointF* lo = nullptr;
        const QPointF* hi = nullptr;
        extremes(p, stop, lo, hi);
        // Keep the extremes in x order; pointers compare in x order. Within one pixel column
        // the first and last point add no pixels (they lie between the extremes, less than a
        // pixel apart in x); they are kept only at the range's edges, and in a column without
        // numbers (they carry its break).
        const bool edge = p == first || stop == last || !lo;
        const QPointF* keep[] = { edge ? p : nullptr, lo, hi, edge ? stop - 1 : nullptr };
        std::sort(std::begin(keep), std::end(keep), std::less<const QPointF*>());
        const QPointF* previous = nullptr;
        for (const QPointF* k : keep) {
            if (k && k != previous)
                out.append(*k);
            if (k)
                previous = k;
        }
        p = stop;
    }

    if (to != last)
        out.append(*last);
    return out;
}

} // namespace

QList<QPointF> downsampleMinMax(const QPointF* points, qsizetype count, double xStart, double xEnd, int pixelColumns)
{
    return downsampleColumns(points, count, xStart, xEnd, pixelColumns,
        [](const QPointF* p, const QPointF* stop, const QPointF*& lo, const QPointF*& hi) {
            for (const QPointF* q = p; q != stop; ++q) {
                if (std::isnan(q->y()))
                    continue;
                if (!lo || q->y() < lo->y())
                    lo = q;
                if (!hi || q->y() > hi->y())
                    hi = q;
            }
        });
}

QList<QPointF> downsampleMinMax(const QList<QPointF>& points, qsizetype begin, qsizetype end, const MinMaxPyramid& pyramid,
    double xStart, double xEnd, int pixelColumns)
{
    begin = std::clamp<qsizetype>(begin, 0, points.size());
    end = std::clamp<qsizetype>(end, begin, points.size());
    if (pyramid.size() != points.size())
        return downsampleMinMax(points.constData() + begin, end - begin, xStart, xEnd, pixelColumns);
    const QPointF* base = points.constData();
    return downsampleColumns(base + begin, end - begin, xStart, xEnd, pixelColumns,
        [&](const QPointF* p, const QPointF* stop, const QPointF*& lo, const QPointF*& hi) {
            const auto [l, h] = pyramid.extremes(p - base, stop - base);
            lo = l == MinMaxPyramid::NO_INDEX ? nullptr : base + l;
            hi = h == MinMaxPyramid::NO_INDEX ? nullptr : base + h;
        });
}

std::optional<std::pair<double, double>> visibleValueRange(const QPointF* points, qsizetype count, double xStart, double xEnd)
{
    if (!points || count <= 0)
        return std::nullopt;
    if (xEnd < xStart)
        std::swap(xStart, xEnd);

    double lo = qInf();
    double hi = -qInf();
    auto take = [&](double y) {
        if (std::isnan(y))
            return;
        lo = std::min(lo, y);
        hi = std::max(hi, y);
    };
    // Value of the segment a-b at x (both finite, a.x <= x <= b.x).
    auto interpolate = [](const QPointF& a, const QPointF& b, double x) {
        if (b.x() == a.x())
            return b.y();
        return a.y() + (b.y() - a.y()) * (x - a.x()) / (b.x() - a.x());
    };

    const QPointF* end = points + count;
    const QPointF* first = lowerByX(points, end, xStart);
    const QPointF* last = upperByX(first, end, xEnd);
    for (const QPointF* p = first; p != last; ++p)
        take(p->y());

    // Where the line crosses the edges of the window.
    if (first != points && first != end)
        take(interpolate(*(first - 1), *first, xStart));
    if (last != end && last != points)
        take(interpolate(*(last - 1), *last, xEnd));
    // A single segment spanning the whole window.
    if (first == last && first != points && first != end) {
        take(interpolate(*(first - 1), *first, xStart));
        take(interpolate(*(first - 1), *first, xEnd));
    }

    if (lo > hi)
        return std::nullopt;
    return std::make_pair(lo, hi);
}

} // namespace chrono
