// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QHash>
#include <QtCore/QMutex>

#include <functional>
#include <memory>

namespace chrono {

/**
 * @brief Values derived from one dataset snapshot (chart forms of its series, …), made on
 * first use by the folder that knows how, and kept with the snapshot. Thread-safe.
 *
 * The snapshot does not know the derived types: core/data stays below core/lod and
 * core/layout, which store their results here under keys of their own (see the key tags).
 */
class DerivedCache {
public:
    /// Who owns a key; keys of different owners never collide.
    enum class Owner : quint8 { PlotPoints = 1 };

    /// The value under (owner, key), made by `make` (under the lock) when absent.
    std::shared_ptr<const void> getOrMake(Owner owner, quint64 key, const std::function<std::shared_ptr<const void>()>& make);

private:
    QMutex m_mutex;
    QHash<QPair<quint8, quint64>, std::shared_ptr<const void>> m_entries;
};

} // namespace chrono
