// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset.h"

#include "core/data/searchindex.h"
#include "core/data/derivedcache.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace chrono {

QString seriesKindName(SeriesKind kind)
{
    switch (kind) {
    case SeriesKind::Share:
        return QStringLiteral("share");
    case SeriesKind::Price:
        return QStringLiteral("price");
    case SeriesKind::Count:
        return QStringLiteral("count");
    case SeriesKind::Other:
        break;
    }
    return QStringLiteral("other");
}

SeriesKind seriesKindFromName(QStringView name, bool* ok)
{
    if (ok)
        *ok = true;
    if (name == u"share")
        return SeriesKind::Share;
    if (name == u"price")
        return SeriesKind::Price;
    if (name == u"count")
        return SeriesKind::Count;
    if (ok && name != u"other")
        *ok = false;
    return SeriesKind::Other;
}

static const char16_t* const VERDICT_NAMES[] = { u"correct", u"redefined", u"contradicted", u"unsourced", u"partly-correct", u"unsupported",
    u"opinion" };

QString verdictName(Verdict verdict)
{
    return QString::fromUtf16(VERDICT_NAMES[int(verdict)]);
}

Verdict verdictFromName(QStringView name, bool* ok)
{
    for (int i = 0; i < int(std::size(VERDICT_NAMES)); ++i) {
        if (name == QStringView(VERDICT_NAMES[i])) {
            if (ok)
                *ok = true;
            return Verdict(i);
        }
    }
    if (ok)
        *ok = false;
    return Verdict::Unsourced;
}

static const char16_t* const POINT_STATUS_NAMES[] = { u"measured", u"claim", u"unsupported" };

QString pointStatusName(PointStatus status)
{
    return QString::fromUtf16(POINT_STATUS_NAMES[int(status)]);
}

PointStatus pointStatusFromName(QStringView name, bool* ok)
{
    for (int i = 0; i < int(std::size(POINT_STATUS_NAMES)); ++i) {
        if (name == QStringView(POINT_STATUS_NAMES[i])) {
            if (ok)
                *ok = true;
            return PointStatus(i);
        }
    }
    if (ok)
        *ok = false;
    return PointStatus::Measured;
}

// ---------------------------------------------------------------------------------------------
// Dataset

int Dataset::companyIndex(QStringView id) const
{
    return m_companyIndex.value(id.toString(), -1);
}

int Dataset::categoryIndex(QStringView id) const
{
    return m_categoryIndex.value(id.toString(), -1);
}

const Source* Dataset::source(QStringView id) const
{
    const int i = m_sourceIndex.value(id.toString(), -1);
    return i < 0 ? nullptr : &m_sources[i];
}

const Series* Dataset::findSeries(QStringView id) const
{
    const int i = m_seriesIndex.value(id.toString(), -1);
    return i < 0 ? nullptr : &m_series[i];
}

QList<const Series*> Dataset::seriesGroup(QStringView groupOrId) const
{
    QList<const Series*> result;
    for (const Series& s : m_series) {
        if (s.group == groupOrId || s.id == groupOrId)
            result.append(&s);
    }
    return result;
}

int Dataset::ownSeriesIndex(const Series& series) const
{
    const Series* begin = m_series.constData();
    const Series* end = begin + m_series.size();
    const std::less<const Series*> before;
    if (before(&series, begin) || !before(&series, end))
        return -1;
    return int(&series - begin);
}

QStringList Dataset::seriesGroups() const
{
    QStringList groups;
    for (const Series& s : m_series) {
        const QString& g = s.group.isEmpty() ? s.id : s.group;
        if (!groups.contains(g))
            groups.append(g);
    }
    return groups;
}

