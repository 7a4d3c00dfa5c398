// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <array>
#include <optional>

namespace chrono {

/// What a column (or JSON key) of a record-shaped file holds.
enum class ColumnRole : quint8 {
    Id,
    Start, ///< a whole date in one cell
    End,
    Title,
    Company, ///< the lane; for series files the entity
    Category,
    Description,
    Url,
    Source,
    Importance,
    Tags,
    Year, ///< start split across Year / Month / Day / Time columns
    Month,
    Day,
    Time,
    EndYear,
    EndMonth,
    EndDay,
    EndTime,
    Value, ///< the number of a long series file
    Code, ///< an entity code (OWID "Code"): recognised so it is not taken for a value
};
constexpr int COLUMN_ROLE_COUNT = int(ColumnRole::Code) + 1;

/// The role's name as used in ImportOptions::columnMap and `--map`: "start", "end-year", ...
QString columnRoleName(ColumnRole role);
std::optional<ColumnRole> columnRoleFromName(QStringView name);
/// Header names recognised for @p role, lower case, in order of preference.
QStringList columnRoleSynonyms(ColumnRole role);

/// Which column holds each role; -1 when none.
struct ColumnRoles {
    std::array<int, COLUMN_ROLE_COUNT> columns;
    ColumnRoles() { columns.fill(-1); }

    int column(ColumnRole role) const { return columns[size_t(role)]; }
    bool has(ColumnRole role) const { return column(role) >= 0; }
    /// A start date can be read: a Start column, or at least a Year column.
    bool hasStart() const { return has(ColumnRole::Start) || has(ColumnRole::Year); }
    /// The role of column @p index, if any.
    std::optional<ColumnRole> roleOf(int index) const;
};

/// Result of detectColumnRoles(): the roles, or an error when an override cannot be applied.
struct ColumnRoleDetection {
    ColumnRoles roles;
    QString error; ///< empty when fine
    int errorColumn = -1; ///< 0-based header index the error is about, -1 when none
    bool ok() const { return error.isEmpty(); }
};

/**
 * @brief Finds the role of each column from its header name.
 *
 * Headers are compared case-insensitively after trimming and treating `_`, `-` and runs of
 * spaces as one space ("Publication_date" = "publication date"). Each role takes the column
 * matching its most preferred synonym (leftmost on ties); a column gets at most one role.
 *
 * @p overrides (role name -> header) win over detection: the named column takes the role and
 * loses any role it was given. An empty header removes the role. An unknown role name, or a
 * header that is not in the file, is an error listing what is available.
 */
ColumnRoleDetection detectColumnRoles(const QStringList& headers, const QHash<QString, QString>& overrides = {});

/// "Publication_Date " -> "publication date": the form headers are compared in.
QString normalizeHeader(QStringView header);

/**
 * @brief Splits a multi-valued cell such as "Google DeepMind, Google" or "OpenAI;Microsoft".
 *
 * Values are separated by `,` `;` or line breaks; each is trimmed and empty ones dropped;
 * repeats are kept once. The first value is the one that matters most (the lane).
 */
QStringList splitMultiValue(QStringView cell);

/// A stable id from a name: lower case, letters and digits kept, anything else one '-'.
/// "Google DeepMind" -> "google-deepmind". Empty when the name has no letter or digit.
QString slugify(QStringView name);

} // namespace chrono
