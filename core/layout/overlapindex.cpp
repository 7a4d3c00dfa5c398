// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/overlapindex.h"


#include <algorithm>
#include <limits>

namespace chrono {

void OverlapIndex::clear()
{
    m_leaves = 0;
    m_maxEnd.clear();
}

void OverlapIndex::build(const Dataset& dataset)
{
    const size_t n = size_t(dataset.eventCount());
    m_leaves = 1;
    while (m_leaves < n)
        m_leaves *= 2;
    m_maxEnd.assign(2 * m_leaves, std::numeric_limits<TimeMs>::min());
    std::copy(dataset.ends().begin(), dataset.ends().end(), m_maxEnd.begin() + qptrdiff(m_leaves));
    for (size_t node = m_leaves - 1; node >= 1; --node)
        m_maxEnd[node] = std::max(m_maxEnd[2 * node], m_maxEnd[2 * node + 1]);
}

bool OverlapIndex::overlapping(const Dataset& dataset, const TimeRange& range, int limit, std::vector<int>& out) const
{
    const auto& starts = dataset.starts();
    if (m_leaves == 0 || starts.empty() || m_maxEnd.size() != 2 * m_leaves)
        return true;
    const size_t last = size_t(std::lower_bound(starts.begin(), starts.end(), range.end) - starts.begin());
    if (last == 0)
        return true;
    // Depth-first, left to right, so results come out in index order.
    struct Frame {
        size_t node, lo, hi; ///< node covers leaves [lo, hi)
    };
    Frame stack[64];
    int top = 0;
    stack[top++] = Frame { 1, 0, m_leaves };
    int found = 0;
    while (top > 0) {
        const Frame f = stack[--top];
        if (f.lo >= last || m_maxEnd[f.node] <= range.start)
            continue;
        if (f.hi - f.lo == 1) {
            if (found >= limit)
                return false;
            out.push_back(int(f.lo));
            ++found;
            continue;
        }
        const size_t mid = (f.lo + f.hi) / 2;
        stack[top++] = Frame { 2 * f.node + 1, mid, f.hi }; // right pushed first: left is visited first
        stack[top++] = Frame { 2 * f.node, f.lo, mid };
    }
    return true;
}

} // namespace chrono
