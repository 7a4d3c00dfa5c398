// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"

#include <QtCore/QHash>
#include <QtCore/QString>

namespace chrono {

/// Options every reader takes.
struct ImportOptions {
    /// Role overrides for record-shaped input (CSV, JSON records): role -> column / key name,
    /// e.g. {"start": "Publication date", "company": "Organization"} (`--map ROLE=COLUMN`).
    QHash<QString, QString> columnMap;
    /// Progress and cancellation; may be empty.
    ProgressCallback progress;
    /// Stop reading after this many diagnostics (a hostile file must not flood memory).
    int maxDiagnostics = 200;

    /// Which of the file's own groupings makes the lanes (`--map lane=NAME`, the import
    /// dialog's "Lanes from" choice): e.g. "group", "category", "parent", "section", "tag",
    /// "none"; empty for the reader's default. Lower case.
    QString laneGrouping() const { return columnMap.value(QStringLiteral("lane")).trimmed().toLower(); }
};

} // namespace chrono
