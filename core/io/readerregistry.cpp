// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/readerregistry.h"

#include "core/io/jsonreader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QMutex>
#include <QtCore/QSet>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::ReaderRegistry", text);
}

int nativeJsonConfidence(QByteArrayView head, QStringView path)
{
    if (looksLikeNativeJson(head))
        return 100;
    // A .json object without the marker in its first bytes may still be native (keys in
    // another order); say so weakly, so that a record importer that knows better wins.
    const QByteArrayView trimmed = head.trimmed();
    const bool jsonName = path.endsWith(u".json", Qt::CaseInsensitive);
    return jsonName && trimmed.startsWith('{') ? 10 : 0;
}

ReaderInfo nativeJsonReader()
{
    return ReaderInfo { QStringLiteral("native-json"), tr("Chronoscope dataset"), { QStringLiteral("json") },
        nativeJsonConfidence,
        [](QIODevice& device, const QString& fileName, const ImportOptions& options) {
            return readNativeJson(device, fileName, options);
        } };
}

struct Registry {
    QMutex mutex;
    QList<ReaderInfo> readers { nativeJsonReader() };
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

/// @p line 0 for problems with the file itself (missing, a directory); 1:1 when it is the
/// content, from its first byte, that no reader takes.
LoadResult failure(const QString& fileName, const QString& message, int line = 0, int column = 0, Diagnostic::Kind kind = Diagnostic::Kind::Unreadable)
{
    LoadResult r;
    r.diagnostics.append(Diagnostic { Diagnostic::Severity::Error, fileName, line, column, message, kind });
    return r;
}

} // namespace

void registerReader(ReaderInfo reader)
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    for (ReaderInfo& existing : r.readers) {
        if (existing.id == reader.id) {
            existing = std::move(reader);
            return;
        }
    }
    r.readers.append(std::move(reader));
}

QList<ReaderInfo> readers()
{
    Registry& r = registry();
    QMutexLocker lock(&r.mutex);
    return r.readers;
}

QStringList fileDialogFilters()
{
    QStringList filters, all;
    for (const ReaderInfo& reader : readers()) {
        QStringList patterns;
        for (const QString& ext : reader.extensions) {
            const QString pattern = QStringLiteral("*.") + ext;
            patterns.append(pattern);
            if (!all.contains(pattern))
                all.append(pattern);
        }
        if (!patterns.isEmpty())
            filters.append(QStringLiteral("%1 (%2)").arg(reader.description, patterns.join(u' ')));
    }
    filters.prepend(tr("All supported files (%1)").arg(all.join(u' ')));
    filters.append(tr("All files (*)"));
    return filters;
}

ReaderInfo readerFor(QByteArrayView head, QStringView path)
{
    ReaderInfo best;
    int bestScore = 0;
    for (const ReaderInfo& reader : readers()) {
        const int score = reader.confidence ? reader.confidence(head, path) : 0;
        if (score > bestScore) { // ties go to the earlier reader
            best = reader;
            bestScore = score;
        }
    }
    return best;
}

LoadResult loadFile(const QString& path, const ImportOptions& options)
{
    if (QFileInfo(path).isDir())
        return failure(path, tr("Cannot read '%1': it is a directory").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(path, tr("Cannot read '%1': %2").arg(path, file.errorString()));
    const QByteArray head = file.peek(SNIFF_BYTES);
    if (head.isEmpty() && file.size() == 0)
        return failure(path, tr("Cannot read '%1': the file is empty").arg(path), 1, 1, Diagnostic::Kind::NoData);
    const ReaderInfo reader = readerFor(head, path);
    if (!reader.read) {
        QStringList names;
        for (const ReaderInfo& r : readers())
            names.append(r.description);
        return failure(path, tr("Cannot read '%1': not a format Chronoscope knows (%2)").arg(path, names.join(QStringLiteral(", "))), 1, 1, Diagnostic::Kind::NotThisFormat);
    }
    return reader.read(file, path, options);
}

namespace {

/// `id`, or `id-2`, `id-3`, … whichever is free; records the choice in `taken`.
QString freeId(const QString& id, QSet<QString>& taken)
{
    QString candidate = id;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = id + u'-' + QString::number(n);
    taken.insert(candidate);
    return candidate;
}

} // namespace

LoadResult mergeDatasets(const Dataset& base, const Dataset& added, const QString& addedFileName)
{
    LoadResult result;
    auto warn = [&](const QString& message) {
        result.diagnostics.append(Diagnostic { Diagnostic::Severity::Warning, addedFileName, 0, 0, message, Diagnostic::Kind::Renamed });
    };
    DatasetBuilder builder(base);
    for (const Company& c : added.companies()) {
        if (!builder.hasCompany(c.id))
            builder.addCompany(c);
    }
    for (const Category& c : added.categories()) {
        if (!builder.hasCategory(c.id))
            builder.addCategory(c);
    }
    for (const Source& s : added.sources()) {
        if (!builder.hasSource(s.id))
            builder.addSource(s);
    }

    QSet<QString> eventIds;
    eventIds.reserve(base.eventCount() + added.eventCount());
    for (int i = 0; i < base.eventCount(); ++i)
        eventIds.insert(base.eventId(i).toString());
    QHash<QString, QString> renamedEvents, renamedSeries;
    builder.reserveEvents(base.eventCount() + added.eventCount());
    for (int i = 0; i < added.eventCount(); ++i) {
        Event e = added.event(i);
        const QString id = freeId(e.id, eventIds);
        if (id != e.id) {
            warn(tr("event id \"%1\" is already taken; the imported event is renamed \"%2\"").arg(e.id, id));
            renamedEvents.insert(e.id, id);
            e.id = id;
        }
        builder.events().push_back(std::move(e));
    }

    QSet<QString> seriesIds, eraIds, claimIds;
    for (const Series& s : base.series())
        seriesIds.insert(s.id);
    for (const Era& e : base.eras())
        eraIds.insert(e.id);
    for (const Claim& c : base.claims())
        claimIds.insert(c.id);
    for (Series s : added.series()) {
        const QString id = freeId(s.id, seriesIds);
        if (id != s.id) {
            warn(tr("series id \"%1\" is already taken; the imported series is renamed \"%2\"").arg(s.id, id));
            renamedSeries.insert(s.id, id);
            if (s.group == s.id)
                s.group = id;
            s.id = id;
        }
        builder.addSeries(s);
    }
    for (Era e : added.eras()) {
        const QString id = freeId(e.id, eraIds);
        if (id != e.id) {
            warn(tr("era id \"%1\" is already taken; the imported era is renamed \"%2\"").arg(e.id, id));
            e.id = id;
        }
        builder.addEra(e);
    }
    for (Claim c : added.claims()) {
        const QString id = freeId(c.id, claimIds);
        if (id != c.id) {
            warn(tr("claim id \"%1\" is already taken; the imported claim is renamed \"%2\"").arg(c.id, id));
            c.id = id;
        }
        // Imported claims keep pointing at the imported events and charts after renames.
        for (QString& ref : c.events)
            ref = renamedEvents.value(ref, ref);
        for (QString& ref : c.series)
            ref = renamedSeries.value(ref, ref);
        builder.addClaim(c);
    }
    result.data = builder.build();
    return result;
}

} // namespace chrono
