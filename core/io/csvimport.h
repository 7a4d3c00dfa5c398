// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QByteArray>
#include <QtCore/QIODevice>

namespace chrono {

/// What a CSV file holds, as importCsv() decides it (docs/import.md, "CSV").
enum class CsvShape : quint8 {
    Events, ///< a title-like and a start-like column: one event per row
    WideSeries, ///< a date column, then one numeric column per entity (StatCounter)
    LongSeries, ///< entity, date or year, and value column(s): one point per row (Our World in Data)
    Unknown,
};

/// Largest CSV file read, in bytes: beyond it the reader refuses rather than exhaust memory.
constexpr qint64 CSV_MAX_FILE_BYTES = qint64(2) * 1024 * 1024 * 1024 - 1;

/**
 * @brief Reads a CSV file (any of the shapes of CsvShape) into a dataset.
 *
 * Detection and rules are in docs/import.md. Rows with bad cells are warnings with
 * line:column and are skipped; errors are kept for broken structure (encoding, quoting,
 * headers, an override naming a missing column) or when nothing usable remains, and then
 * `data` is null.
 * @param fileName used in diagnostics and to name the chart of series files.
 */
LoadResult importCsv(QIODevice& device, const QString& fileName, const ImportOptions& options = {});

/// Same as importCsv() over bytes already in memory.
LoadResult importCsvData(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});

/// The shape importCsvData() would pick, without reading every row (Unknown on a broken header).
CsvShape detectCsvShape(const QByteArray& data, const ImportOptions& options = {});

} // namespace chrono
