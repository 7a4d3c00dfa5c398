// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <vector>

namespace chrono::ui {

/**
 * @brief A snapshot taken apart into plain editable values.
 *
 * DatasetBuilder can add and replace but not remove or rename, so edits work on these lists
 * and build a fresh snapshot from them. Order is kept: entities stay where they were, so an
 * edit changes nothing but the edited entity and what refers to it.
 */
struct DatasetParts {
    DatasetMeta meta;
    QList<Company> companies;
    QList<Category> categories;
    QList<Source> sources;
    QList<Era> eras;
    QList<Series> series;
    QList<Claim> claims;
    std::vector<Event> events;

    explicit DatasetParts(const Dataset& dataset);
    DatasetPtr build() const;

    /// Index in `events` of the event `id`, or -1.
    int eventIndex(const QString& id) const;
};

/// Index of the entity with `id` in `list`, or -1.
template<typename T>
int indexOfId(const QList<T>& list, const QString& id)
{
    for (int i = 0; i < list.size(); ++i) {
        if (list[i].id == id)
            return i;
    }
    return -1;
}

} // namespace chrono::ui
