// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QIODevice>

namespace chrono {

/**
 * @brief Reads Markwhen text timelines (`.mw`, docs/import.md).
 *
 * A header between `---` lines (`title:`, `description:`, `#tag: colour`); event lines
 * `DATE: title` or `DATE - DATE: title` with the dates as parseFlexibleDate() reads them
 * (`2025-01-20`, `2024/05`, `2025`, `1/20/2025`, ISO date-times) and the lines after them as
 * the description; `group NAME` … `endGroup` and `section NAME` … `endSection` blocks;
 * `#tags` in the text become the event's tags and its first tag its category; `//` comments.
 * Lanes: `--map lane=group` (default: the innermost group or section), `section` (the
 * outermost section), `tag` (the first tag) or `none`. A date form this reader does not
 * know (relative dates such as `after !id 2 weeks`) leaves the event out with a warning at
 * its line.
 */
LoadResult importMarkwhen(QIODevice& device, const QString& fileName, const ImportOptions& options = {});
LoadResult importMarkwhenData(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});

} // namespace chrono
