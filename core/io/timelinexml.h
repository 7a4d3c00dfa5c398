// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QIODevice>

namespace chrono {

/**
 * @brief Reads a thetimelineproj `.timeline` XML file.
 *
 * `<category>` name and `r,g,b` colour become categories with a "#rrggbb" colour; `<event>`
 * start / end (`YYYY-MM-DD HH:MM:SS`), text, category and description become events; `<era>`
 * elements become eras. **Precision rule:** when both times of an event are 00:00:00 the event
 * has day precision (thetimelineproj writes midnight for date-only events), otherwise minute
 * precision. An event whose end equals its start is a point event; otherwise the end is
 * inclusive. XML errors are reported at their line:column; a document type declaration is
 * refused, so no entity (internal or external) is ever expanded.
 */
LoadResult importTimelineXml(QIODevice& device, const QString& fileName, const ImportOptions& options = {});
LoadResult importTimelineXmlData(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});

} // namespace chrono
