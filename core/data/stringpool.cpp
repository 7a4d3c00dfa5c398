// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/stringpool.h"

namespace chrono {

StringPool::Ref StringPool::add(QStringView text)
{
    Ref ref;
    ref.offset = quint32(m_data.size());
    ref.length = quint32(text.size());
    if (text.isEmpty())
        return Ref {};
    m_data.insert(m_data.end(), reinterpret_cast<const char16_t*>(text.utf16()),
        reinterpret_cast<const char16_t*>(text.utf16()) + text.size());
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
