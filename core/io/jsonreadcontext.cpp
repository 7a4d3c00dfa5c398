// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsonreadcontext.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <cmath>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::JsonReader", text);
}

/// Progress is reported at most once per this many bytes parsed.
constexpr qint64 PROGRESS_STEP_BYTES = 1 << 20;
/// Distinct values remembered by readSharedString; past this, values are simply copied.
constexpr int MAX_SHARED_STRINGS = 4096;

} // namespace

JsonReadContext::JsonReadContext(QByteArrayView bytes, const QString& fileName, const ImportOptions& options,
    qint64 progressBase, qint64 progressTotal)
    : m_tok(bytes)
    , m_lines(bytes)
    , m_fileName(fileName)
    , m_options(options)
    , m_progressBase(progressBase)
    , m_progressTotal(progressTotal)
{
}

void JsonReadContext::add(qint64 offset, Diagnostic::Severity severity, const QString& message, Diagnostic::Kind kind)
{
    const bool isError = severity == Diagnostic::Severity::Error;
    const bool firstError = isError && !m_hasErrors;
    m_hasErrors = m_hasErrors || isError;
    const int cap = std::max(1, m_options.maxDiagnostics);
    if (int(m_pending.size()) >= cap) {
        // A hostile file must not fill memory with messages. Errors already make the file
        // unusable, so reading stops; warnings are counted and loading goes on. The first
        // error is kept even past the cap: after a flood of warnings it is the one message
        // that says why nothing loaded, and where.
        if (isError)
            m_stopped = true;
        if (!firstError) {
            (isError ? m_suppressedErrors : m_suppressedWarnings)++;
            return;
        }
    }
    m_pending.push_back({ offset, severity, message, kind });
}

void JsonReadContext::error(qint64 offset, const QString& message, Diagnostic::Kind kind)
{
    add(offset, Diagnostic::Severity::Error, message, kind);
}

void JsonReadContext::warning(qint64 offset, const QString& message, Diagnostic::Kind kind)
{
    add(offset, Diagnostic::Severity::Warning, message, kind);
}

JsonToken JsonReadContext::next()
{
    const JsonToken t = m_tok.next();
    if (t == JsonToken::Error && !m_stopped) {
        error(m_tok.errorOffset(), m_tok.errorMessage(), m_tok.errorIsDepthLimit() ? Diagnostic::Kind::Limit : Diagnostic::Kind::Syntax);
        m_stopped = true;
    }
    return t;
}

bool JsonReadContext::nextMember()
{
    return !m_stopped && next() == JsonToken::Key;
}

bool JsonReadContext::nextElement()
{
    if (m_stopped)
        return false;
    const JsonToken t = next();
    return t != JsonToken::ArrayEnd && t != JsonToken::Error;
}

bool JsonReadContext::checkProgress()
{
    if (!m_options.progress || m_tok.position() < m_nextProgress)
        return !m_stopped;
    m_nextProgress = m_tok.position() + PROGRESS_STEP_BYTES;
    if (!m_options.progress(m_progressBase + m_tok.position(), m_progressTotal)) {
        error(m_tok.position(), tr("cancelled"), Diagnostic::Kind::Cancelled);
        m_stopped = true;
    }
    return !m_stopped;
}

QString JsonReadContext::typeName(JsonToken token) const
{
    switch (token) {
    case JsonToken::ObjectBegin:
        return tr("an object");
    case JsonToken::ArrayBegin:
        return tr("an array");
    case JsonToken::String:
        return tr("a string");
    case JsonToken::Number:
        return tr("a number");
    case JsonToken::True:
    case JsonToken::False:
        return tr("a boolean");
    case JsonToken::Null:
        return tr("null");
    default:
        return tr("nothing");
    }
}

QString JsonReadContext::label(const char* what, const char* suffix)
{
    QString text = tr(what);
    if (suffix)
        text += QLatin1String(suffix);
    return text;
}

bool JsonReadContext::wrongType(const QString& what, const QString& expected)
{
    error(m_tok.offset(), tr("%1 must be %2, not %3").arg(what, expected, typeName(m_tok.token())));
    m_tok.skipValue();
    return false;
}

