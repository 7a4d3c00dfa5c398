// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/repeatedids.h"

namespace chrono {

std::vector<RepeatedId> findRepeatedIds(const EventColumns& columns)
{
    std::vector<RepeatedId> repeated;
    const size_t n = columns.size();
    if (n < 2)
        return repeated;
    size_t capacity = 16;
    while (capacity < 2 * n) // load factor at most 1/2: short probe runs
        capacity <<= 1;
    const size_t mask = capacity - 1;
    constexpr quint32 EMPTY = 0xFFFFFFFFu;
    struct Slot {
        quint32 hash;
        quint32 index;
    };
    std::vector<Slot> table(capacity, Slot { 0, EMPTY });
    for (quint32 i = 0; i < quint32(n); ++i) {
        const QStringView id = columns.text(i, EventColumns::Id);
        const size_t h = qHash(id, 0x5eed);
        const quint32 tag = quint32(h ^ (h >> 32));
        for (size_t s = h & mask;; s = (s + 1) & mask) {
            Slot& slot = table[s];
            if (slot.index == EMPTY) {
                slot = Slot { tag, i };
                break;
            }
            if (slot.hash == tag && columns.text(slot.index, EventColumns::Id) == id) {
                repeated.push_back(RepeatedId { i, slot.index });
                break;
            }
        }
    }
    return repeated;
}

} // namespace chrono
