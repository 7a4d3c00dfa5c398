// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsonreader.h"

#include "core/data/dataset.h"
#include "core/io/jsonreadcontext.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileDevice>

#include <algorithm>
#include <cmath>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::JsonReader", text);
}

/// Reads one document into a DatasetBuilder. Cross references (company, category, source,
/// series, event ids) may point forward in the file, so they are checked at the end.
class NativeJsonParser {
public:
    NativeJsonParser(JsonReadContext& ctx, JsonSourceMap* map)
        : m_ctx(ctx)
        , m_map(map)
    {
    }

    void parseDocument();
    DatasetPtr finish();

private:
    template<typename Fn>
    void parseArray(const QString& what, Fn&& element);
    bool requireId(const QString& id, qint64 objectOffset, const QString& what);
    void checkUnique(QSet<QString>& seen, const QString& id, qint64 at, const QString& what);
    void noteReference(QHash<QString, qint64>& pending, const QString& id, qint64 at);
    void checkReferences(const QHash<QString, qint64>& pending, const std::function<bool(const QString&)>& known,
        const QString& message);
    bool checkRange(const Date& start, Date& end, qint64 endAt);

    void parseMeta();
    void parseCompany();
    void parseCategory();
    void parseSource();
    void parseEra();
    void parseEvent();
    void parseSeries();
    bool parsePoint(SeriesPoint& point, Date previous);
    void parseClaim();
    void checkDuplicateEvents();

    JsonReadContext& m_ctx;
    JsonSourceMap* m_map;
    DatasetBuilder m_builder;
    bool m_sawFormat = false;
    bool m_sawVersion = false;
    std::vector<qint64> m_eventIdOffsets; ///< parallel to the builder's events
    QSet<QString> m_companyIds, m_categoryIds, m_sourceIds, m_eraIds, m_seriesIds, m_claimIds;
    QHash<QString, qint64> m_pendingCompanies, m_pendingCategories, m_pendingSources, m_pendingSeries, m_pendingEvents;
};

template<typename Fn>
void NativeJsonParser::parseArray(const QString& what, Fn&& element)
{
    if (m_ctx.next() == JsonToken::Error || !m_ctx.expectArray(what))
        return;
    while (m_ctx.nextElement()) {
        if (!m_ctx.checkProgress())
            return;
        if (m_ctx.expectObject(tr("each entry of \"%1\"").arg(what)))
            element();
    }
}

