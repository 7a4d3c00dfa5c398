// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QtGlobal>

#include <array>
#include <string>

namespace chrono {

/**
 * @brief Tells which of many short byte strings contain one needle, fast: a SIMD filter (AVX2
 * when the CPU has it, else SSE2) tests 64 positions at once on four bytes of the needle (its
 * two rarest and its ends), and only the candidates that pass are compared in full (none need
 * it for needles of up to four bytes, where the filter is exact).
 *
 * Rarity comes from the byte frequencies of the text being searched (SearchIndex counts them
 * while building), so that "ch" in English text is filtered on the 'h', and a Chinese word on
 * its least common UTF-8 bytes rather than the lead bytes every CJK character shares.
 *
 * Unless few strings are to be searched (then they are searched one by one), one pass over the
 * whole buffer marks every match in a bitmap, and each string then looks up whether a match
 * starts in its range: no work per match and no restart per string, so the cost stays the
 * same whether the needle is everywhere or nowhere.
 */
class ByteFinder {
public:
    using ByteCounts = std::array<quint32, 256>;
    /// Bytes after the last string that the fastest path reads (their content does not matter).
    static constexpr size_t PADDING = 64;

    /// @pre !needle.empty()
    ByteFinder(std::string needle, const ByteCounts& counts);

    const std::string& needle() const { return m_needle; }

    /**
     * @brief For each string k with flags[k] == 1, clears flags[k] unless the string contains
     * the needle; other flags stay as they are. String k is the bytes [offsets[k],
     * offsets[k + 1]) of `base`.
     * @param limit end of the readable bytes of `base` (>= base + offsets[count]); strings
     * closer than PADDING + needle().size() bytes to it are searched on a slower path
     */
    void restrict(const char* base, const quint32* offsets, size_t count, quint8* flags, const char* limit) const;

private:
    /// Plain search of one string: the reference, and the path near `limit`.
    bool containsScalar(const char* s, size_t length) const;
    /// Searches the flagged strings one by one: for few flags.
    void restrictEach(const char* base, const quint32* offsets, size_t count, quint8* flags) const;
    /// For the words [from, from + words) of the buffer: sets bit i of bits[w - from] exactly
    /// when the needle starts at base + 64·w + i (< size).
    void markMatches(const char* base, size_t size, const char* limit, size_t from, size_t words, quint64* bits) const;

    static constexpr size_t FILTER_BYTES = 4;

    std::string m_needle;
    /// Needle positions the filter compares: the rarest byte, the next rarest, the ends
    /// (repeated when the needle is shorter)
    std::array<size_t, FILTER_BYTES> m_positions {};
    std::array<char, FILTER_BYTES> m_bytes {}; ///< the needle's bytes there
};

} // namespace chrono
