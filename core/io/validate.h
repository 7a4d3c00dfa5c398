// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"
#include "core/io/jsonreader.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace chrono {

/**
 * @brief Semantic checks on a loaded dataset, beyond what a reader can see in one value.
 *
 * Warnings: events or series points that name no source, claims other than "unsourced"
 * without a source, references to undeclared sources. Errors: duplicate event ids, ranges
 * (events, eras) ending before they start, series points out of date order. Messages name
 * the event, series or claim id; with `locations` (from readNativeJson) they also carry the
 * line and column of that id.
 */
QList<Diagnostic> validateDataset(const Dataset& dataset, const QString& fileName, const JsonSourceMap* locations = nullptr);

/// Events and series points that name no source: the embedded dataset keeps this at zero.
int unsourcedCount(const Dataset& dataset);

/**
 * @brief What `chronoscope validate FILE` prints: the reader's diagnostics, then (when the
 * file loaded) validateDataset()'s, each reference problem reported once, equal warnings
 * folded with a count (groupDiagnostics()). What loading would leave out (a row, a value, a
 * column: Diagnostic::dropsData()) is an error here, so that a script checking files before
 * use sees it; warnings are for what is kept. A file in which nothing names a source gets
 * one closing warning saying so instead of one per event or point.
 */
QList<Diagnostic> validateFile(const QString& path, const ImportOptions& options = {});

} // namespace chrono