void NativeJsonParser::parseDocument()
{
    const JsonToken first = m_ctx.next();
    if (first == JsonToken::Error)
        return;
    const qint64 rootOffset = m_ctx.offset();
    if (first != JsonToken::ObjectBegin) {
        m_ctx.error(rootOffset, tr("not a Chronoscope file: the document must be an object with \"format\": \"chronoscope\""));
        return;
    }
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("format")) {
            m_sawFormat = true;
            QString format;
            if (m_ctx.readString(format, tr("\"format\"")) && format != QLatin1String("chronoscope")) {
                m_ctx.error(m_ctx.offset(), tr("not a Chronoscope file: \"format\" is \"%1\", expected \"chronoscope\"").arg(format));
                m_ctx.stop();
            }
        } else if (tok.stringIs("version")) {
            m_sawVersion = true;
            int version = 0;
            if (!m_ctx.readInteger(version, tr("\"version\"")))
                continue;
            if (version > NATIVE_JSON_VERSION) {
                m_ctx.error(m_ctx.offset(), tr("format version %1 is newer than this Chronoscope reads (version %2); please update Chronoscope")
                                                .arg(version)
                                                .arg(NATIVE_JSON_VERSION));
                m_ctx.stop(); // a newer layout may mean anything; nothing below is trusted
            } else if (version < 1) {
                m_ctx.error(m_ctx.offset(), tr("format version %1 does not exist; the current version is %2").arg(version).arg(NATIVE_JSON_VERSION));
            }
        } else if (tok.stringIs("meta")) {
            if (m_ctx.next() != JsonToken::Error && m_ctx.expectObject(tr("\"meta\"")))
                parseMeta();
        } else if (tok.stringIs("companies")) {
            parseArray(QStringLiteral("companies"), [this] { parseCompany(); });
        } else if (tok.stringIs("categories")) {
            parseArray(QStringLiteral("categories"), [this] { parseCategory(); });
        } else if (tok.stringIs("sources")) {
            parseArray(QStringLiteral("sources"), [this] { parseSource(); });
        } else if (tok.stringIs("eras")) {
            parseArray(QStringLiteral("eras"), [this] { parseEra(); });
        } else if (tok.stringIs("events")) {
            parseArray(QStringLiteral("events"), [this] { parseEvent(); });
        } else if (tok.stringIs("series")) {
            parseArray(QStringLiteral("series"), [this] { parseSeries(); });
        } else if (tok.stringIs("claims")) {
            parseArray(QStringLiteral("claims"), [this] { parseClaim(); });
        } else {
            m_ctx.skipUnknownKey("the document");
        }
    }
    if (m_ctx.stopped())
        return;
    // The tokenizer reports text after the closing brace here.
    if (m_ctx.next() == JsonToken::Error)
        return;
    if (!m_sawFormat) {
        m_ctx.error(rootOffset, tr("not a Chronoscope file: the \"format\" key is missing"));
        return;
    }
    if (!m_sawVersion)
        m_ctx.error(rootOffset, tr("the \"version\" key is missing"));
}

bool NativeJsonParser::requireId(const QString& id, qint64 objectOffset, const QString& what)
{
    if (!id.isEmpty())
        return true;
    m_ctx.error(objectOffset, tr("%1 without an \"id\"").arg(what));
    return false;
}

void NativeJsonParser::checkUnique(QSet<QString>& seen, const QString& id, qint64 at, const QString& what)
{
    if (seen.contains(id)) {
        m_ctx.error(at, tr("duplicate %1 id \"%2\"").arg(what, id));
        return;
    }
    seen.insert(id);
}

void NativeJsonParser::noteReference(QHash<QString, qint64>& pending, const QString& id, qint64 at)
{
    // Only the first use of each id is remembered: one message per unknown id is enough.
    if (!pending.contains(id))
        pending.insert(id, at);
}

void NativeJsonParser::checkReferences(const QHash<QString, qint64>& pending,
    const std::function<bool(const QString&)>& known, const QString& message)
{
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        if (!known(it.key()))
            m_ctx.warning(it.value(), message.arg(it.key()));
    }
}

bool NativeJsonParser::checkRange(const Date& start, Date& end, qint64 endAt)
{
    if (!start.isValid() || !end.isValid())
        return true;
    if (end.endMs() <= start.ms) {
        m_ctx.error(endAt, tr("the end %1 is before the start %2").arg(end.toString(), start.toString()));
        return false;
    }
    if (end.endMs() < start.endMs()) {
        // "2025" to "2025-03-01": the end lies inside the start's period. The range is taken
        // to last as long as its start does, and said so, rather than silently cut.
        const Date widened = Date::fromMs(start.endMs() - (end.precision == DatePrecision::Minute ? 60000 : 1), end.precision);
        m_ctx.warning(endAt, tr("the end %1 lies within the start period %2; the range is taken to end at %3")
                                 .arg(end.toString(), start.toString(), widened.toString()));
        end = widened;
    }
    return true;
}

void NativeJsonParser::parseMeta()
{
    DatasetMeta& meta = m_builder.meta();
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("title"))
            m_ctx.readLocalized(meta.title, tr("meta.title"));
        else if (tok.stringIs("description"))
            m_ctx.readLocalized(meta.description, tr("meta.description"));
        else if (tok.stringIs("asOf"))
            m_ctx.readDate(meta.asOf, tr("meta.asOf"));
        else if (tok.stringIs("license"))
            m_ctx.readString(meta.license, tr("meta.license"));
        else
            m_ctx.skipUnknownKey("meta");
    }
}

