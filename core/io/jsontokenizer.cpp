// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsontokenizer.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QtEndian>
#include <QtCore/qalgorithms.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::JsonReader", text);
}

constexpr quint64 ONES = 0x0101010101010101ULL;
constexpr quint64 HIGHS = 0x8080808080808080ULL;

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray& out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

/// Length of the well-formed UTF-8 sequence at p (lead byte >= 0x80), or 0 when it is not one
/// (overlong forms, surrogates and code points above U+10FFFF are not well-formed).
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char b0 = p[0];
    auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (b0 == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (b0 == 0xED && p[1] >= 0xA0)
            return 0; // UTF-16 surrogate
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (b0 == 0xF0 && p[1] < 0x90)
            return 0; // overlong
        if (b0 == 0xF4 && p[1] >= 0x90)
            return 0; // above U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace

JsonTokenizer::JsonTokenizer(QByteArrayView input)
    : m_data(input.data())
    , m_size(input.size())
{
    if (m_size >= 3 && std::memcmp(m_data, "\xEF\xBB\xBF", 3) == 0)
        m_pos = 3; // a UTF-8 byte order mark carries no meaning; editors on Windows add it
}

JsonToken JsonTokenizer::fail(qint64 at, const QString& message)
{
    m_error = message;
    m_errorOffset = std::clamp<qint64>(at, 0, m_size);
    m_tokenStart = m_errorOffset;
    m_expect = Expect::Done;
    m_token = JsonToken::Error;
    return m_token;
}

JsonToken JsonTokenizer::unexpected(qint64 at, const QString& expected)
{
    if (at >= m_size)
        return fail(at, tr("unexpected end of file: %1").arg(expected));
    const unsigned char c = static_cast<unsigned char>(m_data[at]);
    if (c == 0)
        return fail(at, tr("NUL byte in the file (is it binary or UTF-16?)"));
    if (c >= 0x21 && c < 0x7F)
        return fail(at, tr("unexpected '%1': %2").arg(QString(QLatin1Char(char(c))), expected));
    return fail(at, tr("unexpected byte 0x%1: %2").arg(int(c), 2, 16, QLatin1Char('0')).arg(expected));
}

void JsonTokenizer::skipWhitespace()
{
    while (m_pos < m_size) {
        const char c = m_data[m_pos];
        if (c == ' ' && m_size - m_pos >= 8) {
            // Indentation: a run of spaces, eight at a time. The first byte that is not a
            // space is the lowest non-zero byte of the word XOR eight spaces.
            const quint64 other = qFromLittleEndian<quint64>(m_data + m_pos) ^ (ONES * ' ');
            m_pos += other ? qCountTrailingZeroBits(other) / 8 : 8;
            continue;
        }
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

JsonToken JsonTokenizer::next()
{
    if (m_token == JsonToken::Error)
        return m_token;
    if (m_pos == 0 && m_size >= 2
        && ((uchar(m_data[0]) == 0xFF && uchar(m_data[1]) == 0xFE) || (uchar(m_data[0]) == 0xFE && uchar(m_data[1]) == 0xFF)))
        return fail(0, tr("the file is UTF-16 encoded; save it as UTF-8"));
    for (;;) {
        skipWhitespace();
        m_tokenStart = m_pos;
        if (m_pos >= m_size) {
            if (m_expect == Expect::Done) {
                m_token = JsonToken::End;
                return m_token;
            }
            if (m_depth == 0 && m_expect == Expect::Value)
                return fail(m_pos, tr("the file is empty"));
            return fail(m_pos, tr("unexpected end of file: %1 is not closed").arg(m_stack[m_depth - 1] == '{' ? tr("an object") : tr("an array")));
        }
        const char c = m_data[m_pos];
        switch (m_expect) {
        case Expect::Done:
            return unexpected(m_pos, tr("expected the end of the document"));
        case Expect::CommaOrEnd: {
            const char top = m_stack[m_depth - 1];
            if (c == ',') {
                ++m_pos;
                m_expect = top == '{' ? Expect::Key : Expect::Value;
                continue;
            }
            if (c == '}' && top == '{')
                return pop('{', JsonToken::ObjectEnd);
            if (c == ']' && top == '[')
                return pop('[', JsonToken::ArrayEnd);
            return unexpected(m_pos, top == '{' ? tr("expected ',' or '}'") : tr("expected ',' or ']'"));
        }
        case Expect::KeyOrObjectEnd:
            if (c == '}')
                return pop('{', JsonToken::ObjectEnd);
            Q_FALLTHROUGH();
        case Expect::Key:
            if (c != '"')
                return unexpected(m_pos, tr("expected a key in double quotes"));
            return scanString(true);
        case Expect::ValueOrArrayEnd:
            if (c == ']')
                return pop('[', JsonToken::ArrayEnd);
            Q_FALLTHROUGH();
        case Expect::Value:
            return value();
        }
    }
}

JsonToken JsonTokenizer::push(char kind, JsonToken token)
{
    if (m_depth >= MAX_JSON_DEPTH) {
        m_depthLimit = true;
        return fail(m_pos, tr("nesting deeper than %1 levels").arg(MAX_JSON_DEPTH));
    }
    m_stack[m_depth++] = kind;
    ++m_pos;
    m_expect = kind == '{' ? Expect::KeyOrObjectEnd : Expect::ValueOrArrayEnd;
    m_token = token;
    return m_token;
}

JsonToken JsonTokenizer::pop(char, JsonToken token)
{
    --m_depth;
    ++m_pos;
    afterValue();
    m_token = token;
    return m_token;
}

JsonToken JsonTokenizer::value()
{
    switch (m_data[m_pos]) {
    case '{':
        return push('{', JsonToken::ObjectBegin);
    case '[':
        return push('[', JsonToken::ArrayBegin);
    case '"':
        return scanString(false);
    case 't':
        return scanLiteral("true", JsonToken::True);
    case 'f':
        return scanLiteral("false", JsonToken::False);
    case 'n':
        return scanLiteral("null", JsonToken::Null);
    default:
        if (m_data[m_pos] == '-' || isDigit(m_data[m_pos]))
            return scanNumber();
        return unexpected(m_pos, tr("expected a value"));
    }
}

JsonToken JsonTokenizer::scanLiteral(const char* word, JsonToken token)
{
    const qint64 n = qint64(std::strlen(word));
    if (m_size - m_pos < n || std::memcmp(m_data + m_pos, word, size_t(n)) != 0)
        return unexpected(m_pos, tr("expected a value"));
    m_pos += n;
    afterValue();
    m_token = token;
    return m_token;
}

JsonToken JsonTokenizer::scanString(bool key)
{
    const qint64 start = ++m_pos; // after the opening quote
    const auto* p = reinterpret_cast<const unsigned char*>(m_data);
    // Fast path: printable ASCII and well-formed multi-byte sequences, no escapes.
    while (m_pos < m_size) {
        // Eight bytes at a time while none is a quote, a backslash, a control or non-ASCII byte.
        while (m_size - m_pos >= 8) {
            const quint64 w = qFromLittleEndian<quint64>(p + m_pos);
            const quint64 quote = w ^ (ONES * '"');
            const quint64 backslash = w ^ (ONES * '\\');
            const quint64 special = (((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | (w - ONES * 0x20) | w) & HIGHS;
            if (special) {
                // The lowest flagged byte is exact (borrows only reach the bytes above it):
                // go straight to it rather than byte by byte through the word.
                m_pos += qCountTrailingZeroBits(special) / 8;
                break;
            }
            m_pos += 8;
        }
        if (m_pos >= m_size)
            break;
        const unsigned char c = p[m_pos];
        if (c == '"') {
            m_string = QByteArrayView(m_data + start, m_pos - start);
            break;
        }
        if (c == '\\') {
            if (!scanEscapes(start))
                return m_token;
            break;
        }
        if (c < 0x20) {
            if (c == 0)
                return fail(m_pos, tr("NUL byte in a string (is the file binary or UTF-16?)"));
            return fail(m_pos, tr("control character 0x%1 in a string; write it as an escape such as \\n").arg(int(c), 2, 16, QLatin1Char('0')));
        }
        if (c < 0x80) {
            ++m_pos;
            continue;
        }
        const int len = utf8SequenceLength(p + m_pos, p + m_size);
        if (len == 0)
            return fail(m_pos, tr("invalid UTF-8 in a string; the file must be UTF-8 encoded"));
        m_pos += len;
    }
    if (m_pos >= m_size)
        return fail(start - 1, tr("unexpected end of file: a string is not closed"));
    ++m_pos; // closing quote
    if (key) {
        skipWhitespace();
        if (m_pos >= m_size || m_data[m_pos] != ':')
            return unexpected(m_pos, tr("expected ':' after the key"));
        ++m_pos;
        m_expect = Expect::Value;
        m_token = JsonToken::Key;
        return m_token;
    }
    afterValue();
    m_token = JsonToken::String;
    return m_token;
}

// Slow path for strings holding escapes: decodes into m_scratch. On return m_pos is at the
// closing quote (or the error is set).
bool JsonTokenizer::scanEscapes(qint64 start)
{
    const auto* p = reinterpret_cast<const unsigned char*>(m_data);
    m_scratch.clear();
    m_scratch.append(m_data + start, m_pos - start);
    auto readHex4 = [&](qint64 at, char32_t& out) {
        if (m_size - at < 4)
            return false;
        out = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_data[at + i]);
            if (h < 0)
                return false;
            out = out * 16 + char32_t(h);
        }
        return true;
    };
    while (m_pos < m_size) {
        const unsigned char c = p[m_pos];
        if (c == '"') {
            m_string = QByteArrayView(m_scratch);
            return true;
        }
        if (c == '\\') {
            if (m_pos + 1 >= m_size)
                break;
            const char e = m_data[m_pos + 1];
            static const char ESCAPES[] = "\"\\/bfnrt";
            static const char DECODED[] = "\"\\/\b\f\n\r\t";
            const char* simple = e != 0 ? std::strchr(ESCAPES, e) : nullptr;
            if (simple) {
                m_scratch.append(DECODED[simple - ESCAPES]);
                m_pos += 2;
                continue;
            }
            if (e != 'u') {
                fail(m_pos, tr("invalid escape sequence in a string"));
                return false;
            }
            char32_t cp = 0;
            if (!readHex4(m_pos + 2, cp)) {
                fail(m_pos, tr("\\u must be followed by four hexadecimal digits"));
                return false;
            }
            qint64 consumed = 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (m_pos + 7 < m_size && m_data[m_pos + 6] == '\\' && m_data[m_pos + 7] == 'u' && readHex4(m_pos + 8, low)
                    && low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    consumed = 12;
                } else {
                    fail(m_pos, tr("unpaired UTF-16 surrogate in a \\u escape"));
                    return false;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                fail(m_pos, tr("unpaired UTF-16 surrogate in a \\u escape"));
                return false;
            } else if (cp == 0) {
                fail(m_pos, tr("NUL character (\\u0000) in a string"));
                return false;
            }
            appendUtf8(m_scratch, cp);
            m_pos += consumed;
            continue;
        }
        if (c < 0x20) {
            fail(m_pos, c == 0 ? tr("NUL byte in a string (is the file binary or UTF-16?)")
                               : tr("control character 0x%1 in a string; write it as an escape such as \\n").arg(int(c), 2, 16, QLatin1Char('0')));
            return false;
        }
        int len = 1;
        if (c >= 0x80) {
            len = utf8SequenceLength(p + m_pos, p + m_size);
            if (len == 0) {
                fail(m_pos, tr("invalid UTF-8 in a string; the file must be UTF-8 encoded"));
                return false;
            }
        }
        m_scratch.append(m_data + m_pos, len);
        m_pos += len;
    }
    fail(start - 1, tr("unexpected end of file: a string is not closed"));
    return false;
}

JsonToken JsonTokenizer::scanNumber()
{
    const qint64 start = m_pos;
    qint64 i = m_pos;
    if (m_data[i] == '-')
        ++i;
    if (i >= m_size || !isDigit(m_data[i]))
        return fail(start, tr("invalid number: expected a digit"));
    // Decimal exponent of the leading significant digit: tells overflow from underflow when
    // std::from_chars reports the value out of range.
    qint64 magnitude = 0;
    bool seenSignificant = false;
    if (m_data[i] == '0') {
        ++i;
        if (i < m_size && isDigit(m_data[i]))
            return fail(start, tr("invalid number: leading zeros are not allowed"));
    } else {
        seenSignificant = true;
        while (i < m_size && isDigit(m_data[i])) {
            ++magnitude;
            ++i;
        }
    }
    if (i < m_size && m_data[i] == '.') {
        ++i;
        if (i >= m_size || !isDigit(m_data[i]))
            return fail(i, tr("invalid number: expected a digit after the decimal point"));
        while (i < m_size && isDigit(m_data[i])) {
            if (!seenSignificant) {
                if (m_data[i] != '0')
                    seenSignificant = true;
                else
                    --magnitude;
            }
            ++i;
        }
    }
    if (i < m_size && (m_data[i] == 'e' || m_data[i] == 'E')) {
        ++i;
        bool negative = false;
        if (i < m_size && (m_data[i] == '+' || m_data[i] == '-'))
            negative = m_data[i++] == '-';
        if (i >= m_size || !isDigit(m_data[i]))
            return fail(i, tr("invalid number: expected digits in the exponent"));
        qint64 exponent = 0;
        while (i < m_size && isDigit(m_data[i])) {
            exponent = std::min<qint64>(exponent * 10 + (m_data[i] - '0'), 1000000000);
            ++i;
        }
        magnitude += negative ? -exponent : exponent;
    }
    double v = 0;
    const auto [ptr, ec] = std::from_chars(m_data + start, m_data + i, v);
    if (ec == std::errc::result_out_of_range) {
        if (seenSignificant && magnitude > 0)
            return fail(start, tr("number too large: it does not fit a double"));
        v = 0; // underflow: the nearest double is zero
    } else if (ec != std::errc() || ptr != m_data + i || !std::isfinite(v)) {
        return fail(start, tr("invalid number"));
    }
    m_number = v;
    m_pos = i;
    afterValue();
    m_token = JsonToken::Number;
    return m_token;
}

bool JsonTokenizer::skipValue()
{
    if (m_token == JsonToken::Error)
        return false;
    if (m_token != JsonToken::ObjectBegin && m_token != JsonToken::ArrayBegin)
        return true;
    const int target = m_depth - 1;
    while (m_depth > target) {
        if (next() == JsonToken::Error)
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

JsonLineIndex::JsonLineIndex(QByteArrayView input)
    : m_input(input)
{
}

JsonLocation JsonLineIndex::locate(qint64 offset) const
{
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        const char* data = m_input.data();
        const char* end = data + m_input.size();
        for (const char* p = data; p < end;) {
            const void* nl = std::memchr(p, '\n', size_t(end - p));
            if (!nl)
                break;
            p = static_cast<const char*>(nl) + 1;
            m_lineStarts.push_back(p - data);
        }
    }
    offset = std::clamp<qint64>(offset, 0, m_input.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const int line = int(it - m_lineStarts.begin());
    qint64 from = *(it - 1);
    int column = 1;
    if (m_last.line == line && m_lastOffset >= from && m_lastOffset <= offset) {
        from = m_lastOffset;
        column = m_last.column;
    } else if (line == 1 && from == 0 && m_input.size() >= 3 && std::memcmp(m_input.data(), "\xEF\xBB\xBF", 3) == 0 && offset >= 3) {
        from = 3; // the byte order mark is not a character anyone sees
    }
    for (qint64 i = from; i < offset; ++i) {
        if ((uchar(m_input[i]) & 0xC0) != 0x80)
            ++column;
    }
    m_lastOffset = offset;
    m_last = { line, column };
    return m_last;
}

} // namespace chrono
