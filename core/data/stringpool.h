// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <cstddef>

namespace chrono {

/**
 * @brief Append-only UTF-16 storage for many small strings, addressed by 8-byte refs.
 *
 * One allocation instead of one per string keeps 1M events within the memory budget
 * (a QString costs 24 bytes plus a separate heap block). `intern()` shares repeated
 * values such as source ids and confidence labels.
 *
 * The buffer is a malloc'd block grown with realloc: for the tens of megabytes a big file
 * needs, the C library moves the pages (mremap) instead of copying them, and squeeze() gives
 * the spare capacity back the same way. A std::vector would copy the text at every doubling.
 */
class StringPool {
public:
    struct Ref {
        quint32 offset = 0;
        quint32 length = 0;
    };

    StringPool() = default;
    StringPool(const StringPool& other);
    StringPool(StringPool&& other) noexcept;
    StringPool& operator=(StringPool other) noexcept;
    ~StringPool();

    Ref add(QStringView text);
    /// Like add(), but returns the earlier ref for a value seen before.
    Ref intern(QStringView text);
    QStringView view(Ref ref) const { return QStringView(m_data + ref.offset, qsizetype(ref.length)); }
    void reserve(size_t chars);
    /// Characters stored so far: the offset the next add() starts at.
    size_t size() const { return m_size; }
    void squeeze();
    size_t memoryBytes() const { return m_capacity * sizeof(char16_t); }

private:
    void grow(size_t needed);

    char16_t* m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
    /// Keyed by the text's hash, so that a lookup allocates nothing; on a (rare) collision
    /// between different texts the newer one is simply added, not shared.
    QHash<size_t, Ref> m_interned;
};

} // namespace chrono
