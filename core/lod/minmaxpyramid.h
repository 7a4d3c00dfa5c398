// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QList>
#include <QtCore/QPointF>

#include <utility>
#include <vector>

namespace chrono {

/**
 * @brief Where the lowest and highest y of any index range of a point list lie, in
 * O(levels × FANOUT) instead of one pass over the range.
 *
 * Level 0 summarises blocks of FANOUT points, level k blocks of FANOUT^(k+1) points, each
 * block holding the index of its lowest and of its highest y. NaN values never count. On
 * ties the lower index wins, exactly as a left-to-right scan with strict comparisons would
 * pick, so decimating through the pyramid gives the same points as scanning.
 *
 * Built once over a list (one pass plus 1/FANOUT of it for the levels above); the list must
 * outlive the pyramid and not change.
 */
class MinMaxPyramid {
public:
    static constexpr qsizetype FANOUT = 16;
    /// No extreme: the range was empty or held only NaN values.
    static constexpr qsizetype NO_INDEX = -1;

    MinMaxPyramid() = default;
    MinMaxPyramid(const QPointF* points, qsizetype count);

    bool isEmpty() const { return m_count == 0; }
    qsizetype size() const { return m_count; }

    /**
     * @brief Indexes of the lowest and highest y in [from, to) of the list the pyramid was
     * built over; NO_INDEX for both when there is none. @pre 0 <= from <= to <= size()
     */
    std::pair<qsizetype, qsizetype> extremes(qsizetype from, qsizetype to) const;

    /// Bytes held by the levels (for memory figures).
    size_t memoryBytes() const;

private:
    /// Extremes of a block, values beside the indexes so that a query never reads the points
    /// of whole blocks.
    struct Block {
        double loY = 0;
        double hiY = 0;
        qint32 lo = -1; ///< index of the lowest y, -1 when the block has no number
        qint32 hi = -1;
    };
    /// Extremes found so far in a query; merged in index order, so ties keep the lower index.
    struct Pick {
        qsizetype lo = NO_INDEX, hi = NO_INDEX;
        double loY = 0, hiY = 0;
        void takePoint(qsizetype i, double y);
        void takeBlock(const Block& b);
        void take(const Pick& p);
    };
    void scanPoints(qsizetype from, qsizetype to, Pick& pick) const;
    void scanBlocks(int level, qsizetype from, qsizetype to, Pick& pick) const;

    const QPointF* m_points = nullptr;
    qsizetype m_count = 0;
    std::vector<std::vector<Block>> m_levels;
};

} // namespace chrono
