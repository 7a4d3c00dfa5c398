// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QIODevice>

namespace chrono {

/**
 * @brief Reads the text format thetimelineproj wrote before its XML one (docs/import.md):
 *
 *     # Written by Timeline 0.3.0 on 2009-06-14 10:10:10
 *     PREFERRED-PERIOD:2009-06-01 00:00:00;2009-07-01 00:00:00
 *     CATEGORY:Work;173,216,230;True
 *     EVENT:2009-06-10 00:00:00;2009-06-12 00:00:00;Kick-off\; planning;Work
 *
 * Fields are separated by `;` (`\;` is a semicolon, `\n` a line break, `\\` a backslash).
 * Categories become categories and, by default, lanes in their colours (TimelineCategories,
 * `--map lane=category|parent|none`). Times follow the XML reader's rules: midnight start and
 * end give day precision, an end equal to the start a point event.
 */
LoadResult importTimelineText(QIODevice& device, const QString& fileName, const ImportOptions& options = {});
LoadResult importTimelineTextData(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});

} // namespace chrono
