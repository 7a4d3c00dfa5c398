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

    /// Events and points that name no source: thousands of them are one finding each, not
    /// thousands of lines.
    QList<Diagnostic> unsourced()
    {
        QList<Diagnostic> out;
        addUnsourced(out, m_unsourcedEvents, m_events, tr("%L1 events name no source"));
        addUnsourced(out, m_unsourcedPoints, m_points, tr("%L1 series points name no source"));
        return out;
    }

    /// Events and series points checked, and how many of them name no source.
    int checkedCount() const { return m_events + m_points; }
    int unsourcedCount() const { return m_unsourcedEvents.count + m_unsourcedPoints.count; }

private:
    void add(Diagnostic::Severity severity, const QHash<QString, JsonLocation>* where, const QString& id, const QString& message,
        Diagnostic::Kind kind = Diagnostic::Kind::Other)
    {
        const JsonLocation at = where ? where->value(id) : JsonLocation {};
        m_out.append(Diagnostic { severity, m_file, at.line, at.column, message, kind });
    }

    /// The things that name no source: how many, and the first one with its place.
    struct Unsourced {
        int count = 0;
        Diagnostic first;
    };
    void noteUnsourced(Unsourced& u, const QHash<QString, JsonLocation>* where, const QString& id, const QString& what)
    {
        if (u.count++ > 0)
            return;
        const JsonLocation at = where ? where->value(id) : JsonLocation {};
        u.first = Diagnostic { Diagnostic::Severity::Warning, m_file, at.line, at.column, what, Diagnostic::Kind::MissingSource };
    }
    void addUnsourced(QList<Diagnostic>& out, const Unsourced& u, int total, const QString& several) const
    {
        if (u.count == 0)
            return;
        Diagnostic d = u.first;
        if (u.count > 1) {
            d.message = tr("%1 (of %L2); the first: %3").arg(several.arg(u.count)).arg(total).arg(u.first.message);
            d.count = u.count;
        }
        out.append(d);
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
                add(Diagnostic::Severity::Error, where, id.toString(), tr("duplicate event id \"%1\"").arg(id), Diagnostic::Kind::DuplicateId);
            seen.insert(id);
            if (m_ds.ends()[size_t(i)] <= m_ds.starts()[size_t(i)])
                add(Diagnostic::Severity::Error, where, id.toString(), tr("event \"%1\" ends before it starts").arg(id), Diagnostic::Kind::BadDate);
            const Event e = m_ds.event(i);
            ++m_events;
            if (e.sources.isEmpty())
                noteUnsourced(m_unsourcedEvents, where, e.id, tr("event \"%1\" names no source").arg(e.id));
            if (m_checkReferences) {
                for (const QString& s : e.sources) {
                    if (!m_ds.source(s))
                        add(Diagnostic::Severity::Warning, where, e.id, tr("event \"%1\" names source \"%2\", which is not declared").arg(e.id, s),
                            Diagnostic::Kind::UndeclaredReference);
                }
            }
        }
    }

    void checkEras()
    {
        const auto* where = places(&JsonSourceMap::eras);
        for (const Era& era : m_ds.eras()) {
            if (era.end.isValid() && era.end.endMs() <= era.start.ms)
                add(Diagnostic::Severity::Error, where, era.id, tr("era \"%1\" ends (%2) before it starts (%3)").arg(era.id, era.end.toString(), era.start.toString()), Diagnostic::Kind::BadDate);
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
                    add(Diagnostic::Severity::Error, where, s.id, tr("series \"%1\": point %2 is out of date order").arg(s.id, when), Diagnostic::Kind::BadDate);
                ++m_points;
                if (p.sources.isEmpty())
                    noteUnsourced(m_unsourcedPoints, where, s.id, tr("series \"%1\": point %2 names no source").arg(s.id, when));
                for (const QString& id : p.sources) {
                    if (m_checkReferences && !m_ds.source(id))
                        add(Diagnostic::Severity::Warning, where, s.id, tr("series \"%1\": point %2 names source \"%3\", which is not declared").arg(s.id, when, id),
                            Diagnostic::Kind::UndeclaredReference);
                }
            }
        }
    }

    void checkClaims()
    {
        const auto* where = places(&JsonSourceMap::claims);
        for (const Claim& c : m_ds.claims()) {
            if (c.sources.isEmpty() && c.verdict != Verdict::Unsourced)
                add(Diagnostic::Severity::Warning, where, c.id, tr("claim \"%1\" is judged \"%2\" but names no source").arg(c.id, verdictName(c.verdict)),
                    Diagnostic::Kind::MissingSource);
            if (!m_checkReferences)
                continue;
            for (const QString& s : c.sources) {
                if (!m_ds.source(s))
                    add(Diagnostic::Severity::Warning, where, c.id, tr("claim \"%1\" names source \"%2\", which is not declared").arg(c.id, s),
                        Diagnostic::Kind::UndeclaredReference);
            }
        }
    }

    const Dataset& m_ds;
    QString m_file;
    const JsonSourceMap* m_map;
    bool m_checkReferences;
    QList<Diagnostic> m_out;
    int m_events = 0, m_points = 0;
    Unsourced m_unsourcedEvents, m_unsourcedPoints;
};

} // namespace

QList<Diagnostic> validateDataset(const Dataset& dataset, const QString& fileName, const JsonSourceMap* locations)
{
    Validator validator(dataset, fileName, locations, true);
    QList<Diagnostic> out = validator.run();
    return out + validator.unsourced();
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

/// What loading leaves out of a file that loads is an error for validate (warnings are for
/// what is kept). A file that does not load at all keeps them as warnings: its errors say why.
static void markDropsAsErrors(QList<Diagnostic>& diagnostics, const LoadResult& r)
{
    if (!r.data)
        return;
    for (Diagnostic& d : diagnostics) {
        if (d.dropsData())
            d.severity = Diagnostic::Severity::Error;
    }
}

QList<Diagnostic> validateFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && looksLikeNativeJson(file.peek(SNIFF_BYTES))) {
        // The native reader already reported every undeclared reference, with its place.
        JsonSourceMap map;
        const LoadResult r = readNativeJson(file, path, options, &map);
        QList<Diagnostic> out = r.diagnostics;
        markDropsAsErrors(out, r);
        if (r.data) {
            Validator validator(*r.data, path, &map, false);
            out += validator.run();
            out += validator.unsourced();
        }
        return groupDiagnostics(out);
    }
    const LoadResult r = loadFile(path, options);
    QList<Diagnostic> out = r.diagnostics;
    markDropsAsErrors(out, r);
    if (!r.data)
        return groupDiagnostics(out);
    Validator validator(*r.data, path, nullptr, true);
    const QList<Diagnostic> found = validator.run();
    if (validator.unsourcedCount() > 0 && validator.unsourcedCount() == validator.checkedCount()) {
        // A file made by another tool usually names no sources at all: that is normal, said
        // once, after everything else, instead of once per event or point.
        out = groupDiagnostics(out + found);
        out.append(Diagnostic { Diagnostic::Severity::Warning, path, 0, 0,
            tr("no event or series point names a source (%L1 in all): normal for a file made elsewhere; exports of it list no sources")
                .arg(validator.checkedCount()),
            Diagnostic::Kind::MissingSource });
        return out;
    }
    return groupDiagnostics(out + found + validator.unsourced());
}

} // namespace chrono
