// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/nativejsonparser.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::JsonReader", text);
}

} // namespace

/// Field names are translated only when a message needs them: building a translated string
/// for every field read would cost more than the parse.
#define FIELD(text) QT_TRANSLATE_NOOP("chrono::JsonReader", text)

template<typename Fn>
void NativeJsonParser::parseArray(const char* what, const char* entryWhat, Fn&& element)
{
    if (m_ctx.next() == JsonToken::Error || !m_ctx.expectArray(what))
        return;
    while (m_ctx.nextElement()) {
        if (!m_ctx.checkProgress())
            return;
        if (m_ctx.expectObject(entryWhat))
            element();
    }
}

void NativeJsonParser::parseDocument()
{
    // A typical event takes 200-300 bytes; reserving up front spares regrowing a vector of a
    // million events (pages never touched cost no memory).
    m_builder.reserveEvents(int(std::min<qint64>(m_ctx.tokenizer().size() / 256, 1 << 22)));
    const JsonToken first = m_ctx.next();
    if (first == JsonToken::Error)
        return;
    const qint64 rootOffset = m_ctx.offset();
    if (first != JsonToken::ObjectBegin) {
        m_ctx.error(rootOffset, tr("not a Chronoscope file: the document must be an object with \"format\": \"chronoscope\""), Diagnostic::Kind::NotThisFormat);
        return;
    }
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("format")) {
            m_sawFormat = true;
            QString format;
            if (m_ctx.readString(format, FIELD("\"format\"")) && format != QLatin1String("chronoscope")) {
                m_ctx.error(m_ctx.offset(), tr("not a Chronoscope file: \"format\" is \"%1\", expected \"chronoscope\"").arg(format), Diagnostic::Kind::NotThisFormat);
                m_ctx.stop();
            }
        } else if (tok.stringIs("version")) {
            m_sawVersion = true;
            int version = 0;
            if (!m_ctx.readInteger(version, FIELD("\"version\"")))
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
            if (m_ctx.next() != JsonToken::Error && m_ctx.expectObject(FIELD("\"meta\"")))
                parseMeta();
        } else if (tok.stringIs("companies")) {
            parseArray(FIELD("\"companies\""), FIELD("each entry of \"companies\""), [this] { parseCompany(); });
        } else if (tok.stringIs("categories")) {
            parseArray(FIELD("\"categories\""), FIELD("each entry of \"categories\""), [this] { parseCategory(); });
        } else if (tok.stringIs("sources")) {
            parseArray(FIELD("\"sources\""), FIELD("each entry of \"sources\""), [this] { parseSource(); });
        } else if (tok.stringIs("eras")) {
            parseArray(FIELD("\"eras\""), FIELD("each entry of \"eras\""), [this] { parseEra(); });
        } else if (tok.stringIs("events")) {
            parseArray(FIELD("\"events\""), FIELD("each entry of \"events\""), [this] { parseEvent(); });
        } else if (tok.stringIs("series")) {
            parseArray(FIELD("\"series\""), FIELD("each entry of \"series\""), [this] { parseSeries(); });
        } else if (tok.stringIs("claims")) {
            parseArray(FIELD("\"claims\""), FIELD("each entry of \"claims\""), [this] { parseClaim(); });
        } else {
            m_ctx.skipUnknownKey(FIELD("the document"));
        }
    }
    if (m_ctx.stopped())
        return;
    // The tokenizer reports text after the closing brace here.
    if (m_ctx.next() == JsonToken::Error)
        return;
    if (!m_sawFormat) {
        m_ctx.error(rootOffset, tr("not a Chronoscope file: the \"format\" key is missing"), Diagnostic::Kind::NotThisFormat);
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
        m_ctx.error(at, tr("duplicate %1 id \"%2\"").arg(what, id), Diagnostic::Kind::DuplicateId);
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
            m_ctx.warning(it.value(), message.arg(it.key()), Diagnostic::Kind::UndeclaredReference);
    }
}

bool NativeJsonParser::checkRange(const Date& start, Date& end, qint64 endAt)
{
    if (!start.isValid() || !end.isValid())
        return true;
    if (end.endMs() <= start.ms) {
        m_ctx.error(endAt, tr("the end %1 is before the start %2").arg(end.toString(), start.toString()), Diagnostic::Kind::BadDate);
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

void NativeJsonParser::checkDuplicateEvents()
{
    for (const RepeatedId& r : m_builder.repeatedStreamedIds())
        m_ctx.error(m_eventIdOffsets[r.index], tr("duplicate event id \"%1\"").arg(m_builder.streamedEventId(int(r.index))), Diagnostic::Kind::DuplicateId);
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
        for (int i = 0; i < m_builder.streamedEventCount(); ++i) {
            const QString id = m_builder.streamedEventId(i).toString();
            if (m_pendingEvents.contains(id))
                found.insert(id);
        }
        checkReferences(m_pendingEvents, [&found](const QString& id) { return found.contains(id); }, tr("unknown event \"%1\""));
    }
    if (m_ctx.hasErrors())
        return nullptr;
    if (m_map) {
        m_map->events.reserve(qsizetype(m_eventIdOffsets.size()));
        for (size_t i = 0; i < m_eventIdOffsets.size(); ++i) // ascending offsets: one pass
            m_map->events.insert(m_builder.streamedEventId(int(i)).toString(), m_ctx.locate(m_eventIdOffsets[i]));
    }
    return m_builder.build();
}

} // namespace chrono
