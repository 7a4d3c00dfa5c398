// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QtGlobal>

#include <atomic>
#include <vector>

namespace chrono {

/// Columns of the event table, in display order (EventTableModel uses the same numbers).
enum class EventSortColumn { Date = 0, Title, Company, Category, Importance };

/**
 * @brief The order of all of a dataset's events when the event table is sorted by `column`:
 * a permutation of 0…n−1. Ties keep dataset order (start, then id) in both directions, as a
 * stable sort would.
 *
 * Date, importance, company and category take one or two linear passes (the dataset is sorted
 * by start; the others are counting sorts over small keys) — a few milliseconds at 1M events.
 * Titles are compared case-insensitively (QString::compare with Qt::CaseInsensitive, as the
 * table always did) through an 8-character case-folded prefix key, falling back to the whole
 * titles only for equal prefixes; that is the one order worth computing off the UI thread
 * (isSlowSortColumn()). `cancel` is polled; a cancelled call returns an empty vector.
 */
std::vector<int> eventSortOrder(const Dataset& dataset, EventSortColumn column, bool descending, Language language,
    const std::atomic<bool>* cancel = nullptr);

/// True for the columns whose order takes long enough on big datasets to be made on a thread.
inline bool isSlowSortColumn(EventSortColumn column)
{
    return column == EventSortColumn::Title;
}

} // namespace chrono
