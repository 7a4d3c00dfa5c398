// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/vistimeline.h"

#include "core/io/dateforms.h"
#include "core/io/diagnosticsink.h"
#include "core/io/htmltext.h"
#include "core/io/importnames.h"
#include "core/io/jsonlocator.h"
#include "core/io/jsonrecords.h"
#include "core/io/recordimport.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <cmath>

namespace chrono {

namespace {

/// An id as vis-timeline allows it: a string or a number.
QString idText(const QJsonValue& v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        return std::floor(d) == d && std::fabs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    return v.isString() ? v.toString().trimmed() : QString();
}

/// A vis-timeline date: an ISO string (any form parseFlexibleDate reads) or milliseconds since
/// 1970 (day precision when it falls on a UTC midnight). False with @p error when malformed.
bool readDate(const QJsonValue& v, Date& date, QString& error)
{
    date = Date();
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return true;
    if (v.isDouble()) {
        const double ms = v.toDouble();
        // ±10^16 ms is ±300,000 years: beyond that no calendar applies.
        if (!std::isfinite(ms) || std::fabs(ms) > 1e16) {
            error = QStringLiteral("%1 is not a time in milliseconds").arg(ms);
            return false;
        }
        const TimeMs t = TimeMs(ms);
        date = Date::fromMs(t, t % MS_PER_DAY == 0 ? DatePrecision::Day : DatePrecision::Minute);
        return true;
    }
    if (!v.isString()) {
        error = QStringLiteral("a date must be a string or a number");
        return false;
    }
    const DateParseResult r = parseFlexibleDate(v.toString());
    if (!r.ok()) {
        error = r.error;
        return false;
    }
    date = r.date;
    return true;
}

struct Group {
    QString name;
    QString color;
};

} // namespace

LoadResult importVisTimelineData(const QByteArray& data, const QString& fileName, const ImportOptions& options)
{
    DiagnosticSink sink(fileName, options.maxDiagnostics);
    JsonLocator locator(data);
    if (!locator.scan()) {
        sink.add(locator.syntaxError(fileName));
        return { nullptr, sink.take() };
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        sink.add(jsonParseDiagnostic(data, parseError, fileName));
        return { nullptr, sink.take() };
    }
    QJsonArray items, groups;
    QString itemsKey; // "" = the top-level array
    if (doc.isArray()) {
        items = doc.array();
    } else {
        const QJsonObject root = doc.object();
        items = root.value(QLatin1String("items")).toArray();
        groups = root.value(QLatin1String("groups")).toArray();
        itemsKey = QStringLiteral("items");
        if (!root.value(QLatin1String("items")).isArray()) {
            sink.error(1, 1, QStringLiteral("not vis-timeline data: expected an array of items or an object with an \"items\" array"),
                Diagnostic::Kind::NotThisFormat);
            return { nullptr, sink.take() };
        }
    }
    const QString lanes = options.laneGrouping().isEmpty() ? QStringLiteral("group") : options.laneGrouping();
    if (lanes != u"group" && lanes != u"class" && lanes != u"none") {
        sink.error(0, 0, QStringLiteral("--map lane=%1: vis-timeline lanes come from \"group\", \"class\" or \"none\"").arg(lanes), Diagnostic::Kind::BadValue);
        return { nullptr, sink.take() };
    }

    DatasetBuilder builder;
    builder.meta().title.en = QFileInfo(fileName).completeBaseName();
    builder.meta().laneLabel = lanes == u"class" ? LocalizedText { QStringLiteral("Class"), QStringLiteral("类别") }
                                                 : LocalizedText { QStringLiteral("Group"), QStringLiteral("分组") };

    // Groups first: items name them by id, lanes are named by their content.
    QHash<QString, Group> groupById;
    for (int i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups.at(i).toObject();
        const QString id = idText(g.value(QLatin1String("id")));
        const JsonLocation at = locator.element(QStringLiteral("groups"), i);
        if (id.isEmpty()) {
            sink.warning(at.line, at.column, QStringLiteral("group %1: no id; skipped").arg(i + 1), Diagnostic::Kind::DroppedValue);
            continue;
        }
        Group group;
        group.name = htmlToPlainText(g.value(QLatin1String("content")).toString());
        if (group.name.isEmpty())
            group.name = id;
        group.color = cssStyleColor(g.value(QLatin1String("style")).toString());
        if (group.color.isEmpty())
            group.color = cssColorToHex(g.value(QLatin1String("className")).toString());
        if (groupById.contains(id)) {
            sink.warning(at.line, at.column, QStringLiteral("group %1: id \"%2\" is used twice; the first is kept").arg(i + 1).arg(id), Diagnostic::Kind::DroppedValue);
            continue;
        }
        // Lanes are made when an item first uses them: a group without items makes no empty lane.
        groupById.insert(id, group);
    }

    SlugIds companyIds(QStringLiteral("group")), categoryIds(QStringLiteral("class"));
    auto laneFor = [&](const QString& name, const QString& color) {
        bool isNew = false;
        const QString id = companyIds.idFor(name, &isNew);
        if (isNew)
            builder.addCompany(Company { id, LocalizedText { name, {} }, color });
        return id;
    };
    QSet<QString> eventIds;
    QSet<QString> undeclaredGroups;
    int eraNumber = 0;
    for (int i = 0; i < items.size(); ++i) {
        const QString context = QStringLiteral("item %1").arg(i + 1);
        const JsonLocation at = locator.element(itemsKey, i);
        const auto where = [&](const char* key) { return locator.value(itemsKey, i, { QLatin1String(key) }); };
        if (!items.at(i).isObject()) {
            sink.droppedRow(at.line, at.column, context + QStringLiteral(": not an object; skipped"));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        Date start, end;
        QString error;
        if (!readDate(item.value(QLatin1String("start")), start, error) || !start.isValid()) {
            const JsonLocation w = where("start");
            sink.droppedRow(w.line, w.column, context + (error.isEmpty() ? QStringLiteral(": no start; skipped") : QStringLiteral(": bad start: %1; skipped").arg(error)));
            continue;
        }
        if (!readDate(item.value(QLatin1String("end")), end, error)) {
            const JsonLocation w = where("end");
            sink.droppedRow(w.line, w.column, context + QStringLiteral(": bad end: %1; skipped").arg(error));
            continue;
        }
        if (end.isValid() && end.endMs() <= start.ms) {
            const JsonLocation w = where("end");
            sink.droppedRow(w.line, w.column, context + QStringLiteral(": the end %1 is before the start %2; skipped").arg(end.toString(), start.toString()));
            continue;
        }
        QStringList links;
        QString title = htmlToPlainText(item.value(QLatin1String("content")).toString(), &links);
        const QString tooltip = htmlToPlainText(item.value(QLatin1String("title")).toString(), &links);
        if (title.isEmpty())
            title = tooltip.section(QLatin1Char('\n'), 0, 0).left(120);
        const QString type = item.value(QLatin1String("type")).toString().trimmed().toLower();
        if (!type.isEmpty() && type != u"box" && type != u"point" && type != u"range" && type != u"background") {
            const JsonLocation w = where("type");
            sink.warning(w.line, w.column, context + QStringLiteral(": unknown type \"%1\"; read as %2").arg(type, end.isValid() ? QStringLiteral("range") : QStringLiteral("point")),
                Diagnostic::Kind::Adjusted);
        }
        const QString className = item.value(QLatin1String("className")).toString().trimmed();
        const QString styleColor = cssStyleColor(item.value(QLatin1String("style")).toString());
        const QString classColor = cssColorToHex(className);

        if (type == u"background") {
            Era era;
            era.id = QStringLiteral("era-%1").arg(++eraNumber);
            era.title.en = title;
            era.start = start;
            era.end = end.isValid() ? end : start;
            era.color = styleColor.isEmpty() ? classColor : styleColor;
            builder.addEra(era);
            continue;
        }
        if (title.isEmpty()) {
            const JsonLocation w = where("content");
            sink.droppedRow(w.line, w.column, context + QStringLiteral(": no content and no title; skipped"));
            continue;
        }
        Event e;
        e.start = start;
        if ((type == u"box" || type == u"point") && end.isValid()) {
            const JsonLocation w = where("end");
            sink.warning(w.line, w.column, context + QStringLiteral(": a %1 item has no end; the end %2 is not read").arg(type, end.toString()), Diagnostic::Kind::DroppedValue);
        } else {
            e.end = end;
        }
        if (type == u"range" && !end.isValid()) {
            const JsonLocation w = where("type");
            sink.warning(w.line, w.column, context + QStringLiteral(": a range without an end is read as a point"), Diagnostic::Kind::Adjusted);
        }
        e.title.en = title;
        if (tooltip != title)
            e.description.en = tooltip;
        e.links = links;

        const QJsonValue groupValue = item.value(QLatin1String("group"));
        const QString groupId = idText(groupValue);
        if (lanes == u"group" && !groupId.isEmpty()) {
            const auto g = groupById.constFind(groupId);
            if (g != groupById.cend()) {
                e.company = laneFor(g->name, g->color);
            } else {
                if (!groups.isEmpty() && !undeclaredGroups.contains(groupId)) {
                    const JsonLocation w = where("group");
                    sink.warning(w.line, w.column, context + QStringLiteral(": group \"%1\" is not among the groups; a lane of that name is added").arg(groupId),
                        Diagnostic::Kind::UndeclaredReference);
                }
                undeclaredGroups.insert(groupId);
                e.company = laneFor(groupId, {});
            }
        }
        if (!className.isEmpty()) {
            bool isNew = false;
            e.category = categoryIds.idFor(className, &isNew);
            if (isNew) {
                const QString color = classColor.isEmpty() ? styleColor : classColor;
                builder.addCategory(Category { e.category, LocalizedText { className, {} }, color });
            }
            if (lanes == u"class")
                e.company = laneFor(className, classColor.isEmpty() ? styleColor : classColor);
        }

        e.id = idText(item.value(QLatin1String("id")));
        if (e.id.isEmpty() || eventIds.contains(e.id)) {
            if (!e.id.isEmpty()) {
                const JsonLocation w = where("id");
                sink.warning(w.line, w.column, context + QStringLiteral(": id \"%1\" is used twice; this item is named item-%2").arg(e.id).arg(i + 1), Diagnostic::Kind::Renamed);
            }
            e.id = QStringLiteral("item-%1").arg(i + 1);
        }
        eventIds.insert(e.id);
        builder.addEvent(e);
    }

    if (builder.eventCount() == 0 && builder.eras().isEmpty()) {
        int line = 1, column = 1;
        sink.firstPosition(line, column);
        sink.error(line, column, items.isEmpty() ? QStringLiteral("the timeline has no items") : QStringLiteral("no usable item: all %1 were skipped").arg(items.size()),
            Diagnostic::Kind::NoData);
        return { nullptr, sink.take() };
    }
    return { builder.build(), sink.take() };
}

LoadResult importVisTimeline(QIODevice& device, const QString& fileName, const ImportOptions& options)
{
    QByteArray data;
    Diagnostic error;
    if (!readDeviceCapped(device, IMPORT_MAX_JSON_BYTES, fileName, data, error))
        return { nullptr, { error } };
    return importVisTimelineData(data, fileName, options);
}

} // namespace chrono