bool JsonReadContext::expectObject(const char* what)
{
    if (m_tok.token() == JsonToken::ObjectBegin)
        return true;
    return wrongType(label(what), tr("an object"));
}

bool JsonReadContext::expectArray(const char* what)
{
    if (m_tok.token() == JsonToken::ArrayBegin)
        return true;
    return wrongType(label(what), tr("an array"));
}

void JsonReadContext::skipUnknownKey(const char* context)
{
    const qint64 at = m_tok.offset();
    const QString key = m_tok.string();
    // One warning per key and place: a million events with one stray key give one message.
    const QByteArray id = QByteArray(context) + '\x1f' + m_tok.stringBytes().toByteArray();
    if (!m_unknownKeys.contains(id)) {
        m_unknownKeys.insert(id);
        warning(at, tr("unknown key \"%1\" in %2 ignored").arg(key, tr(context)), Diagnostic::Kind::DroppedValue);
    }
    if (next() != JsonToken::Error)
        m_tok.skipValue();
}

void JsonReadContext::assignString(QString& out)
{
    // A reader that reuses its strings (NativeJsonParser's scratch event) then decodes a
    // million titles without allocating; ASCII text is widened in the same pass that checks it.
    const QByteArrayView bytes = m_tok.stringBytes();
    if (bytes.isEmpty()) {
        if (!out.isEmpty()) // resize() of a null QString reallocates every time
            out.resize(0);
        return;
    }
    out.resize(bytes.size()); // UTF-16 never needs more units than UTF-8 has bytes
    char16_t* o = reinterpret_cast<char16_t*>(out.data());
    const auto* in = reinterpret_cast<const uchar*>(bytes.data());
    uchar high = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        high |= in[i];
        o[i] = in[i];
    }
    if (high & 0x80) {
        QChar* end = m_decoder.appendToBuffer(out.data(), bytes);
        out.resize(end - out.constData());
    }
}

bool JsonReadContext::readString(QString& out, const char* what, const char* suffix)
{
    if (next() != JsonToken::String)
        return m_stopped ? false : wrongType(label(what, suffix), tr("a string"));
    assignString(out);
    return true;
}

const QString& JsonReadContext::shared(quint8 kind, bool* firstOfKind)
{
    const QByteArrayView bytes = m_tok.stringBytes();
    // fromRawData: the lookup itself must not allocate.
    auto it = m_shared.find(QByteArray::fromRawData(bytes.data(), bytes.size()));
    if (it == m_shared.end()) {
        if (m_shared.size() >= MAX_SHARED_STRINGS) {
            m_overflow = m_tok.string();
            if (firstOfKind)
                *firstOfKind = true;
            return m_overflow;
        }
        it = m_shared.insert(bytes.toByteArray(), Shared { m_tok.string(), 0 });
    }
    if (firstOfKind)
        *firstOfKind = !(it->kinds & kind);
    it->kinds |= kind;
    return it->text;
}

bool JsonReadContext::readSharedString(QString& out, const char* what, quint8 kind, bool* firstOfKind)
{
    if (next() != JsonToken::String)
        return m_stopped ? false : wrongType(label(what), tr("a string"));
    out = shared(kind, firstOfKind);
    return true;
}

bool JsonReadContext::readSharedStringList(QStringList& out, const char* what, quint8 kind, QStringList* firstOfKind)
{
    out.clear();
    if (next() != JsonToken::ArrayBegin)
        return m_stopped ? false : wrongType(label(what), tr("an array of strings"));
    m_lastListOffset = m_tok.offset();
    while (!m_stopped) {
        const JsonToken t = next();
        if (t == JsonToken::ArrayEnd)
            return true;
        if (t != JsonToken::String) {
            if (!m_stopped)
                wrongType(tr("each entry of %1").arg(label(what)), tr("a string"));
            continue;
        }
        bool first = false;
        out.append(shared(kind, &first));
        if (first && firstOfKind)
            firstOfKind->append(out.constLast());
    }
    return false;
}

