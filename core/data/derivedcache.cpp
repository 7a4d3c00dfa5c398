// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/derivedcache.h"

#include <QtCore/QMutexLocker>

namespace chrono {

std::shared_ptr<const void> DerivedCache::getOrMake(Owner owner, quint64 key, const std::function<std::shared_ptr<const void>()>& make)
{
    const QPair<quint8, quint64> k(quint8(owner), key);
    QMutexLocker lock(&m_mutex);
    auto it = m_entries.constFind(k);
    if (it != m_entries.cend())
        return it.value();
    std::shared_ptr<const void> made = make();
    m_entries.insert(k, made);
    return made;
}

} // namespace chrono
