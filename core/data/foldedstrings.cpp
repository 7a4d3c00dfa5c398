// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/foldedstrings.h"

#include "core/data/searchfold.h"

#include <algorithm>
#include <cstring>

namespace chrono {

void FoldedStrings::reserve(size_t strings, size_t bytes)
{
    m_offsets.reserve(strings + 1);
    if (bytes > m_bytes.size())
        m_bytes.resize(bytes);
}

void FoldedStrings::beginString()
{
    Q_ASSERT(!m_finished && m_size < 0xFFFFFFFFu);
    m_offsets.push_back(quint32(m_size));
}

void FoldedStrings::appendField(QStringView text)
{
    if (text.isEmpty())
        return;
    // The buffer is written through a pointer, grown by doubling: no size bookkeeping per
    // byte as push_back would do.
    for (;;) {
        if (m_bytes.size() > m_size + 1) {
            char* const data = m_bytes.data();
            char* const end = foldInto(text, data + m_size, data + m_bytes.size() - 1); // 1 for FIELD_END
            if (end) {
                *end = FIELD_END;
                m_size = size_t(end - data) + 1;
                return;
            }
        }
        m_bytes.resize(std::max(m_bytes.size() * 2, m_size + 3 * size_t(text.size()) + 2 * size_t(MAX_FOLDED_BYTES)));
    }
}

void FoldedStrings::finish()
{
    Q_ASSERT(!m_finished);
    Q_ASSERT(m_size < 0xFFFFFFFFu);
    m_offsets.push_back(quint32(m_size));
    m_offsets.shrink_to_fit();
    // Padding after the last string lets the finder's fast path read past it.
    m_bytes.resize(m_size);
    m_bytes.append(ByteFinder::PADDING, '\0');
    m_bytes.shrink_to_fit();
    m_finished = true;
}

void FoldedStrings::countBytes(ByteFinder::ByteCounts& counts) const
{
    // Four interleaved tables: consecutive equal bytes do not serialise on one counter.
    std::vector<std::array<quint32, 256>> partial(4, std::array<quint32, 256> {});
    const auto* p = reinterpret_cast<const quint8*>(m_bytes.data());
    Q_ASSERT(m_finished);
    const size_t n = byteSize();
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

void FoldedStrings::restrict(const ByteFinder& finder, quint8* flags) const
{
    Q_ASSERT(m_finished);
    finder.restrict(m_bytes.data(), m_offsets.data(), count(), flags, m_bytes.data() + m_bytes.size());
}

} // namespace chrono
