// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvtokenizer.h"

#include <array>
#include <cstring>

namespace chrono {

namespace {

/// Line and column (1-based, column in code points) of byte @p offset; line breaks are LF,
/// CRLF or a lone CR, as the tokenizer counts them.
void lineColumnOf(QByteArrayView data, qsizetype offset, int& line, int& column)
{
    line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    column = 1;
    for (qsizetype i = lineStart; i < offset && i < data.size(); ++i) {
        if ((uchar(data[i]) & 0xC0) != 0x80)
            ++column;
    }
}

inline bool hasZeroByte(quint64 w)
{
    return ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL) != 0;
}

} // namespace

bool validateUtf8(QByteArrayView data, int& line, int& column, QString& message, bool* isAscii)
{
    bool ascii = true;
    const auto* p = reinterpret_cast<const uchar*>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    auto bad = [&](qsizetype at, const QString& why) {
        lineColumnOf(data, at, line, column);
        message = why;
        return false;
    };
    while (i < n) {
        // ASCII fast path: eight bytes at a time while no high bit and no NUL is seen.
        if (i + 8 <= n) {
            quint64 w;
            std::memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ULL) == 0 && !hasZeroByte(w)) {
                i += 8;
                continue;
            }
        }
        const uchar c = p[i];
        if (c == 0)
            return bad(i, QStringLiteral("NUL byte: this is not a text file (or it is UTF-16, which is not supported)"));
        if (c < 0x80) {
            ++i;
            continue;
        }
        ascii = false;
        int len = 0;
        quint32 cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return bad(i, QStringLiteral("invalid UTF-8 byte 0x%1").arg(c, 2, 16, QLatin1Char('0')));
        }
        if (i + len > n)
            return bad(i, QStringLiteral("truncated UTF-8 sequence"));
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return bad(i, QStringLiteral("invalid UTF-8 sequence"));
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return bad(i, QStringLiteral("invalid UTF-8 sequence (overlong, surrogate or out of range)"));
        i += len;
    }
    if (isAscii)
        *isAscii = ascii;
    return true;
}

char CsvTokenizer::sniffDelimiter(QByteArrayView data)
{
    static constexpr char CANDIDATES[] = { ',', ';', '\t' };
    constexpr int MAX_LINES = 20;
    constexpr qsizetype MAX_BYTES = 64 * 1024;
    std::vector<std::array<int, 3>> counts(1, std::array<int, 3> {});
    bool inQuotes = false;
    const qsizetype end = std::min(data.size(), MAX_BYTES);
    for (qsizetype i = utf8BomLength(data); i < end; ++i) {
        const char c = data[i];
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote toggles twice: still right
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < end && data[i + 1] == '\n')
                ++i;
            if (int(counts.size()) >= MAX_LINES)
                break;
            counts.push_back({});
        } else if (!inQuotes) {
            for (int k = 0; k < 3; ++k)
                counts.back()[size_t(k)] += c == CANDIDATES[k];
        }
    }
    // The last line may be cut by MAX_BYTES or be an empty trailing line: ignore it when there are others.
    if (counts.size() > 1)
        counts.pop_back();
    char best = ',';
    long bestScore = 0;
    for (int k = 0; k < 3; ++k) {
        const int header = counts.front()[size_t(k)];
        if (header == 0)
            continue;
        long consistent = 0;
        for (const auto& line : counts)
            consistent += line[size_t(k)] == header;
        const long score = consistent * 100000 + header;
        if (score > bestScore) {
            bestScore = score;
            best = CANDIDATES[k];
        }
    }
    return best;
}

CsvTokenizer::CsvTokenizer(const QByteArray& data, const QString& fileName, char delimiter)
    : m_data(data)
    , m_fileName(fileName)
    , m_delimiter(delimiter ? delimiter : sniffDelimiter(data))
{
    m_pos = utf8BomLength(data);
    m_lineStart = m_pos;
    m_fields.reserve(64);
}

