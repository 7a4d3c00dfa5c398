// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/filter/filterspec.h"
#include "core/layout/timescale.h"

#include <vector>

namespace chrono {

/// One pixel column's worth of events of one lane.
struct DensityBin {
    double x = 0; ///< left edge of the column, px
    int count = 0; ///< events starting in the column
    quint8 maxImportance = 0;
    int firstIndex = -1; ///< smallest event index in the column (earliest), -1 when unknown
};

/// A lane switches from items to density when more than this many of its events start in one
/// pixel column: a lane stacks at most this many rows (MAX_ROWS_PER_LANE), so beyond it some
/// of those events could not be drawn at all.
constexpr int DENSITY_THRESHOLD_PER_COLUMN = 6;

/// Binning straight from the events is used when at most this many events are in view;
/// beyond it the pyramid answers, so a full zoom-out frame costs pixels, not events.
constexpr int DIRECT_BINNING_LIMIT = 50000;

/**
 * @brief Per-lane event counts at several resolutions over the data's extent.
 *
 * Level 0 splits the extent into 2^levels equal buckets (levels() <= MAX_LEVELS, fewer when
 * there are very many lanes); level L merges 2^L of them.
 * Events count in the bucket of their start. Built once per (dataset, mask) in O(events +
 * lanes × buckets); a query reads about twice as many buckets as there are pixel columns.
 */
class DensityPyramid {
public:
    static constexpr int MAX_LEVELS = 15; ///< at most 2^15 = 32768 base buckets per lane
    static constexpr int MIN_LEVELS = 2;
    /// Buckets over all lanes and levels: datasets are untrusted and may declare thousands of
    /// companies, so the base resolution shrinks with the lane count (at most ~48 MB).
    static constexpr size_t BUCKET_BUDGET = size_t(1) << 22;

    DensityPyramid() = default;
    /// @param laneKeyCount number of lane keys (companies + 1 for the no-company lane)
    void build(const Dataset& dataset, const EventMask& mask);
    void clear();
    bool isEmpty() const { return m_keyCount == 0; }

    /// Bins for lane `key` at `columnPx` wide columns over the scale's visible range.
    /// Columns without events are omitted. Ranges are counted at their start.
    std::vector<DensityBin> bins(int key, const TimeScale& scale, double columnPx = 1.0) const;
    /// Events of lane `key` (or of all lanes when key < 0) starting in `range`, to the
    /// resolution of the level-0 buckets: exact when both bounds are bucket boundaries, which
    /// every UTC day boundary is (buckets divide a day) for data spanning under 90 years.
    qint64 count(int key, const TimeRange& range) const;
    qint64 total(int key) const;
    TimeMs bucketMs() const { return m_bucketMs; }
    int levels() const { return m_levels; }

private:
    struct Bucket {
        quint32 count = 0;
        quint8 maxImportance = 0;
        int firstIndex = -1;
    };
    const Bucket* level(int key, int lvl) const;

    int m_keyCount = 0;
    int m_levels = MAX_LEVELS;
    qint64 m_baseBuckets = qint64(1) << MAX_LEVELS;
    TimeMs m_origin = 0;
    TimeMs m_bucketMs = 1;
    std::vector<size_t> m_levelOffset; ///< offset of level L inside one key's block
    size_t m_keyBlock = 0; ///< buckets per key over all levels
    std::vector<Bucket> m_buckets;
    std::vector<qint64> m_totals;
};

/**
 * @brief Bins the events with index in [first, last) straight from the columns (exact).
 * @param laneOfEvent callback-free fast path: pass `key` to keep events of one lane key,
 *        or -1 to keep every lane
 */
std::vector<DensityBin> binEvents(const Dataset& dataset, const EventMask& mask, int key, int first, int last,
    const TimeScale& scale, double columnPx = 1.0);

/// Index range [first, last) of events that may be visible in `range` (starts sorted; the
/// search is widened by maxDuration()).
std::pair<int, int> visibleIndexRange(const Dataset& dataset, const TimeRange& range);

} // namespace chrono
