// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/eventcolumns.h"

#include <vector>

namespace chrono {

/// An event whose id an earlier event already has.
struct RepeatedId {
    quint32 index; ///< the later event
    quint32 first; ///< the earliest event with the same id
};

/**
 * @brief Finds the events of @p columns (in their stored order) whose id repeats an earlier
 * event's id, in ascending order of `index`.
 *
 * The ids are hashed once and partitioned by the hash's top bits; each partition is then
 * checked with a small open-addressing table that stays in the cache. Linear in the number
 * of events, where a QSet of a million ids or sorting a million (hash, index) pairs cost
 * several times more.
 */
std::vector<RepeatedId> findRepeatedIds(const EventColumns& columns);

} // namespace chrono