void NativeJsonParser::parseCompany()
{
    const qint64 at = m_ctx.offset();
    qint64 idAt = at;
    Company c;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("id")) {
            m_ctx.readString(c.id, tr("company id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("name")) {
            m_ctx.readLocalized(c.name, tr("company name"));
        } else if (tok.stringIs("color")) {
            m_ctx.readColor(c.color);
        } else {
            m_ctx.skipUnknownKey("a company");
        }
    }
    if (!requireId(c.id, at, tr("a company")))
        return;
    checkUnique(m_companyIds, c.id, idAt, tr("company"));
    m_builder.addCompany(c);
}

void NativeJsonParser::parseCategory()
{
    const qint64 at = m_ctx.offset();
    qint64 idAt = at;
    Category c;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("id")) {
            m_ctx.readString(c.id, tr("category id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("name")) {
            m_ctx.readLocalized(c.name, tr("category name"));
        } else if (tok.stringIs("color")) {
            m_ctx.readColor(c.color);
        } else {
            m_ctx.skipUnknownKey("a category");
        }
    }
    if (!requireId(c.id, at, tr("a category")))
        return;
    checkUnique(m_categoryIds, c.id, idAt, tr("category"));
    m_builder.addCategory(c);
}

void NativeJsonParser::parseSource()
{
    const qint64 at = m_ctx.offset();
    qint64 idAt = at;
    Source s;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("id")) {
            m_ctx.readString(s.id, tr("source id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("publisher")) {
            m_ctx.readString(s.publisher, tr("source publisher"));
        } else if (tok.stringIs("title")) {
            m_ctx.readString(s.title, tr("source title"));
        } else if (tok.stringIs("date")) {
            m_ctx.readDate(s.date, tr("source date"));
        } else if (tok.stringIs("url")) {
            m_ctx.readString(s.url, tr("source url"));
        } else {
            m_ctx.skipUnknownKey("a source");
        }
    }
    if (!requireId(s.id, at, tr("a source")))
        return;
    checkUnique(m_sourceIds, s.id, idAt, tr("source"));
    m_builder.addSource(s);
}

void NativeJsonParser::parseEra()
{
    const qint64 at = m_ctx.offset();
    qint64 idAt = at, endAt = at;
    Era e;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("id")) {
            m_ctx.readString(e.id, tr("era id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("title")) {
            m_ctx.readLocalized(e.title, tr("era title"));
        } else if (tok.stringIs("start")) {
            m_ctx.readDate(e.start, tr("era start"));
        } else if (tok.stringIs("end")) {
            m_ctx.readDate(e.end, tr("era end"), &endAt);
        } else if (tok.stringIs("color")) {
            m_ctx.readColor(e.color);
        } else {
            m_ctx.skipUnknownKey("an era");
        }
    }
    if (!requireId(e.id, at, tr("an era")))
        return;
    checkUnique(m_eraIds, e.id, idAt, tr("era"));
    if (!e.start.isValid()) {
        m_ctx.error(at, tr("era \"%1\" has no start date").arg(e.id));
        return;
    }
    if (!checkRange(e.start, e.end, endAt))
        return;
    if (m_map)
        m_map->eras.insert(e.id, m_ctx.locate(idAt));
    m_builder.addEra(e);
}

