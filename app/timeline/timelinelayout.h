// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/axis/dateticks.h"
#include "core/data/dataset.h"
#include "core/filter/filterspec.h"
#include "core/layout/labelplacement.h"
#include "core/layout/lanelayout.h"
#include "core/layout/overlapindex.h"
#include "core/layout/timescale.h"
#include "core/lod/eventbinning.h"

#include <QtCore/QRectF>

#include <functional>
#include <vector>

namespace chrono::ui {

/// Fixed geometry of the timeline, px at 96 dpi.
namespace TimelineMetrics {
constexpr double HEADER_WIDTH = 184; ///< lane header column
constexpr double AXIS_HEIGHT = 46; ///< major row + minor row
constexpr double STRIP_HEIGHT = 18; ///< era titles and the today tag, under the axis
constexpr double ROW_HEIGHT = 22;
constexpr double LANE_PADDING = 5; ///< above the first and below the last row
/// Tighter rows and padding, used when even one row per lane does not fit the height.
constexpr double COMPACT_ROW_HEIGHT = 18;
constexpr double COMPACT_LANE_PADDING = 2;
constexpr double COMPACT_OVERFLOW_STRIP = 3;
/// Widest label, px: longer titles are elided so one headline cannot hide a lane's other events.
constexpr double MAX_LABEL_WIDTH = 300;
constexpr double HIDDEN_LANES_NOTE_HEIGHT = 20; ///< "+N more lanes" under the last lane shown
constexpr double DENSITY_LANE_HEIGHT = 44;
constexpr double COLLAPSED_LANE_HEIGHT = 26;
constexpr double OVERFLOW_STRIP = 5; ///< ticks of items that found no row
constexpr double DENSITY_COLUMN_PX = 2; ///< width of a density column
constexpr double STACK_GAP = 6; ///< space between neighbours in a row
constexpr double LABEL_GAP = 4; ///< mark to label
constexpr int MAX_ITEMS_PER_LANE = 1500; ///< beyond this a lane shows density whatever the spacing
constexpr int MIN_MINOR_LABEL_SPACING = 40;
} // namespace TimelineMetrics

/// How an item is drawn.
enum class ItemKind : quint8 {
    Point, ///< day or minute precision point event: a dot
    Period, ///< month or year precision point event: its whole period, hatched
    Range, ///< a range: a bar
};

struct LayoutItem {
    int event = -1;
    int row = 0;
    double x0 = 0; ///< mark extent, px: eventMarkSpan, but only the dot (MIN_MARK_PX) for a Point
    double x1 = 0;
    ItemKind kind = ItemKind::Point;
};

/// One lane of a laid-out frame. y values are content coordinates (before scrolling).
struct LaneFrame {
    Lane lane;
    double top = 0;
    double height = 0;
    bool density = false; ///< bins instead of items
    int rowCount = 0;
    int overflow = 0;
    std::vector<LayoutItem> items;
    std::vector<PlacedLabel> labels;
    std::vector<DensityBin> bins;
    std::vector<double> overflowX; ///< middle x of items that found no row
    int maxBinCount = 0;
    double rowHeight = TimelineMetrics::ROW_HEIGHT; ///< COMPACT_ROW_HEIGHT when the frame is compact
    double padding = TimelineMetrics::LANE_PADDING;

    double rowTop(int row) const { return top + padding + row * rowHeight; }
    /// Height of the strip of overflow ticks at the lane's foot (when it has overflow).
    double overflowStrip() const
    {
        return rowHeight < TimelineMetrics::ROW_HEIGHT ? TimelineMetrics::COMPACT_OVERFLOW_STRIP : TimelineMetrics::OVERFLOW_STRIP;
    }
};

/// A computed frame: everything the painter draws and hit testing reads.
struct TimelineFrame {
    QRectF rect; ///< the whole timeline
    TimeScale scale; ///< maps time to x inside the time area (right of the headers)
    DateTicks ticks;
    double lanesTop = 0; ///< first lane's top, widget coordinates, before scrolling
    double contentHeight = 0; ///< height of all lanes
    std::vector<LaneFrame> lanes;
    qint64 visibleEvents = 0;
    bool compact = false; ///< rows use the compact metrics (the lanes did not fit otherwise)
    int hiddenLanes = 0; ///< lanes left out at the bottom (LayoutInputs::dropLanesThatDoNotFit)

    /// Lane under content y (y already scrolled back), or -1.
    int laneAt(double contentY) const;
};

/// What a frame is computed from.
struct LayoutInputs {
    const Dataset* dataset = nullptr;
    const EventMask* mask = nullptr; ///< may be empty: all visible
    const DensityPyramid* pyramid = nullptr;
    const OverlapIndex* overlaps = nullptr; ///< finds visible events; without it a widened scan is used
    LaneSet lanes;
    TimeRange range;
    QRectF rect;
    bool fitToHeight = true; ///< reduce rows per lane (then row height) until the lanes fit the rect
    /// Leave out the lanes that would be cut by the rect's bottom (a picture cannot scroll);
    /// their number is TimelineFrame::hiddenLanes.
    bool dropLanesThatDoNotFit = false;
    /// This event keeps its row and its label before any other (-1: none).
    int selectedEvent = -1;
    double minorLabelSpacing = TimelineMetrics::MIN_MINOR_LABEL_SPACING;
    Language language = Language::English;
    /// Exact label width of an event (px, with its font); cached by the caller.
    std::function<double(int)> labelWidth;
    /// Cheap estimate used to reserve room while stacking (must be >= 0).
    std::function<double(int)> estimatedLabelWidth;
};

/// Computes a frame: ticks, lanes, stacking, labels and density. Pure with respect to its inputs.
TimelineFrame computeTimelineFrame(const LayoutInputs& in);

} // namespace chrono::ui
