// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/labelplacement.h"

#include <algorithm>
#include <iterator>

namespace chrono {

bool RowOccupancy::isFree(double x0, double x1, int owner) const
{
    // Spans are disjoint and sorted, so the ones intersecting [x0, x1) form a run that ends
    // just before the first span starting at or after x1; walk it backwards.
    auto it = m_spans.lower_bound(x1);
    while (it != m_spans.begin()) {
        --it;
        if (it->second.end <= x0)
            return true;
        if (owner < 0 || it->second.owner != owner)
            return false;
    }
    return true;
}

void RowOccupancy::occupy(double x0, double x1, int owner)
{
    if (x1 <= x0)
        return;
    m_spans[x0] = Span { x1, owner };
}

std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates, const std::vector<Obstacle>& obstacles,
    int rowCount, double minX, double maxX, const std::function<double(int)>& textWidth, double gapPx)
{
    std::vector<PlacedLabel> placed;
    if (rowCount <= 0 || candidates.empty())
        return placed;
    std::vector<RowOccupancy> rows(static_cast<size_t>(rowCount));
    for (const Obstacle& o : obstacles) {
        if (o.row >= 0 && o.row < rowCount)
            rows[size_t(o.row)].occupy(o.x0, o.x1, o.owner);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const LabelCandidate& a, const LabelCandidate& b) {
        return a.priority != b.priority ? a.priority > b.priority : a.tieBreak < b.tieBreak;
    });
    placed.reserve(candidates.size());
    for (const LabelCandidate& c : candidates) {
        if (c.row < 0 || c.row >= rowCount)
            continue;
        RowOccupancy& row = rows[size_t(c.row)];
        const double w = textWidth(c.id);
        if (!(w > 0))
            continue;
        for (int p = 0; p < std::min(c.positionCount, 3); ++p) {
            if (p == 0 && c.maxWidth >= 0 && w > c.maxWidth)
                continue;
            const double x = c.rightAligned[p] ? c.positions[p] - w : c.positions[p];
            if (x < minX || x + w > maxX)
                continue;
            // The label may lie on its own mark (inside a bar), not on anyone else's.
            if (!row.isFree(x - gapPx, x + w + gapPx, c.id))
                continue;
            // Keep the occupancy disjoint: the own mark is already there when the label is inside it.
            if (row.isFree(x, x + w, -1))
                row.occupy(x, x + w, c.id);
            placed.push_back(PlacedLabel { c.id, c.row, x, w });
            break;
        }
    }
    return placed;
}

} // namespace chrono
