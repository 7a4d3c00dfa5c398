// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/filter/filterspec.h"
#include "core/layout/timescale.h"

#include <QtCore/QMetaType>
#include <QtCore/QSet>

#include <vector>

namespace chrono {

/// Lane key of events without a company: one past the last company index.
/// (Company lanes use the company index as their key.)
inline int noCompanyLaneKey(const Dataset& dataset) { return int(dataset.companies().size()); }

/// How lanes are ordered top to bottom.
enum class LaneOrder : quint8 {
    Dataset, ///< the order companies appear in the dataset
    FirstEvent, ///< by each lane's earliest (visible) event
    Name, ///< by name in the display language (locale-unaware, case-insensitive)
    EventCount, ///< busiest lane first
};

struct LaneOptions {
    LaneOrder order = LaneOrder::Dataset;
    bool hideEmpty = true; ///< drop lanes without a visible event
    QSet<QString> collapsed; ///< company ids drawn as a single density row; "" is the no-company lane
    friend bool operator==(const LaneOptions& a, const LaneOptions& b)
    {
        return a.order == b.order && a.hideEmpty == b.hideEmpty && a.collapsed == b.collapsed;
    }
    friend bool operator!=(const LaneOptions& a, const LaneOptions& b) { return !(a == b); }
};

/// One lane: a company (or the no-company lane) and its visible event count.
struct Lane {
    int key = 0; ///< company index, or noCompanyLaneKey()
    int eventCount = 0; ///< events passing the mask
    TimeMs firstStart = 0; ///< earliest visible start (0 when empty)
    bool collapsed = false;
};

/// The lanes to show, ordered, plus event -> lane position lookup by key.
struct LaneSet {
    std::vector<Lane> lanes;
    std::vector<int> laneOfKey; ///< key -> position in `lanes`, -1 when hidden
    int laneOfEvent(const Dataset& dataset, int eventIndex) const
    {
        const quint16 c = dataset.companyColumn()[size_t(eventIndex)];
        return laneOfKey[c == NO_INDEX ? laneOfKey.size() - 1 : c];
    }
};

/**
 * @brief Lanes for the companies present in `dataset`, plus a "no company" lane when some
 * event has no company. One O(events) pass.
 * @param mask visibility per event (empty = all visible)
 */
LaneSet buildLanes(const Dataset& dataset, const EventMask& mask, const LaneOptions& options, Language lang);

/// Horizontal pixel extent of one item.
struct PixelSpan {
    double x0 = 0;
    double x1 = 0;
};

/// Narrowest mark, px: a point event or a very short range is never thinner than this.
constexpr double MIN_MARK_PX = 10.0;

/**
 * @brief Pixel extent of event `i`'s mark: its whole period [start, end) (so a month-precision
 * event spans its month), widened around its middle to at least MIN_MARK_PX.
 */
PixelSpan eventMarkSpan(const Dataset& dataset, int i, const TimeScale& scale);

/// An item to stack: its extent including any label it reserves room for.
struct StackItem {
    double x0 = 0;
    double x1 = 0;
};

/// Most rows one lane stacks into; further overlapping items overflow.
constexpr int MAX_ROWS_PER_LANE = 6;

struct StackResult {
    std::vector<int> rows; ///< per item: its row, or -1 when it overflowed
    int rowCount = 0; ///< rows used
    int overflow = 0; ///< items that found no row
};

/**
 * @brief Greedy interval assignment: each item (in the given order, which must be by
 * ascending x0) goes to the lowest row whose last item ends at least `gapPx` before it.
 * @param maxRows row cap (>= 1)
 */
StackResult stackRows(const std::vector<StackItem>& items, int maxRows, double gapPx);

/// An item to stack by importance: its mark, and how far right its label would reach.
struct PriorityStackItem {
    double x0 = 0;
    double x1 = 0; ///< end of the mark
    double labelX1 = 0; ///< end of the mark with its label (>= x1); x1 when the label fits inside
    int priority = 0; ///< higher is placed first (importance)
    /// The label goes left of the mark (no room on the right): it takes labelX1 - x1 px before x0.
    bool labelLeft = false;
};

/**
 * @brief Row assignment that serves the most important items first: items go, by
 * descending priority then by start, to the first row where the mark *and its label* fit;
 * failing that, to the first row where the mark alone fits; failing that, they overflow.
 * So when room is short, minor items lose their label or their row before key events do.
 * Rows keep `gapPx` between neighbours. O(n log n).
 * @param labelReserved if not null, receives per item 1 when room for its label was kept
 */
StackResult stackRowsByPriority(const std::vector<PriorityStackItem>& items, int maxRows, double gapPx,
    std::vector<quint8>* labelReserved = nullptr);

} // namespace chrono

Q_DECLARE_METATYPE(chrono::LaneOptions)