void NativeJsonParser::parseEvent()
{
    const qint64 at = m_ctx.offset();
    qint64 idAt = at, endAt = at, importanceAt = at;
    Event e;
    bool ok = true;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        // Ordered by how often the keys occur in real files.
        if (tok.stringIs("id")) {
            ok = m_ctx.readString(e.id, tr("event id")) && ok;
            idAt = m_ctx.offset();
        } else if (tok.stringIs("start")) {
            ok = m_ctx.readDate(e.start, tr("event start")) && ok;
        } else if (tok.stringIs("end")) {
            ok = m_ctx.readDate(e.end, tr("event end"), &endAt) && ok;
        } else if (tok.stringIs("title")) {
            ok = m_ctx.readLocalized(e.title, tr("event title")) && ok;
        } else if (tok.stringIs("company")) {
            if (m_ctx.readSharedString(e.company, tr("event company"))) {
                if (!e.company.isEmpty() && !m_companyIds.contains(e.company))
                    noteReference(m_pendingCompanies, e.company, m_ctx.offset());
            } else {
                ok = false;
            }
        } else if (tok.stringIs("category")) {
            if (m_ctx.readSharedString(e.category, tr("event category"))) {
                if (!e.category.isEmpty() && !m_categoryIds.contains(e.category))
                    noteReference(m_pendingCategories, e.category, m_ctx.offset());
            } else {
                ok = false;
            }
        } else if (tok.stringIs("importance")) {
            ok = m_ctx.readInteger(e.importance, tr("event importance")) && ok;
            importanceAt = m_ctx.offset();
        } else if (tok.stringIs("sources")) {
            ok = m_ctx.readSharedStringList(e.sources, tr("event sources")) && ok;
            const qint64 listAt = m_ctx.lastListOffset();
            for (const QString& s : std::as_const(e.sources)) {
                if (!m_sourceIds.contains(s))
                    noteReference(m_pendingSources, s, listAt);
            }
        } else if (tok.stringIs("description")) {
            ok = m_ctx.readLocalized(e.description, tr("event description")) && ok;
        } else if (tok.stringIs("confidence")) {
            ok = m_ctx.readSharedString(e.confidence, tr("event confidence")) && ok;
        } else if (tok.stringIs("tags")) {
            ok = m_ctx.readSharedStringList(e.tags, tr("event tags")) && ok;
        } else if (tok.stringIs("links")) {
            ok = m_ctx.readSharedStringList(e.links, tr("event links")) && ok;
        } else {
            m_ctx.skipUnknownKey("an event");
        }
    }
    if (m_ctx.stopped() || !requireId(e.id, at, tr("an event")))
        return;
    if (!e.start.isValid()) {
        if (ok) // a start that failed to parse has been reported already
            m_ctx.error(at, tr("event \"%1\" has no start date").arg(e.id));
        return;
    }
    if (!checkRange(e.start, e.end, endAt) || !ok)
        return;
    if (e.importance < 1 || e.importance > 5) {
        const int clamped = std::clamp(e.importance, 1, 5);
        m_ctx.warning(importanceAt, tr("importance %1 is outside 1–5; %2 is used").arg(e.importance).arg(clamped));
        e.importance = clamped;
    }
    m_eventIdOffsets.push_back(idAt);
    m_builder.events().push_back(std::move(e));
}

bool NativeJsonParser::parsePoint(SeriesPoint& p, Date previous)
{
    const qint64 at = m_ctx.offset();
    qint64 dateAt = at;
    bool hasValue = false, ok = true;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("date")) {
            ok = m_ctx.readDate(p.date, tr("point date"), &dateAt) && ok;
        } else if (tok.stringIs("value")) {
            hasValue = m_ctx.readNumber(p.value, tr("point value"), true);
            ok = hasValue && ok;
        } else if (tok.stringIs("source")) {
            if (m_ctx.readSharedString(p.source, tr("point source"))) {
                if (!p.source.isEmpty() && !m_sourceIds.contains(p.source))
                    noteReference(m_pendingSources, p.source, m_ctx.offset());
            } else {
                ok = false;
            }
        } else if (tok.stringIs("status")) {
            QString status;
            if (m_ctx.readString(status, tr("point status"))) {
                if (status == QLatin1String("claim"))
                    p.status = PointStatus::Claim;
                else if (status != QLatin1String("measured"))
                    m_ctx.warning(m_ctx.offset(), tr("unknown point status \"%1\"; \"measured\" is used").arg(status));
            }
        } else if (tok.stringIs("note")) {
            m_ctx.readString(p.note, tr("point note"));
        } else {
            m_ctx.skipUnknownKey("a series point");
        }
    }
    if (m_ctx.stopped())
        return false;
    if (ok && !p.date.isValid())
        m_ctx.error(at, tr("a series point without a \"date\""));
    else if (ok && !hasValue)
        m_ctx.error(at, tr("a series point without a \"value\""));
    else if (ok && previous.isValid() && p.date.ms < previous.ms)
        m_ctx.warning(dateAt, tr("point %1 comes after %2; points are sorted by date").arg(p.date.toString(), previous.toString()));
    return ok && p.date.isValid() && hasValue;
}

