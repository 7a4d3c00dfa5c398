// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/io/importoptions.h"

#include <QtCore/QStringList>
#include <QtCore/QTextStream>

#include <optional>

namespace chrono::ui::cli {

/// Exit codes of the command line contract (docs/cli.md).
enum ExitCode { ExitOk = 0, ExitBadData = 1, ExitUsage = 2 };

QTextStream& out();
QTextStream& err();

/**
 * Loads the --input files (the embedded dataset when there are none), merging several into
 * one. Diagnostics go to stderr: errors with file:line:column, warnings summarised once.
 * Returns nullopt (after printing why) when any file fails.
 */
std::optional<DatasetPtr> loadInputs(const QStringList& files, const ImportOptions& options);

/// Parses repeated `--map ROLE=COLUMN` values; false (after printing why) on a malformed one.
bool parseColumnMap(const QStringList& values, ImportOptions& options);

/// Prints the warnings of a load once: the first few in full, then a count.
void printDiagnostics(const QList<Diagnostic>& diagnostics, int maxWarnings = 10);

} // namespace chrono::ui::cli