QStringView Dataset::title(int i, Language lang) const
{
    const QStringView en = m_ev.text(size_t(i), EventColumns::TitleEn), zh = m_ev.text(size_t(i), EventColumns::TitleZh);
    if (lang == Language::Chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QStringView Dataset::description(int i, Language lang) const
{
    const QStringView en = m_ev.text(size_t(i), EventColumns::DescEn), zh = m_ev.text(size_t(i), EventColumns::DescZh);
    if (lang == Language::Chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QStringList Dataset::listField(int i, EventColumns::Field f) const
{
    const QStringView v = m_ev.text(size_t(i), f);
    QStringList list;
    if (v.isEmpty())
        return list;
    for (QStringView part : v.split(QChar(EventColumns::LIST_SEPARATOR)))
        list.append(part.toString());
    return list;
}

Event Dataset::event(int i) const
{
    Q_ASSERT(i >= 0 && i < eventCount());
    const size_t k = size_t(i);
    Event e;
    e.id = eventId(i).toString();
    e.start = Date::fromMs(m_ev.start[k], startPrecision(i));
    if (isRange(i)) {
        const auto endPrecision = DatePrecision((m_ev.flags[k] >> 3) & 0x3);
        // The end column is the exclusive end of the end date's period; step back into that period.
        e.end = Date::fromMs(m_ev.end[k] - 1, endPrecision);
        if (endPrecision == DatePrecision::Minute)
            e.end = Date::fromMs(m_ev.end[k] - 60000, DatePrecision::Minute);
    }
    if (m_ev.company[k] != NO_INDEX)
        e.company = m_companies[m_ev.company[k]].id;
    if (m_ev.category[k] != NO_INDEX)
        e.category = m_categories[m_ev.category[k]].id;
    e.title = { m_ev.text(k, EventColumns::TitleEn).toString(), m_ev.text(k, EventColumns::TitleZh).toString() };
    e.description = { m_ev.text(k, EventColumns::DescEn).toString(), m_ev.text(k, EventColumns::DescZh).toString() };
    e.importance = m_ev.importance[k];
    e.confidence = m_ev.text(k, EventColumns::Confidence).toString();
    e.tags = listField(i, EventColumns::Tags);
    e.links = listField(i, EventColumns::Links);
    e.sources = listField(i, EventColumns::Sources);
    return e;
}

int Dataset::eventIndex(QStringView id) const
{
    for (int i = 0; i < eventCount(); ++i) {
        if (eventId(i) == id)
            return i;
    }
    return -1;
}

std::optional<std::pair<TimeMs, TimeMs>> Dataset::timeExtent() const
{
    bool any = false;
    TimeMs lo = 0, hi = 0;
    auto widen = [&](TimeMs a, TimeMs b) {
        if (!any) {
            lo = a;
            hi = b;
            any = true;
        } else {
            lo = std::min(lo, a);
            hi = std::max(hi, b);
        }
    };
    if (m_ev.size() > 0)
        widen(m_ev.start.front(), *std::max_element(m_ev.end.begin(), m_ev.end.end()));
    for (const Era& era : m_eras)
        widen(era.start.ms, era.end.isValid() ? era.end.endMs() : era.start.endMs());
    for (const Series& s : m_series) {
        for (const SeriesPoint& p : s.points)
            widen(p.date.ms, p.date.endMs());
    }
    if (!any)
        return std::nullopt;
    return std::make_pair(lo, hi);
}

size_t Dataset::eventMemoryBytes() const
{
    return m_ev.memoryBytes();
}

Dataset::SearchIndexSlot& Dataset::SearchIndexSlot::operator=(const SearchIndexSlot&)
{
    const std::lock_guard<std::mutex> lock(mutex);
    index.reset();
    built = false;
    return *this;
}

std::shared_ptr<const SearchIndex> Dataset::searchIndex() const
{
    const std::lock_guard<std::mutex> lock(m_search.mutex);
    if (!m_search.index) {
        m_search.index = std::make_shared<const SearchIndex>(*this);
        m_search.built = true;
    }
    return m_search.index;
}

bool Dataset::hasSearchIndex() const
{
    return m_search.built;
}

void Dataset::releaseSearchIndex() const
{
    // Never wait for a build in progress (the caller is the UI thread): that index stays.
    std::unique_lock<std::mutex> lock(m_search.mutex, std::try_to_lock);
    if (!lock.owns_lock())
        return;
    m_search.index.reset();
    m_search.built = false;
}

// ---------------------------------------------------------------------------------------------
// DatasetBuilder

DatasetBuilder::DatasetBuilder() = default;

DatasetBuilder::DatasetBuilder(const Dataset& base)
{
    m_meta = base.meta();
    for (const Company& c : base.companies())
        addCompany(c);
    for (const Category& c : base.categories())
        addCategory(c);
    for (const Source& s : base.sources())
        addSource(s);
    m_eras = base.eras();
    m_series = base.series();
    m_claims = base.claims();
    m_events.reserve(size_t(base.eventCount()));
    for (int i = 0; i < base.eventCount(); ++i)
        m_events.push_back(base.event(i));
}

template<typename T>
static void upsert(QList<T>& list, QHash<QString, int>& index, const T& value)
{
    const auto it = index.constFind(value.id);
    if (it != index.constEnd()) {
        list[*it] = value;
        return;
    }
    index.insert(value.id, int(list.size()));
    list.append(value);
}

void DatasetBuilder::addCompany(const Company& company)
{
    upsert(m_companies, m_companyIndex, company);
}

void DatasetBuilder::addCategory(const Category& category)
{
    upsert(m_categories, m_categoryIndex, category);
}

void DatasetBuilder::addSource(const Source& source)
{
    upsert(m_sources, m_sourceIndex, source);
}

void DatasetBuilder::addEra(const Era& era)
{
    m_eras.append(era);
}

void DatasetBuilder::addSeries(const Series& series)
{
    m_series.append(series);
}

void DatasetBuilder::addEvent(const Event& event)
{
    m_events.push_back(event);
}

void DatasetBuilder::reserveEvents(int count)
{
    // For the streamed columns (what readers use); build() trims what was not needed.
    m_rows.reserve(size_t(std::max(count, 0)));
}

quint16 DatasetBuilder::rowKey(const QString& id, QStringList& ids, QHash<QString, quint16>& keys, RowKeyCache& cache)
{
    if (id.isEmpty())
        return NO_INDEX;
    const QChar* data = id.constData();
    auto& slot = cache.entries[(quintptr(data) >> 4) % cache.entries.size()];
    if (slot.first == data)
        return slot.second;
    const quint16 key = [&]() -> quint16 {
        // Consecutive events often share a company or category: skip the hash lookup then.
        if (!ids.isEmpty() && ids.last() == id)
            return quint16(ids.size() - 1);
        const auto it = keys.constFind(id);
        if (it != keys.constEnd())
            return *it;
        // More distinct ids than a 16-bit column can index cannot be shown as lanes anyway; such
        // events keep no company (build() asserts the same limit for declared ones).
        if (ids.size() >= NO_INDEX - 1)
            return NO_INDEX;
        const quint16 k = quint16(ids.size());
        ids.append(id);
        keys.insert(id, k);
        return k;
    }();
    // Only heap data that ids holds a reference to: it cannot be freed or changed while the
    // builder lives, so its address stands for the text (raw or static data is never cached).
    if (key != NO_INDEX && id.data_ptr().isMutable() && ids[key].constData() == data)
        slot = { data, key };
    return key;
}

void DatasetBuilder::appendEvent(const Event& event)
{
    m_rows.append(event, rowKey(event.company, m_rowCompanyIds, m_rowCompanyKeys, m_rowCompanyCache),
        rowKey(event.category, m_rowCategoryIds, m_rowCategoryKeys, m_rowCategoryCache));
}

void DatasetBuilder::dropStreamedEvents(const std::vector<bool>& drop)
{
    Q_ASSERT(drop.size() == m_rows.size());
    std::vector<quint32> keep;
    keep.reserve(m_rows.size());
    for (quint32 k = 0; k < quint32(m_rows.size()); ++k)
        if (k >= drop.size() || !drop[k])
            keep.push_back(k);
    if (keep.size() != m_rows.size())
        m_rows.select(keep);
}

DatasetPtr DatasetBuilder::build()
{
    auto ds = std::make_shared<Dataset>();
    // Events added as values join the streamed ones (after them, in their own order).
    for (const Event& e : m_events)
        appendEvent(e);
    m_events = {};

    // Companies and categories referenced by events but not declared get a plain entry, in
    // the order events first named them.
    auto resolve = [](const QStringList& ids, auto& index, auto addPlain) {
        std::vector<quint16> map(size_t(ids.size()));
        for (qsizetype k = 0; k < ids.size(); ++k) {
            if (!index.contains(ids[k]))
                addPlain(ids[k]);
            const int i = index.value(ids[k], -1);
            map[size_t(k)] = i >= 0 && i < NO_INDEX ? quint16(i) : NO_INDEX;
        }
        return map;
    };
    const std::vector<quint16> companyMap = resolve(m_rowCompanyIds, m_companyIndex,
        [this](const QString& id) { addCompany(Company { id, { id, QString() }, QString() }); });
    const std::vector<quint16> categoryMap = resolve(m_rowCategoryIds, m_categoryIndex,
        [this](const QString& id) { addCategory(Category { id, { id, QString() }, QString() }); });
    Q_ASSERT(m_companies.size() < NO_INDEX && m_categories.size() < NO_INDEX);
    for (quint16& c : m_rows.company)
        c = c == NO_INDEX ? NO_INDEX : companyMap[c];
    for (quint16& c : m_rows.category)
        c = c == NO_INDEX ? NO_INDEX : categoryMap[c];

    // Sort compact (start, index) keys, then apply the order to the columns as a permutation:
    // the pool is never copied, and ids are only read for equal starts.
    const size_t n = m_rows.size();
    std::vector<std::pair<TimeMs, quint32>> keys(n);
    for (quint32 i = 0; i < quint32(n); ++i)
        keys[i] = { m_rows.start[i], i };
    // Files Chronoscope wrote are already in this order: checking costs n comparisons.
    if (!std::is_sorted(keys.begin(), keys.end()))
        std::sort(keys.begin(), keys.end());
    std::vector<quint32> order(n);
    std::vector<std::pair<QStringView, quint32>> tie;
    bool identity = true;
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && keys[j].first == keys[i].first)
            ++j;
        // Equal starts: by id, then by insertion order (the index), as a stable sort would.
        // Files are usually written in this order already (hundreds of events can share a
        // day): checking the run in insertion order costs one comparison per event.
        const auto idOf = [this, &keys](size_t k) { return m_rows.text(keys[k].second, EventColumns::Id); };
        bool runSorted = true;
        for (size_t k = i + 1; k < j && runSorted; ++k)
            runSorted = idOf(k - 1).compare(idOf(k)) <= 0;
        if (runSorted) {
            for (size_t k = i; k < j; ++k)
                order[k] = keys[k].second;
        } else {
            tie.clear();
            for (size_t k = i; k < j; ++k)
                tie.emplace_back(m_rows.text(keys[k].second, EventColumns::Id), keys[k].second);
            std::sort(tie.begin(), tie.end(), [](const auto& a, const auto& b) {
                const int c = a.first.compare(b.first);
                return c != 0 ? c < 0 : a.second < b.second;
            });
            for (size_t k = i; k < j; ++k)
                order[k] = tie[k - i].second;
        }
        for (size_t k = i; k < j; ++k)
            identity = identity && order[k] == k;
        i = j;
    }
    keys = {};
    if (!identity)
        m_rows.select(order);
    m_rows.freeze();
    ds->m_ev = std::move(m_rows);

    // Moved, not copied: the builder is reset below anyway, and a copied QList of series
    // would be detached (deep-copied, 6M points for a big chart) by the loop that follows.
    ds->m_meta = std::move(m_meta);
    ds->m_companies = std::move(m_companies);
    ds->m_categories = std::move(m_categories);
    ds->m_sources = std::move(m_sources);
    ds->m_eras = std::move(m_eras);
    ds->m_series = std::move(m_series);
    ds->m_claims = std::move(m_claims);
    const auto byDate = [](const SeriesPoint& a, const SeriesPoint& b) { return a.date.ms < b.date.ms; };
    for (Series& s : ds->m_series) {
        if (s.group.isEmpty())
            s.group = s.id;
        // Readers deliver points in date order almost always: checking is one pass.
        if (!std::is_sorted(s.points.cbegin(), s.points.cend(), byDate))
            std::stable_sort(s.points.begin(), s.points.end(), byDate);
    }
    ds->m_companyIndex = std::move(m_companyIndex);
    ds->m_categoryIndex = std::move(m_categoryIndex);
    ds->m_sourceIndex = std::move(m_sourceIndex);
    for (int i = 0; i < ds->m_series.size(); ++i)
        ds->m_seriesIndex.insert(ds->m_series[i].id, i);
    ds->m_derived = std::make_shared<DerivedCache>();

    *this = DatasetBuilder();
    return ds;
}

} // namespace chrono
