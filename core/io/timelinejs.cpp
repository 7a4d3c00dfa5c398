// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/timelinejs.h"

#include "core/io/columnroles.h"
#include "core/io/dateforms.h"
#include "core/io/htmltext.h"
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

/// A date part as text: TimelineJS writes them as strings ("1815") or numbers (1815).
QString part(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Whole numbers print without a fraction; converting one beyond 2^53 to an integer
        // would be undefined (1e300), and no calendar needs it: such a value stays a double
        // and the date parser refuses it.
        return std::floor(d) == d && std::fabs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    return v.toString().trimmed();
}

/// Reads a TimelineJS date object. An absent or empty object gives an invalid date and no error.
bool readDate(const QJsonValue& value, Date& date, QString& error)
{
    date = Date();
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isObject()) {
        error = QStringLiteral("a date must be an object with year, month, day");
        return false;
    }
    const QJsonObject o = value.toObject();
    const QString year = part(o, "year"), month = part(o, "month"), day = part(o, "day"), hour = part(o, "hour");
    if (year.isEmpty() && month.isEmpty() && day.isEmpty())
        return true;
    QString time;
    if (!hour.isEmpty()) {
        const QString minute = part(o, "minute"), second = part(o, "second");
        time = hour + QLatin1Char(':') + (minute.isEmpty() ? QStringLiteral("00") : minute.rightJustified(2, QLatin1Char('0')));
        if (!second.isEmpty())
            time += QLatin1Char(':') + second.rightJustified(2, QLatin1Char('0'));
    }
    const DateParseResult r = dateFromParts(year, month, day, time);
    if (!r.ok()) {
        error = r.error;
        return false;
    }
    date = r.date;
    return true;
}

} // namespace

