// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/searchindex.h"

#include "core/data/dataset.h"
#include "core/data/searchfold.h"

#include <QtCore/QHash>

#include <algorithm>

namespace chrono {

namespace {

constexpr EventColumns::Field EVENT_FIELDS[] = { EventColumns::TitleEn, EventColumns::TitleZh, EventColumns::DescEn, EventColumns::DescZh };
constexpr int PREFETCH_AHEAD = 32;

/// Starts loading the first cache lines of an event's text block (titles first).
inline void prefetch(const char16_t* text)
{
#if defined(__GNUC__)
    __builtin_prefetch(text);
    __builtin_prefetch(reinterpret_cast<const char*>(text) + 64);
#else
    Q_UNUSED(text);
#endif
}

} // namespace

SearchIndex::SearchIndex(const Dataset& ds)
{
    const int n = ds.eventCount();
    // Folded text is about as long in bytes as the pool is in UTF-16 units; reserving a
    // generous guess avoids most regrowth of a buffer of tens of megabytes.
    m_events.reserve(size_t(n), size_t(n) * 40);
    for (int i = 0; i < n; ++i) {
        // Events are sorted by start, the pool keeps the order they were added in: for data
        // that was not added in time order, each event's text is a cache miss. Asking for it
        // a few events ahead lets those misses overlap (3× faster on shuffled data).
        if (i + PREFETCH_AHEAD < n)
            prefetch(ds.eventText(i + PREFETCH_AHEAD, EventColumns::TitleEn).utf16());
        m_events.beginString();
        for (EventColumns::Field f : EVENT_FIELDS)
            m_events.appendField(ds.eventText(i, f));
    }
    m_events.finish();

    for (const Company& c : ds.companies()) {
        m_companies.beginString();
        m_companies.appendField(c.id);
        m_companies.appendField(c.name.en);
        m_companies.appendField(c.name.zh);
    }
    m_companies.finish();

    // Tag lists repeat (they are interned with confidence and sources): fold each one once.
    QHash<QStringView, quint32> listIndex;
    m_tagListOfExtras.resize(size_t(ds.extrasCount()));
    for (int k = 0; k < ds.extrasCount(); ++k) {
        const QStringView tags = ds.extrasText(quint32(k), EventColumns::Tags);
        auto it = listIndex.constFind(tags);
        if (it == listIndex.constEnd()) {
            it = listIndex.insert(tags, quint32(m_tagLists.count()));
            m_tagLists.beginString();
            m_tagLists.appendField(tags); // the list's separators are FIELD_END already
        }
        m_tagListOfExtras[size_t(k)] = *it;
    }
    m_tagLists.finish();
    m_tagListOfExtras.shrink_to_fit();

    m_events.countBytes(m_byteCounts);
    m_companies.countBytes(m_byteCounts);
    m_tagLists.countBytes(m_byteCounts);
}

void SearchIndex::restrict(const std::string& needle, const Dataset& ds, std::vector<quint8>& mask) const
{
    Q_ASSERT(!needle.empty() && needle.find(FoldedStrings::FIELD_END) == std::string::npos);
    Q_ASSERT(mask.size() == m_events.count() && ds.eventCount() == eventCount());
    const ByteFinder finder(needle, m_byteCounts);

    // Shared text first: which companies and which tag lists contain the needle.
    std::vector<quint8> companyHit(m_companies.count(), 1);
    m_companies.restrict(finder, companyHit.data());
    std::vector<quint8> listHit(m_tagLists.count(), 1);
    m_tagLists.restrict(finder, listHit.data());
    const bool anyCompany = std::find(companyHit.begin(), companyHit.end(), 1) != companyHit.end();
    const bool anyList = std::find(listHit.begin(), listHit.end(), 1) != listHit.end();
    if (!anyCompany && !anyList) {
        m_events.restrict(finder, mask.data());
        return;
    }

    // Events matched through their company or tags are in (marked 2 meanwhile, which the
    // event search skips); only the others need their own text searched.
    std::vector<quint8> byCompany(size_t(NO_INDEX) + 1, 0);
    std::copy(companyHit.begin(), companyHit.end(), byCompany.begin());
    const auto& company = ds.companyColumn();
    const size_t n = mask.size();
    if (anyList) {
        std::vector<quint8> byExtras(m_tagListOfExtras.size(), 0);
        for (size_t k = 0; k < byExtras.size(); ++k)
            byExtras[k] = listHit[m_tagListOfExtras[k]];
        const auto& extras = ds.extrasColumn();
        for (size_t i = 0; i < n; ++i)
            mask[i] += mask[i] & (byCompany[company[i]] | byExtras[extras[i]]);
    } else {
        for (size_t i = 0; i < n; ++i)
            mask[i] += mask[i] & byCompany[company[i]];
    }
    m_events.restrict(finder, mask.data());
    for (size_t i = 0; i < n; ++i)
        mask[i] = quint8(mask[i] != 0);
}

size_t SearchIndex::memoryBytes() const
{
    return sizeof(*this) + m_events.memoryBytes() + m_companies.memoryBytes() + m_tagLists.memoryBytes()
        + m_tagListOfExtras.capacity() * sizeof(quint32);
}

QString searchableText(const Dataset& ds, int i)
{
    const QChar sep(EventColumns::LIST_SEPARATOR);
    QString all = ds.eventText(i, EventColumns::TitleEn) % sep % ds.eventText(i, EventColumns::TitleZh) % sep
        % ds.eventText(i, EventColumns::DescEn) % sep % ds.eventText(i, EventColumns::DescZh) % sep
        % ds.eventText(i, EventColumns::Tags);
    const quint16 c = ds.companyColumn()[size_t(i)];
    if (c != NO_INDEX) {
        const Company& company = ds.companies()[c];
        all += sep % company.id % sep % company.name.en % sep % company.name.zh;
    }
    return foldForSearch(all);
}

} // namespace chrono
