// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsonlocator.h"

namespace chrono {

JsonLocator::JsonLocator(QByteArrayView data)
    : m_data(data)
    , m_lines(data)
{
}

bool JsonLocator::collectArray(JsonTokenizer& t, std::vector<qint64>& offsets)
{
    offsets.clear();
    for (;;) {
        const JsonToken token = t.next();
        if (token == JsonToken::Error)
            return false;
        if (token == JsonToken::ArrayEnd)
            return true;
        offsets.push_back(t.offset());
        if (!t.skipValue())
            return false;
    }
}

bool JsonLocator::scan()
{
    m_arrays.clear();
    JsonTokenizer t(m_data);
    bool ok = true;
    switch (t.next()) {
    case JsonToken::ArrayBegin:
        ok = collectArray(t, m_arrays[QString()]);
        break;
    case JsonToken::ObjectBegin:
        for (JsonToken token = t.next(); ok && token != JsonToken::ObjectEnd; token = t.next()) {
            if (token != JsonToken::Key) {
                ok = false;
                break;
            }
            const QString key = t.string();
            const JsonToken value = t.next();
            if (value == JsonToken::ArrayBegin)
                ok = collectArray(t, m_arrays[key]); // a repeated key: the last one wins, as in QJsonDocument
            else
                ok = value != JsonToken::Error && t.skipValue();
        }
        break;
    default:
        break;
    }
    // Whatever the shape, the document must end cleanly: this catches trailing text too.
    if (ok && t.token() != JsonToken::Error && t.next() == JsonToken::End)
        return true;
    m_error = t.errorMessage();
    m_depthLimit = t.errorIsDepthLimit();
    m_errorOffset = t.errorOffset();
    return false;
}

Diagnostic JsonLocator::syntaxError(const QString& fileName) const
{
    const JsonLocation at = m_lines.locate(m_errorOffset);
    return Diagnostic { Diagnostic::Severity::Error, fileName, at.line, at.column, m_error, m_depthLimit ? Diagnostic::Kind::Limit : Diagnostic::Kind::Syntax };
}

qint64 JsonLocator::elementOffset(const QString& key, qsizetype index) const
{
    const auto it = m_arrays.constFind(key);
    if (it == m_arrays.cend() || index < 0 || size_t(index) >= it->size())
        return -1;
    return (*it)[size_t(index)];
}

qsizetype JsonLocator::elementCount(const QString& key) const
{
    const auto it = m_arrays.constFind(key);
    return it == m_arrays.cend() ? 0 : qsizetype(it->size());
}

JsonLocation JsonLocator::element(const QString& key, qsizetype index) const
{
    const qint64 offset = elementOffset(key, index);
    return offset < 0 ? JsonLocation { 1, 1 } : m_lines.locate(offset);
}

QList<std::pair<QString, JsonLocation>> JsonLocator::members(const QString& key, qsizetype index) const
{
    QList<std::pair<QString, JsonLocation>> out;
    const qint64 start = elementOffset(key, index);
    if (start < 0)
        return out;
    // A tokenizer over the rest of the document reads just this element; scan() has already
    // checked it, and it stops at the element's end, before the text that follows.
    JsonTokenizer t(m_data.sliced(start));
    if (t.next() != JsonToken::ObjectBegin)
        return out;
    for (JsonToken token = t.next(); token == JsonToken::Key; token = t.next()) {
        QString name = t.string();
        const JsonToken value = t.next();
        const qint64 at = start + t.offset() + (value == JsonToken::String ? 1 : 0);
        out.append({ std::move(name), m_lines.locate(at) });
        if (!t.skipValue())
            break;
    }
    return out;
}

JsonLocation JsonLocator::value(const QString& key, qsizetype index, const QStringList& path) const
{
    const qint64 start = elementOffset(key, index);
    if (start < 0)
        return JsonLocation { 1, 1 };
    JsonTokenizer t(m_data.sliced(start));
    JsonToken token = t.next();
    qint64 found = 0;
    for (const QString& name : path) {
        if (token != JsonToken::ObjectBegin)
            break;
        const QByteArray wanted = name.toUtf8();
        bool hit = false;
        for (token = t.next(); token == JsonToken::Key; token = t.next()) {
            const bool match = t.stringBytes() == QByteArrayView(wanted);
            token = t.next();
            if (match) {
                found = t.offset() + (token == JsonToken::String ? 1 : 0);
                hit = true;
                break;
            }
            if (!t.skipValue())
                break;
        }
        if (!hit)
            break;
    }
    return m_lines.locate(start + found);
}

} // namespace chrono
