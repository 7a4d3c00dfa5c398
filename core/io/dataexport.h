// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/filter/filterspec.h"

#include <QtCore/QIODevice>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace chrono {

/**
 * @brief Makes a CSV cell safe to open in a spreadsheet (CSV injection / "formula injection").
 *
 * A cell that begins with `=`, `+`, `-`, `@`, TAB or CR is prefixed with an apostrophe, so
 * that Excel, LibreOffice and Google Sheets show it as text instead of running it. The rule
 * applies to text cells only; numbers and dates are written by the exporter itself and are
 * left alone (a negative value stays -3.5). Then RFC 4180 quoting: cells holding a comma,
 * quote, CR or LF are quoted, quotes doubled.
 */
QString csvCell(const QString& text);

/**
 * @brief Writes the events `mask` shows as CSV (UTF-8, RFC 4180, CRLF line ends, a header row):
 * id,start,end,company,category,title,description,importance,confidence,tags,links,sources.
 *
 * Dates at their own precision, ids for company and category, title and description in
 * `language` (falling back to the other), list fields joined with "; ".
 * @pre mask.size() == dataset.eventCount() (a shorter mask hides the rest).
 */
bool writeEventsCsv(const Dataset& dataset, const EventMask& mask, Language language, QIODevice& device);

/**
 * @brief Writes the points of the series `spec` shows (company filter; time range when set)
 * as CSV: series,group,company,date,value,unit,status,sources,note.
 * @param seriesIds series ids or chart groups to limit the output to; empty = all.
 */
bool writeSeriesCsv(const Dataset& dataset, const FilterSpec& spec, QIODevice& device, const QStringList& seriesIds = {});

/**
 * @brief The subset a filtered JSON export holds: the events `mask` shows, the series whose
 * company passes `spec`, the eras overlapping spec's time range, the claims that still point at
 * something kept (or point at nothing), and only the companies, categories and sources all of
 * these reference. Meta is kept.
 */
DatasetPtr filteredDataset(const Dataset& dataset, const EventMask& mask, const FilterSpec& spec);

/**
 * @brief Writes the filtered data to `path` atomically (QSaveFile), the format chosen by the
 * suffix: `.csv` writes the visible events, or, when `chartGroup` is set, the visible points of
 * that chart's series; `.json` writes filteredDataset() in the native format. The command line
 * and the Export dialog both call this. Returns false with a message naming the file.
 */
bool saveFilteredData(const QString& path, const Dataset& dataset, const EventMask& mask, const FilterSpec& spec,
    Language language, const QString& chartGroup, QString* error);

} // namespace chrono
