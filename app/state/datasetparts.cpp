// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/state/datasetparts.h"

namespace chrono::ui {

DatasetParts::DatasetParts(const Dataset& dataset)
    : meta(dataset.meta())
    , companies(dataset.companies())
    , categories(dataset.categories())
    , sources(dataset.sources())
    , eras(dataset.eras())
    , series(dataset.series())
    , claims(dataset.claims())
{
    events.reserve(size_t(dataset.eventCount()));
    for (int i = 0; i < dataset.eventCount(); ++i)
        events.push_back(dataset.event(i));
}

DatasetPtr DatasetParts::build() const
{
    DatasetBuilder builder;
    builder.setMeta(meta);
    for (const Company& c : companies)
        builder.addCompany(c);
    for (const Category& c : categories)
        builder.addCategory(c);
    for (const Source& s : sources)
        builder.addSource(s);
    for (const Era& e : eras)
        builder.addEra(e);
    for (const Series& s : series)
        builder.addSeries(s);
    for (const Claim& c : claims)
        builder.addClaim(c);
    builder.reserveEvents(int(events.size()));
    for (const Event& e : events)
        builder.addEvent(e);
    return builder.build();
}

int DatasetParts::eventIndex(const QString& id) const
{
    for (size_t i = 0; i < events.size(); ++i) {
        if (events[i].id == id)
            return int(i);
    }
    return -1;
}

} // namespace chrono::ui