void NativeJsonParser::parseSeries()
{
    const qint64 at = m_ctx.offset();
    qint64 idAt = at;
    Series s;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("id")) {
            m_ctx.readString(s.id, tr("series id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("group")) {
            m_ctx.readString(s.group, tr("series group"));
        } else if (tok.stringIs("company")) {
            if (m_ctx.readSharedString(s.company, tr("series company")) && !s.company.isEmpty()
                && !m_companyIds.contains(s.company))
                noteReference(m_pendingCompanies, s.company, m_ctx.offset());
        } else if (tok.stringIs("title")) {
            m_ctx.readLocalized(s.title, tr("series title"));
        } else if (tok.stringIs("unit")) {
            m_ctx.readString(s.unit, tr("series unit"));
        } else if (tok.stringIs("kind")) {
            QString kind;
            if (m_ctx.readString(kind, tr("series kind"))) {
                bool known = false;
                s.kind = seriesKindFromName(kind, &known);
                if (!known)
                    m_ctx.warning(m_ctx.offset(), tr("unknown series kind \"%1\"; \"other\" is used").arg(kind));
            }
        } else if (tok.stringIs("points")) {
            if (m_ctx.next() == JsonToken::Error || !m_ctx.expectArray(tr("series points")))
                continue;
            while (m_ctx.nextElement() && m_ctx.checkProgress()) {
                if (!m_ctx.expectObject(tr("each series point")))
                    continue;
                SeriesPoint p;
                if (parsePoint(p, s.points.isEmpty() ? Date() : s.points.constLast().date))
                    s.points.append(p);
            }
        } else {
            m_ctx.skipUnknownKey("a series");
        }
    }
    if (!requireId(s.id, at, tr("a series")))
        return;
    checkUnique(m_seriesIds, s.id, idAt, tr("series"));
    if (s.group.isEmpty())
        s.group = s.id;
    if (m_map)
        m_map->series.insert(s.id, m_ctx.locate(idAt));
    m_builder.addSeries(s);
}

