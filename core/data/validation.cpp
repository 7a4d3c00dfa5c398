// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/validation.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSet>
#include <QtCore/QUrl>

namespace chrono {

namespace {

/// The translation context of this file's texts: lupdate reads `Validation::tr(...)` under the
/// context the program looks them up in.
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(chrono::Validation)
};

/// Common id rules plus uniqueness: `taken` says whether another entity already has the id.
template<typename Taken>
void checkId(QStringList& problems, const QString& id, const QString& originalId, const QString& what, Taken taken)
{
    const QString problem = idProblem(id);
    if (!problem.isEmpty()) {
        problems.append(problem);
        return;
    }
    if (id != originalId && taken(id))
        problems.append(Validation::tr("The id \"%1\" is already used by another %2.").arg(id, what));
}

void checkName(QStringList& problems, const LocalizedText& name)
{
    if (name.en.trimmed().isEmpty() && name.zh.trimmed().isEmpty())
        problems.append(Validation::tr("Give a name in English or Chinese."));
}

void checkColor(QStringList& problems, const QString& color)
{
    if (!color.isEmpty() && !isHexColor(color))
        problems.append(Validation::tr("The colour \"%1\" is not of the form #rrggbb.").arg(color));
}

} // namespace

QString idProblem(QStringView id)
{
    if (id.isEmpty())
        return Validation::tr("The id is empty.");
    if (id.trimmed().size() != id.size())
        return Validation::tr("The id starts or ends with a space.");
    for (QChar c : id) {
        // Ids end up in files, command lines (--company) and list separators: keep them printable.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return Validation::tr("The id contains a control character.");
    }
    return {};
}

bool isHttpUrl(const QString& url)
{
    if (url.isEmpty() || url.trimmed().size() != url.size())
        return false;
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == u"http" || u.scheme() == u"https") && !u.host().isEmpty();
}

bool isHexColor(QStringView color)
{
    if (color.size() != 7 || color[0] != u'#')
        return false;
    for (QChar c : color.mid(1)) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

QString parseDateField(QStringView text, bool required, Date& date)
{
    date = Date {};
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return required ? Validation::tr("The date is empty (use YYYY, YYYY-MM or YYYY-MM-DD).") : QString();
    const DateParseResult r = parseIsoDate(trimmed);
    if (!r.ok())
        return Validation::tr("\"%1\": %2 (at character %3)").arg(trimmed.toString(), r.error).arg(r.errorOffset + 1);
    date = r.date;
    return {};
}

QStringList validateEvent(const Event& event, const Dataset& dataset, const QString& originalId)
{
    QStringList problems;
    checkId(problems, event.id, originalId, Validation::tr("event"), [&](const QString& id) { return dataset.eventIndex(id) >= 0; });
    if (!event.start.isValid())
        problems.append(Validation::tr("The start date is missing or invalid."));
    else if (event.end.isValid() && event.end.endMs() <= event.start.ms)
        problems.append(Validation::tr("The end (%1) is before the start (%2).").arg(event.end.toString(), event.start.toString()));
    if (event.title.en.trimmed().isEmpty() && event.title.zh.trimmed().isEmpty())
        problems.append(Validation::tr("Give a title in English or Chinese."));
    if (!event.company.isEmpty() && dataset.companyIndex(event.company) < 0)
        problems.append(Validation::tr("Unknown company \"%1\".").arg(event.company));
    if (!event.category.isEmpty() && dataset.categoryIndex(event.category) < 0)
        problems.append(Validation::tr("Unknown category \"%1\".").arg(event.category));
    if (event.importance < 1 || event.importance > 5)
        problems.append(Validation::tr("The importance must be between 1 and 5, not %1.").arg(event.importance));
    QSet<QString> seen;
    for (const QString& id : event.sources) {
        if (!dataset.source(id))
            problems.append(Validation::tr("Unknown source \"%1\".").arg(id));
        else if (seen.contains(id))
            problems.append(Validation::tr("The source \"%1\" is listed twice.").arg(id));
        seen.insert(id);
    }
    for (const QString& link : event.links) {
        if (!isHttpUrl(link))
            problems.append(Validation::tr("\"%1\" is not a well-formed http or https URL.").arg(link));
    }
    for (const QString& tag : event.tags) {
        if (tag.trimmed().isEmpty())
            problems.append(Validation::tr("A tag is empty."));
    }
    return problems;
}

QStringList validateCompany(const Company& company, const Dataset& dataset, const QString& originalId)
{
    QStringList problems;
    checkId(problems, company.id, originalId, Validation::tr("company"), [&](const QString& id) { return dataset.companyIndex(id) >= 0; });
    checkName(problems, company.name);
    checkColor(problems, company.color);
    return problems;
}

QStringList validateCategory(const Category& category, const Dataset& dataset, const QString& originalId)
{
    QStringList problems;
    checkId(problems, category.id, originalId, Validation::tr("category"), [&](const QString& id) { return dataset.categoryIndex(id) >= 0; });
    checkName(problems, category.name);
    checkColor(problems, category.color);
    return problems;
}

QStringList validateSource(const Source& source, const Dataset& dataset, const QString& originalId)
{
    QStringList problems;
    checkId(problems, source.id, originalId, Validation::tr("source"), [&](const QString& id) { return dataset.source(id) != nullptr; });
    if (source.title.trimmed().isEmpty() && source.publisher.trimmed().isEmpty())
        problems.append(Validation::tr("Give a title or a publisher."));
    if (!source.url.isEmpty() && !isHttpUrl(source.url))
        problems.append(Validation::tr("\"%1\" is not a well-formed http or https URL.").arg(source.url));
    return problems;
}

QStringList eventsOfCompany(const Dataset& dataset, QStringView companyId)
{
    QStringList ids;
    const int index = dataset.companyIndex(companyId);
    if (index < 0)
        return ids;
    const auto& column = dataset.companyColumn();
    for (int i = 0; i < dataset.eventCount(); ++i) {
        if (column[size_t(i)] == quint16(index))
            ids.append(dataset.eventId(i).toString());
    }
    return ids;
}

QStringList eventsOfCategory(const Dataset& dataset, QStringView categoryId)
{
    QStringList ids;
    const int index = dataset.categoryIndex(categoryId);
    if (index < 0)
        return ids;
    const auto& column = dataset.categoryColumn();
    for (int i = 0; i < dataset.eventCount(); ++i) {
        if (column[size_t(i)] == quint16(index))
            ids.append(dataset.eventId(i).toString());
    }
    return ids;
}

QStringList seriesOfCompany(const Dataset& dataset, QStringView companyId)
{
    QStringList ids;
    for (const Series& s : dataset.series()) {
        if (s.company == companyId)
            ids.append(s.id);
    }
    return ids;
}

QStringList usesOfSource(const Dataset& dataset, QStringView sourceId)
{
    QStringList uses;
    for (int i = 0; i < dataset.eventCount(); ++i) {
        if (dataset.event(i).sources.contains(sourceId))
            uses.append(Validation::tr("event %1").arg(dataset.eventId(i)));
    }
    for (const Series& s : dataset.series()) {
        for (const SeriesPoint& p : s.points) {
            if (p.sources.contains(sourceId)) {
                uses.append(Validation::tr("series %1").arg(s.id));
                break;
            }
        }
    }
    for (const Claim& c : dataset.claims()) {
        if (c.sources.contains(sourceId))
            uses.append(Validation::tr("claim %1").arg(c.id));
    }
    return uses;
}

} // namespace chrono
