// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"

#include <QtCore/QIODevice>
#include <QtCore/QJsonParseError>

#include <utility>
#include <vector>

namespace chrono {

/// Keys under which importJsonRecords() looks for the array of records, in order.
QStringList jsonRecordKeys();

/**
 * @brief Reads JSON holding an array of flat objects — at the top level or under one of
 * jsonRecordKeys() (events, items, data, records, rows, entries) — as events.
 *
 * Each object is a row and its keys are the columns: the roles and rules are those of CSV
 * events (docs/import.md). Values: strings as they are, whole numbers without a decimal
 * point, booleans as true/false, null as empty, arrays of scalars as a multi-valued cell.
 * Nested objects are ignored with a warning. Warnings are at the line:column where the
 * record starts and name it ("record 3: ..."); a syntax error has its line:column.
 */
LoadResult importJsonRecords(QIODevice& device, const QString& fileName, const ImportOptions& options = {});
LoadResult importJsonRecordsData(const QByteArray& data, const QString& fileName, const ImportOptions& options = {});

/**
 * @brief Line and column (1-based) where each element of a JSON array starts: the top-level
 * array when @p key is empty, else the array under @p key (exact UTF-8 spelling) of the
 * top-level object. Empty when the scan does not find @p expectedCount elements.
 * @pre @p data is valid JSON (parse it first).
 */
std::vector<std::pair<int, int>> jsonArrayElementPositions(const QByteArray& data, const QByteArray& key, qsizetype expectedCount);

/// A JSON syntax error as a Diagnostic at its line:column.
Diagnostic jsonParseDiagnostic(const QByteArray& data, const QJsonParseError& error, const QString& fileName);

} // namespace chrono
