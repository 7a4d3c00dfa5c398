// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/data/timerange.h"
#include "core/filter/filterspec.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <optional>

namespace chrono::ui {

/**
 * @brief What a window shows, as a value: filters, visible range, chosen chart, theme and
 * language. Saved to QSettings on exit and to small JSON "view files" that
 * `chronoscope export --view-file` reproduces.
 */
struct ViewState {
    FilterSpec filter;
    std::optional<TimeRange> range;
    QString view = QStringLiteral("timeline"); ///< timeline | chart:ID | report
    QString chartGroup;
    QString chartKind; ///< line | stacked | stacked-relative | step | growth; empty = by series kind
    QString theme = QStringLiteral("light");
    Language language = Language::English;

    QByteArray toJson() const;
    /// Parses a view file; on failure returns nullopt and sets `error` ("line:column: why").
    static std::optional<ViewState> fromJson(const QByteArray& json, QString* error);
};

QString languageCode(Language language); ///< "en" / "zh"
std::optional<Language> languageFromCode(QStringView code);

/// --from semantics: the start of the date's period. --to: the exclusive end of its period,
/// so `--to 2025` includes all of 2025.
std::optional<TimeMs> parseFromDate(QStringView text, QString* error);
std::optional<TimeMs> parseToDate(QStringView text, QString* error);

/**
 * Resolves a comma-separated list of company ids or names (English or Chinese,
 * case-insensitive) against the dataset. Unknown entries are returned in `unknown`.
 */
QSet<QString> resolveCompanies(const Dataset& dataset, QStringView list, QStringList* unknown);
QSet<QString> resolveCategories(const Dataset& dataset, QStringView list, QStringList* unknown);

} // namespace chrono::ui
