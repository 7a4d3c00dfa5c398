// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QtGlobal>

#include <array>
#include <string>

namespace chrono {

/**
 * @brief Finds one byte string in large buffers, fast: a SIMD filter compares 16 or 32
 * candidate positions at once on the needle's two rarest bytes, and only the few candidates that
 * pass are compared in full.
 *
 * Rarity comes from the byte frequencies of the text being searched (SearchIndex counts them
 * while building), so that "ch" in English text is filtered on the 'h', and a Chinese word on
 * its least common UTF-8 bytes rather than the lead bytes every CJK character shares.
 */
class ByteFinder {
public:
    using ByteCounts = std::array<quint32, 256>;

    /// @pre !needle.empty()
    ByteFinder(std::string needle, const ByteCounts& counts);

    const std::string& needle() const { return m_needle; }
    /// The first occurrence of the needle that lies entirely in [from, end), or nullptr.
    const char* find(const char* from, const char* end) const;

private:
    const char* findScalar(const char* from, const char* end) const;

    std::string m_needle;
    size_t m_first = 0; ///< needle position of the rarest byte
    size_t m_second = 0; ///< position of the next rarest (== m_first for one-byte needles)
};

} // namespace chrono
