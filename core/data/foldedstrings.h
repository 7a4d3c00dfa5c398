// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/bytefinder.h"

#include <QtCore/QStringView>

#include <string>
#include <string_view>
#include <vector>

namespace chrono {

/**
 * @brief Many strings folded for search (appendFoldedBytes()) in one contiguous buffer, with
 * the offset where each starts: one allocation, scanned by one pass of a ByteFinder.
 *
 * A string is made of fields; every field ends with FIELD_END (U+001F, the separator the
 * pool uses for lists), so a needle without that byte never matches across two fields or two
 * strings. Empty fields add nothing.
 */
class FoldedStrings {
public:
    static constexpr char FIELD_END = 0x1F;

    void reserve(size_t strings, size_t bytes);
    /// Starts the next string (its index is count() before the call).
    void beginString();
    void appendField(QStringView text);
    /// Ends building: trims spare capacity. No beginString() after this.
    void finish();

    size_t count() const { return m_offsets.empty() ? 0 : m_offsets.size() - (m_finished ? 1 : 0); }
    /// Bytes of all strings (without the padding finish() adds).
    size_t byteSize() const { return m_offsets.empty() ? 0 : m_offsets.back(); }
    /// Folded bytes of string `k` (fields with their FIELD_END bytes).
    std::string_view string(size_t k) const { return std::string_view(m_bytes).substr(m_offsets[k], m_offsets[k + 1] - m_offsets[k]); }
    /// Adds the byte frequencies of the buffer to `counts`.
    void countBytes(ByteFinder::ByteCounts& counts) const;

    /**
     * @brief For each string k with flags[k] == 1, clears flags[k] unless string k contains
     * the finder's needle. Other flags (0, or 2 for "decided already") are left as they are.
     * @pre finish() was called; flags has count() entries
     */
    void restrict(const ByteFinder& finder, quint8* flags) const;

    size_t memoryBytes() const { return m_bytes.capacity() + m_offsets.capacity() * sizeof(quint32); }

private:

    std::string m_bytes; ///< while building, longer than the bytes written so far
    size_t m_size = 0; ///< bytes written so far
    std::vector<quint32> m_offsets; ///< count() + 1 entries once finished
    bool m_finished = false;
};

} // namespace chrono
