// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lod/minmaxpyramid.h"

#include <cmath>
#include <limits>

namespace chrono {

void MinMaxPyramid::Pick::takePoint(qsizetype i, double y)
{
    if (std::isnan(y))
        return;
    if (lo < 0 || y < loY) {
        lo = i;
        loY = y;
    }
    if (hi < 0 || y > hiY) {
        hi = i;
        hiY = y;
    }
}

void MinMaxPyramid::Pick::takeBlock(const Block& b)
{
    if (b.lo >= 0 && (lo < 0 || b.loY < loY)) {
        lo = b.lo;
        loY = b.loY;
    }
    if (b.hi >= 0 && (hi < 0 || b.hiY > hiY)) {
        hi = b.hi;
        hiY = b.hiY;
    }
}

void MinMaxPyramid::Pick::take(const Pick& p)
{
    takeBlock(Block { p.loY, p.hiY, qint32(p.lo), qint32(p.hi) });
}

MinMaxPyramid::MinMaxPyramid(const QPointF* points, qsizetype count)
    : m_points(points)
    , m_count(points ? count : 0)
{
    // Indexes are stored in 32 bits: a list of more than 2^31 points is not summarised
    // (extremes() then scans), which no chart in memory reaches.
    if (m_count <= FANOUT || m_count > std::numeric_limits<qint32>::max())
        return;
    std::vector<Block> level(size_t((m_count + FANOUT - 1) / FANOUT));
    for (size_t b = 0; b < level.size(); ++b) {
        Pick pick;
        scanPoints(qsizetype(b) * FANOUT, std::min(m_count, qsizetype(b + 1) * FANOUT), pick);
        level[b] = Block { pick.loY, pick.hiY, qint32(pick.lo), qint32(pick.hi) };
    }
    m_levels.push_back(std::move(level));
    // Each level above summarises FANOUT blocks of the one below, while that helps.
    while (m_levels.back().size() > size_t(FANOUT)) {
        const qsizetype below = qsizetype(m_levels.back().size());
        std::vector<Block> up(size_t((below + FANOUT - 1) / FANOUT));
        for (size_t b = 0; b < up.size(); ++b) {
            Pick pick;
            scanBlocks(int(m_levels.size()) - 1, qsizetype(b) * FANOUT, std::min(below, qsizetype(b + 1) * FANOUT), pick);
            up[b] = Block { pick.loY, pick.hiY, qint32(pick.lo), qint32(pick.hi) };
        }
        m_levels.push_back(std::move(up));
    }
}

void MinMaxPyramid::scanPoints(qsizetype from, qsizetype to, Pick& pick) const
{
    for (qsizetype i = from; i < to; ++i)
        pick.takePoint(i, m_points[i].y());
}

void MinMaxPyramid::scanBlocks(int level, qsizetype from, qsizetype to, Pick& pick) const
{
    const std::vector<Block>& blocks = m_levels[size_t(level)];
    for (qsizetype k = from; k < to; ++k)
        pick.takeBlock(blocks[size_t(k)]);
}

std::pair<qsizetype, qsizetype> MinMaxPyramid::extremes(qsizetype from, qsizetype to) const
{
    Pick pick;
    if (from >= to)
        return { pick.lo, pick.hi };
    // Walk up from both ends: the ragged ends are taken at each level, whole blocks from the
    // highest level that fits. Everything is merged in index order (left parts outside in,
    // the middle, right parts inside out), so ties resolve to the lowest index as in a scan.
    Pick right[16]; // one per level climbed: at most log16(2^31) + 1
    int rightCount = 0;
    qsizetype a = from, b = to; // [a, b) in units of the current level
    int level = -1; // -1: points
    while (true) {
        const qsizetype aUp = (a + FANOUT - 1) / FANOUT; // first whole block one level up
        const qsizetype bUp = b / FANOUT; // one past the last whole block one level up
        const bool climb = level + 1 < int(m_levels.size()) && aUp < bUp;
        const qsizetype leftEnd = climb ? aUp * FANOUT : b;
        if (level < 0)
            scanPoints(a, leftEnd, pick);
        else
            scanBlocks(level, a, leftEnd, pick);
        if (!climb)
            break;
        Pick& r = right[rightCount++];
        if (level < 0)
            scanPoints(bUp * FANOUT, b, r);
        else
            scanBlocks(level, bUp * FANOUT, b, r);
        a = aUp;
        b = bUp;
        ++level;
    }
    while (rightCount > 0)
        pick.take(right[--rightCount]);
    return { pick.lo, pick.hi };
}

size_t MinMaxPyramid::memoryBytes() const
{
    size_t n = 0;
    for (const auto& level : m_levels)
        n += level.capacity() * sizeof(Block);
    return n;
}

} // namespace chrono
