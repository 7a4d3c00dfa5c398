// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/stringpool.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace chrono {

StringPool::StringPool(const StringPool& other)
    : m_size(other.m_size)
    , m_capacity(other.m_size)
    , m_interned(other.m_interned)
{
    if (m_size > 0) {
        m_data = static_cast<char16_t*>(std::malloc(m_size * sizeof(char16_t)));
        if (!m_data)
            throw std::bad_alloc();
        std::memcpy(m_data, other.m_data, m_size * sizeof(char16_t));
    }
}

StringPool::StringPool(StringPool&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_capacity(std::exchange(other.m_capacity, 0))
    , m_interned(std::move(other.m_interned))
{
}

StringPool& StringPool::operator=(StringPool other) noexcept
{
    std::swap(m_data, other.m_data);
    std::swap(m_size, other.m_size);
    std::swap(m_capacity, other.m_capacity);
    m_interned.swap(other.m_interned);
    return *this;
}

StringPool::~StringPool()
{
    std::free(m_data);
}

void StringPool::grow(size_t needed)
{
    size_t capacity = m_capacity < 1024 ? 1024 : m_capacity;
    while (capacity < needed)
        capacity += capacity / 2 + capacity / 4; // ×1.75: realloc moves pages, it does not copy them
    reserve(capacity);
}

void StringPool::reserve(size_t chars)
{
    if (chars <= m_capacity)
        return;
    auto* data = static_cast<char16_t*>(std::realloc(m_data, chars * sizeof(char16_t)));
    if (!data)
        throw std::bad_alloc();
    m_data = data;
    m_capacity = chars;
}

void StringPool::squeeze()
{
    m_interned.clear();
    m_interned.squeeze();
    if (m_capacity == m_size)
        return;
    if (m_size == 0) {
        std::free(m_data);
        m_data = nullptr;
        m_capacity = 0;
        return;
    }
    if (auto* data = static_cast<char16_t*>(std::realloc(m_data, m_size * sizeof(char16_t)))) {
        m_data = data;
        m_capacity = m_size;
    }
}

StringPool::Ref StringPool::add(QStringView text)
{
    if (text.isEmpty())
        return Ref {};
    const size_t n = size_t(text.size());
    if (m_size + n > m_capacity)
        grow(m_size + n);
    Ref ref { quint32(m_size), quint32(n) };
    std::memcpy(m_data + m_size, text.utf16(), n * sizeof(char16_t));
    m_size += n;
    return ref;
}

StringPool::Ref StringPool::intern(QStringView text)
{
    if (text.isEmpty())
        return Ref {};
    const size_t key = qHash(text);
    const auto it = m_interned.constFind(key);
    if (it != m_interned.constEnd()) {
        if (view(*it) == text)
            return *it;
        return add(text);
    }
    const Ref ref = add(text);
    m_interned.insert(key, ref);
    return ref;
}

} // namespace chrono
