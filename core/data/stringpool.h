// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <vector>

namespace chrono {

/**
 * @brief Append-only UTF-16 storage for many small strings, addressed by 8-byte refs.
 *
 * One allocation instead of one per string keeps 1M events within the memory budget
 * (a QString costs 24 bytes plus a separate heap block). `intern()` shares repeated
 * values such as source ids and confidence labels.
 */
class StringPool {
public:
    struct Ref {
        quint32 offset = 0;
        quint32 length = 0;
    };

    Ref add(QStringView text);
    /// Like add(), but returns the earlier ref for a value seen before.
    Ref intern(QStringView text);
    QStringView view(Ref ref) const { return QStringView(m_data.data() + ref.offset, qsizetype(ref.length)); }
    void reserve(size_t chars) { m_data.reserve(chars); }
    /// Characters stored so far: the offset the next add() starts at.
    size_t size() const { return m_data.size(); }
    void squeeze()
    {
        m_data.shrink_to_fit();
        m_interned.clear();
        m_interned.squeeze();
    }
    size_t memoryBytes() const { return m_data.capacity() * sizeof(char16_t); }

private:
    std::vector<char16_t> m_data;
    /// Keyed by the text's hash, so that a lookup allocates nothing; on a (rare) collision
    /// between different texts the newer one is simply added, not shared.
    QHash<size_t, Ref> m_interned;
};

} // namespace chrono
