// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/searchfold.h"

#include <array>
#include <vector>

namespace chrono {

QString foldForSearch(QStringView text)
{
    // NFKD maps full-width forms to their ASCII counterparts and splits accents off.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded();
}

namespace {

/// Writes the 1–3 byte encoding of one UTF-16 unit at `p`; returns the end.
char* encodeUnit(char16_t u, char* p)
{
    if (u < 0x80) {
        *p++ = char(u);
    } else if (u < 0x800) {
        *p++ = char(0xC0 | (u >> 6));
        *p++ = char(0x80 | (u & 0x3F));
    } else {
        *p++ = char(0xE0 | (u >> 12));
        *p++ = char(0x80 | ((u >> 6) & 0x3F));
        *p++ = char(0x80 | (u & 0x3F));
    }
    return p;
}

void appendEncoded(QStringView folded, std::string& out)
{
    char buffer[3];
    for (QChar c : folded)
        out.append(buffer, size_t(encodeUnit(c.unicode(), buffer) - buffer));
}

/// The folded, encoded form of every BMP unit that is not a surrogate.
class FoldTable {
public:
    FoldTable()
    {
        m_bytes.reserve(200000);
        char buffer[3];
        for (char32_t u = 0; u < 0x10000; ++u) {
            const quint32 offset = quint32(m_bytes.size());
            if (u >= 0xD800 && u < 0xE000) {
                m_bytes.append(buffer, size_t(encodeUnit(char16_t(u), buffer) - buffer));
            } else if (isIdentity(u)) {
                m_bytes.append(buffer, size_t(encodeUnit(char16_t(u), buffer) - buffer));
            } else {
                const char16_t unit = char16_t(u);
                appendEncoded(foldForSearch(QStringView(&unit, 1)), m_bytes);
            }
            const quint32 length = quint32(m_bytes.size()) - offset;
            Q_ASSERT(length < MAX_FOLDED_BYTES && offset < (1u << 24));
            m_entries[u] = offset << 8 | length;
        }
        m_bytes.shrink_to_fit();
    }
    const char* bytes(char16_t u, size_t* length) const
    {
        const quint32 e = m_entries[u];
        *length = e & 0xFF;
        return m_bytes.data() + (e >> 8);
    }

private:
    /// Characters that fold to themselves without asking the normaliser: most of the BMP
    /// (CJK among them), which keeps building the table short.
    static bool isIdentity(char32_t u)
    {
        if (u < 0x80)
            return !(u >= 'A' && u <= 'Z');
        const QChar::Category cat = QChar::category(u);
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            return false;
        if (cat == QChar::Other_NotAssigned)
            return true;
        return QChar::decompositionTag(u) == QChar::NoDecomposition && QChar::toCaseFolded(u) == u && QChar::toLower(u) == u
            && QChar::toUpper(u) == u;
    }

    std::array<quint32, 0x10000> m_entries {};
    std::string m_bytes;
};

const FoldTable& foldTable()
{
    static const FoldTable table;
    return table;
}

} // namespace

char* foldInto(QStringView text, char* out, char* limit)
{
    const FoldTable& table = foldTable();
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        // One check per unit covers the longest table entry; the caller makes it rare to fail.
        if (limit - out < MAX_FOLDED_BYTES)
            return nullptr;
        const char16_t u = *p;
        if (u < 0x80) {
            // ASCII (most of English text) needs no table.
            *out++ = char(u >= 'A' && u <= 'Z' ? u + ('a' - 'A') : u);
            ++p;
        } else if (QChar::isHighSurrogate(u) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            // Beyond the BMP (emoji, rare CJK): fold the code point directly; uncommon.
            const std::string bytes = encodeFolded(foldForSearch(QStringView(p, 2)));
            if (limit - out < qptrdiff(bytes.size()))
                return nullptr;
            out = std::copy(bytes.begin(), bytes.end(), out);
            p += 2;
        } else {
            size_t length = 0;
            const char* bytes = table.bytes(u, &length);
            out = std::copy_n(bytes, length, out);
            ++p;
        }
    }
    return out;
}

void appendFoldedBytes(QStringView text, std::string& out)
{
    size_t used = out.size();
    for (size_t room = 3 * size_t(text.size()) + size_t(MAX_FOLDED_BYTES);; room *= 2) {
        out.resize(used + room);
        if (char* end = foldInto(text, out.data() + used, out.data() + out.size())) {
            out.resize(size_t(end - out.data()));
            return;
        }
    }
}

std::string foldToBytes(QStringView text)
{
    std::string out;
    out.reserve(size_t(text.size()));
    appendFoldedBytes(text, out);
    return out;
}

} // namespace chrono

namespace chrono {

std::string encodeFolded(QStringView folded)
{
    std::string out;
    out.reserve(size_t(folded.size()));
    appendEncoded(folded, out);
    return out;
}

} // namespace chrono
