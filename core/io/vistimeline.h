// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QIODevice>

namespace chrono {

/**
 * @brief Reads vis-timeline data (docs/import.md): a JSON array of items, or an object with
 * an `items` array and an optional `groups` array.
 *
 * Item `content` (HTML made plain) is the title, `title` (the tooltip) the description,
 * `start` / `end` ISO strings or milliseconds since 1970; `type` point or box is an event,
 * range an event with an end, background an era. `group` makes the lane, named by the
 * group's `content`; `className` a category. Plain colours (`#rgb`, `rgb()`, CSS names) of a
 * group's or an item's `className` / `style` colour lanes, categories and eras.
 * Lanes: `--map lane=group` (default), `lane=class`, `lane=none`.
 */
LoadResult importVisTimeline(QIODevice& device, const QString& fileName, const ImportOptions& options = {});
LoadResult importVisTimelineData(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});

} // namespace chrono
