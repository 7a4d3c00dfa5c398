// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/data/timerange.h"

#include <vector>

namespace chrono {

/**
 * @brief Finds the events overlapping a time range in O(k log n) for k results.
 *
 * Binary search on the sorted starts bounds the events starting before the range end; a
 * max-of-ends tree over the event order then skips every block whose events all end before
 * the range starts. Widening a search by Dataset::maxDuration() alone would scan a quarter of
 * a dataset as soon as a few year-long events exist. Memory: 16 bytes per event.
 */
class OverlapIndex {
public:
    void build(const Dataset& dataset);
    void clear();

    /**
     * @brief Appends to `out`, in ascending index (= start) order, the events with
     * start < range.end and end > range.start.
     * @param limit stop after this many results
     * @return false when the limit cut the answer short
     */
    bool overlapping(const Dataset& dataset, const TimeRange& range, int limit, std::vector<int>& out) const;

private:
    size_t m_leaves = 0; ///< power of two >= event count
    std::vector<TimeMs> m_maxEnd; ///< heap layout: node 1 is the root, leaves at m_leaves..
};

} // namespace chrono