void NativeJsonParser::parseClaim()
{
    const qint64 at = m_ctx.offset();
    qint64 idAt = at;
    Claim c;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("id")) {
            m_ctx.readString(c.id, tr("claim id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("quote")) {
            m_ctx.readString(c.quote, tr("claim quote"));
        } else if (tok.stringIs("claim")) {
            m_ctx.readLocalized(c.claim, tr("claim text"));
        } else if (tok.stringIs("evidence")) {
            m_ctx.readLocalized(c.evidence, tr("claim evidence"));
        } else if (tok.stringIs("verdict")) {
            QString verdict;
            if (m_ctx.readString(verdict, tr("claim verdict"))) {
                bool known = false;
                c.verdict = verdictFromName(verdict, &known);
                if (!known)
                    m_ctx.warning(m_ctx.offset(), tr("unknown verdict \"%1\"; \"unsourced\" is used").arg(verdict));
            }
        } else if (tok.stringIs("sources") || tok.stringIs("series") || tok.stringIs("events")) {
            const char kind = tok.stringBytes().at(1); // 'o', 'e' or 'v'
            QStringList& list = kind == 'o' ? c.sources : (kind == 'e' ? c.series : c.events);
            QHash<QString, qint64>& pending = kind == 'o' ? m_pendingSources : (kind == 'e' ? m_pendingSeries : m_pendingEvents);
            m_ctx.readSharedStringList(list, tr("claim %1").arg(QString::fromUtf8(tok.stringBytes())));
            const qint64 listAt = m_ctx.lastListOffset();
            for (const QString& id : std::as_const(list))
                noteReference(pending, id, listAt);
        } else {
            m_ctx.skipUnknownKey("a claim");
        }
    }
    if (!requireId(c.id, at, tr("a claim")))
        return;
    checkUnique(m_claimIds, c.id, idAt, tr("claim"));
    if (m_map)
        m_map->claims.insert(c.id, m_ctx.locate(idAt));
    m_builder.addClaim(c);
}

// A QSet of a million ids costs more than the parse; sorting (hash, index) pairs finds the
// same duplicates with one flat allocation.
void NativeJsonParser::checkDuplicateEvents()
{
    const std::vector<Event>& events = m_builder.events();
    std::vector<std::pair<size_t, quint32>> keys;
    keys.reserve(events.size());
    for (size_t i = 0; i < events.size(); ++i)
        keys.emplace_back(qHash(events[i].id, 0x5eed), quint32(i));
    std::sort(keys.begin(), keys.end());
    for (size_t i = 0; i < keys.size();) {
        size_t j = i + 1;
        while (j < keys.size() && keys[j].first == keys[i].first)
            ++j;
        // Within one hash run (almost always 1 or 2 entries), each later copy of an id is a duplicate.
        for (size_t a = i + 1; a < j; ++a) {
            for (size_t b = i; b < a; ++b) {
                if (events[keys[a].second].id == events[keys[b].second].id) {
                    m_ctx.error(m_eventIdOffsets[keys[a].second], tr("duplicate event id \"%1\"").arg(events[keys[a].second].id));
                    break;
                }
            }
        }
        i = j;
    }
}

DatasetPtr NativeJsonParser::finish()
{
    if (m_ctx.stopped() || m_ctx.hasErrors())
        return nullptr;
    checkDuplicateEvents();
    checkReferences(m_pendingCompanies, [this](const QString& id) { return m_companyIds.contains(id); },
        tr("unknown company \"%1\"; it is added with its id as its name"));
    checkReferences(m_pendingCategories, [this](const QString& id) { return m_categoryIds.contains(id); },
        tr("unknown category \"%1\"; it is added with its id as its name"));
    checkReferences(m_pendingSources, [this](const QString& id) { return m_sourceIds.contains(id); },
        tr("unknown source \"%1\"; declare it under \"sources\""));
    QSet<QString> groups = m_seriesIds;
    for (const Series& s : std::as_const(m_builder.series()))
        groups.insert(s.group);
    checkReferences(m_pendingSeries, [&groups](const QString& id) { return groups.contains(id); },
        tr("unknown series or chart \"%1\""));
    if (!m_pendingEvents.isEmpty()) {
        QSet<QString> found;
        for (const Event& e : m_builder.events()) {
            if (m_pendingEvents.contains(e.id))
                found.insert(e.id);
        }
        checkReferences(m_pendingEvents, [&found](const QString& id) { return found.contains(id); }, tr("unknown event \"%1\""));
    }
    if (m_ctx.hasErrors())
        return nullptr;
    if (m_map) {
        m_map->events.reserve(qsizetype(m_eventIdOffsets.size()));
        for (size_t i = 0; i < m_eventIdOffsets.size(); ++i) // ascending offsets: one pass
            m_map->events.insert(m_builder.events()[i].id, m_ctx.locate(m_eventIdOffsets[i]));
    }
    return m_builder.build();
}

