// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/timelinexml.h"

#include "core/io/columnroles.h"
#include "core/io/csvtokenizer.h"
#include "core/io/diagnosticsink.h"
#include "core/io/importnames.h"
#include "core/io/recordimport.h"
#include "core/io/timelinecategories.h"

#include <QtCore/QBuffer>
#include <QtCore/QFileInfo>
#include <QtCore/QXmlStreamReader>

namespace chrono {

namespace {

/// The child elements of the current element as name -> text (one level, which is all the format uses).
QHash<QString, QString> readChildren(QXmlStreamReader& xml, QHash<QString, int>* lines = nullptr)
{
    QHash<QString, QString> out;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        if (lines)
            lines->insert(name, int(xml.lineNumber()));
        // Nested elements (displayed_period, alert...) are skipped whole.
        out.insert(name, xml.readElementText(QXmlStreamReader::SkipChildElements));
    }
    return out;
}

/// True unless the XML declaration names an encoding other than UTF-8 (UTF-8 is XML's default).
bool declaredUtf8(const QByteArray& data)
{
    const QByteArrayView head = QByteArrayView(data).first(std::min<qsizetype>(data.size(), 256));
    if (!head.startsWith("<?xml") && !head.startsWith("\xEF\xBB\xBF<?xml"))
        return !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF");
    const qsizetype end = head.indexOf("?>");
    const QByteArray decl = head.first(end < 0 ? head.size() : end).toByteArray().toLower();
    const qsizetype at = decl.indexOf("encoding");
    return at < 0 || decl.indexOf("utf-8", at) >= 0 || decl.indexOf("utf8", at) >= 0;
}

} // namespace

