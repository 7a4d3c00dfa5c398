// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/foldedstrings.h"

#include "core/data/searchfold.h"

#include <algorithm>
#include <cstring>

namespace chrono {

void FoldedStrings::reserve(size_t strings, size_t bytes)
{
    m_offsets.reserve(strings + 1);
    m_bytes.reserve(bytes);
}

void FoldedStrings::appendField(QStringView text)
{
    if (text.isEmpty())
        return;
    appendFoldedBytes(text, m_bytes);
    m_bytes.push_back(FIELD_END);
}

void FoldedStrings::finish()
{
    Q_ASSERT(!m_finished);
    Q_ASSERT(m_bytes.size() < 0xFFFFFFFFu);
    m_offsets.push_back(quint32(m_bytes.size()));
    m_offsets.shrink_to_fit();
    m_bytes.shrink_to_fit();
    m_finished = true;
}

void FoldedStrings::countBytes(ByteFinder::ByteCounts& counts) const
{
    // Four interleaved tables: consecutive equal bytes do not serialise on one counter.
    std::vector<std::array<quint32, 256>> partial(4, std::array<quint32, 256> {});
    const auto* p = reinterpret_cast<const quint8*>(m_bytes.data());
    const size_t n = m_bytes.size();
    size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        ++partial[0][p[i]];
        ++partial[1][p[i + 1]];
        ++partial[2][p[i + 2]];
        ++partial[3][p[i + 3]];
    }
    for (; i < n; ++i)
        ++partial[0][p[i]];
    for (int b = 0; b < 256; ++b)
        counts[size_t(b)] += partial[0][size_t(b)] + partial[1][size_t(b)] + partial[2][size_t(b)] + partial[3][size_t(b)];
}

size_t FoldedStrings::stringAt(quint32 pos, size_t k) const
{
    // Hits are dense for common needles (the next string or so) and far apart for rare ones:
    // walk a few strings, then search.
    for (int step = 0; step < 8; ++step) {
        if (m_offsets[k + 1] > pos)
            return k;
        ++k;
    }
    const auto it = std::upper_bound(m_offsets.begin() + qptrdiff(k) + 1, m_offsets.end(), pos);
    return size_t(it - m_offsets.begin()) - 1;
}

void FoldedStrings::restrict(const ByteFinder& finder, quint8* flags) const
{
    Q_ASSERT(m_finished);
    const size_t n = count();
    const char* const base = m_bytes.data();
    const char* const end = base + m_bytes.size();
    auto nextSet = [&](size_t from) {
        if (from >= n)
            return n;
        if (flags[from])
            return from;
        const void* p = std::memchr(flags + from, 1, n - from);
        return p ? size_t(static_cast<const quint8*>(p) - flags) : n;
    };
    size_t k = nextSet(0);
    while (k < n) {
        // The first occurrence at or after string k: strings before the one holding it have none.
        const char* hit = finder.find(base + m_offsets[k], end);
        if (!hit) {
            std::memset(flags + k, 0, n - k);
            return;
        }
        const size_t j = stringAt(quint32(hit - base), k);
        std::memset(flags + k, 0, j - k);
        k = nextSet(j + 1);
    }
}

} // namespace chrono
