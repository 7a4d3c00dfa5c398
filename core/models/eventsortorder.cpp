// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/eventsortorder.h"

#include <QtCore/QString>

#include <algorithm>
#include <numeric>

namespace chrono {

namespace {

/// Counting sort of event indices by a small key; ties stay in dataset order.
std::vector<int> countingOrder(const std::vector<int>& keys, int keyCount, bool descending)
{
    std::vector<int> start(size_t(keyCount) + 1, 0);
    for (int k : keys)
        ++start[size_t(descending ? keyCount - 1 - k : k) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> order(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
        const int k = descending ? keyCount - 1 - keys[i] : keys[i];
        order[size_t(start[size_t(k)]++)] = int(i);
    }
    return order;
}

/// Rank of each entity by its name (case-insensitive); entities with no name rank first, and
/// events without an entity (NO_INDEX) before all.
template<typename Entities>
std::vector<int> nameKeys(const Entities& entities, const std::vector<quint16>& column, Language language, int& keyCount)
{
    std::vector<int> byName(size_t(entities.size()));
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(), [&](int a, int b) {
        return QString::compare(entities[a].name.text(language), entities[b].name.text(language), Qt::CaseInsensitive) < 0;
    });
    // Equal names share a rank, so their events stay in dataset order together.
    std::vector<int> rank(byName.size(), 0);
    int r = 0;
    for (size_t i = 0; i < byName.size(); ++i) {
        if (i > 0 && QString::compare(entities[byName[i - 1]].name.text(language), entities[byName[i]].name.text(language), Qt::CaseInsensitive) != 0)
            ++r;
        rank[size_t(byName[i])] = r + 1;
    }
    keyCount = int(byName.size()) + 1;
    std::vector<int> keys(column.size());
    for (size_t i = 0; i < column.size(); ++i)
        keys[i] = column[i] == NO_INDEX || column[i] >= rank.size() ? 0 : rank[column[i]];
    return keys;
}

/// The first eight UTF-16 units of `s`, case-folded, big-endian in two words: comparing keys
/// compares the prefixes as QString::compare(…, Qt::CaseInsensitive) would.
struct PrefixKey {
    quint64 hi = 0, lo = 0;
    friend bool operator<(const PrefixKey& a, const PrefixKey& b) { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
    friend bool operator==(const PrefixKey& a, const PrefixKey& b) { return a.hi == b.hi && a.lo == b.lo; }
};

PrefixKey prefixKey(QStringView s)
{
    PrefixKey k;
    for (int i = 0; i < 8; ++i) {
        const quint64 u = i < s.size() ? quint64(QChar(s[i]).toCaseFolded().unicode()) : 0;
        if (i < 4)
            k.hi |= u << (48 - 16 * i);
        else
            k.lo |= u << (48 - 16 * (i - 4));
    }
    return k;
}

std::vector<int> titleOrder(const Dataset& ds, bool descending, Language language, const std::atomic<bool>* cancel)
{
    const int n = ds.eventCount();
    struct Item {
        PrefixKey key;
        int event;
    };
    std::vector<Item> items(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        if (cancel && (i & 0xffff) == 0 && cancel->load(std::memory_order_relaxed))
            return {};
        items[size_t(i)] = { prefixKey(ds.title(i, language)), i };
    }
    // A strict total order: key, then whole title (only for equal keys), then dataset order.
    // A shorter title that is a prefix of a longer one is padded with 0 in its key, so equal
    // keys can still differ after eight units: compare() settles those.
    auto less = [&](const Item& a, const Item& b) {
        if (!(a.key == b.key))
            return descending ? b.key < a.key : a.key < b.key;
        const int c = QStringView(ds.title(a.event, language)).compare(ds.title(b.event, language), Qt::CaseInsensitive);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a.event < b.event;
    };
    std::sort(items.begin(), items.end(), less);
    if (cancel && cancel->load(std::memory_order_relaxed))
        return {};
    std::vector<int> order(static_cast<size_t>(n));
    for (size_t i = 0; i < items.size(); ++i)
        order[i] = items[i].event;
    return order;
}

} // namespace

std::vector<int> eventSortOrder(const Dataset& ds, EventSortColumn column, bool descending, Language language, const std::atomic<bool>* cancel)
{
    const int n = ds.eventCount();
    switch (column) {
    case EventSortColumn::Title:
        return titleOrder(ds, descending, language, cancel);
    case EventSortColumn::Importance: {
        std::vector<int> keys(static_cast<size_t>(n));
        int keyCount = 1;
        for (int i = 0; i < n; ++i) {
            keys[size_t(i)] = ds.importanceColumn()[size_t(i)];
            keyCount = std::max(keyCount, keys[size_t(i)] + 1);
        }
        return countingOrder(keys, keyCount, descending);
    }
    case EventSortColumn::Company: {
        int keyCount = 1;
        const std::vector<int> keys = nameKeys(ds.companies(), ds.companyColumn(), language, keyCount);
        return countingOrder(keys, keyCount, descending);
    }
    case EventSortColumn::Category: {
        int keyCount = 1;
        const std::vector<int> keys = nameKeys(ds.categories(), ds.categoryColumn(), language, keyCount);
        return countingOrder(keys, keyCount, descending);
    }
    case EventSortColumn::Date:
    default: {
        std::vector<int> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        if (!descending)
            return order;
        // Runs of equal starts from the last to the first, each run in dataset order.
        const std::vector<TimeMs>& starts = ds.starts();
        size_t out = 0;
        for (int end = n; end > 0;) {
            int begin = end - 1;
            while (begin > 0 && starts[size_t(begin - 1)] == starts[size_t(end - 1)])
                --begin;
            for (int i = begin; i < end; ++i)
                order[out++] = i;
            end = begin;
        }
        return order;
    }
    }
}

} // namespace chrono
