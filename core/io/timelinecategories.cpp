// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/timelinecategories.h"

#include "core/io/dateforms.h"

namespace chrono {

bool TimelineCategories::isGrouping(const QString& grouping)
{
    return grouping.isEmpty() || grouping == u"category" || grouping == u"parent" || grouping == u"none";
}

TimelineCategories::TimelineCategories(DatasetBuilder& builder, const QString& grouping)
    : m_builder(builder)
    , m_grouping(grouping.isEmpty() ? QStringLiteral("category") : grouping)
{
    if (m_grouping != u"none")
        m_builder.meta().laneLabel = LocalizedText { QStringLiteral("Category"), QStringLiteral("类别") };
}

bool TimelineCategories::declare(const QString& name, const QString& color, const QString& parent)
{
    if (m_declared.contains(name))
        return false;
    m_declared.insert(name, Declared { color, parent });
    return true;
}

QString TimelineCategories::categoryId(const QString& name)
{
    bool isNew = false;
    const QString id = m_categoryIds.idFor(name, &isNew);
    if (isNew)
        m_builder.addCategory(Category { id, LocalizedText { name, {} }, m_declared.value(name).color });
    return id;
}

QString TimelineCategories::laneId(const QString& name)
{
    bool isNew = false;
    const QString id = m_laneIds.idFor(name, &isNew);
    if (isNew)
        m_builder.addCompany(Company { id, LocalizedText { name, {} }, m_declared.value(name).color });
    return id;
}

QString TimelineCategories::root(const QString& name) const
{
    // Follows the parents to the top; a cycle (a broken file) stops where it closes.
    QString at = name;
    QSet<QString> seen { at };
    for (;;) {
        const QString parent = m_declared.value(at).parent;
        if (parent.isEmpty() || !m_declared.contains(parent) || seen.contains(parent))
            return at;
        seen.insert(parent);
        at = parent;
    }
}

void TimelineCategories::assign(Event& event, const QString& categoryName)
{
    if (categoryName.isEmpty())
        return;
    event.category = categoryId(categoryName);
    if (m_grouping == u"category")
        event.company = laneId(categoryName);
    else if (m_grouping == u"parent")
        event.company = laneId(root(categoryName));
}

bool isTimelineMidnight(QStringView text)
{
    const QStringView t = text.trimmed();
    return t.size() <= 10 || t.endsWith(u" 00:00:00") || t.endsWith(u"T00:00:00");
}

bool parseTimelineTime(QStringView text, bool dayOnly, Date& date)
{
    const DateParseResult r = parseIsoDate(text.trimmed());
    if (!r.ok())
        return false;
    date = dayOnly ? Date::fromMs(r.date.ms, DatePrecision::Day) : r.date;
    return true;
}

} // namespace chrono
