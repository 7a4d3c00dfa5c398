// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lod/eventbinning.h"

#include "core/layout/lanelayout.h"

#include <algorithm>
#include <cmath>

namespace chrono {

namespace {

int laneKey(quint16 company, int noCompanyKey)
{
    return company == NO_INDEX ? noCompanyKey : int(company);
}

/// Appends to `bins`, merging into the last bin when it is the same column.
void addToColumn(std::vector<DensityBin>& bins, double columnX, int count, quint8 importance, int firstIndex)
{
    if (!bins.empty() && bins.back().x == columnX) {
        DensityBin& b = bins.back();
        b.count += count;
        b.maxImportance = std::max(b.maxImportance, importance);
        if (firstIndex >= 0 && (b.firstIndex < 0 || firstIndex < b.firstIndex))
            b.firstIndex = firstIndex;
        return;
    }
    bins.push_back(DensityBin { columnX, count, importance, firstIndex });
}

} // namespace

std::pair<int, int> visibleIndexRange(const Dataset& dataset, const TimeRange& range)
{
    const auto& starts = dataset.starts();
    const TimeMs from = range.start - dataset.maxDuration();
    const int first = int(std::lower_bound(starts.begin(), starts.end(), from) - starts.begin());
    const int last = int(std::lower_bound(starts.begin(), starts.end(), range.end) - starts.begin());
    return { first, std::max(first, last) };
}

std::vector<DensityBin> binEvents(const Dataset& dataset, const EventMask& mask, int key, int first, int last,
    const TimeScale& scale, double columnPx)
{
    std::vector<DensityBin> bins;
    if (!scale.isValid() || columnPx <= 0)
        return bins;
    const bool masked = mask.size() == size_t(dataset.eventCount());
    const int noKey = noCompanyLaneKey(dataset);
    const auto& starts = dataset.starts();
    const auto& company = dataset.companyColumn();
    const auto& importance = dataset.importanceColumn();
    const double right = scale.x0 + scale.width;
    for (int i = std::max(0, first); i < std::min(last, dataset.eventCount()); ++i) {
        const size_t k = size_t(i);
        if ((masked && !mask[k]) || (key >= 0 && laneKey(company[k], noKey) != key))
            continue;
        const double x = scale.toX(starts[k]);
        if (x < scale.x0 || x >= right)
            continue;
        // Starts are sorted, so columns arrive in order and merging with the last bin suffices.
        const double col = scale.x0 + std::floor((x - scale.x0) / columnPx) * columnPx;
        addToColumn(bins, col, 1, importance[k], i);
    }
    return bins;
}

void DensityPyramid::clear()
{
    m_keyCount = 0;
    m_buckets.clear();
    m_totals.clear();
    m_levelOffset.clear();
}

void DensityPyramid::build(const Dataset& dataset, const EventMask& mask)
{
    clear();
    m_keyCount = noCompanyLaneKey(dataset) + 1;
    m_totals.assign(size_t(m_keyCount), 0);
    m_levels = MAX_LEVELS;
    while (m_levels > MIN_LEVELS && (size_t(2) << m_levels) * size_t(m_keyCount) > BUCKET_BUDGET)
        --m_levels;
    m_baseBuckets = qint64(1) << m_levels;
    const auto& starts = dataset.starts();
    if (starts.empty()) {
        m_origin = 0;
        m_bucketMs = MS_PER_DAY;
    } else {
        // Buckets start at a UTC midnight and divide a day (day / 2^k, k <= 10), so day, month
        // and year boundaries are bucket boundaries and calendar counts are exact. Beyond
        // 90 years of data a bucket is a whole number of days.
        m_origin = (starts.front() >= 0 ? starts.front() / MS_PER_DAY : (starts.front() - MS_PER_DAY + 1) / MS_PER_DAY) * MS_PER_DAY;
        const TimeMs extent = std::max<TimeMs>(1, starts.back() - m_origin + 1);
        const TimeMs needed = (extent + m_baseBuckets - 1) / m_baseBuckets;
        if (needed > MS_PER_DAY) {
            m_bucketMs = (needed + MS_PER_DAY - 1) / MS_PER_DAY * MS_PER_DAY;
        } else {
            m_bucketMs = MS_PER_DAY;
            for (int k = 0; k < 10 && m_bucketMs / 2 >= needed; ++k)
                m_bucketMs /= 2;
        }
    }
    m_levelOffset.resize(size_t(m_levels) + 1);
    size_t off = 0;
    for (int l = 0; l <= m_levels; ++l) {
        m_levelOffset[size_t(l)] = off;
        off += size_t(m_baseBuckets >> l);
    }
    m_keyBlock = off;
    m_buckets.assign(m_keyBlock * size_t(m_keyCount), Bucket());

    const bool masked = mask.size() == size_t(dataset.eventCount());
    const auto& company = dataset.companyColumn();
    const auto& importance = dataset.importanceColumn();
    const int noKey = m_keyCount - 1;
    for (size_t i = 0; i < starts.size(); ++i) {
        if (masked && !mask[i])
            continue;
        const int key = laneKey(company[i], noKey);
        const size_t b = size_t(std::min<TimeMs>(m_baseBuckets - 1, (starts[i] - m_origin) / m_bucketMs));
        Bucket& bucket = m_buckets[size_t(key) * m_keyBlock + b];
        if (bucket.count++ == 0)
            bucket.firstIndex = int(i);
        bucket.maxImportance = std::max(bucket.maxImportance, importance[i]);
        ++m_totals[size_t(key)];
    }
    for (int key = 0; key < m_keyCount; ++key) {
        Bucket* block = &m_buckets[size_t(key) * m_keyBlock];
        for (int l = 1; l <= m_levels; ++l) {
            const Bucket* below = block + m_levelOffset[size_t(l - 1)];
            Bucket* here = block + m_levelOffset[size_t(l)];
            for (qint64 b = 0; b < (m_baseBuckets >> l); ++b) {
                const Bucket& a = below[2 * b];
                const Bucket& c = below[2 * b + 1];
                here[b].count = a.count + c.count;
                here[b].maxImportance = std::max(a.maxImportance, c.maxImportance);
                here[b].firstIndex = a.count ? a.firstIndex : c.firstIndex;
            }
        }
    }
}

const DensityPyramid::Bucket* DensityPyramid::level(int key, int lvl) const
{
    return &m_buckets[size_t(key) * m_keyBlock + m_levelOffset[size_t(lvl)]];
}

qint64 DensityPyramid::total(int key) const
{
    if (key < 0) {
        qint64 sum = 0;
        for (qint64 t : m_totals)
            sum += t;
        return sum;
    }
    return key < m_keyCount ? m_totals[size_t(key)] : 0;
}

std::vector<DensityBin> DensityPyramid::bins(int key, const TimeScale& scale, double columnPx) const
{
    std::vector<DensityBin> out;
    if (key < 0 || key >= m_keyCount || !scale.isValid() || columnPx <= 0 || m_totals[size_t(key)] == 0)
        return out;
    // The coarsest level whose buckets are no wider than a column: each bucket then lands in
    // one column (by its start), and a query reads at most ~2 buckets per column.
    const double columnMs = columnPx * scale.msPerPixel();
    int lvl = 0;
    while (lvl < m_levels && double(m_bucketMs << (lvl + 1)) <= columnMs)
        ++lvl;
    const TimeMs width = m_bucketMs << lvl;
    const qint64 count = m_baseBuckets >> lvl;
    const qint64 firstB = std::max<qint64>(0, (scale.range.start - m_origin) / width - 1);
    const qint64 lastB = std::min<qint64>(count, (scale.range.end - m_origin) / width + 1);
    const Bucket* buckets = level(key, lvl);
    const double right = scale.x0 + scale.width;
    for (qint64 b = firstB; b < lastB; ++b) {
        const Bucket& bucket = buckets[b];
        if (!bucket.count)
            continue;
        double x = scale.toX(m_origin + b * width);
        if (x < scale.x0) {
            // A bucket straddling the left edge counts in the first column.
            if (scale.toX(m_origin + (b + 1) * width) <= scale.x0)
                continue;
            x = scale.x0;
        }
        if (x >= right)
            continue;
        const double col = scale.x0 + std::floor((x - scale.x0) / columnPx) * columnPx;
        addToColumn(out, col, int(bucket.count), bucket.maxImportance, bucket.firstIndex);
    }
    return out;
}

qint64 DensityPyramid::count(int key, const TimeRange& range) const
{
    if (key < 0) {
        qint64 sum = 0;
        for (int k = 0; k < m_keyCount; ++k)
            sum += count(k, range);
        return sum;
    }
    if (key >= m_keyCount || range.isEmpty())
        return 0;
    // Fenwick-style descent: cover [a, b) with the fewest aligned buckets of any level.
    qint64 a = std::clamp<qint64>((range.start - m_origin + m_bucketMs - 1) / m_bucketMs, 0, m_baseBuckets);
    if (range.start <= m_origin)
        a = 0;
    qint64 b = std::clamp<qint64>((range.end - m_origin + m_bucketMs - 1) / m_bucketMs, 0, m_baseBuckets);
    if (range.end <= m_origin)
        b = 0;
    qint64 sum = 0;
    while (a < b) {
        int lvl = 0;
        while (lvl < m_levels && (a % (qint64(2) << lvl)) == 0 && a + (qint64(2) << lvl) <= b)
            ++lvl;
        sum += level(key, lvl)[a >> lvl].count;
        a += qint64(1) << lvl;
    }
    return sum;
}

} // namespace chrono
