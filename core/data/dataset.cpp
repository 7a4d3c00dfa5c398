// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset.h"

#include <algorithm>
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

static const char16_t* const VERDICT_NAMES[] = { u"correct", u"redefined", u"contradicted", u"unsourced", u"partly-correct" };

QString verdictName(Verdict verdict)
{
    return QString::fromUtf16(VERDICT_NAMES[int(verdict)]);
}

Verdict verdictFromName(QStringView name, bool* ok)
{
    for (int i = 0; i < 5; ++i) {
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
    const QStringView en = field(i, TitleEnField), zh = field(i, TitleZhField);
    if (lang == Language::Chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QStringView Dataset::description(int i, Language lang) const
{
    const QStringView en = field(i, DescEnField), zh = field(i, DescZhField);
    if (lang == Language::Chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

QStringList Dataset::listField(int i, Field f) const
{
    const QStringView v = field(i, f);
    QStringList list;
    if (v.isEmpty())
        return list;
    for (QStringView part : v.split(QChar(LIST_SEPARATOR)))
        list.append(part.toString());
    return list;
}

Event Dataset::event(int i) const
{
    Q_ASSERT(i >= 0 && i < eventCount());
    const size_t k = size_t(i);
    Event e;
    e.id = eventId(i).toString();
    e.start = Date::fromMs(m_start[k], startPrecision(i));
    if (isRange(i)) {
        const auto endPrecision = DatePrecision((m_flags[k] >> 3) & 0x3);
        // m_end is the exclusive end of the end date's period; step back into that period.
        e.end = Date::fromMs(m_end[k] - 1, endPrecision);
        if (endPrecision == DatePrecision::Minute)
            e.end = Date::fromMs(m_end[k] - 60000, DatePrecision::Minute);
    }
    if (m_company[k] != NO_INDEX)
        e.company = m_companies[m_company[k]].id;
    if (m_category[k] != NO_INDEX)
        e.category = m_categories[m_category[k]].id;
    e.title = { field(i, TitleEnField).toString(), field(i, TitleZhField).toString() };
    e.description = { field(i, DescEnField).toString(), field(i, DescZhField).toString() };
    e.importance = m_importance[k];
    e.confidence = field(i, ConfidenceField).toString();
    e.tags = listField(i, TagsField);
    e.links = listField(i, LinksField);
    e.sources = listField(i, SourcesField);
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
    if (!m_start.empty())
        widen(m_start.front(), *std::max_element(m_end.begin(), m_end.end()));
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
    return m_start.capacity() * sizeof(TimeMs) + m_end.capacity() * sizeof(TimeMs)
        + m_company.capacity() * sizeof(quint16) + m_category.capacity() * sizeof(quint16)
        + m_importance.capacity() + m_flags.capacity() + m_fields.capacity() * sizeof(StringPool::Ref)
        + m_pool.memoryBytes();
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
    m_events.reserve(size_t(count));
}

static quint8 precisionBits(DatePrecision p)
{
    return quint8(p) & 0x3;
}

DatasetPtr DatasetBuilder::build()
{
    auto ds = std::make_shared<Dataset>();
    // Companies and categories referenced by events but not declared get a plain entry.
    for (const Event& e : m_events) {
        if (!e.company.isEmpty() && !m_companyIndex.contains(e.company))
            addCompany(Company { e.company, { e.company, QString() }, QString() });
        if (!e.category.isEmpty() && !m_categoryIndex.contains(e.category))
            addCategory(Category { e.category, { e.category, QString() }, QString() });
    }
    Q_ASSERT(m_companies.size() < NO_INDEX && m_categories.size() < NO_INDEX);

    // Sort compact (start, index) keys first: touching the large Event values only for ties
    // keeps the sort in cache (1M events: ~4x faster than comparing Events directly).
    std::vector<std::pair<TimeMs, quint32>> keys(m_events.size());
    for (quint32 i = 0; i < quint32(m_events.size()); ++i)
        keys[i] = { m_events[i].start.ms, i };
    // Files Chronoscope wrote are already in this order: checking costs n comparisons.
    if (!std::is_sorted(keys.begin(), keys.end()))
        std::sort(keys.begin(), keys.end());
    std::vector<quint32> order(m_events.size());
    std::vector<std::pair<QStringView, quint32>> tie;
    for (size_t i = 0; i < keys.size();) {
        size_t j = i + 1;
        while (j < keys.size() && keys[j].first == keys[i].first)
            ++j;
        // Equal starts: by id, then by insertion order (the index), as a stable sort would.
        if (j - i > 1) {
            // Views gathered once per group: the sort then compares strings already in cache.
            tie.clear();
            for (size_t k = i; k < j; ++k)
                tie.emplace_back(QStringView(m_events[keys[k].second].id), keys[k].second);
            std::sort(tie.begin(), tie.end(), [](const auto& a, const auto& b) {
                const int c = a.first.compare(b.first);
                return c != 0 ? c < 0 : a.second < b.second;
            });
            for (size_t k = i; k < j; ++k)
                order[k] = tie[k - i].second;
        } else {
            order[i] = keys[i].second;
        }
        i = j;
    }

    // Fill the columns walking the events in insertion order and writing each to its sorted
    // rank: reading the events (and their strings) sequentially is what keeps 1M events fast;
    // pool offsets need not follow the sorted order.
    const size_t n = m_events.size();
    std::vector<quint32> rank(n);
    for (size_t k = 0; k < n; ++k)
        rank[order[k]] = quint32(k);
    ds->m_start.resize(n);
    ds->m_end.resize(n);
    ds->m_company.resize(n);
    ds->m_category.resize(n);
    ds->m_importance.resize(n);
    ds->m_flags.resize(n);
    ds->m_fields.resize(n * Dataset::FieldCount);
    const QString sep { QChar(Dataset::LIST_SEPARATOR) };
    // One pool allocation instead of repeated regrowth (and copies) of a large buffer.
    size_t poolChars = 0;
    for (const Event& e : m_events)
        poolChars += size_t(e.id.size() + e.title.en.size() + e.title.zh.size() + e.description.en.size() + e.description.zh.size() + e.links.size() * 40);
    ds->m_pool.reserve(poolChars);
    // Consecutive events often share a company or category: skip the hash lookup then.
    QStringView lastCompany, lastCategory; // views into m_events, alive until the end
    quint16 lastCompanyIndex = NO_INDEX, lastCategoryIndex = NO_INDEX;
    for (size_t idx = 0; idx < n; ++idx) {
        const Event& e = m_events[idx];
        const size_t k = rank[idx];
        const TimeMs end = e.end.isValid() ? std::max(e.end.endMs(), e.start.endMs()) : e.start.endMs();
        ds->m_start[k] = e.start.ms;
        ds->m_end[k] = end;
        ds->m_maxDuration = std::max(ds->m_maxDuration, end - e.start.ms);
        if (e.company.isEmpty()) {
            ds->m_company[k] = NO_INDEX;
        } else {
            if (e.company != lastCompany) {
                lastCompany = QStringView(e.company);
                lastCompanyIndex = quint16(m_companyIndex.value(e.company));
            }
            ds->m_company[k] = lastCompanyIndex;
        }
        if (e.category.isEmpty()) {
            ds->m_category[k] = NO_INDEX;
        } else {
            if (e.category != lastCategory) {
                lastCategory = QStringView(e.category);
                lastCategoryIndex = quint16(m_categoryIndex.value(e.category));
            }
            ds->m_category[k] = lastCategoryIndex;
        }
        ds->m_importance[k] = quint8(std::clamp(e.importance, 1, 5));
        quint8 flags = precisionBits(e.start.precision);
        if (e.end.isValid())
            flags |= Dataset::RANGE_FLAG | quint8(precisionBits(e.end.precision) << 3);
        ds->m_flags[k] = flags;
        StringPool& pool = ds->m_pool;
        StringPool::Ref* fields = ds->m_fields.data() + k * Dataset::FieldCount;
        fields[Dataset::IdField] = pool.add(e.id);
        fields[Dataset::TitleEnField] = pool.add(e.title.en);
        fields[Dataset::TitleZhField] = pool.add(e.title.zh);
        fields[Dataset::DescEnField] = pool.add(e.description.en);
        fields[Dataset::DescZhField] = pool.add(e.description.zh);
        fields[Dataset::ConfidenceField] = pool.intern(e.confidence);
        fields[Dataset::TagsField] = e.tags.isEmpty() ? StringPool::Ref {} : pool.intern(e.tags.join(sep));
        fields[Dataset::LinksField] = e.links.isEmpty() ? StringPool::Ref {} : pool.add(e.links.join(sep));
        fields[Dataset::SourcesField] = e.sources.isEmpty() ? StringPool::Ref {} : pool.intern(e.sources.join(sep));
    }
    ds->m_pool.squeeze();

    ds->m_meta = m_meta;
    ds->m_companies = m_companies;
    ds->m_categories = m_categories;
    ds->m_sources = m_sources;
    ds->m_eras = m_eras;
    ds->m_series = m_series;
    ds->m_claims = m_claims;
    for (Series& s : ds->m_series) {
        if (s.group.isEmpty())
            s.group = s.id;
        std::stable_sort(s.points.begin(), s.points.end(), [](const SeriesPoint& a, const SeriesPoint& b) { return a.date.ms < b.date.ms; });
    }
    ds->m_companyIndex = m_companyIndex;
    ds->m_categoryIndex = m_categoryIndex;
    ds->m_sourceIndex = m_sourceIndex;
    for (int i = 0; i < ds->m_series.size(); ++i)
        ds->m_seriesIndex.insert(ds->m_series[i].id, i);

    *this = DatasetBuilder();
    return ds;
}

} // namespace chrono
