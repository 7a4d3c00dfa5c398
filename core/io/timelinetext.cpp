// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/timelinetext.h"

#include "core/io/csvtokenizer.h"
#include "core/io/diagnosticsink.h"
#include "core/io/importnames.h"
#include "core/io/recordimport.h"
#include "core/io/timelinecategories.h"

#include <QtCore/QFileInfo>

namespace chrono {

namespace {

/// One field of a line, unescaped, and the column (1-based, code points) where it starts.
struct Field {
    QString text;
    int column = 1;
};

/// Splits @p body (the part after "KIND:") on unescaped semicolons. @p firstColumn is the
/// column of body's first character.
QList<Field> splitFields(QStringView body, int firstColumn)
{
    QList<Field> out;
    Field current { {}, firstColumn };
    int column = firstColumn;
    for (qsizetype i = 0; i < body.size(); ++i, ++column) {
        const QChar c = body[i];
        if (c == u'\\' && i + 1 < body.size()) {
            const QChar next = body[++i];
            ++column;
            current.text += next == u'n' ? QChar(u'\n') : next;
            continue;
        }
        if (c == u';') {
            out.append(current);
            current = Field { {}, column + 1 };
            continue;
        }
        current.text += c;
    }
    out.append(current);
    return out;
}

} // namespace

LoadResult importTimelineTextData(const QByteArray& data, const QString& fileName, const ImportOptions& options)
{
    DiagnosticSink sink(fileName, options.maxDiagnostics);
    {
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
    const QString text = QString::fromUtf8(data.sliced(utf8BomLength(QByteArrayView(data))));
    DatasetBuilder builder;
    builder.meta().title.en = QFileInfo(fileName).completeBaseName();
    TimelineCategories categories(builder, options.laneGrouping());

    struct PendingEvent {
        Event event;
        QString category;
        int line, column;
    };
    QList<PendingEvent> events; // categories may be declared after the events that use them
    int lineNumber = 0, eventNumber = 0;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype colon = line.indexOf(u':');
        const QStringView kind = colon < 0 ? line : line.first(colon);
        if (kind == u"PREFERRED-PERIOD")
            continue; // the window's last view of the file: not data
        const QList<Field> fields = colon < 0 ? QList<Field>() : splitFields(line.mid(colon + 1), int(colon) + 2);
        if (kind == u"CATEGORY") {
            const QString name = fields.value(0).text.trimmed();
            if (name.isEmpty()) {
                sink.warning(lineNumber, 1, QStringLiteral("category without a name; skipped"), Diagnostic::Kind::DroppedValue);
                continue;
            }
            const Field colorField = fields.value(1);
            const QString color = rgbTripleToHex(colorField.text);
            if (color.isEmpty() && !colorField.text.trimmed().isEmpty())
                sink.warning(lineNumber, colorField.column, QStringLiteral("category \"%1\": colour \"%2\" is not r,g,b; none used").arg(name, colorField.text),
                    Diagnostic::Kind::DroppedValue);
            if (!categories.declare(name, color))
                sink.warning(lineNumber, 1, QStringLiteral("category \"%1\" is defined twice; the first is kept").arg(name), Diagnostic::Kind::DroppedValue);
            continue;
        }
        if (kind != u"EVENT") {
            sink.droppedRow(lineNumber, 1, QStringLiteral("a line of kind \"%1\" is not part of the Timeline text format; not read").arg(kind.left(40).toString()));
            continue;
        }
        ++eventNumber;
        const QString context = QStringLiteral("event %1").arg(eventNumber);
        if (fields.size() < 3) {
            sink.droppedRow(lineNumber, 1, context + QStringLiteral(": expected start;end;text[;category], found %1 field(s); skipped").arg(fields.size()));
            continue;
        }
        if (fields.size() > 4)
            sink.warning(lineNumber, fields[4].column, context + QStringLiteral(": %1 field(s) after the category are not read").arg(fields.size() - 4),
                Diagnostic::Kind::DroppedValue);
        const QString startText = fields[0].text, endText = fields[1].text;
        const bool dayOnly = isTimelineMidnight(startText) && (endText.trimmed().isEmpty() || isTimelineMidnight(endText));
        PendingEvent p { {}, fields.value(3).text.trimmed(), lineNumber, 1 };
        Event& e = p.event;
        if (!parseTimelineTime(startText, dayOnly, e.start)) {
            sink.droppedRow(lineNumber, fields[0].column, context + QStringLiteral(": bad start \"%1\"; skipped").arg(startText));
            continue;
        }
        Date end;
        if (!endText.trimmed().isEmpty() && !parseTimelineTime(endText, dayOnly, end)) {
            sink.droppedRow(lineNumber, fields[1].column, context + QStringLiteral(": bad end \"%1\"; skipped").arg(endText));
            continue;
        }
        if (end.isValid() && end.ms < e.start.ms) {
            sink.droppedRow(lineNumber, fields[1].column, context + QStringLiteral(": the end is before the start; skipped"));
            continue;
        }
        if (end.isValid() && end.ms != e.start.ms)
            e.end = end;
        e.title.en = fields[2].text.trimmed();
        if (e.title.en.isEmpty()) {
            sink.droppedRow(lineNumber, fields[2].column, context + QStringLiteral(": no text; skipped"));
            continue;
        }
        e.id = QStringLiteral("event-%1").arg(eventNumber);
        p.column = fields.value(3).column;
        events.append(p);
    }
    for (PendingEvent& p : events) {
        if (!p.category.isEmpty() && !categories.isDeclared(p.category))
            sink.warning(p.line, p.column, QStringLiteral("%1: category \"%2\" is not defined; added without a colour").arg(p.event.id, p.category),
                Diagnostic::Kind::UndeclaredReference);
        categories.assign(p.event, p.category);
        builder.addEvent(p.event);
    }
    if (builder.eventCount() == 0) {
        int line = 1, column = 1;
        sink.firstPosition(line, column);
        sink.error(line, column, eventNumber == 0 ? QStringLiteral("the timeline has no events") : QStringLiteral("no usable event: all %1 were skipped").arg(eventNumber),
            Diagnostic::Kind::NoData);
        return { nullptr, sink.take() };
    }
    return { builder.build(), sink.take() };
}

LoadResult importTimelineText(QIODevice& device, const QString& fileName, const ImportOptions& options)
{
    QByteArray data;
    Diagnostic error;
    if (!readDeviceCapped(device, IMPORT_MAX_XML_BYTES, fileName, data, error))
        return { nullptr, { error } };
    return importTimelineTextData(data, fileName, options);
}

} // namespace chrono
