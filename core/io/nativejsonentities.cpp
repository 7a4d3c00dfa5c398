// SPDX-License-Identifier: GPL-3.0-or-later
// The entity readers of NativeJsonParser: one function per object kind of the format.
#include "core/io/nativejsonparser.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <cmath>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::JsonReader", text);
}

/// Empties a scratch event as a fresh Event{} would be, keeping its strings' capacity.
void resetEvent(Event& e)
{
    // resize(0) keeps the capacity; on a null string it would allocate, hence the checks.
    for (QString* text : { &e.id, &e.title.en, &e.title.zh, &e.description.en, &e.description.zh })
        if (!text->isEmpty())
            text->resize(0);
    e.start = Date();
    e.end = Date();
    e.company.clear(); // shared values (readSharedString): nothing to keep
    e.category.clear();
    e.importance = 1;
    e.confidence.clear();
    e.tags.clear();
    e.links.clear();
    e.sources.clear();
}

} // namespace

/// Field names are translated only when a message needs them: building a translated string
/// for every field read would cost more than the parse.
#define FIELD(text) QT_TRANSLATE_NOOP("chrono::JsonReader", text)

void NativeJsonParser::parseMeta()
{
    DatasetMeta& meta = m_builder.meta();
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("title"))
            m_ctx.readLocalized(meta.title, FIELD("meta.title"));
        else if (tok.stringIs("description"))
            m_ctx.readLocalized(meta.description, FIELD("meta.description"));
        else if (tok.stringIs("asOf"))
            m_ctx.readDate(meta.asOf, FIELD("meta.asOf"));
        else if (tok.stringIs("license"))
            m_ctx.readString(meta.license, FIELD("meta.license"));
        else if (tok.stringIs("laneLabel"))
            m_ctx.readLocalized(meta.laneLabel, FIELD("meta.laneLabel"));
        else
            m_ctx.skipUnknownKey(FIELD("meta"));
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
            m_ctx.readString(c.id, FIELD("company id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("name")) {
            m_ctx.readLocalized(c.name, FIELD("company name"));
        } else if (tok.stringIs("color")) {
            m_ctx.readColor(c.color);
        } else {
            m_ctx.skipUnknownKey(FIELD("a company"));
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
            m_ctx.readString(c.id, FIELD("category id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("name")) {
            m_ctx.readLocalized(c.name, FIELD("category name"));
        } else if (tok.stringIs("color")) {
            m_ctx.readColor(c.color);
        } else {
            m_ctx.skipUnknownKey(FIELD("a category"));
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
            m_ctx.readString(s.id, FIELD("source id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("publisher")) {
            m_ctx.readString(s.publisher, FIELD("source publisher"));
        } else if (tok.stringIs("title")) {
            m_ctx.readString(s.title, FIELD("source title"));
        } else if (tok.stringIs("date")) {
            m_ctx.readDate(s.date, FIELD("source date"));
        } else if (tok.stringIs("url")) {
            m_ctx.readString(s.url, FIELD("source url"));
        } else {
            m_ctx.skipUnknownKey(FIELD("a source"));
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
            m_ctx.readString(e.id, FIELD("era id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("title")) {
            m_ctx.readLocalized(e.title, FIELD("era title"));
        } else if (tok.stringIs("start")) {
            m_ctx.readDate(e.start, FIELD("era start"));
        } else if (tok.stringIs("end")) {
            m_ctx.readDate(e.end, FIELD("era end"), &endAt);
        } else if (tok.stringIs("color")) {
            m_ctx.readColor(e.color);
        } else {
            m_ctx.skipUnknownKey(FIELD("an era"));
        }
    }
    if (!requireId(e.id, at, tr("an era")))
        return;
    checkUnique(m_eraIds, e.id, idAt, tr("era"));
    if (!e.start.isValid()) {
        m_ctx.error(at, tr("era \"%1\" has no start date").arg(e.id), Diagnostic::Kind::BadDate);
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
    Event& e = m_event;
    resetEvent(e);
    bool ok = true;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        // Ordered by how often the keys occur in real files.
        if (tok.stringIs("id")) {
            ok = m_ctx.readString(e.id, FIELD("event id")) && ok;
            idAt = m_ctx.offset();
        } else if (tok.stringIs("start")) {
            ok = m_ctx.readDate(e.start, FIELD("event start")) && ok;
        } else if (tok.stringIs("end")) {
            ok = m_ctx.readDate(e.end, FIELD("event end"), &endAt) && ok;
        } else if (tok.stringIs("title")) {
            ok = m_ctx.readLocalized(e.title, FIELD("event title")) && ok;
        } else if (tok.stringIs("company")) {
            bool first = false;
            if (m_ctx.readSharedString(e.company, FIELD("event company"), COMPANY_REF, &first)) {
                if (first && !e.company.isEmpty() && !m_companyIds.contains(e.company))
                    noteReference(m_pendingCompanies, e.company, m_ctx.offset());
            } else {
                ok = false;
            }
        } else if (tok.stringIs("category")) {
            bool first = false;
            if (m_ctx.readSharedString(e.category, FIELD("event category"), CATEGORY_REF, &first)) {
                if (first && !e.category.isEmpty() && !m_categoryIds.contains(e.category))
                    noteReference(m_pendingCategories, e.category, m_ctx.offset());
            } else {
                ok = false;
            }
        } else if (tok.stringIs("importance")) {
            ok = m_ctx.readInteger(e.importance, FIELD("event importance")) && ok;
            importanceAt = m_ctx.offset();
        } else if (tok.stringIs("sources")) {
            QStringList firstSeen;
            ok = m_ctx.readSharedStringList(e.sources, FIELD("event sources"), SOURCE_REF, &firstSeen) && ok;
            const qint64 listAt = m_ctx.lastListOffset();
            for (const QString& s : std::as_const(firstSeen)) {
                if (!m_sourceIds.contains(s))
                    noteReference(m_pendingSources, s, listAt);
            }
        } else if (tok.stringIs("description")) {
            ok = m_ctx.readLocalized(e.description, FIELD("event description")) && ok;
        } else if (tok.stringIs("confidence")) {
            ok = m_ctx.readSharedString(e.confidence, FIELD("event confidence")) && ok;
        } else if (tok.stringIs("tags")) {
            ok = m_ctx.readSharedStringList(e.tags, FIELD("event tags")) && ok;
        } else if (tok.stringIs("links")) {
            ok = m_ctx.readSharedStringList(e.links, FIELD("event links")) && ok;
        } else {
            m_ctx.skipUnknownKey(FIELD("an event"));
        }
    }
    if (m_ctx.stopped() || !requireId(e.id, at, tr("an event")))
        return;
    if (!e.start.isValid()) {
        if (ok) // a start that failed to parse has been reported already
            m_ctx.error(at, tr("event \"%1\" has no start date").arg(e.id), Diagnostic::Kind::BadDate);
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
    m_builder.appendEvent(e); // straight into the columns: no Event value kept per event
}

bool NativeJsonParser::parsePoint(SeriesPoint& p, Date previous)
{
    const qint64 at = m_ctx.offset();
    qint64 dateAt = at;
    bool hasValue = false, ok = true, first = false;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("date")) {
            ok = m_ctx.readDate(p.date, FIELD("point date"), &dateAt) && ok;
        } else if (tok.stringIs("value")) {
            hasValue = m_ctx.readNumber(p.value, FIELD("point value"), true);
            ok = hasValue && ok;
        } else if (tok.stringIs("sources")) {
            QStringList firstSeen;
            ok = m_ctx.readSharedStringList(m_pointSources, FIELD("point sources"), SOURCE_REF, &firstSeen) && ok;
            const qint64 listAt = m_ctx.lastListOffset();
            for (const QString& s : std::as_const(firstSeen)) {
                if (!s.isEmpty() && !m_sourceIds.contains(s))
                    noteReference(m_pendingSources, s, listAt);
            }
            for (const QString& s : std::as_const(m_pointSources)) {
                if (s.isEmpty())
                    m_ctx.warning(listAt, tr("an empty source id in a point's \"sources\" is ignored"));
                else if (p.sources.contains(s))
                    m_ctx.warning(listAt, tr("source \"%1\" is listed twice for one point; it is kept once").arg(s));
                else
                    p.sources.append(s);
            }
        } else if (tok.stringIs("source")) {
            // Version 1 named one source per point; still read, and merged with "sources".
            QString single;
            if (m_ctx.readSharedString(single, FIELD("point source"), SOURCE_REF, &first)) {
                if (first && !single.isEmpty() && !m_sourceIds.contains(single))
                    noteReference(m_pendingSources, single, m_ctx.offset());
                if (!single.isEmpty() && !p.sources.contains(single))
                    p.sources.prepend(single);
            } else {
                ok = false;
            }
        } else if (tok.stringIs("status")) {
            QString status;
            if (m_ctx.readString(status, FIELD("point status"))) {
                bool known = false;
                p.status = pointStatusFromName(status, &known);
                if (!known)
                    m_ctx.warning(m_ctx.offset(), tr("unknown point status \"%1\"; \"measured\" is used").arg(status));
            }
        } else if (tok.stringIs("note")) {
            m_ctx.readString(p.note, FIELD("point note"));
        } else {
            m_ctx.skipUnknownKey(FIELD("a series point"));
        }
    }
    if (m_ctx.stopped())
        return false;
    sharePointSources(p.sources);
    if (ok && !p.date.isValid())
        m_ctx.error(at, tr("a series point without a \"date\""));
    else if (ok && !hasValue)
        m_ctx.error(at, tr("a series point without a \"value\""));
    else if (ok && previous.isValid() && p.date.ms < previous.ms)
        m_ctx.warning(dateAt, tr("point %1 comes after %2; points are sorted by date").arg(p.date.toString(), previous.toString()));
    return ok && p.date.isValid() && hasValue;
}

void NativeJsonParser::sharePointSources(QStringList& sources)
{
    // Most points of a series cite the same sources: one shared list per distinct value keeps
    // a point's list as cheap as the single id it replaced.
    if (sources.isEmpty())
        return;
    const auto it = m_pointSourceLists.constFind(sources);
    if (it != m_pointSourceLists.cend())
        sources = *it;
    else if (m_pointSourceLists.size() < MAX_SHARED_SOURCE_LISTS)
        m_pointSourceLists.insert(sources);
}

void NativeJsonParser::parseSeries()
{
    const qint64 at = m_ctx.offset();
    qint64 idAt = at;
    Series s;
    while (m_ctx.nextMember()) {
        JsonTokenizer& tok = m_ctx.tokenizer();
        if (tok.stringIs("id")) {
            m_ctx.readString(s.id, FIELD("series id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("group")) {
            m_ctx.readString(s.group, FIELD("series group"));
        } else if (tok.stringIs("company")) {
            if (m_ctx.readSharedString(s.company, FIELD("series company")) && !s.company.isEmpty()
                && !m_companyIds.contains(s.company))
                noteReference(m_pendingCompanies, s.company, m_ctx.offset());
        } else if (tok.stringIs("title")) {
            m_ctx.readLocalized(s.title, FIELD("series title"));
        } else if (tok.stringIs("unit")) {
            m_ctx.readString(s.unit, FIELD("series unit"));
        } else if (tok.stringIs("kind")) {
            QString kind;
            if (m_ctx.readString(kind, FIELD("series kind"))) {
                bool known = false;
                s.kind = seriesKindFromName(kind, &known);
                if (!known)
                    m_ctx.warning(m_ctx.offset(), tr("unknown series kind \"%1\"; \"other\" is used").arg(kind));
            }
        } else if (tok.stringIs("points")) {
            if (m_ctx.next() == JsonToken::Error || !m_ctx.expectArray(FIELD("series points")))
                continue;
            while (m_ctx.nextElement() && m_ctx.checkProgress()) {
                if (!m_ctx.expectObject(FIELD("each series point")))
                    continue;
                SeriesPoint p;
                if (parsePoint(p, s.points.isEmpty() ? Date() : s.points.constLast().date))
                    s.points.append(p);
            }
        } else {
            m_ctx.skipUnknownKey(FIELD("a series"));
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
            m_ctx.readString(c.id, FIELD("claim id"));
            idAt = m_ctx.offset();
        } else if (tok.stringIs("quote")) {
            m_ctx.readString(c.quote, FIELD("claim quote"));
        } else if (tok.stringIs("claim")) {
            m_ctx.readLocalized(c.claim, FIELD("claim text"));
        } else if (tok.stringIs("evidence")) {
            m_ctx.readLocalized(c.evidence, FIELD("claim evidence"));
        } else if (tok.stringIs("verdict")) {
            QString verdict;
            if (m_ctx.readString(verdict, FIELD("claim verdict"))) {
                bool known = false;
                c.verdict = verdictFromName(verdict, &known);
                if (!known)
                    m_ctx.warning(m_ctx.offset(), tr("unknown verdict \"%1\"; \"unsourced\" is used").arg(verdict));
            }
        } else if (tok.stringIs("sources") || tok.stringIs("series") || tok.stringIs("events")) {
            const char kind = tok.stringBytes().at(1); // 'o', 'e' or 'v'
            QStringList& list = kind == 'o' ? c.sources : (kind == 'e' ? c.series : c.events);
            QHash<QString, qint64>& pending = kind == 'o' ? m_pendingSources : (kind == 'e' ? m_pendingSeries : m_pendingEvents);
            m_ctx.readSharedStringList(list, kind == 'o' ? FIELD("claim sources") : (kind == 'e' ? FIELD("claim series") : FIELD("claim events")));
            const qint64 listAt = m_ctx.lastListOffset();
            for (const QString& id : std::as_const(list))
                noteReference(pending, id, listAt);
        } else {
            m_ctx.skipUnknownKey(FIELD("a claim"));
        }
    }
    if (!requireId(c.id, at, tr("a claim")))
        return;
    checkUnique(m_claimIds, c.id, idAt, tr("claim"));
    if (m_map)
        m_map->claims.insert(c.id, m_ctx.locate(idAt));
    m_builder.addClaim(c);
}

} // namespace chrono
