// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QIODevice>

namespace chrono {

/**
 * @brief Reads TimelineJS JSON (`{"title": slide, "events": [slides], "eras": [...]}`).
 *
 * A slide's start_date / end_date objects give the dates; their year, month, day, hour,
 * minute and second parts may be strings or numbers and the precision is what is given (a
 * year alone stays a year). text.headline is the title and text.text the description, both
 * turned from HTML into plain text; links in the text and an http(s) media.url become links.
 * `group` is the company lane; `unique_id` the id. The title slide names the dataset; eras
 * become eras. The spreadsheet (CSV) layout of TimelineJS is read by importCsv().
 */
LoadResult importTimelineJs(QIODevice& device, const QString& fileName, const ImportOptions& options = {});
LoadResult importTimelineJsData(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});

} // namespace chrono
