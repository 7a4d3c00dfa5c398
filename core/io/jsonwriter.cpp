// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsonwriter.h"

#include "core/io/jsonreader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSaveFile>

#include <charconv>
#include <cstdio>
#include <cmath>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::JsonWriter", text);
}

/// Appends JSON text to a byte buffer. Containers of entities are written one key per line;
/// small leaves (localized text, string lists, series points) stay on one line so that a
/// file reads and diffs well.
class JsonOut {
public:
    explicit JsonOut(QByteArray& out)
        : m_out(out)
    {
    }

    void string(QStringView text)
    {
        const QByteArray utf8 = text.toUtf8();
        m_out.append('"');
        qsizetype plainFrom = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const auto c = uchar(utf8[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            m_out.append(utf8.constData() + plainFrom, i - plainFrom);
            plainFrom = i + 1;
            switch (c) {
            case '"':
                m_out.append("\\\"");
                break;
            case '\\':
                m_out.append("\\\\");
                break;
            case '\n':
                m_out.append("\\n");
                break;
            case '\r':
                m_out.append("\\r");
                break;
            case '\t':
                m_out.append("\\t");
                break;
            default: {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                m_out.append(buf);
            }
            }
        }
        m_out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
        m_out.append('"');
    }

    void number(double v)
    {
        if (!std::isfinite(v)) {
            m_out.append("null"); // JSON has no NaN; the reader reads null back as NaN
            return;
        }
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        m_out.append(buf, r.ptr - buf);
    }

    void integer(int v) { m_out.append(QByteArray::number(v)); }
    void raw(const char* text) { m_out.append(text); }
    void newline(int indent)
    {
        m_out.append('\n');
        m_out.append(QByteArray(indent * 2, ' '));
    }

    /// Starts a member of an object written one key per line.
    void key(const char* name, int indent, bool& first)
    {
        m_out.append(first ? "" : ",");
        first = false;
        newline(indent);
        m_out.append('"');
        m_out.append(name);
        m_out.append("\": ");
    }

    /// `{ "en": …, "zh": … }` on one line, leaving out an empty language.
    void localized(const LocalizedText& text)
    {
        m_out.append("{ ");
        bool any = false;
        if (!text.en.isEmpty()) {
            m_out.append("\"en\": ");
            string(text.en);
            any = true;
        }
        if (!text.zh.isEmpty()) {
            m_out.append(any ? ", \"zh\": " : "\"zh\": ");
            string(text.zh);
        }
        m_out.append(" }");
    }

    void stringList(const QStringList& list)
    {
        m_out.append('[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            m_out.append(i ? ", " : "");
            string(list[i]);
        }
        m_out.append(']');
    }

private:
    QByteArray& m_out;
};

/// Helpers that write an optional member only when it has a value.
struct ObjectWriter {
    JsonOut& out;
    int indent;
    bool first = true;

    void text(const char* name, const QString& value)
    {
        if (value.isEmpty())
            return;
        out.key(name, indent, first);
        out.string(value);
    }
    void localized(const char* name, const LocalizedText& value)
    {
        if (value.isEmpty())
            return;
        out.key(name, indent, first);
        out.localized(value);
    }
    void date(const char* name, const Date& value)
    {
        if (!value.isValid())
            return;
        out.key(name, indent, first);
        out.string(value.toString());
    }
    void list(const char* name, const QStringList& value)
    {
        if (value.isEmpty())
            return;
        out.key(name, indent, first);
        out.stringList(value);
    }
};

template<typename T, typename Fn>
void writeArray(JsonOut& out, const char* name, const QList<T>& items, bool& first, Fn&& body)
{
    out.key(name, 1, first);
    if (items.isEmpty()) {
        out.raw("[]");
        return;
    }
    out.raw("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        out.raw(i ? "," : "");
        out.newline(2);
        out.raw("{");
        ObjectWriter w { out, 3 };
        body(w, items[i]);
        out.newline(2);
        out.raw("}");
    }
    out.newline(1);
    out.raw("]");
}

void writeEvent(JsonOut& out, const Event& e)
{
    ObjectWriter w { out, 3 };
    w.text("id", e.id);
    w.date("start", e.start);
    w.date("end", e.end);
    w.text("company", e.company);
    w.text("category", e.category);
    w.localized("title", e.title);
    w.localized("description", e.description);
    out.key("importance", 3, w.first);
    out.integer(e.importance);
    w.text("confidence", e.confidence);
    w.list("tags", e.tags);
    w.list("links", e.links);
    w.list("sources", e.sources);
}

void writePoint(JsonOut& out, const SeriesPoint& p)
{
    out.raw("{ \"date\": ");
    out.string(p.date.toString());
    out.raw(", \"value\": ");
    out.number(p.value);
    if (!p.sources.isEmpty()) {
        out.raw(", \"sources\": ");
        out.stringList(p.sources);
    }
    if (p.status != PointStatus::Measured) {
        out.raw(", \"status\": ");
        out.string(pointStatusName(p.status));
    }
    if (!p.note.isEmpty()) {
        out.raw(", \"note\": ");
        out.string(p.note);
    }
    out.raw(" }");
}

} // namespace

