// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <vector>

namespace chrono {

/// Longest field accepted, in bytes (UTF-8). A longer one is an error, never a huge allocation.
constexpr qsizetype CSV_MAX_FIELD_BYTES = 1024 * 1024;
/// Longest record (one row, possibly spanning lines inside quotes), in bytes.
constexpr qsizetype CSV_MAX_RECORD_BYTES = 4 * 1024 * 1024;
/// Most fields accepted in one record.
constexpr int CSV_MAX_FIELDS = 4096;

/// One field of a record: its UTF-8 bytes (quotes removed, doubled quotes undone) and where it starts.
struct CsvField {
    QByteArrayView bytes; ///< valid until the next CsvTokenizer::next()
    int line = 0; ///< 1-based line of the field's first character
    int column = 0; ///< 1-based column (in Unicode code points) of the field's first character
    bool quoted = false;

    QString toString() const { return QString::fromUtf8(bytes); }
    bool isEmpty() const { return bytes.isEmpty(); }
};

/**
 * @brief RFC 4180 reader over an in-memory UTF-8 buffer.
 *
 * Accepts quoted fields with embedded line breaks and doubled quotes, CRLF, LF, lone CR or a
 * mix of them, a missing final newline and an optional UTF-8 byte order mark. The delimiter
 * is `,`, `;` or TAB, sniffed from the first records unless given. The whole buffer is
 * checked up front: invalid UTF-8 and NUL bytes are errors with line:column. Fields are views
 * into the buffer (or into a per-record scratch buffer when unquoting changed them), so a
 * record costs no allocation in the common case.
 *
 * Errors stop the reader: next() returns false and error() says why. Lenient cases (text
 * after a closing quote) are kept literally and reported in warnings().
 */
class CsvTokenizer {
public:
    /// @p data must outlive the tokenizer. @p fileName is only used in diagnostics.
    CsvTokenizer(const QByteArray& data, const QString& fileName, char delimiter = 0);

    /// The delimiter in use (sniffed when none was given).
    char delimiter() const { return m_delimiter; }
    /// Reads the next record. Returns false at the end of the data or on an error.
    bool next();
    /// Fields of the current record.
    const std::vector<CsvField>& fields() const { return m_fields; }
    /// 1-based line where the current record starts.
    int recordLine() const { return m_recordLine; }
    /// True when the reader stopped on an error.
    bool hasError() const { return m_error.line != 0 || !m_error.message.isEmpty(); }
    const Diagnostic& error() const { return m_error; }
    const QList<Diagnostic>& warnings() const { return m_warnings; }
    /// True when the data has no byte above 0x7F (known after the first next()): every field
    /// is then ASCII, and decoding it is a plain widening.
    bool isAscii() const { return m_ascii; }
    /// Bytes consumed so far (for progress).
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }

    /// Picks `,`, `;` or TAB from the first records of @p data (quote-aware): the candidate that
    /// appears the same, non-zero number of times on most lines wins; `,` when undecided.
    static char sniffDelimiter(QByteArrayView data);

private:
    bool validate();
    bool fail(int line, int column, const QString& message, Diagnostic::Kind kind = Diagnostic::Kind::Syntax);
    int columnAt(qsizetype offset, qsizetype lineStart) const;

    const QByteArray& m_data;
    QString m_fileName;
    char m_delimiter = ',';
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0; ///< byte offset of the current line's first byte
    int m_recordLine = 0;
    bool m_validated = false;
    bool m_ascii = false; ///< no multi-byte characters: a column is a byte offset
    std::vector<CsvField> m_fields;
    QByteArray m_scratch; ///< unquoted copies of fields that needed it
    std::vector<qsizetype> m_scratchAt; ///< per field: offset in m_scratch, or -1 for a view into the data
    Diagnostic m_error;
    QList<Diagnostic> m_warnings;
};

/// Length of a UTF-8 byte order mark at the start of @p data (0 or 3).
inline qsizetype utf8BomLength(QByteArrayView data)
{
    return data.size() >= 3 && uchar(data[0]) == 0xEF && uchar(data[1]) == 0xBB && uchar(data[2]) == 0xBF ? 3 : 0;
}

/**
 * @brief Checks that @p data is valid UTF-8 without NUL bytes.
 * @return true when valid; otherwise false with @p line and @p column (1-based, column in code
 * points) of the first bad byte and @p message saying what is wrong. @p isAscii, when given,
 * is set to whether every byte is below 0x80 (columns are then byte offsets).
 */
bool validateUtf8(QByteArrayView data, int& line, int& column, QString& message, bool* isAscii = nullptr);

} // namespace chrono
