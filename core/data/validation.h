// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QStringView>

namespace chrono {

/**
 * @brief Checks of single entities before an edit is accepted (the edit dialogs enable OK
 * only when these return nothing). Pure functions: no UI, no I/O.
 *
 * Each returns human-readable problems, empty when the entity may be stored in `dataset`.
 * `originalId` is the id the entity had before the edit (empty for a new entity): keeping
 * one's own id is not a clash.
 */

/// Event: id non-empty and unique; valid start; end (when set) not before start; company,
/// category and source ids known in `dataset` (company and category may be empty);
/// links well-formed http(s) URLs; importance 1–5; a title in at least one language.
QStringList validateEvent(const Event& event, const Dataset& dataset, const QString& originalId = {});
/// Company: id non-empty and unique, a name in at least one language, colour empty or #rrggbb.
QStringList validateCompany(const Company& company, const Dataset& dataset, const QString& originalId = {});
/// Category: same rules as companies.
QStringList validateCategory(const Category& category, const Dataset& dataset, const QString& originalId = {});
/// Source: id non-empty and unique, a title or publisher, URL empty or a well-formed http(s) URL.
QStringList validateSource(const Source& source, const Dataset& dataset, const QString& originalId = {});

/// Problems with an id alone (empty, surrounding spaces, control characters); empty when fine.
QString idProblem(QStringView id);
/// True for an absolute http:// or https:// URL with a host that parses in strict mode.
bool isHttpUrl(const QString& url);
/// True for "#rrggbb" (hex digits of either case).
bool isHexColor(QStringView color);

/**
 * @brief Parses a date typed into a form field.
 * @return an empty string and sets `date` when `text` is a valid date (YYYY, YYYY-MM,
 * YYYY-MM-DD or ISO date-time); an empty `text` gives an invalid `date` and no error when
 * `required` is false. Otherwise the parser's message with the 1-based character position.
 */
QString parseDateField(QStringView text, bool required, Date& date);

/// Ids of the events whose company is `companyId`, in dataset order.
QStringList eventsOfCompany(const Dataset& dataset, QStringView companyId);
/// Ids of the events whose category is `categoryId`, in dataset order.
QStringList eventsOfCategory(const Dataset& dataset, QStringView categoryId);
/// What cites source `sourceId`: "event X", "series Y", "claim Z" entries, in dataset order.
QStringList usesOfSource(const Dataset& dataset, QStringView sourceId);
/// Series whose company is `companyId` (series ids).
QStringList seriesOfCompany(const Dataset& dataset, QStringView companyId);

} // namespace chrono
