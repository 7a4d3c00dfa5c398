// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/state/viewstate.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace chrono::ui {

QString languageCode(Language language)
{
    return language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

std::optional<Language> languageFromCode(QStringView code)
{
    if (code.compare(u"en", Qt::CaseInsensitive) == 0 || code.startsWith(u"en_", Qt::CaseInsensitive))
        return Language::English;
    if (code.compare(u"zh", Qt::CaseInsensitive) == 0 || code.startsWith(u"zh_", Qt::CaseInsensitive)
        || code.compare(u"zh-cn", Qt::CaseInsensitive) == 0)
        return Language::Chinese;
    return std::nullopt;
}

std::optional<TimeMs> parseFromDate(QStringView text, QString* error)
{
    const DateParseResult r = parseIsoDate(text);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return r.date.ms;
}

std::optional<TimeMs> parseToDate(QStringView text, QString* error)
{
    const DateParseResult r = parseIsoDate(text);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return r.date.endMs();
}

static QString dateText(TimeMs ms)
{
    return Date::fromMs(ms, DatePrecision::Minute).toString();
}

QByteArray ViewState::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("format")] = QStringLiteral("chronoscope-view");
    o[QStringLiteral("version")] = 1;
    o[QStringLiteral("view")] = view;
    QJsonObject f;
    QStringList companies(filter.companies.begin(), filter.companies.end());
    companies.sort();
    QStringList categories(filter.categories.begin(), filter.categories.end());
    categories.sort();
    f[QStringLiteral("companies")] = QJsonArray::fromStringList(companies);
    f[QStringLiteral("categories")] = QJsonArray::fromStringList(categories);
    f[QStringLiteral("text")] = filter.text;
    if (filter.from)
        f[QStringLiteral("from")] = dateText(*filter.from);
    if (filter.to)
        f[QStringLiteral("to")] = dateText(*filter.to);
    f[QStringLiteral("minImportance")] = filter.minImportance;
    o[QStringLiteral("filter")] = f;
    if (range) {
        o[QStringLiteral("range")] = QJsonObject { { QStringLiteral("start"), dateText(range->start) },
            { QStringLiteral("end"), dateText(range->end) } };
    }
    o[QStringLiteral("chartGroup")] = chartGroup;
    o[QStringLiteral("chartKind")] = chartKind;
    o[QStringLiteral("theme")] = theme;
    o[QStringLiteral("language")] = languageCode(language);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

static std::optional<TimeMs> readTime(const QJsonValue& v, QString* error, const char* what)
{
    const DateParseResult r = parseIsoDate(v.toString());
    if (!r.ok()) {
        *error = QStringLiteral("%1: %2").arg(QLatin1String(what), r.error);
        return std::nullopt;
    }
    return r.date.ms;
}

std::optional<ViewState> ViewState::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    QString dummy;
    QString& err = error ? *error : dummy;
    if (pe.error != QJsonParseError::NoError) {
        int line = 1, column = 1;
        for (int i = 0; i < pe.offset && i < json.size(); ++i) {
            if (json[i] == '\n') {
                ++line;
                column = 1;
            } else if ((json[i] & 0xC0) != 0x80) {
                ++column;
            }
        }
        err = QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(pe.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != u"chronoscope-view") {
        err = QStringLiteral("not a Chronoscope view file (\"format\": \"chronoscope-view\" missing)");
        return std::nullopt;
    }
    ViewState v;
    v.view = o.value(QStringLiteral("view")).toString(v.view);
    const QJsonObject f = o.value(QStringLiteral("filter")).toObject();
    for (const QJsonValue& c : f.value(QStringLiteral("companies")).toArray())
        v.filter.companies.insert(c.toString());
    for (const QJsonValue& c : f.value(QStringLiteral("categories")).toArray())
        v.filter.categories.insert(c.toString());
    v.filter.text = f.value(QStringLiteral("text")).toString();
    if (f.contains(QStringLiteral("from")) && !(v.filter.from = readTime(f.value(QStringLiteral("from")), &err, "filter.from")))
        return std::nullopt;
    if (f.contains(QStringLiteral("to")) && !(v.filter.to = readTime(f.value(QStringLiteral("to")), &err, "filter.to")))
        return std::nullopt;
    v.filter.minImportance = f.value(QStringLiteral("minImportance")).toInt(1);
    if (o.contains(QStringLiteral("range"))) {
        const QJsonObject r = o.value(QStringLiteral("range")).toObject();
        const auto s = readTime(r.value(QStringLiteral("start")), &err, "range.start");
        const auto e = s ? readTime(r.value(QStringLiteral("end")), &err, "range.end") : std::nullopt;
        if (!s || !e)
            return std::nullopt;
        v.range = TimeRange { *s, *e }.normalized();
    }
    v.chartGroup = o.value(QStringLiteral("chartGroup")).toString();
    v.chartKind = o.value(QStringLiteral("chartKind")).toString();
    v.theme = o.value(QStringLiteral("theme")).toString(v.theme);
    v.language = languageFromCode(o.value(QStringLiteral("language")).toString()).value_or(Language::English);
    return v;
}

template<typename List>
static QSet<QString> resolveIds(const List& items, QStringView list, QStringList* unknown)
{
    QSet<QString> ids;
    for (QStringView part : list.split(u',', Qt::SkipEmptyParts)) {
        const QStringView want = part.trimmed();
        if (want.isEmpty())
            continue;
        bool found = false;
        for (const auto& item : items) {
            if (want.compare(item.id, Qt::CaseInsensitive) == 0 || want.compare(item.name.en, Qt::CaseInsensitive) == 0
                || (!item.name.zh.isEmpty() && want.compare(item.name.zh, Qt::CaseInsensitive) == 0)) {
                ids.insert(item.id);
                found = true;
            }
        }
        if (!found && unknown)
            unknown->append(want.toString());
    }
    return ids;
}

QSet<QString> resolveCompanies(const Dataset& dataset, QStringView list, QStringList* unknown)
{
    return resolveIds(dataset.companies(), list, unknown);
}

QSet<QString> resolveCategories(const Dataset& dataset, QStringView list, QStringList* unknown)
{
    return resolveIds(dataset.categories(), list, unknown);
}

} // namespace chrono::ui
