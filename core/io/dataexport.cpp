// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/dataexport.h"
#include "core/io/jsonwriter.h"
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>

#include <QtCore/QSet>

#include <charconv>
#include <cmath>

namespace chrono {

namespace {

const QString LIST_JOIN = QStringLiteral("; ");

QString number(double v)
{
    if (!std::isfinite(v))
        return QString();
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return QString::fromLatin1(buf, r.ptr - buf);
}

/// Joins cells already made safe; CRLF as RFC 4180 asks.
bool writeRow(QIODevice& device, const QStringList& cells)
{
    const QByteArray line = (cells.join(u',') + QStringLiteral("\r\n")).toUtf8();
    return device.write(line) == line.size();
}

bool seriesWanted(const Series& s, const FilterSpec& spec, const QStringList& ids)
{
    if (!spec.companies.isEmpty() && !s.company.isEmpty() && !spec.companies.contains(s.company))
        return false;
    return ids.isEmpty() || ids.contains(s.id) || ids.contains(s.group);
}

bool pointInRange(const SeriesPoint& p, const FilterSpec& spec)
{
    return (!spec.from || p.date.endMs() > *spec.from) && (!spec.to || p.date.ms < *spec.to);
}

} // namespace

QString csvCell(const QString& text)
{
    QString cell = text;
    if (!cell.isEmpty()) {
        const QChar c = cell.front();
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            cell.prepend(u'\'');
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u'"', QStringLiteral("\"\""));
        return u'"' + cell + u'"';
    }
    return cell;
}

bool writeEventsCsv(const Dataset& ds, const EventMask& mask, Language language, QIODevice& device)
{
    if (!writeRow(device, { QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("company"),
            QStringLiteral("category"), QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("importance"),
            QStringLiteral("confidence"), QStringLiteral("tags"), QStringLiteral("links"), QStringLiteral("sources") }))
        return false;
    const size_t n = std::min(mask.size(), size_t(ds.eventCount()));
    for (size_t i = 0; i < n; ++i) {
        if (!mask[i])
            continue;
        const Event e = ds.event(int(i));
        const QStringList row { csvCell(e.id), e.start.toString(), e.end.toString(), csvCell(e.company), csvCell(e.category),
            csvCell(e.title.text(language)), csvCell(e.description.text(language)), QString::number(e.importance),
            csvCell(e.confidence), csvCell(e.tags.join(LIST_JOIN)), csvCell(e.links.join(LIST_JOIN)),
            csvCell(e.sources.join(LIST_JOIN)) };
        if (!writeRow(device, row))
            return false;
    }
    return true;
}

bool writeSeriesCsv(const Dataset& ds, const FilterSpec& spec, QIODevice& device, const QStringList& seriesIds)
{
    if (!writeRow(device, { QStringLiteral("series"), QStringLiteral("group"), QStringLiteral("company"), QStringLiteral("date"),
            QStringLiteral("value"), QStringLiteral("unit"), QStringLiteral("status"), QStringLiteral("sources"), QStringLiteral("note") }))
        return false;
    for (const Series& s : ds.series()) {
        if (!seriesWanted(s, spec, seriesIds))
            continue;
        for (const SeriesPoint& p : s.points) {
            if (!pointInRange(p, spec))
                continue;
            const QStringList row { csvCell(s.id), csvCell(s.group), csvCell(s.company), p.date.toString(), number(p.value),
                csvCell(s.unit), pointStatusName(p.status), csvCell(p.sources.join(LIST_JOIN)), csvCell(p.note) };
            if (!writeRow(device, row))
                return false;
        }
    }
    return true;
}

DatasetPtr filteredDataset(const Dataset& ds, const EventMask& mask, const FilterSpec& spec)
{
    DatasetBuilder b;
    b.setMeta(ds.meta());
    QSet<QString> companies, categories, sources, eventIds, seriesKeys;
    const size_t n = std::min(mask.size(), size_t(ds.eventCount()));
    for (size_t i = 0; i < n; ++i) {
        if (!mask[i])
            continue;
        Event e = ds.event(int(i));
        companies.insert(e.company);
        categories.insert(e.category);
        for (const QString& s : std::as_const(e.sources))
            sources.insert(s);
        eventIds.insert(e.id);
        b.events().push_back(std::move(e));
    }
    for (const Series& s : ds.series()) {
        if (!seriesWanted(s, spec, {}))
            continue;
        companies.insert(s.company);
        for (const SeriesPoint& p : s.points) {
            for (const QString& id : p.sources)
                sources.insert(id);
        }
        seriesKeys.insert(s.id);
        seriesKeys.insert(s.group);
        b.addSeries(s);
    }
    for (const Era& era : ds.eras()) {
        const TimeMs end = era.end.isValid() ? era.end.endMs() : era.start.endMs();
        if ((!spec.from || end > *spec.from) && (!spec.to || era.start.ms < *spec.to))
            b.addEra(era);
    }
    for (Claim c : ds.claims()) {
        const bool pointsNowhere = c.events.isEmpty() && c.series.isEmpty();
        // A kept claim loses its links to what the filter dropped, so that the subset
        // reads back without dangling references.
        c.events.removeIf([&](const QString& id) { return !eventIds.contains(id); });
        c.series.removeIf([&](const QString& id) { return !seriesKeys.contains(id); });
        if (!pointsNowhere && c.events.isEmpty() && c.series.isEmpty())
            continue;
        for (const QString& s : std::as_const(c.sources))
            sources.insert(s);
        b.addClaim(c);
    }
    // Declared entities keep their dataset order, so exports stay deterministic.
    for (const Company& c : ds.companies()) {
        if (companies.contains(c.id))
            b.addCompany(c);
    }
    for (const Category& c : ds.categories()) {
        if (categories.contains(c.id))
            b.addCategory(c);
    }
    for (const Source& s : ds.sources()) {
        if (sources.contains(s.id))
            b.addSource(s);
    }
    return b.build();
}

bool saveFilteredData(const QString& path, const Dataset& dataset, const EventMask& mask, const FilterSpec& spec,
    Language language, const QString& chartGroup, QString* error)
{
    const auto fail = [&](const QString& why) {
        if (error)
            *error = QCoreApplication::translate("chrono::DataExport", "Cannot write '%1': %2").arg(path, why);
        return false;
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv" && suffix != u"json")
        return fail(QCoreApplication::translate("chrono::DataExport", "use .csv or .json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    bool ok = false;
    if (suffix == u"csv" && !chartGroup.isEmpty())
        ok = writeSeriesCsv(dataset, spec, file, { chartGroup }); // a chart's data is its points
    else if (suffix == u"csv")
        ok = writeEventsCsv(dataset, mask, language, file);
    else
        ok = file.write(writeNativeJson(*filteredDataset(dataset, mask, spec))) >= 0;
    if (!ok || !file.commit())
        return fail(file.errorString());
    return true;
}

} // namespace chrono
