// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/validate.h"

#include "core/io/readerregistry.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QSet>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::Validate", text);
}

class Validator {
public:
    Validator(const Dataset& ds, const QString& fileName, const JsonSourceMap* map, bool checkReferences)
        : m_ds(ds)
        , m_file(fileName)
        , m_map(map)
        , m_checkReferences(checkReferences)
    {
    }

    QList<Diagnostic> run()
    {
        checkEvents();
        checkEras();
        checkSeries();
        checkClaims();
        return m_out;
    }

private:
    void add(Diagnostic::Severity severity, const QHash<QString, JsonLocation>* where, const QString& id, const QString& message)
    {
        const JsonLocation at = where ? where->value(id) : JsonLocation {};
        m_out.append(Diagnostic { severity, m_file, at.line, at.column, message });
    }
    const QHash<QString, JsonLocation>* places(QHash<QString, JsonLocation> JsonSourceMap::*member) const
    {
        return m_map ? &(m_map->*member) : nullptr;
    }

    void checkEvents()
    {
        const auto* where = places(&JsonSourceMap::events);
        QSet<QStringView> seen;
        seen.reserve(m_ds.eventCount());
        for (int i = 0; i < m_ds.eventCount(); ++i) {
            const QStringView id = m_ds.eventId(i);
            if (seen.contains(id))
                add(Diagnostic::Severity::Error, where, id.toString(), tr("duplicate event id \"%1\"").arg(id));
            seen.insert(id);
            if (m_ds.ends()[size_t(i)] <= m_ds.starts()[size_t(i)])
                add(Diagnostic::Severity::Error, where, id.toString(), tr("event \"%1\" ends before it starts").arg(id));
            const Event e = m_ds.event(i);
            if (e.sources.isEmpty())
                add(Diagnostic::Severity::Warning, where, e.id, tr("event \"%1\" names no source").arg(e.id));
            if (m_checkReferences) {
                for (const QString& s : e.sources) {
                    if (!m_ds.source(s))
                        add(Diagnostic::Severity::Warning, where, e.id, tr("event \"%1\" names source \"%2\", which is not declared").arg(e.id, s));
                }
            }
        }
    }

    void checkEras()
    {
        const auto* where = places(&JsonSourceMap::eras);
        for (const Era& era : m_ds.eras()) {
            if (era.end.isValid() && era.end.endMs() <= era.start.ms)
                add(Diagnostic::Severity::Error, where, era.id, tr("era \"%1\" ends (%2) before it starts (%3)").arg(era.id, era.end.toString(), era.start.toString()));
        }
    }

    void checkSeries()
    {
        const auto* where = places(&JsonSourceMap::series);
        for (const Series& s : m_ds.series()) {
            for (qsizetype k = 0; k < s.points.size(); ++k) {
                const SeriesPoint& p = s.points[k];
                const QString when = p.date.toString();
                if (k > 0 && p.date.ms < s.points[k - 1].date.ms)
                    add(Diagnostic::Severity::Error, where, s.id, tr("series \"%1\": point %2 is out of date order").arg(s.id, when));
                if (p.sources.isEmpty())
                    add(Diagnostic::Severity::Warning, where, s.id, tr("series \"%1\": point %2 names no source").arg(s.id, when));
                for (const QString& id : p.sources) {
                    if (m_checkReferences && !m_ds.source(id))
                        add(Diagnostic::Severity::Warning, where, s.id, tr("series \"%1\": point %2 names source \"%3\", which is not declared").arg(s.id, when, id));
                }
            }
        }
    }

    void checkClaims()
    {
        const auto* where = places(&JsonSourceMap::claims);
        for (const Claim& c : m_ds.claims()) {
            if (c.sources.isEmpty() && c.verdict != Verdict::Unsourced)
                add(Diagnostic::Severity::Warning, where, c.id, tr("claim \"%1\" is judged \"%2\" but names no source").arg(c.id, verdictName(c.verdict)));
            if (!m_checkReferences)
                continue;
            for (const QString& s : c.sources) {
                if (!m_ds.source(s))
                    add(Diagnostic::Severity::Warning, where, c.id, tr("claim \"%1\" names source \"%2\", which is not declared").arg(c.id, s));
            }
        }
    }

    const Dataset& m_ds;
    QString m_file;
    const JsonSourceMap* m_map;
    bool m_checkReferences;
    QList<Diagnostic> m_out;
};

} // namespace

QList<Diagnostic> validateDataset(const Dataset& dataset, const QString& fileName, const JsonSourceMap* locations)
{
    return Validator(dataset, fileName, locations, true).run();
}

int unsourcedCount(const Dataset& dataset)
{
    int n = 0;
    for (int i = 0; i < dataset.eventCount(); ++i)
        n += dataset.event(i).sources.isEmpty() ? 1 : 0;
    for (const Series& s : dataset.series()) {
        for (const SeriesPoint& p : s.points)
            n += p.sources.isEmpty() ? 1 : 0;
    }
    return n;
}

QList<Diagnostic> validateFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && looksLikeNativeJson(file.peek(SNIFF_BYTES))) {
        // The native reader already reported every undeclared reference, with its place.
        JsonSourceMap map;
        const LoadResult r = readNativeJson(file, path, options, &map);
        QList<Diagnostic> out = r.diagnostics;
        if (r.data)
            out += Validator(*r.data, path, &map, false).run();
        return out;
    }
    const LoadResult r = loadFile(path, options);
    QList<Diagnostic> out = r.diagnostics;
    if (r.data)
        out += validateDataset(*r.data, path);
    return out;
}

} // namespace chrono
