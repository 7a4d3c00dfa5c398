// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/lanelayout.h"

#include <algorithm>
#include <numeric>

namespace chrono {

LaneSet buildLanes(const Dataset& dataset, const EventMask& mask, const LaneOptions& options, Language lang)
{
    const int keys = noCompanyLaneKey(dataset) + 1;
    std::vector<Lane> all(static_cast<size_t>(keys));
    std::vector<bool> present(static_cast<size_t>(keys), false);
    for (int k = 0; k < keys; ++k)
        all[size_t(k)].key = k;

    const auto& company = dataset.companyColumn();
    const auto& starts = dataset.starts();
    const bool masked = mask.size() == size_t(dataset.eventCount());
    for (size_t i = 0; i < company.size(); ++i) {
        const int k = company[i] == NO_INDEX ? keys - 1 : company[i];
        present[size_t(k)] = true;
        if (masked && !mask[i])
            continue;
        Lane& lane = all[size_t(k)];
        if (lane.eventCount++ == 0)
            lane.firstStart = starts[i]; // events are sorted by start: the first seen is the earliest
    }
    // Companies declared in the dataset are lanes even without events; the no-company lane
    // only exists when some event has no company.
    for (int k = 0; k + 1 < keys; ++k)
        present[size_t(k)] = true;

    auto companyName = [&](int key) -> QString {
        if (key == keys - 1)
            return QString();
        return dataset.companies()[key].name.text(lang);
    };
    auto companyId = [&](int key) -> QString {
        return key == keys - 1 ? QString() : dataset.companies()[key].id;
    };

    LaneSet set;
    for (int k = 0; k < keys; ++k) {
        Lane lane = all[size_t(k)];
        if (!present[size_t(k)] || (options.hideEmpty && lane.eventCount == 0))
            continue;
        lane.collapsed = options.collapsed.contains(companyId(k));
        set.lanes.push_back(lane);
    }

    switch (options.order) {
    case LaneOrder::Dataset:
        break;
    case LaneOrder::FirstEvent:
        std::stable_sort(set.lanes.begin(), set.lanes.end(), [](const Lane& a, const Lane& b) {
            if ((a.eventCount == 0) != (b.eventCount == 0))
                return a.eventCount != 0; // empty lanes last
            return a.firstStart < b.firstStart;
        });
        break;
    case LaneOrder::Name:
        std::stable_sort(set.lanes.begin(), set.lanes.end(), [&](const Lane& a, const Lane& b) {
            if ((a.key == keys - 1) != (b.key == keys - 1))
                return b.key == keys - 1; // "no company" last
            return companyName(a.key).compare(companyName(b.key), Qt::CaseInsensitive) < 0;
        });
        break;
    case LaneOrder::EventCount:
        std::stable_sort(set.lanes.begin(), set.lanes.end(), [](const Lane& a, const Lane& b) { return a.eventCount > b.eventCount; });
        break;
    }

    set.laneOfKey.assign(size_t(keys), -1);
    for (size_t pos = 0; pos < set.lanes.size(); ++pos)
        set.laneOfKey[size_t(set.lanes[pos].key)] = int(pos);
    return set;
}

PixelSpan eventMarkSpan(const Dataset& dataset, int i, const TimeScale& scale)
{
    const size_t k = size_t(i);
    PixelSpan s { scale.toX(dataset.starts()[k]), scale.toX(dataset.ends()[k]) };
    if (s.x1 - s.x0 < MIN_MARK_PX) {
        const double mid = (s.x0 + s.x1) / 2;
        s.x0 = mid - MIN_MARK_PX / 2;
        s.x1 = mid + MIN_MARK_PX / 2;
    }
    return s;
}

StackResult stackRows(const std::vector<StackItem>& items, int maxRows, double gapPx)
{
    StackResult result;
    maxRows = std::max(1, maxRows);
    result.rows.assign(items.size(), -1);
    // End of the last item placed in each row; the lowest free row wins (first fit), which
    // keeps important rows near the top and the layout stable while panning.
    double rowEnd[MAX_ROWS_PER_LANE * 4];
    const int cap = std::min(maxRows, int(sizeof(rowEnd) / sizeof(rowEnd[0])));
    for (size_t i = 0; i < items.size(); ++i) {
        const StackItem& it = items[i];
        int row = -1;
        for (int r = 0; r < result.rowCount; ++r) {
            if (rowEnd[r] + gapPx <= it.x0) {
                row = r;
                break;
            }
        }
        if (row < 0 && result.rowCount < cap)
            row = result.rowCount++;
        if (row < 0) {
            ++result.overflow;
            continue;
        }
        rowEnd[row] = it.x1;
        result.rows[i] = row;
    }
    return result;
}

} // namespace chrono