bool CsvTokenizer::validate()
{
    m_validated = true;
    int line = 0, column = 0;
    QString message;
    if (!validateUtf8(QByteArrayView(m_data), line, column, message, &m_ascii))
        return fail(line, column, message);
    return true;
}

bool CsvTokenizer::fail(int line, int column, const QString& message, Diagnostic::Kind kind)
{
    m_error = Diagnostic { Diagnostic::Severity::Error, m_fileName, line, column, message, kind };
    m_pos = m_data.size();
    return false;
}

int CsvTokenizer::columnAt(qsizetype offset, qsizetype lineStart) const
{
    if (m_ascii)
        return int(offset - lineStart) + 1;
    int column = 1;
    const char* p = m_data.constData();
    for (qsizetype i = lineStart; i < offset; ++i)
        column += (uchar(p[i]) & 0xC0) != 0x80;
    return column;
}

bool CsvTokenizer::next()
{
    if (!m_validated && !validate())
        return false;
    if (hasError())
        return false;
    const char* p = m_data.constData();
    const qsizetype n = m_data.size();
    const char delim = m_delimiter;

    // Blank lines carry no record: skip them.
    while (m_pos < n && (p[m_pos] == '\n' || p[m_pos] == '\r')) {
        m_pos += (p[m_pos] == '\r' && m_pos + 1 < n && p[m_pos + 1] == '\n') ? 2 : 1;
        ++m_line;
        m_lineStart = m_pos;
    }
    if (m_pos >= n)
        return false;

    m_fields.clear();
    m_scratch.clear();
    m_recordLine = m_line;
    const qsizetype recordStart = m_pos;
    // Column of the last field start on this line, so columns are counted incrementally.
    qsizetype colCursor = m_lineStart;
    int colValue = 1;
    std::vector<qsizetype>& scratchAt = m_scratchAt;
    scratchAt.clear();

    for (;;) {
        if (int(m_fields.size()) >= CSV_MAX_FIELDS)
            return fail(m_line, columnAt(m_pos, m_lineStart), QStringLiteral("more than %1 fields in one record").arg(CSV_MAX_FIELDS), Diagnostic::Kind::Limit);
        if (colCursor < m_lineStart) { // a quoted line break moved us to a new line
            colCursor = m_lineStart;
            colValue = 1;
        }
        colValue += columnAt(m_pos, colCursor) - 1;
        colCursor = m_pos;
        CsvField field;
        field.line = m_line;
        field.column = colValue;
        qsizetype scratchOffset = -1;

        if (m_pos < n && p[m_pos] == '"') {
            field.quoted = true;
            const int openLine = m_line, openColumn = colValue;
            qsizetype seg = ++m_pos;
            bool copied = false;
            for (;;) {
                const void* hit = std::memchr(p + m_pos, '"', size_t(n - m_pos));
                const qsizetype q = hit ? static_cast<const char*>(hit) - p : n;
                bool hasCr = false;
                for (const char* c = static_cast<const char*>(std::memchr(p + m_pos, '\n', size_t(q - m_pos))); c;
                     c = static_cast<const char*>(std::memchr(c + 1, '\n', size_t(p + q - c - 1)))) {
                    ++m_line;
                    m_lineStart = c - p + 1;
                }
                if (std::memchr(p + m_pos, '\r', size_t(q - m_pos))) {
                    hasCr = true;
                    // Lone CRs are line breaks too; CRLF was counted at its LF.
                    for (qsizetype i = m_pos; i < q; ++i) {
                        if (p[i] == '\r' && (i + 1 >= n || p[i + 1] != '\n')) {
                            ++m_line;
                            m_lineStart = i + 1;
                        }
                    }
                }
                if (!hit)
                    return fail(openLine, openColumn, QStringLiteral("unterminated quoted field: the quote opened at line %1, column %2 is never closed").arg(openLine).arg(openColumn));
                if (q - recordStart > CSV_MAX_RECORD_BYTES || q - seg > CSV_MAX_FIELD_BYTES || m_scratch.size() > CSV_MAX_FIELD_BYTES)
                    return fail(openLine, openColumn, QStringLiteral("field longer than %1 bytes").arg(CSV_MAX_FIELD_BYTES), Diagnostic::Kind::Limit);
                const bool doubled = q + 1 < n && p[q + 1] == '"';
                if (doubled || hasCr || copied) {
                    if (!copied) {
                        scratchOffset = m_scratch.size();
                        copied = true;
                    }
                    // Copy the segment, turning CRLF and lone CR into LF inside quoted text.
                    for (qsizetype i = seg; i < q; ++i) {
                        if (p[i] == '\r') {
                            m_scratch.append('\n');
                            if (i + 1 < q && p[i + 1] == '\n')
                                ++i;
                        } else {
                            m_scratch.append(p[i]);
                        }
                    }
                    if (doubled)
                        m_scratch.append('"');
                }
                if (doubled) {
                    m_pos = q + 2;
                    seg = m_pos;
                    continue;
                }
                if (!copied)
                    field.bytes = QByteArrayView(p + seg, q - seg);
                m_pos = q + 1;
                break;
            }
            // Text after the closing quote: keep it literally, as most spreadsheets do, but say so.
            if (m_pos < n && p[m_pos] != delim && p[m_pos] != '\n' && p[m_pos] != '\r') {
                m_warnings.append(Diagnostic { Diagnostic::Severity::Warning, m_fileName, m_line, columnAt(m_pos, m_lineStart),
                    QStringLiteral("text after a closing quote is kept as part of the field"), Diagnostic::Kind::Adjusted });
                if (!copied) {
                    scratchOffset = m_scratch.size();
                    m_scratch.append(field.bytes.data(), field.bytes.size());
                    copied = true;
                }
                while (m_pos < n && p[m_pos] != delim && p[m_pos] != '\n' && p[m_pos] != '\r')
                    m_scratch.append(p[m_pos++]);
            }
            if (copied)
                field.bytes = QByteArrayView(); // fixed up below: m_scratch may still grow
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n) {
                const char c = p[m_pos];
                if (c == delim || c == '\n' || c == '\r')
                    break;
                ++m_pos;
            }
            if (m_pos - start > CSV_MAX_FIELD_BYTES)
                return fail(field.line, field.column, QStringLiteral("field longer than %1 bytes").arg(CSV_MAX_FIELD_BYTES), Diagnostic::Kind::Limit);
            field.bytes = QByteArrayView(p + start, m_pos - start);
        }
        if (m_pos - recordStart > CSV_MAX_RECORD_BYTES)
            return fail(m_recordLine, 1, QStringLiteral("record longer than %1 bytes").arg(CSV_MAX_RECORD_BYTES), Diagnostic::Kind::Limit);
        m_fields.push_back(field);
        scratchAt.push_back(scratchOffset);

        if (m_pos < n && p[m_pos] == delim) {
            ++m_pos;
            continue;
        }
        // End of record: a line break or the end of the data.
        if (m_pos < n) {
            m_pos += (p[m_pos] == '\r' && m_pos + 1 < n && p[m_pos + 1] == '\n') ? 2 : 1;
            ++m_line;
            m_lineStart = m_pos;
        }
        break;
    }
    // Point copied fields into the scratch buffer now that it no longer moves.
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (scratchAt[i] < 0)
            continue;
        const qsizetype endOffset = [&] {
            for (size_t j = i + 1; j < m_fields.size(); ++j)
                if (scratchAt[j] >= 0)
                    return scratchAt[j];
            return m_scratch.size();
        }();
        m_fields[i].bytes = QByteArrayView(m_scratch.constData() + scratchAt[i], endOffset - scratchAt[i]);
    }
    return true;
}

} // namespace chrono
