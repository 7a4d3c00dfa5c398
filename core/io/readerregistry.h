// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QIODevice>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <functional>

namespace chrono {

/// Bytes from the start of a file that readers get to sniff.
constexpr qint64 SNIFF_BYTES = 4096;

/**
 * @brief One input format the application can open.
 *
 * `confidence(head, path)` returns 0 (cannot read this) to 100 (certainly mine), from the
 * first SNIFF_BYTES bytes and the path; the registry picks the highest. Content beats
 * extension: a native JSON file named .txt is still opened as native JSON.
 */
struct ReaderInfo {
    QString id; ///< e.g. "native-json", "csv"
    QString description; ///< for file dialogs, e.g. "Chronoscope dataset"
    QStringList extensions; ///< lower case without the dot, e.g. {"json"}
    std::function<int(QByteArrayView head, QStringView path)> confidence;
    std::function<LoadResult(QIODevice& device, const QString& fileName, const ImportOptions& options)> read;
};

/// Adds a reader, or replaces the one with the same id. Thread-safe.
void registerReader(ReaderInfo reader);
/// Registered readers, native JSON first. Thread-safe.
QList<ReaderInfo> readers();
/// "Chronoscope dataset (*.json)" and friends, then "All supported files (…)" first and
/// "All files (*)" last, for QFileDialog::setNameFilters().
QStringList fileDialogFilters();

/// The best reader for this content and path, or nullptr-like (empty id) when none fits.
ReaderInfo readerFor(QByteArrayView head, QStringView path);

/**
 * @brief Opens `path`, picks a reader by content and extension, and reads it.
 *
 * Failures to open name the file ("Cannot read 'x': No such file or directory"); a file no
 * reader recognises is an error naming the file as well.
 */
LoadResult loadFile(const QString& path, const ImportOptions& options = {});

/**
 * @brief Import = merge: `added` joins `base`.
 *
 * Companies, categories and sources are united by id (base wins on a clash); eras, series,
 * claims and events are appended. An added event, series or claim whose id is already taken
 * gets a suffix ("-2", "-3", …) and a warning naming `addedFileName`.
 */
LoadResult mergeDatasets(const Dataset& base, const Dataset& added, const QString& addedFileName = {});

} // namespace chrono