LoadResult importTimelineJsData(const QByteArray& data, const QString& fileName, const ImportOptions& options)
{
    DiagnosticSink sink(fileName, options.maxDiagnostics);
    // Strict syntax and positions: see JsonLocator (QJsonDocument gives neither).
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
    const QJsonObject root = doc.object();
    if (!doc.isObject() || (!root.value(QLatin1String("events")).isArray() && !root.value(QLatin1String("title")).isObject())) {
        sink.error(1, 1, QStringLiteral("not a TimelineJS file: expected an object with an \"events\" array"), Diagnostic::Kind::NotThisFormat);
        return { nullptr, sink.take() };
    }

    DatasetBuilder builder;
    builder.meta().title.en = QFileInfo(fileName).completeBaseName();
    const QJsonObject titleSlide = root.value(QLatin1String("title")).toObject();
    if (!titleSlide.isEmpty()) {
        const QJsonObject text = titleSlide.value(QLatin1String("text")).toObject();
        const QString headline = htmlToPlainText(text.value(QLatin1String("headline")).toString());
        if (!headline.isEmpty())
            builder.meta().title.en = headline;
        builder.meta().description.en = htmlToPlainText(text.value(QLatin1String("text")).toString());
    }

    QHash<QString, QString> companyIds;
    QSet<QString> usedIds, eventIds;
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    const QString eventsKey = QStringLiteral("events");
    for (int i = 0; i < events.size(); ++i) {
        const QString context = QStringLiteral("event %1").arg(i + 1);
        const auto [line, column] = locator.element(eventsKey, i);
        // Date problems point at the date object, the rest at the slide.
        const auto warnAt = [&](const char* key, const QString& message) {
            const JsonLocation where = locator.value(eventsKey, i, { QLatin1String(key) });
            sink.droppedRow(where.line, where.column, message);
        };
        const QJsonObject slide = events.at(i).toObject();
        const QJsonObject text = slide.value(QLatin1String("text")).toObject();
        Event e;
        QString error;
        if (!readDate(slide.value(QLatin1String("start_date")), e.start, error) || !e.start.isValid()) {
            warnAt("start_date", context + (error.isEmpty() ? QStringLiteral(": no start_date") : QStringLiteral(": bad start_date: ") + error) + QStringLiteral("; skipped"));
            continue;
        }
        if (!readDate(slide.value(QLatin1String("end_date")), e.end, error)) {
            warnAt("end_date", context + QStringLiteral(": bad end_date: ") + error + QStringLiteral("; skipped"));
            continue;
        }
        if (e.end.isValid() && e.end.endMs() <= e.start.ms) {
            warnAt("end_date", context + QStringLiteral(": end_date is before start_date; skipped"));
            continue;
        }
        e.title.en = htmlToPlainText(text.value(QLatin1String("headline")).toString(), &e.links);
        e.description.en = htmlToPlainText(text.value(QLatin1String("text")).toString(), &e.links);
        if (e.title.en.isEmpty()) {
            // A slide may carry only text: its first line is the best title there is.
            e.title.en = e.description.en.section(QLatin1Char('\n'), 0, 0).left(120);
            if (e.title.en.isEmpty()) {
                sink.droppedRow(line, column, context + QStringLiteral(": no headline and no text; skipped"));
                continue;
            }
        }
        const QString mediaUrl = slide.value(QLatin1String("media")).toObject().value(QLatin1String("url")).toString().trimmed();
        if (isWebUrl(mediaUrl) && !e.links.contains(mediaUrl))
            e.links.append(mediaUrl);
        const QString group = htmlToPlainText(slide.value(QLatin1String("group")).toString());
        if (!group.isEmpty()) {
            QString id = companyIds.value(group);
            if (id.isEmpty()) {
                const QString base = slugify(group).isEmpty() ? QStringLiteral("group") : slugify(group);
                id = base;
                for (int n = 2; usedIds.contains(id); ++n)
                    id = base + QLatin1Char('-') + QString::number(n);
                usedIds.insert(id);
                companyIds.insert(group, id);
                builder.addCompany(Company { id, LocalizedText { group, {} }, {} });
            }
            e.company = id;
        }
        e.id = slide.value(QLatin1String("unique_id")).toString().trimmed();
        if (e.id.isEmpty() || eventIds.contains(e.id))
            e.id = QStringLiteral("event-%1").arg(i + 1);
        eventIds.insert(e.id);
        builder.addEvent(e);
    }

    const QJsonArray eras = root.value(QLatin1String("eras")).toArray();
    for (int i = 0; i < eras.size(); ++i) {
        const QString context = QStringLiteral("era %1").arg(i + 1);
        const auto [line, column] = locator.element(QStringLiteral("eras"), i);
        const QJsonObject o = eras.at(i).toObject();
        Era era;
        QString error;
        if (!readDate(o.value(QLatin1String("start_date")), era.start, error) || !era.start.isValid()
            || !readDate(o.value(QLatin1String("end_date")), era.end, error)) {
            sink.droppedRow(line, column, context + QStringLiteral(": bad or missing date %1; skipped").arg(error));
            continue;
        }
        if (!era.end.isValid())
            era.end = era.start;
        era.id = QStringLiteral("era-%1").arg(i + 1);
        era.title.en = htmlToPlainText(o.value(QLatin1String("text")).toObject().value(QLatin1String("headline")).toString());
        builder.addEra(era);
    }

    if (!companyIds.isEmpty())
        builder.meta().laneLabel = LocalizedText { QStringLiteral("Group"), QStringLiteral("分组") };
    if (builder.eventCount() == 0 && builder.eras().isEmpty()) {
        // Point at the first skipped slide, or at the start of the document.
        int line = 1, column = 1;
        sink.firstPosition(line, column);
        sink.error(line, column, events.isEmpty() ? QStringLiteral("the timeline has no events") : QStringLiteral("no usable event: all %1 were skipped").arg(events.size()), Diagnostic::Kind::NoData);
        return { nullptr, sink.take() };
    }
    return { builder.build(), sink.take() };
}

LoadResult importTimelineJs(QIODevice& device, const QString& fileName, const ImportOptions& options)
{
    QByteArray data;
    Diagnostic error;
    if (!readDeviceCapped(device, IMPORT_MAX_JSON_BYTES, fileName, data, error))
        return { nullptr, { error } };
    return importTimelineJsData(data, fileName, options);
}

} // namespace chrono