bool JsonReadContext::readDate(Date& out, const char* what, qint64* at)
{
    if (next() != JsonToken::String)
        return m_stopped ? false : wrongType(label(what), tr("a date string (YYYY, YYYY-MM or YYYY-MM-DD)"));
    if (at)
        *at = m_tok.offset();
    // Most dates are plain calendar dates: read them without making a QString.
    if (parsePlainDate(m_tok.stringBytes(), out))
        return true;
    const QString text = m_tok.string();
    const DateParseResult r = parseIsoDate(text);
    if (!r.ok()) {
        error(m_tok.offset(), tr("%1: %2 in \"%3\"").arg(label(what), r.error, text), Diagnostic::Kind::BadDate);
        return false;
    }
    out = r.date;
    return true;
}

bool JsonReadContext::readLocalized(LocalizedText& out, const char* what)
{
    const JsonToken t = next();
    if (t == JsonToken::String) {
        assignString(out.en);
        if (!out.zh.isEmpty())
            out.zh.resize(0);
        return true;
    }
    if (t != JsonToken::ObjectBegin)
        return m_stopped ? false : wrongType(label(what), tr("a string or an object {\"en\", \"zh\"}"));
    // Emptied, not replaced: the strings keep their capacity for a reader that reuses them.
    if (!out.en.isEmpty())
        out.en.resize(0);
    if (!out.zh.isEmpty())
        out.zh.resize(0);
    bool ok = true;
    while (nextMember()) {
        if (m_tok.stringIs("en"))
            ok = readString(out.en, what, ".en") && ok;
        else if (m_tok.stringIs("zh"))
            ok = readString(out.zh, what, ".zh") && ok;
        else
            skipUnknownKey(QT_TRANSLATE_NOOP("chrono::JsonReader", "localized text"));
    }
    return ok && !m_stopped;
}

bool JsonReadContext::readNumber(double& out, const char* what, bool allowNull)
{
    const JsonToken t = next();
    if (t == JsonToken::Number) {
        out = m_tok.number();
        return true;
    }
    if (t == JsonToken::Null && allowNull) {
        out = std::nan("");
        return true;
    }
    return m_stopped ? false : wrongType(label(what), tr("a number"));
}

bool JsonReadContext::readInteger(int& out, const char* what)
{
    double v = 0;
    if (!readNumber(v, what))
        return false;
    if (v != std::floor(v) || v < -2147483648.0 || v > 2147483647.0) {
        error(m_tok.offset(), tr("%1 must be a whole number, not %2").arg(label(what)).arg(v));
        return false;
    }
    out = int(v);
    return true;
}

bool JsonReadContext::readColor(QString& out)
{
    QString text;
    if (!readString(text, QT_TRANSLATE_NOOP("chrono::JsonReader", "color")))
        return false;
    static const auto isHex = [](QChar c) { return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'); };
    if (text.size() != 7 || text[0] != u'#' || !std::all_of(text.cbegin() + 1, text.cend(), isHex)) {
        warning(m_tok.offset(), tr("colour \"%1\" is not of the form #rrggbb; a palette colour is used").arg(text));
        out.clear();
        return true;
    }
    out = text.toLower();
    return true;
}

QList<Diagnostic> JsonReadContext::takeDiagnostics()
{
    std::stable_sort(m_pending.begin(), m_pending.end(), [](const Pending& a, const Pending& b) { return a.offset < b.offset; });
    QList<Diagnostic> out;
    out.reserve(qsizetype(m_pending.size()) + 1);
    for (const Pending& p : m_pending) {
        const JsonLocation where = m_lines.locate(p.offset);
        out.append(Diagnostic { p.severity, m_fileName, where.line, where.column, p.message, p.kind });
    }
    m_pending.clear();
    if (m_suppressedErrors + m_suppressedWarnings > 0) {
        const int more = m_suppressedErrors + m_suppressedWarnings;
        // A note, not an error of its own: a located error is always in the list when reading
        // stopped, and this count has no place in the file.
        out.append(Diagnostic { Diagnostic::Severity::Warning, m_fileName, 0, 0,
            m_suppressedErrors > 0
                ? QCoreApplication::translate("chrono::JsonReader", "too many problems; reading stopped (%n more not shown)", nullptr, more)
                : QCoreApplication::translate("chrono::JsonReader", "%n more warning(s) not shown", nullptr, more),
            Diagnostic::Kind::MoreNotShown });
    }
    return out;
}

} // namespace chrono
