// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace chrono {

/// Bytes of a CSV file the import mapping step previews (cut at a record boundary).
constexpr qint64 IMPORT_PREVIEW_BYTES = 256 * 1024;

/// Record-shaped formats whose columns the user may map to roles before importing.
enum class RecordFormat : quint8 {
    None, ///< not record-shaped (native JSON, TimelineJS, .timeline XML) or unreadable
    Csv,
    JsonRecords,
};

/// What the mapping step needs from a file: its format, its column names and a sample.
struct RecordFileSample {
    RecordFormat format = RecordFormat::None;
    QString fileName;
    QStringList headers; ///< CSV header fields, or every key of the JSON records in first-seen order
    QByteArray data; ///< what previews read: the whole file, or the first records of a large CSV
    qint64 fileSize = 0; ///< bytes
    bool truncated = false; ///< `data` holds only the first records
    QString error; ///< why the file cannot be mapped; empty when fine

    bool ok() const { return error.isEmpty() && format != RecordFormat::None; }
};

/**
 * @brief Which record format `path` is in, by the same sniffing the importers use
 * (builtinImporters()); None for native JSON, other formats and unreadable files.
 */
RecordFormat recordFormatOf(const QString& path);

/**
 * @brief Reads the column names and a sample of a CSV or JSON-records file.
 *
 * A CSV larger than `maxBytes` is sampled from its start, cut after the last complete record
 * inside `maxBytes` (never inside a quoted field or a UTF-8 sequence). JSON cannot be cut, so
 * a JSON-records file is read whole.
 */
RecordFileSample sampleRecordFile(const QString& path, qint64 maxBytes = IMPORT_PREVIEW_BYTES);

/// Runs the file's importer over the sample with `options` (its columnMap): the events and
/// diagnostics the mapping would give, for the first records when the sample is truncated.
LoadResult previewImport(const RecordFileSample& sample, const ImportOptions& options);

} // namespace chrono
