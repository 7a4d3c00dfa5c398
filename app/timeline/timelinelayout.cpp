// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/timelinelayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace chrono::ui {

using namespace TimelineMetrics;

static_assert(DENSITY_THRESHOLD_PER_COLUMN == MAX_ROWS_PER_LANE, "a column denser than a lane can stack switches to density");

namespace {

ItemKind kindOf(const Dataset& ds, int i)
{
    if (ds.isRange(i))
        return ItemKind::Range;
    const DatePrecision p = ds.startPrecision(i);
    return (p == DatePrecision::Month || p == DatePrecision::Year) ? ItemKind::Period : ItemKind::Point;
}

/// Exact bins for one lane from its (start-sorted) event list. Events starting left of the
/// view (long ranges) are not counted, as in the pyramid: density counts starts.
std::vector<DensityBin> binList(const Dataset& ds, const std::vector<int>& events, const TimeScale& scale, double columnPx)
{
    std::vector<DensityBin> bins;
    const double right = scale.x0 + scale.width;
    for (int i : events) {
        const double x = scale.toX(ds.starts()[size_t(i)]);
        if (x < scale.x0 || x >= right)
            continue;
        const double col = scale.x0 + std::floor((x - scale.x0) / columnPx) * columnPx;
        const quint8 imp = ds.importanceColumn()[size_t(i)];
        if (!bins.empty() && bins.back().x == col) {
            ++bins.back().count;
            bins.back().maxImportance = std::max(bins.back().maxImportance, imp);
        } else {
            bins.push_back(DensityBin { col, 1, imp, i });
        }
    }
    return bins;
}

/// True when more than the threshold of the lane's events start in one pixel column.
bool crowded(const Dataset& ds, const std::vector<int>& events, const TimeScale& scale)
{
    if (int(events.size()) > MAX_ITEMS_PER_LANE)
        return true;
    qint64 column = std::numeric_limits<qint64>::min();
    int run = 0;
    for (int i : events) {
        const qint64 c = qint64(std::floor(scale.toX(ds.starts()[size_t(i)])));
        run = c == column ? run + 1 : 1;
        column = c;
        if (run > DENSITY_THRESHOLD_PER_COLUMN)
            return true;
    }
    return false;
}

/// A lane stacked under a row cap, and what it shows: each item with its label counts twice
/// its importance, without its label once, overflowed not at all.
struct LaneStack {
    StackResult result;
    qint64 value = 0;
};

/// Importance, with the selected event above every other so its mark and label are placed first.
int priorityOf(const Dataset& ds, int event, const LayoutInputs& in)
{
    return event == in.selectedEvent ? 6 : int(ds.importanceColumn()[size_t(event)]);
}

/// Stacks a lane's items under a row cap, most important first, keeping room for labels
/// (estimated widths) where it can.
LaneStack stackLane(const Dataset& ds, const std::vector<LayoutItem>& items, int cap, const LayoutInputs& in)
{
    std::vector<PriorityStackItem> extents(items.size());
    for (size_t k = 0; k < items.size(); ++k) {
        const LayoutItem& it = items[k];
        const double w = in.estimatedLabelWidth(it.event);
        const bool inside = it.kind != ItemKind::Point && w <= it.x1 - it.x0 - 10;
        extents[k] = PriorityStackItem { it.x0, it.x1, inside ? it.x1 : it.x1 + LABEL_GAP + w, priorityOf(ds, it.event, in) };
        // Near the right edge the label will go left of its mark: keep its room there.
        extents[k].labelLeft = !inside && it.x1 + LABEL_GAP + w > in.rect.right() - 2;
    }
    LaneStack stack;
    std::vector<quint8> labelled;
    stack.result = stackRowsByPriority(extents, cap, STACK_GAP, &labelled);
    for (size_t k = 0; k < items.size(); ++k) {
        if (stack.result.rows[k] >= 0)
            stack.value += extents[k].priority * (labelled[k] ? 2 : 1);
    }
    return stack;
}

double laneHeight(const LaneFrame& lane)
{
    if (lane.lane.collapsed)
        return COLLAPSED_LANE_HEIGHT;
    if (lane.density)
        return DENSITY_LANE_HEIGHT;
    return std::max(1, lane.rowCount) * lane.rowHeight + 2 * lane.padding + (lane.overflow ? lane.overflowStrip() : 0);
}

void placeLaneLabels(const Dataset& ds, LaneFrame& lane, const TimeScale& scale, double maxX, const LayoutInputs& in)
{
    std::vector<LabelCandidate> candidates;
    std::vector<Obstacle> marks;
    candidates.reserve(lane.items.size());
    marks.reserve(lane.items.size());
    const double left = scale.x0;
    for (const LayoutItem& it : lane.items) {
        if (it.row < 0)
            continue;
        marks.push_back(Obstacle { it.row, it.x0, it.x1, it.event });
        LabelCandidate c;
        c.id = it.event;
        c.row = it.row;
        c.priority = priorityOf(ds, it.event, in);
        c.tieBreak = ds.starts()[size_t(it.event)];
        if (it.kind == ItemKind::Point) {
            c.positions[0] = it.x1 + LABEL_GAP;
            c.positions[1] = it.x0 - LABEL_GAP;
            c.rightAligned[1] = true;
            c.positionCount = 2;
        } else {
            // Inside the bar first, starting at its visible part so a long range that began
            // off-screen still shows its name.
            const double visibleX0 = std::max(it.x0, left);
            const double visibleX1 = std::min(it.x1, maxX);
            c.positions[0] = visibleX0 + 5;
            c.maxWidth = std::max(0.0, visibleX1 - visibleX0 - 10);
            c.positions[1] = it.x1 + LABEL_GAP;
            c.positions[2] = it.x0 - LABEL_GAP;
            c.rightAligned[2] = true;
            c.positionCount = 3;
        }
        candidates.push_back(c);
    }
    lane.labels = placeLabels(std::move(candidates), marks, lane.rowCount, left + 2, maxX, in.labelWidth, LABEL_GAP);
}

/// What stacks show: the sum of their values.
qint64 shownValue(const std::vector<LaneStack>& stacks)
{
    qint64 v = 0;
    for (const LaneStack& s : stacks)
        v += s.value;
    return v;
}

/**
 * Stacks every item lane with the full row cap in the given metrics, then, when fitting the
 * height, takes rows away one at a time from the lane that loses least by it (what it shows:
 * items and labels, weighted by importance), so the space goes where it shows most.
 * Sets each lane's metrics, rowCount and overflow; returns the lanes' total height. `lost`
 * (if given) tells whether taking rows away cost anything shown.
 */
double fitLanes(const Dataset& ds, std::vector<LaneFrame>& lanes, std::vector<LaneStack>& stacks, bool compact,
    double available, const LayoutInputs& in, bool* lost = nullptr)
{
    if (lost)
        *lost = false;
    std::vector<LaneStack> fewer(lanes.size()); ///< each lane with one row less (cached)
    std::vector<bool> fewerValid(lanes.size(), false);
    double total = 0;
    for (size_t l = 0; l < lanes.size(); ++l) {
        LaneFrame& lane = lanes[l];
        lane.rowHeight = compact ? COMPACT_ROW_HEIGHT : ROW_HEIGHT;
        lane.padding = compact ? COMPACT_LANE_PADDING : LANE_PADDING;
        if (!lane.density) {
            stacks[l] = stackLane(ds, lane.items, MAX_ROWS_PER_LANE, in);
            lane.rowCount = stacks[l].result.rowCount;
            lane.overflow = stacks[l].result.overflow;
        }
        total += laneHeight(lane);
    }
    while (in.fitToHeight && total > available) {
        int pick = -1;
        qint64 pickLoss = 0;
        for (size_t l = 0; l < lanes.size(); ++l) {
            const LaneFrame& lane = lanes[l];
            if (lane.density || lane.rowCount <= 1)
                continue;
            if (!fewerValid[l]) {
                fewer[l] = stackLane(ds, lane.items, lane.rowCount - 1, in);
                fewerValid[l] = true;
            }
            const qint64 loss = stacks[l].value - fewer[l].value;
            // Least loss first; among equals the lane with the most rows gives one up.
            if (pick < 0 || loss < pickLoss || (loss == pickLoss && lane.rowCount > lanes[size_t(pick)].rowCount)) {
                pick = int(l);
                pickLoss = loss;
            }
        }
        if (pick < 0)
            break; // one row each and still too tall: the view scrolls
        if (lost && pickLoss > 0)
            *lost = true;
        LaneFrame& lane = lanes[size_t(pick)];
        total -= laneHeight(lane);
        stacks[size_t(pick)] = std::move(fewer[size_t(pick)]);
        fewerValid[size_t(pick)] = false;
        lane.rowCount = stacks[size_t(pick)].result.rowCount;
        lane.overflow = stacks[size_t(pick)].result.overflow;
        total += laneHeight(lane);
    }
    return total;
}

} // namespace

