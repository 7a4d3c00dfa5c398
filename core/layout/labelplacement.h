// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QtGlobal>

#include <functional>
#include <map>
#include <vector>

namespace chrono {

/**
 * @brief Occupied horizontal intervals of one row. Intervals never overlap each other
 * (the placement guarantees it), so a query looks at the neighbours of one map position.
 */
class RowOccupancy {
public:
    /// True when [x0, x1) touches no interval, ignoring intervals owned by `owner`.
    bool isFree(double x0, double x1, int owner = -1) const;
    /// Marks [x0, x1) as taken by `owner`. Precondition: isFree(x0, x1) for other owners.
    void occupy(double x0, double x1, int owner);
    void clear() { m_spans.clear(); }
    int size() const { return int(m_spans.size()); }

private:
    struct Span {
        double end;
        int owner;
    };
    std::map<double, Span> m_spans; ///< by start
};

/// A label that wants a place: up to three candidate left edges, tried in order.
struct LabelCandidate {
    int id = -1; ///< caller's id (an event index), passed to the width callback
    int row = 0; ///< row index (0..rowCount-1)
    int priority = 0; ///< higher is placed first (importance)
    qint64 tieBreak = 0; ///< lower is placed first among equal priority (start time)
    double positions[3] = { 0, 0, 0 }; ///< candidate edges, px: left edges, or right edges where rightAligned
    bool rightAligned[3] = { false, false, false }; ///< the position is where the label ends (left of a mark)
    int positionCount = 1;
    double maxWidth = -1; ///< when >= 0, position 0 is only usable for labels this narrow (inside a bar)
};

/// A placed label: where its text box starts and how wide it is.
struct PlacedLabel {
    int id = -1;
    int row = 0;
    double x = 0;
    double width = 0;
};

/// An interval taken by something that is not a label (a mark); its owner's label may overlap it.
struct Obstacle {
    int row = 0;
    double x0 = 0;
    double x1 = 0;
    int owner = -1;
};

/**
 * @brief Places labels most important first, never overlapping each other or another
 * item's mark, inside [minX, maxX]. A label that fits nowhere is dropped, never drawn over.
 * @param textWidth width (px) of the label of a candidate id; called at most once per candidate
 * @param gapPx free space kept between a label and its neighbours
 */
std::vector<PlacedLabel> placeLabels(std::vector<LabelCandidate> candidates, const std::vector<Obstacle>& obstacles,
    int rowCount, double minX, double maxX, const std::function<double(int)>& textWidth, double gapPx = 4.0);

} // namespace chrono
