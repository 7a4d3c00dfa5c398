// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filter/filterspec.h"

#include <algorithm>

namespace chrono {

QString foldForSearch(QStringView text)
{
    // NFKD maps full-width forms to their ASCII counterparts and splits accents off.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded();
}

EventFilter::EventFilter(DatasetPtr dataset)
    : m_dataset(std::move(dataset))
{
}

void EventFilter::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
    m_searchText.clear();
    m_searchOffsets.clear();
}

void EventFilter::buildSearchIndex() const
{
    const Dataset& ds = *m_dataset;
    const int n = ds.eventCount();
    m_searchOffsets.assign(size_t(n) + 1, 0);
    m_searchText.clear();
    const QChar sep(0x1F);
    for (int i = 0; i < n; ++i) {
        m_searchOffsets[size_t(i)] = quint32(m_searchText.size());
        const Event e = ds.event(i);
        QString all = e.title.en % sep % e.title.zh % sep % e.description.en % sep % e.description.zh % sep
            % e.tags.join(sep);
        const quint16 c = ds.companyColumn()[size_t(i)];
        if (c != NO_INDEX) {
            const Company& company = ds.companies()[c];
            all += sep % company.id % sep % company.name.en % sep % company.name.zh;
        }
        m_searchText += foldForSearch(all);
    }
    m_searchOffsets[size_t(n)] = quint32(m_searchText.size());
}

static std::vector<quint8> indexMask(const QSet<QString>& ids, const QList<Company>& companies)
{
    std::vector<quint8> allowed(size_t(companies.size()), 0);
    for (int i = 0; i < companies.size(); ++i)
        allowed[size_t(i)] = ids.contains(companies[i].id) ? 1 : 0;
    return allowed;
}

static std::vector<quint8> indexMask(const QSet<QString>& ids, const QList<Category>& categories)
{
    std::vector<quint8> allowed(size_t(categories.size()), 0);
    for (int i = 0; i < categories.size(); ++i)
        allowed[size_t(i)] = ids.contains(categories[i].id) ? 1 : 0;
    return allowed;
}

EventMask EventFilter::evaluate(const FilterSpec& spec) const
{
    if (!m_dataset)
        return {};
    const Dataset& ds = *m_dataset;
    const size_t n = size_t(ds.eventCount());
    EventMask mask(n, 1);
    const bool byCompany = !spec.companies.isEmpty();
    const bool byCategory = !spec.categories.isEmpty();
    const std::vector<quint8> companyOk = indexMask(spec.companies, ds.companies());
    const std::vector<quint8> categoryOk = indexMask(spec.categories, ds.categories());
    const auto& company = ds.companyColumn();
    const auto& category = ds.categoryColumn();
    const auto& importance = ds.importanceColumn();
    const auto& start = ds.starts();
    const auto& end = ds.ends();
    const TimeMs from = spec.from.value_or(std::numeric_limits<TimeMs>::min());
    const TimeMs to = spec.to.value_or(std::numeric_limits<TimeMs>::max());
    const quint8 minImportance = quint8(std::clamp(spec.minImportance, 1, 5));
    for (size_t i = 0; i < n; ++i) {
        bool ok = importance[i] >= minImportance && end[i] > from && start[i] < to;
        if (byCompany)
            ok = ok && company[i] != NO_INDEX && companyOk[company[i]];
        if (byCategory)
            ok = ok && category[i] != NO_INDEX && categoryOk[category[i]];
        mask[i] = ok;
    }
    if (!spec.text.trimmed().isEmpty()) {
        if (m_searchOffsets.size() != n + 1)
            buildSearchIndex();
        const QString needle = foldForSearch(spec.text.trimmed());
        const QStringView hay(m_searchText);
        for (size_t i = 0; i < n; ++i) {
            if (!mask[i])
                continue;
            const QStringView text = hay.mid(m_searchOffsets[i], m_searchOffsets[i + 1] - m_searchOffsets[i]);
            mask[i] = text.contains(needle);
        }
    }
    return mask;
}

bool EventFilter::seriesVisible(const Series& series, const FilterSpec& spec) const
{
    return spec.companies.isEmpty() || series.company.isEmpty() || spec.companies.contains(series.company);
}

int countVisible(const EventMask& mask)
{
    return int(std::count(mask.begin(), mask.end(), quint8(1)));
}

} // namespace chrono