int TimelineFrame::laneAt(double contentY) const
{
    auto it = std::upper_bound(lanes.begin(), lanes.end(), contentY, [](double y, const LaneFrame& l) { return y < l.top; });
    if (it == lanes.begin())
        return -1;
    --it;
    return contentY < it->top + it->height ? int(it - lanes.begin()) : -1;
}

TimelineFrame computeTimelineFrame(const LayoutInputs& in)
{
    TimelineFrame frame;
    frame.rect = in.rect;
    const double timeWidth = std::max(1.0, in.rect.width() - HEADER_WIDTH);
    frame.scale = TimeScale { in.range, in.rect.left() + HEADER_WIDTH, timeWidth };
    frame.ticks = computeDateTicks(in.range, timeWidth, in.minorLabelSpacing, in.language);
    frame.lanesTop = in.rect.top() + AXIS_HEIGHT + STRIP_HEIGHT;
    if (!in.dataset || !frame.scale.isValid())
        return frame;

    const Dataset& ds = *in.dataset;
    const TimeScale& scale = frame.scale;
    const EventMask& mask = *in.mask;
    const bool masked = mask.size() == size_t(ds.eventCount());
    // The events overlapping the range, up to the direct limit; beyond it the pyramid answers.
    std::vector<int> candidates;
    bool direct = false;
    // Events starting inside the range are a lower bound of those overlapping it: two binary
    // searches decide the crowded case without walking the index.
    const auto& starts = ds.starts();
    const auto startsInRange = std::lower_bound(starts.begin(), starts.end(), in.range.end)
        - std::lower_bound(starts.begin(), starts.end(), in.range.start);
    if (startsInRange > DIRECT_BINNING_LIMIT && in.pyramid) {
        direct = false;
    } else if (in.overlaps) {
        direct = in.overlaps->overlapping(ds, in.range, DIRECT_BINNING_LIMIT, candidates);
    } else {
        const auto [first, last] = visibleIndexRange(ds, in.range);
        direct = last - first <= DIRECT_BINNING_LIMIT;
        for (int i = first; direct && i < last; ++i) {
            if (ds.ends()[size_t(i)] > in.range.start)
                candidates.push_back(i);
        }
    }
    direct = direct || !in.pyramid;

    frame.lanes.resize(in.lanes.lanes.size());
    std::vector<std::vector<int>> perLane(in.lanes.lanes.size());
    if (direct) {
        for (int i : candidates) {
            if (masked && !mask[size_t(i)])
                continue;
            const int lane = in.lanes.laneOfEvent(ds, i);
            if (lane < 0)
                continue;
            perLane[size_t(lane)].push_back(i);
            ++frame.visibleEvents;
        }
    } else {
        frame.visibleEvents = in.pyramid->count(-1, in.range);
    }

    const double maxX = in.rect.right() - 2;
    for (size_t l = 0; l < frame.lanes.size(); ++l) {
        LaneFrame& lane = frame.lanes[l];
        lane.lane = in.lanes.lanes[l];
        lane.density = lane.lane.collapsed || !direct || crowded(ds, perLane[l], scale);
        if (lane.density) {
            lane.bins = direct ? binList(ds, perLane[l], scale, DENSITY_COLUMN_PX) : in.pyramid->bins(lane.lane.key, scale, DENSITY_COLUMN_PX);
            for (const DensityBin& b : lane.bins)
                lane.maxBinCount = std::max(lane.maxBinCount, b.count);
            continue;
        }
        lane.items.reserve(perLane[l].size());
        for (int i : perLane[l]) {
            PixelSpan s = eventMarkSpan(ds, i, scale);
            const ItemKind kind = kindOf(ds, i);
            if (kind == ItemKind::Point && s.x1 - s.x0 > MIN_MARK_PX) {
                // A day drawn wide (zoomed in) is still a dot in its middle: the dot is the
                // mark, so its label sits next to it and neighbours may use the rest of the day.
                const double mid = (s.x0 + s.x1) / 2;
                s = PixelSpan { mid - MIN_MARK_PX / 2, mid + MIN_MARK_PX / 2 };
            }
            lane.items.push_back(LayoutItem { i, 0, s.x0, s.x1, kind });
        }
        // Minimum-width marks are centred, so x0 order can differ slightly from start order.
        std::stable_sort(lane.items.begin(), lane.items.end(), [](const LayoutItem& a, const LayoutItem& b) { return a.x0 < b.x0; });
    }

    // Stack every lane with the full row cap, then fit the height (fitLanes). Compact rows are
    // used when even one full row per lane would not fit, or when they show more: a picture
    // of many lanes keeps every lane and still has room for extra rows where events crowd.
    const double available = in.rect.bottom() - frame.lanesTop;
    std::vector<LaneStack> stacks(frame.lanes.size());
    bool lost = false;
    double total = fitLanes(ds, frame.lanes, stacks, false, available, in, &lost);
    if (in.fitToHeight) {
        double oneRowTotal = 0;
        for (const LaneFrame& lane : frame.lanes)
            oneRowTotal += lane.density || lane.lane.collapsed ? laneHeight(lane) : ROW_HEIGHT + 2 * LANE_PADDING;
        const qint64 normalValue = shownValue(stacks);
        // Compact rows only when full ones cost something shown: a second stacking is not free.
        if (oneRowTotal > available || lost) {
            std::vector<LaneStack> compactStacks(frame.lanes.size());
            std::vector<LaneFrame> compactLanes = frame.lanes;
            const double compactTotal = fitLanes(ds, compactLanes, compactStacks, true, available, in);
            if (oneRowTotal > available || shownValue(compactStacks) > normalValue) {
                frame.lanes = std::move(compactLanes);
                stacks = std::move(compactStacks);
                total = compactTotal;
                frame.compact = true;
            }
        }
    }

    // When lanes must be left out, keep a line under the last one for the note saying so.
    const double bottom = in.rect.bottom() - (total > available + 0.5 ? HIDDEN_LANES_NOTE_HEIGHT : 0);
    double y = frame.lanesTop;
    for (size_t l = 0; l < frame.lanes.size(); ++l) {
        LaneFrame& lane = frame.lanes[l];
        lane.top = y;
        lane.height = laneHeight(lane);
        if (in.dropLanesThatDoNotFit && y + lane.height > bottom + 0.5) {
            frame.hiddenLanes = int(frame.lanes.size() - l);
            frame.lanes.resize(l);
            break;
        }
        y += lane.height;
        if (lane.density)
            continue;
        std::vector<LayoutItem> kept;
        kept.reserve(lane.items.size());
        for (size_t k = 0; k < lane.items.size(); ++k) {
            LayoutItem it = lane.items[k];
            it.row = stacks[l].result.rows[k];
            if (it.row < 0)
                lane.overflowX.push_back((it.x0 + it.x1) / 2);
            else
                kept.push_back(it);
        }
        lane.items = std::move(kept);
        placeLaneLabels(ds, lane, scale, maxX, in);
    }
    frame.contentHeight = y - frame.lanesTop;
    return frame;
}

} // namespace chrono::ui
