// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/repeatedids.h"

#include <algorithm>
#include <array>

namespace chrono {

namespace {

/// An id's hash and its event. The top bits of the hash pick the partition, the rest probe.
struct Entry {
    quint64 hash;
    quint32 index;
};

constexpr int PARTITION_BITS = 8;
constexpr quint32 EMPTY = 0xFFFFFFFFu;

/// Repeats within one partition, whose entries are in event order.
void findInPartition(const EventColumns& columns, const Entry* entries, size_t count, std::vector<quint32>& table,
    std::vector<RepeatedId>& repeated)
{
    size_t capacity = 16;
    while (capacity < 2 * count) // load factor at most 1/2: short probe runs
        capacity <<= 1;
    table.assign(capacity, EMPTY); // index into entries
    const size_t mask = capacity - 1;
    for (size_t k = 0; k < count; ++k) {
        const Entry& e = entries[k];
        for (size_t s = size_t(e.hash) & mask;; s = (s + 1) & mask) {
            if (table[s] == EMPTY) {
                table[s] = quint32(k);
                break;
            }
            const Entry& other = entries[table[s]];
            if (other.hash == e.hash && columns.text(other.index, EventColumns::Id) == columns.text(e.index, EventColumns::Id)) {
                repeated.push_back(RepeatedId { e.index, other.index });
                break;
            }
        }
    }
}

} // namespace

std::vector<RepeatedId> findRepeatedIds(const EventColumns& columns)
{
    std::vector<RepeatedId> repeated;
    const size_t n = columns.size();
    if (n < 2)
        return repeated;
    // One table over a million ids is tens of megabytes probed at random: a cache miss per id.
    // Partitioning the (hash, index) pairs first (two sequential passes) leaves tables of a few
    // thousand entries that stay in the cache.
    std::vector<quint64> hashes(n);
    std::array<size_t, (1 << PARTITION_BITS) + 1> starts {};
    for (size_t i = 0; i < n; ++i) {
        const size_t h = qHash(columns.text(i, EventColumns::Id), 0x5eed);
        hashes[i] = quint64(h);
        ++starts[size_t(hashes[i] >> (64 - PARTITION_BITS)) + 1];
    }
    for (size_t p = 1; p < starts.size(); ++p)
        starts[p] += starts[p - 1];
    std::vector<Entry> entries(n);
    std::array<size_t, (1 << PARTITION_BITS)> fill {};
    std::copy_n(starts.begin(), fill.size(), fill.begin());
    for (size_t i = 0; i < n; ++i) // in event order, so each partition is in event order too
        entries[fill[size_t(hashes[i] >> (64 - PARTITION_BITS))]++] = Entry { hashes[i], quint32(i) };
    hashes = {};
    std::vector<quint32> table;
    for (size_t p = 0; p + 1 < starts.size(); ++p)
        findInPartition(columns, entries.data() + starts[p], starts[p + 1] - starts[p], table, repeated);
    std::sort(repeated.begin(), repeated.end(), [](const RepeatedId& a, const RepeatedId& b) { return a.index < b.index; });
    return repeated;
}

} // namespace chrono
