// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <cstring>
#include <vector>

namespace chrono {

/// Deepest nesting of arrays and objects a JSON document may have. The native format needs
/// 5 levels; the limit only keeps hostile input from costing stack or time.
constexpr int MAX_JSON_DEPTH = 64;

enum class JsonToken : quint8 {
    ObjectBegin,
    ObjectEnd,
    ArrayBegin,
    ArrayEnd,
    Key, ///< an object member name; the colon after it is already consumed
    String,
    Number,
    True,
    False,
    Null,
    End, ///< the document ended cleanly
    Error, ///< see errorMessage() / errorOffset(); every later call returns Error too
};

/**
 * @brief A pull tokenizer over a complete UTF-8 JSON document (RFC 8259).
 *
 * It validates as it goes: grammar, bracket balance, nesting depth (MAX_JSON_DEPTH), UTF-8
 * well-formedness inside strings, control characters and NUL bytes, number syntax and
 * overflow, and text after the document. A leading UTF-8 byte order mark is skipped; UTF-16
 * input is refused. It never allocates per token on the fast path (strings without escapes
 * are views into the input) and does not track lines while scanning: positions are byte
 * offsets, turned into 1-based line:column by JsonLineIndex only when a message needs one.
 *
 * @pre The input outlives the tokenizer.
 */
class JsonTokenizer {
public:
    explicit JsonTokenizer(QByteArrayView input);

    /// Advances to the next token.
    JsonToken next();
    JsonToken token() const { return m_token; }
    /// Byte offset of the current token's first byte (of the opening quote for strings).
    qint64 offset() const { return m_tokenStart; }
    /// Nesting depth after the current token (1 inside the top-level object).
    int depth() const { return m_depth; }

    /// For Key and String: the decoded UTF-8 bytes; valid until the next call to next().
    QByteArrayView stringBytes() const { return m_string; }
    /// For Key and String: the decoded text.
    QString string() const { return QString::fromUtf8(m_string); }
    /// Compares the current Key or String with a literal; the length is known at compile time.
    template<size_t N>
    bool stringIs(const char (&literal)[N]) const
    {
        return m_string.size() == qsizetype(N - 1) && std::memcmp(m_string.data(), literal, N - 1) == 0;
    }
    /// For Number: the value (finite; overflow is an error, underflow gives 0).
    double number() const { return m_number; }

    /// When the current token opens an object or array, consumes everything up to and
    /// including its end; for a scalar, does nothing. Returns false on a syntax error.
    bool skipValue();

    QString errorMessage() const { return m_error; }
    /// True when the error is the nesting limit (MAX_JSON_DEPTH), not a syntax error.
    bool errorIsDepthLimit() const { return m_depthLimit; }
    qint64 errorOffset() const { return m_errorOffset; }
    /// Bytes consumed so far (for progress).
    qint64 position() const { return m_pos; }
    qint64 size() const { return m_size; }

private:
    enum class Expect : quint8 { Value, ValueOrArrayEnd, Key, KeyOrObjectEnd, CommaOrEnd, Done };

    JsonToken fail(qint64 at, const QString& message);
    JsonToken unexpected(qint64 at, const QString& expected);
    JsonToken value();
    JsonToken scanString(bool key);
    bool scanEscapes(qint64 start);
    JsonToken scanNumber();
    JsonToken scanLiteral(const char* word, JsonToken token);
    JsonToken push(char kind, JsonToken token);
    JsonToken pop(char kind, JsonToken token);
    void afterValue() { m_expect = m_depth == 0 ? Expect::Done : Expect::CommaOrEnd; }
    void skipWhitespace();

    const char* m_data = nullptr;
    qint64 m_size = 0;
    qint64 m_pos = 0;
    qint64 m_tokenStart = 0;
    JsonToken m_token = JsonToken::Null;
    Expect m_expect = Expect::Value;
    int m_depth = 0;
    char m_stack[MAX_JSON_DEPTH] = {}; ///< '{' or '[' per open container
    QByteArrayView m_string;
    QByteArray m_scratch; ///< decoded strings that held escapes
    double m_number = 0;
    QString m_error;
    bool m_depthLimit = false;
    qint64 m_errorOffset = 0;
};

/// A 1-based place in a text file. Columns count characters (code points), not bytes.
struct JsonLocation {
    int line = 0;
    int column = 0;
};

/**
 * @brief Maps byte offsets of a UTF-8 document to 1-based line:column.
 *
 * The line table is built on the first query (one memchr pass). Column counting starts from
 * the previous answer when it lies on the same line before the asked offset, so locating
 * many offsets in ascending order costs one pass over the text even for a one-line file.
 */
class JsonLineIndex {
public:
    explicit JsonLineIndex(QByteArrayView input);
    JsonLocation locate(qint64 offset) const;

private:
    QByteArrayView m_input;
    mutable std::vector<qint64> m_lineStarts;
    mutable qint64 m_lastOffset = -1;
    mutable JsonLocation m_last;
};

} // namespace chrono