LoadResult parseBytes(QByteArrayView bytes, const QString& fileName, const ImportOptions& options, JsonSourceMap* map,
    qint64 progressBase, qint64 progressTotal)
{
    JsonReadContext ctx(bytes, fileName, options, progressBase, progressTotal);
    NativeJsonParser parser(ctx, map);
    parser.parseDocument();
    LoadResult result;
    result.data = parser.finish();
    result.diagnostics = ctx.takeDiagnostics();
    if (result.hasErrors())
        result.data.reset();
    if (options.progress && result.data)
        options.progress(progressTotal, progressTotal);
    return result;
}

LoadResult failure(const QString& fileName, const QString& message)
{
    LoadResult r;
    r.diagnostics.append(Diagnostic { Diagnostic::Severity::Error, fileName, 0, 0, message });
    return r;
}

QString tooLarge(qint64 size)
{
    return tr("the file is %1 MiB; native JSON files are read up to %2 MiB")
        .arg(double(size) / (1 << 20), 0, 'f', 0)
        .arg(MAX_NATIVE_JSON_BYTES >> 20);
}

} // namespace

LoadResult readNativeJson(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, JsonSourceMap* sourceMap)
{
    if (bytes.size() > MAX_NATIVE_JSON_BYTES)
        return failure(fileName, tooLarge(bytes.size()));
    return parseBytes(bytes, fileName, options, sourceMap, 0, bytes.size());
}

LoadResult readNativeJson(QIODevice& device, const QString& fileName, const ImportOptions& options, JsonSourceMap* sourceMap)
{
    if (!device.isReadable())
        return failure(fileName, tr("Cannot read '%1': %2").arg(fileName, device.errorString()));
    if (!device.isSequential()) {
        const qint64 size = device.size() - device.pos();
        if (size > MAX_NATIVE_JSON_BYTES)
            return failure(fileName, tooLarge(size));
        // Mapping a file spares a copy of up to a gigabyte and the time to make it.
        if (auto* file = qobject_cast<QFileDevice*>(&device); file && size > 0) {
            if (uchar* mapped = file->map(device.pos(), size)) {
                LoadResult r = parseBytes(QByteArrayView(reinterpret_cast<const char*>(mapped), size), fileName, options,
                    sourceMap, 0, size);
                file->unmap(mapped);
                return r;
            }
        }
    }
    // Read in chunks so that a stream without a known size still stops at the limit.
    constexpr qint64 CHUNK = 4 << 20;
    const qint64 total = device.isSequential() ? 0 : device.size() - device.pos();
    QByteArray bytes;
    if (total > 0)
        bytes.reserve(total);
    for (;;) {
        const QByteArray chunk = device.read(CHUNK);
        if (chunk.isEmpty())
            break;
        if (bytes.size() + chunk.size() > MAX_NATIVE_JSON_BYTES)
            return failure(fileName, tooLarge(bytes.size() + chunk.size()));
        bytes.append(chunk);
        if (options.progress && !options.progress(bytes.size(), 2 * std::max(total, qint64(bytes.size()))))
            return failure(fileName, tr("cancelled"));
    }
    const qint64 base = options.progress ? bytes.size() : 0;
    return parseBytes(bytes, fileName, options, sourceMap, base, base + bytes.size());
}

bool looksLikeNativeJson(QByteArrayView head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return false;
    // "format" is the writer's first key; accept any spacing between the key and the value.
    const qsizetype key = head.indexOf("\"format\"");
    if (key < 0)
        return false;
    qsizetype j = key + 8;
    while (j < head.size() && (head[j] == ' ' || head[j] == '\n' || head[j] == '\r' || head[j] == '\t' || head[j] == ':'))
        ++j;
    return head.sliced(j).startsWith("\"chronoscope\"");
}

} // namespace chrono
