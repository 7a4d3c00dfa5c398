// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/columnroles.h"

namespace chrono {

namespace {

struct RoleInfo {
    const char* name;
    const char* synonyms; ///< '|'-separated, most preferred first
};

// Order matches ColumnRole.
constexpr RoleInfo ROLE_INFO[COLUMN_ROLE_COUNT] = {
    { "id", "id|identifier|uid|key" },
    { "start", "start|start date|date|publication date|published|release date|released|begin|from|datetime|timestamp|when" },
    { "end", "end|end date|until|to|finish" },
    { "title", "title|name|model|system|headline|event|label" },
    { "company", "company|organization|organisation|organizations|organisations|group|lab|entity|country|developer|vendor" },
    { "category", "category|type|domain|kind" },
    { "description", "description|text|abstract|notes|details|summary" },
    { "url", "url|link|links|website|href" },
    { "source", "source|sources|reference|references|citation" },
    { "importance", "importance|priority|significance" },
    { "tags", "tags|keywords|labels" },
    { "year", "year|start year" },
    { "month", "month|start month" },
    { "day", "day|start day" },
    { "time", "time|start time" },
    { "end-year", "end year" },
    { "end-month", "end month" },
    { "end-day", "end day" },
    { "end-time", "end time" },
    { "value", "value" },
    { "code", "code|iso code|country code" },
};

} // namespace

QString columnRoleName(ColumnRole role)
{
    return QString::fromLatin1(ROLE_INFO[int(role)].name);
}

std::optional<ColumnRole> columnRoleFromName(QStringView name)
{
    const QString wanted = name.trimmed().toString().toLower().replace(u'_', u'-').replace(u' ', u'-');
    for (int i = 0; i < COLUMN_ROLE_COUNT; ++i) {
        if (wanted == QLatin1String(ROLE_INFO[i].name))
            return ColumnRole(i);
    }
    return std::nullopt;
}

QStringList columnRoleSynonyms(ColumnRole role)
{
    return QString::fromLatin1(ROLE_INFO[int(role)].synonyms).split(u'|');
}

std::optional<ColumnRole> ColumnRoles::roleOf(int index) const
{
    for (int i = 0; i < COLUMN_ROLE_COUNT; ++i) {
        if (columns[size_t(i)] == index)
            return ColumnRole(i);
    }
    return std::nullopt;
}

QString normalizeHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    bool pendingSpace = false;
    for (QChar c : header.trimmed()) {
        if (c.isSpace() || c == u'_' || c == u'-') {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c.toLower());
    }
    return out;
}

ColumnRoleDetection detectColumnRoles(const QStringList& headers, const QHash<QString, QString>& overrides)
{
    ColumnRoleDetection result;
    QStringList normalized;
    normalized.reserve(headers.size());
    for (const QString& h : headers)
        normalized.append(normalizeHeader(h));

    std::vector<bool> taken(size_t(headers.size()), false);
    for (int r = 0; r < COLUMN_ROLE_COUNT; ++r) {
        for (const QString& synonym : columnRoleSynonyms(ColumnRole(r))) {
            const int index = [&] {
                for (int i = 0; i < normalized.size(); ++i)
                    if (!taken[size_t(i)] && normalized[i] == synonym)
                        return i;
                return -1;
            }();
            if (index >= 0) {
                result.roles.columns[size_t(r)] = index;
                taken[size_t(index)] = true;
                break;
            }
        }
    }

    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        const std::optional<ColumnRole> role = columnRoleFromName(it.key());
        if (!role) {
            QStringList names;
            for (int i = 0; i < COLUMN_ROLE_COUNT; ++i)
                names.append(QString::fromLatin1(ROLE_INFO[i].name));
            result.error = QStringLiteral("unknown role \"%1\" in the column mapping; roles are: %2").arg(it.key(), names.join(QStringLiteral(", ")));
            return result;
        }
        if (it.value().trimmed().isEmpty()) {
            result.roles.columns[size_t(*role)] = -1;
            continue;
        }
        // Exact header first, then the normalised form.
        int index = int(headers.indexOf(it.value()));
        if (index < 0)
            index = int(normalized.indexOf(normalizeHeader(it.value())));
        if (index < 0) {
            QStringList quoted;
            for (const QString& h : headers)
                quoted.append(QLatin1Char('"') + h + QLatin1Char('"'));
            result.error = QStringLiteral("column \"%1\" mapped to role \"%2\" is not in the file; the columns are: %3")
                               .arg(it.value(), columnRoleName(*role), quoted.join(QStringLiteral(", ")));
            return result;
        }
        for (int& c : result.roles.columns)
            if (c == index)
                c = -1;
        result.roles.columns[size_t(*role)] = index;
    }
    return result;
}

QStringList splitMultiValue(QStringView cell)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        if (i == cell.size() || cell[i] == u',' || cell[i] == u';' || cell[i] == u'\n' || cell[i] == u'\r') {
            const QString part = cell.mid(start, i - start).trimmed().toString();
            if (!part.isEmpty() && !out.contains(part))
                out.append(part);
            start = i + 1;
        }
    }
    return out;
}

QString slugify(QStringView name)
{
    QString out;
    out.reserve(name.size());
    bool dash = false;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out.append(u'-');
            dash = false;
            out.append(c.toLower());
        } else {
            dash = true;
        }
    }
    return out;
}

} // namespace chrono