QByteArray writeNativeJson(const Dataset& ds)
{
    QByteArray bytes;
    // About 400 bytes per event is typical; one reservation avoids repeated regrowth.
    bytes.reserve(4096 + qsizetype(ds.eventCount()) * 400);
    JsonOut out(bytes);
    bool first = true;
    out.raw("{");
    out.key("format", 1, first);
    out.raw("\"chronoscope\"");
    out.key("version", 1, first);
    out.integer(NATIVE_JSON_VERSION);

    out.key("meta", 1, first);
    out.raw("{");
    ObjectWriter meta { out, 2 };
    meta.localized("title", ds.meta().title);
    meta.localized("description", ds.meta().description);
    meta.date("asOf", ds.meta().asOf);
    meta.text("license", ds.meta().license);
    meta.localized("laneLabel", ds.meta().laneLabel);
    if (!meta.first)
        out.newline(1);
    out.raw("}");

    writeArray(out, "companies", ds.companies(), first, [](ObjectWriter& w, const Company& c) {
        w.text("id", c.id);
        w.localized("name", c.name);
        w.text("color", c.color);
    });
    writeArray(out, "categories", ds.categories(), first, [](ObjectWriter& w, const Category& c) {
        w.text("id", c.id);
        w.localized("name", c.name);
        w.text("color", c.color);
    });
    writeArray(out, "sources", ds.sources(), first, [](ObjectWriter& w, const Source& s) {
        w.text("id", s.id);
        w.text("publisher", s.publisher);
        w.text("title", s.title);
        w.date("date", s.date);
        w.text("url", s.url);
    });
    writeArray(out, "eras", ds.eras(), first, [](ObjectWriter& w, const Era& e) {
        w.text("id", e.id);
        w.localized("title", e.title);
        w.date("start", e.start);
        w.date("end", e.end);
        w.text("color", e.color);
    });

    out.key("events", 1, first);
    out.raw(ds.eventCount() ? "[" : "[]");
    for (int i = 0; i < ds.eventCount(); ++i) {
        out.raw(i ? "," : "");
        out.newline(2);
        out.raw("{");
        writeEvent(out, ds.event(i));
        out.newline(2);
        out.raw("}");
    }
    if (ds.eventCount()) {
        out.newline(1);
        out.raw("]");
    }

    writeArray(out, "series", ds.series(), first, [&out](ObjectWriter& w, const Series& s) {
        w.text("id", s.id);
        if (s.group != s.id)
            w.text("group", s.group);
        w.text("company", s.company);
        w.localized("title", s.title);
        w.text("unit", s.unit);
        w.text("kind", seriesKindName(s.kind));
        out.key("points", 3, w.first);
        out.raw(s.points.isEmpty() ? "[]" : "[");
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            out.raw(i ? "," : "");
            out.newline(4);
            writePoint(out, s.points[i]);
        }
        if (!s.points.isEmpty()) {
            out.newline(3);
            out.raw("]");
        }
    });
    writeArray(out, "claims", ds.claims(), first, [](ObjectWriter& w, const Claim& c) {
        w.text("id", c.id);
        w.text("quote", c.quote);
        w.localized("claim", c.claim);
        w.localized("evidence", c.evidence);
        w.text("verdict", verdictName(c.verdict));
        w.list("sources", c.sources);
        w.list("series", c.series);
        w.list("events", c.events);
    });
    out.newline(0);
    out.raw("}\n");
    return bytes;
}

bool writeNativeJson(const Dataset& dataset, QIODevice& device, QString* error)
{
    const QByteArray bytes = writeNativeJson(dataset);
    if (device.write(bytes) != bytes.size()) {
        if (error)
            *error = device.errorString();
        return false;
    }
    return true;
}

bool saveNativeJsonAtomically(const Dataset& dataset, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    QString writeError;
    if (!writeNativeJson(dataset, file, &writeError) || !file.commit()) {
        if (error)
            *error = tr("Cannot write '%1': %2").arg(path, writeError.isEmpty() ? file.errorString() : writeError);
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace chrono
