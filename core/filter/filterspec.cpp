// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filter/filterspec.h"

#include "core/data/searchindex.h"

#include <algorithm>

namespace chrono {

EventFilter::EventFilter(DatasetPtr dataset)
    : m_dataset(std::move(dataset))
{
}

void EventFilter::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
}

/// One entry per possible column value (NO_INDEX included): 1 where `ids` names the entity.
template<typename Entity>
static std::vector<quint8> allowedValues(const QSet<QString>& ids, const QList<Entity>& entities)
{
    std::vector<quint8> allowed(size_t(NO_INDEX) + 1, 0);
    for (qsizetype i = 0; i < entities.size() && i < NO_INDEX; ++i)
        allowed[size_t(i)] = ids.contains(entities[i].id) ? 1 : 0;
    return allowed;
}

/// Keeps the events of `mask` whose searchable text contains `text` (not empty after trimming).
static void restrictToText(const Dataset& ds, QStringView text, EventMask& mask)
{
    // The query is short: fold it the defining way (the index folds with the fast equivalent).
    const QString folded = foldForSearch(text);
    if (folded.isEmpty())
        return; // only marks (they fold away): contained in every text
    const std::string needle = encodeFolded(folded);
    if (needle.find(FoldedStrings::FIELD_END) == std::string::npos) {
        ds.searchIndex()->restrict(needle, ds, mask);
        return;
    }
    // A query holding U+001F can match across the fields the index keeps apart; such a query
    // only comes from pasted control characters, so fold each remaining event's text here.
    for (size_t i = 0; i < mask.size(); ++i)
        if (mask[i])
            mask[i] = searchableText(ds, int(i)).contains(folded) ? 1 : 0;
}

EventMask EventFilter::evaluate(const FilterSpec& spec) const
{
    if (!m_dataset)
        return {};
    const Dataset& ds = *m_dataset;
    const size_t n = size_t(ds.eventCount());
    EventMask mask(n);
    const auto& importance = ds.importanceColumn();
    const auto& start = ds.starts();
    const auto& end = ds.ends();
    const TimeMs from = spec.from.value_or(std::numeric_limits<TimeMs>::min());
    const TimeMs to = spec.to.value_or(std::numeric_limits<TimeMs>::max());
    const quint8 minImportance = quint8(std::clamp(spec.minImportance, 1, 5));
    // Branch-free, so that the compiler vectorises it; entity tables are applied after. The
    // time columns are 16 of the 17 bytes per event read here: skip them when unused.
    if (spec.from || spec.to) {
        for (size_t i = 0; i < n; ++i)
            mask[i] = quint8(importance[i] >= minImportance) & quint8(end[i] > from) & quint8(start[i] < to);
    } else {
        for (size_t i = 0; i < n; ++i)
            mask[i] = quint8(importance[i] >= minImportance);
    }
    if (!spec.companies.isEmpty()) {
        const std::vector<quint8> ok = allowedValues(spec.companies, ds.companies());
        const auto& company = ds.companyColumn();
        for (size_t i = 0; i < n; ++i)
            mask[i] &= ok[company[i]];
    }
    if (!spec.categories.isEmpty()) {
        const std::vector<quint8> ok = allowedValues(spec.categories, ds.categories());
        const auto& category = ds.categoryColumn();
        for (size_t i = 0; i < n; ++i)
            mask[i] &= ok[category[i]];
    }
    const QString text = spec.text.trimmed();
    if (!text.isEmpty())
        restrictToText(ds, text, mask);
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
