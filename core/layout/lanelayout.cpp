// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/lanelayout.h"

#include "core/layout/labelplacement.h"

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

StackResult stackRowsByPriority(const std::vector<PriorityStackItem>& items, int maxRows, double gapPx,
    std::vector<quint8>* labelReserved)
{
    StackResult result;
    maxRows = std::max(1, maxRows);
    result.rows.assign(items.size(), -1);
    if (labelReserved)
        labelReserved->assign(items.size(), 0);
    std::vector<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const PriorityStackItem& ia = items[size_t(a)];
        const PriorityStackItem& ib = items[size_t(b)];
        return ia.priority != ib.priority ? ia.priority > ib.priority : ia.x0 < ib.x0;
    });
    std::vector<RowOccupancy> rows(static_cast<size_t>(maxRows));
    auto tryPlace = [&](int i, double x0, double x1) {
        for (int r = 0; r < maxRows; ++r) {
            if (rows[size_t(r)].isFree(x0 - gapPx, x1 + gapPx)) {
                rows[size_t(r)].occupy(x0, std::max(x1, x0 + 1e-6), i);
                result.rows[size_t(i)] = r;
                result.rowCount = std::max(result.rowCount, r + 1);
                return true;
            }
        }
        return false;
    };
    for (int i : order) {
        const PriorityStackItem& it = items[size_t(i)];
        const double labelWidth = it.labelX1 - it.x1;
        if (labelWidth > 0
            && (it.labelLeft ? tryPlace(i, it.x0 - labelWidth, it.x1) : tryPlace(i, it.x0, it.labelX1))) {
            if (labelReserved)
                (*labelReserved)[size_t(i)] = 1;
            continue;
        }
        if (tryPlace(i, it.x0, it.x1)) {
            if (labelReserved && it.labelX1 <= it.x1)
                (*labelReserved)[size_t(i)] = 1;
            continue;
        }
        ++result.overflow;
    }
    return result;
}

} // namespace chrono
