// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"
#include "core/io/jsontokenizer.h"

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QIODevice>

namespace chrono {

/// The native format version this build reads and writes.
constexpr int NATIVE_JSON_VERSION = 2;
/// Largest native JSON file read (1 GiB). Bigger files are refused before anything is read:
/// parsing needs the whole text in memory (mapped when it is a file).
constexpr qint64 MAX_NATIVE_JSON_BYTES = qint64(1) << 30;

/// Where the entities of a native JSON file are (their "id" values), for validators that
/// work on the loaded Dataset, which holds no positions.
struct JsonSourceMap {
    QHash<QString, JsonLocation> events;
    QHash<QString, JsonLocation> series;
    QHash<QString, JsonLocation> claims;
    QHash<QString, JsonLocation> eras;
};

/**
 * @brief Reads a Chronoscope native JSON document (docs/data-format.md).
 *
 * Errors (syntax, wrong format or version, wrong types, impossible dates, a range ending
 * before it starts, duplicate or missing ids) leave `data` null; warnings (unknown keys,
 * references to undeclared ids, importance outside 1–5) load the rest. Every diagnostic has
 * `fileName`, a 1-based line and a column counted in characters.
 *
 * @param device open for reading; a QFile is memory-mapped instead of copied. Devices larger
 *        than MAX_NATIVE_JSON_BYTES are refused up front.
 * @param sourceMap when not null, filled with the position of every event, series, claim and
 *        era id (costs a hash entry per event, so only validators ask for it).
 */
LoadResult readNativeJson(QIODevice& device, const QString& fileName, const ImportOptions& options = {},
    JsonSourceMap* sourceMap = nullptr);
/// Same as above over bytes already in memory.
LoadResult readNativeJson(const QByteArray& bytes, const QString& fileName, const ImportOptions& options = {},
    JsonSourceMap* sourceMap = nullptr);

/// True when the first bytes of a file look like a native document ("format": "chronoscope"
/// near the start of a JSON object). Used by the reader registry to sniff content.
bool looksLikeNativeJson(QByteArrayView head);

} // namespace chrono