LoadResult importTimelineXmlData(const QByteArray& data, const QString& fileName, const ImportOptions& options)
{
    DiagnosticSink sink(fileName, options.maxDiagnostics);
    // QXmlStreamReader reports bad UTF-8 where its decoder happened to be (often line 1), so
    // check the bytes first and name the real place.
    if (declaredUtf8(data)) {
        int line = 0, column = 0;
        QString message;
        if (!validateUtf8(QByteArrayView(data), line, column, message)) {
            sink.error(line, column, message, Diagnostic::Kind::Syntax);
            return { nullptr, sink.take() };
        }
    }
    if (!TimelineCategories::isGrouping(options.laneGrouping())) {
        sink.error(0, 0, QStringLiteral("--map lane=%1: Timeline lanes come from \"category\", \"parent\" or \"none\"").arg(options.laneGrouping()),
            Diagnostic::Kind::BadValue);
        return { nullptr, sink.take() };
    }
    QXmlStreamReader xml(data);
    DatasetBuilder builder;
    builder.meta().title.en = QFileInfo(fileName).completeBaseName();
    TimelineCategories categories(builder, options.laneGrouping());
    int eventNumber = 0, eraNumber = 0;
    bool sawRoot = false;

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference) {
            // The reader stands at the end of the declaration; name the place where it starts.
            int line = int(xml.lineNumber()), column = int(xml.columnNumber());
            if (const qsizetype at = data.indexOf("<!DOCTYPE"); token == QXmlStreamReader::DTD && at >= 0)
                lineColumnAt(QByteArrayView(data), at, line, column);
            sink.error(line, column,
                QStringLiteral("document type declarations and entities are not accepted in .timeline files"), Diagnostic::Kind::Syntax);
            return { nullptr, sink.take() };
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (!sawRoot) {
            if (name != u"timeline") {
                sink.error(int(xml.lineNumber()), int(xml.columnNumber()), QStringLiteral("not a .timeline file: the root element is <%1>, not <timeline>").arg(name.toString()), Diagnostic::Kind::NotThisFormat);
                return { nullptr, sink.take() };
            }
            sawRoot = true;
            continue;
        }
        const int line = int(xml.lineNumber());
        if (name == u"category") {
            const QHash<QString, QString> c = readChildren(xml);
            if (xml.hasError())
                break;
            const QString catName = c.value(QStringLiteral("name")).trimmed();
            if (catName.isEmpty()) {
                sink.warning(line, 0, QStringLiteral("category without a name; skipped"), Diagnostic::Kind::DroppedValue);
                continue;
            }
            const QString color = rgbTripleToHex(c.value(QStringLiteral("color")));
            if (color.isEmpty() && c.contains(QStringLiteral("color")))
                sink.warning(line, 0, QStringLiteral("category \"%1\": colour \"%2\" is not r,g,b; none used").arg(catName, c.value(QStringLiteral("color"))), Diagnostic::Kind::DroppedValue);
            if (!categories.declare(catName, color, c.value(QStringLiteral("parent")).trimmed()))
                sink.warning(line, 0, QStringLiteral("category \"%1\" is defined twice; the first is kept").arg(catName), Diagnostic::Kind::DroppedValue);
        } else if (name == u"event") {
            ++eventNumber;
            QHash<QString, int> lines;
            const QHash<QString, QString> ev = readChildren(xml, &lines);
            if (xml.hasError())
                break;
            const QString startText = ev.value(QStringLiteral("start")), endText = ev.value(QStringLiteral("end"));
            const bool dayOnly = isTimelineMidnight(startText) && (endText.isEmpty() || isTimelineMidnight(endText));
            Event e;
            if (!parseTimelineTime(startText, dayOnly, e.start)) {
                sink.droppedRow(lines.value(QStringLiteral("start"), line), 0, QStringLiteral("event %1: bad start \"%2\"; skipped").arg(eventNumber).arg(startText));
                continue;
            }
            Date end;
            if (!endText.trimmed().isEmpty() && !parseTimelineTime(endText, dayOnly, end)) {
                sink.droppedRow(lines.value(QStringLiteral("end"), line), 0, QStringLiteral("event %1: bad end \"%2\"; skipped").arg(eventNumber).arg(endText));
                continue;
            }
            if (end.isValid() && end.ms < e.start.ms) {
                sink.droppedRow(lines.value(QStringLiteral("end"), line), 0, QStringLiteral("event %1: the end is before the start; skipped").arg(eventNumber));
                continue;
            }
            if (end.isValid() && end.ms != e.start.ms)
                e.end = end;
            e.title.en = ev.value(QStringLiteral("text")).trimmed();
            if (e.title.en.isEmpty()) {
                sink.droppedRow(line, 0, QStringLiteral("event %1: no text; skipped").arg(eventNumber));
                continue;
            }
            e.description.en = ev.value(QStringLiteral("description")).trimmed();
            const QString category = ev.value(QStringLiteral("category")).trimmed();
            if (!category.isEmpty()) {
                if (!categories.isDeclared(category))
                    sink.warning(lines.value(QStringLiteral("category"), line), 0, QStringLiteral("event %1: category \"%2\" is not defined; added without a colour").arg(eventNumber).arg(category), Diagnostic::Kind::UndeclaredReference);
                categories.assign(e, category);
            }
            if (ev.value(QStringLiteral("fuzzy")).trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                e.confidence = QStringLiteral("fuzzy");
            e.id = QStringLiteral("event-%1").arg(eventNumber);
            builder.addEvent(e);
        } else if (name == u"era") {
            ++eraNumber;
            const QHash<QString, QString> er = readChildren(xml);
            if (xml.hasError())
                break;
            const QString startText = er.value(QStringLiteral("start")), endText = er.value(QStringLiteral("end"));
            const bool dayOnly = isTimelineMidnight(startText) && isTimelineMidnight(endText);
            Era era;
            if (!parseTimelineTime(startText, dayOnly, era.start) || !parseTimelineTime(endText, dayOnly, era.end) || era.end.ms < era.start.ms) {
                sink.droppedRow(line, 0, QStringLiteral("era %1: bad start or end; skipped").arg(eraNumber));
                continue;
            }
            era.id = QStringLiteral("era-%1").arg(eraNumber);
            era.title.en = er.value(QStringLiteral("name")).trimmed();
            era.color = rgbTripleToHex(er.value(QStringLiteral("color")));
            builder.addEra(era);
        } else if (name == u"view") {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        sink.error(int(xml.lineNumber()), int(xml.columnNumber()), QStringLiteral("XML error: %1").arg(xml.errorString()), Diagnostic::Kind::Syntax);
        return { nullptr, sink.take() };
    }
    if (!sawRoot) {
        sink.error(1, 1, QStringLiteral("not a .timeline file: no <timeline> element"), Diagnostic::Kind::NotThisFormat);
        return { nullptr, sink.take() };
    }
    if (builder.eventCount() == 0 && builder.eras().isEmpty()) {
        // Point at the first skipped event, or at the end of the document.
        int line = int(xml.lineNumber()), column = int(xml.columnNumber());
        sink.firstPosition(line, column);
        sink.error(line, column, eventNumber == 0 ? QStringLiteral("the timeline has no events") : QStringLiteral("no usable event: all %1 were skipped").arg(eventNumber), Diagnostic::Kind::NoData);
        return { nullptr, sink.take() };
    }
    return { builder.build(), sink.take() };
}

LoadResult importTimelineXml(QIODevice& device, const QString& fileName, const ImportOptions& options)
{
    QByteArray data;
    Diagnostic error;
    if (!readDeviceCapped(device, IMPORT_MAX_XML_BYTES, fileName, data, error))
        return { nullptr, { error } };
    return importTimelineXmlData(data, fileName, options);
}

} // namespace chrono
