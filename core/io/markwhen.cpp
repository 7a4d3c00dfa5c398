// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/markwhen.h"

#include "core/io/csvtokenizer.h"
#include "core/io/dateforms.h"
#include "core/io/diagnosticsink.h"
#include "core/io/importnames.h"
#include "core/io/recordimport.h"

#include <QtCore/QDateTime>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>

namespace chrono {

namespace {

/// The longest date or range text looked at: dates are short, and a hostile line of colons
/// and dashes must cost linear time.
constexpr qsizetype MAX_DATE_TEXT = 64;

/// One open group or section block.
struct Block {
    QString name;
    bool section = false;
    int line = 0;
};

/// Reads "DATE" or "DATE - DATE" (also "–", "to"); false when neither side reads.
bool readRange(QStringView text, Date& start, Date& end)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > MAX_DATE_TEXT)
        return false;
    const DateParseResult whole = parseFlexibleDate(text);
    if (whole.ok()) {
        start = whole.date;
        end = Date();
        return true;
    }
    // Separators with spaces first; then a bare "-" between slash or plain-year dates.
    static const QRegularExpression spaced(QStringLiteral("\\s+(?:-|–|—|to)\\s+"));
    const QRegularExpressionMatch m = spaced.match(text.toString());
    qsizetype at = -1, length = 0;
    if (m.hasMatch()) {
        at = m.capturedStart();
        length = m.capturedLength();
    } else {
        for (qsizetype i = 1; i + 1 < text.size(); ++i) {
            if (text[i] != u'-' && text[i] != u'–')
                continue;
            if (parseFlexibleDate(text.first(i)).ok() && parseFlexibleDate(text.mid(i + 1)).ok()) {
                at = i;
                length = 1;
                break;
            }
        }
    }
    if (at < 0)
        return false;
    const DateParseResult a = parseFlexibleDate(text.first(at));
    const QStringView endText = text.mid(at + length).trimmed();
    DateParseResult b;
    if (endText.compare(u"now", Qt::CaseInsensitive) == 0) {
        const TimeMs now = QDateTime::currentMSecsSinceEpoch();
        b.date = Date::fromMs(now - now % MS_PER_DAY, DatePrecision::Day);
    } else {
        b = parseFlexibleDate(endText);
    }
    if (!a.ok() || !b.ok())
        return false;
    start = a.date;
    end = b.date;
    return true;
}

/// "#tag" words of @p text (letters, digits, '-', '_', '/'), in order, without repeats.
QStringList tagsOf(QStringView text)
{
    static const QRegularExpression tag(QStringLiteral("(?:^|\\s)#([\\w/-]+)"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    auto it = tag.globalMatch(text.toString());
    while (it.hasNext()) {
        const QString t = it.next().captured(1);
        if (!out.contains(t))
            out.append(t);
    }
    return out;
}

/// @p text without its #tags, spaces collapsed.
QString withoutTags(QStringView text)
{
    static const QRegularExpression tag(QStringLiteral("(?:^|\\s)#[\\w/-]+"), QRegularExpression::UseUnicodePropertiesOption);
    return text.toString().remove(tag).simplified();
}

/// http(s) URLs in @p text, in order.
QStringList linksOf(QStringView text)
{
    static const QRegularExpression url(QStringLiteral("https?://[^\\s)\\]>\"]+"), QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    auto it = url.globalMatch(text.toString());
    while (it.hasNext()) {
        const QString u = it.next().captured(0);
        if (!out.contains(u))
            out.append(u);
    }
    return out;
}

} // namespace

LoadResult importMarkwhenData(const QByteArray& data, const QString& fileName, const ImportOptions& options)
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
    const QString lanes = options.laneGrouping().isEmpty() ? QStringLiteral("group") : options.laneGrouping();
    if (lanes != u"group" && lanes != u"section" && lanes != u"tag" && lanes != u"none") {
        sink.error(0, 0, QStringLiteral("--map lane=%1: Markwhen lanes come from \"group\", \"section\", \"tag\" or \"none\"").arg(lanes),
            Diagnostic::Kind::BadValue);
        return { nullptr, sink.take() };
    }
    const QString text = QString::fromUtf8(data.sliced(utf8BomLength(QByteArrayView(data))));
    DatasetBuilder builder;
    builder.meta().title.en = QFileInfo(fileName).completeBaseName();
    if (lanes != u"none")
        builder.meta().laneLabel = lanes == u"tag" ? LocalizedText { QStringLiteral("Tag"), QStringLiteral("标签") }
            : lanes == u"section"                  ? LocalizedText { QStringLiteral("Section"), QStringLiteral("部分") }
                                                   : LocalizedText { QStringLiteral("Group"), QStringLiteral("分组") };

    QHash<QString, QString> tagColors; // from the header's "#tag: colour" lines
    SlugIds laneIds(QStringLiteral("group")), categoryIds(QStringLiteral("tag"));
    auto laneFor = [&](const QString& name) {
        bool isNew = false;
        const QString id = laneIds.idFor(name, &isNew);
        if (isNew)
            builder.addCompany(Company { id, LocalizedText { name, {} }, tagColors.value(name) });
        return id;
    };
    auto categoryFor = [&](const QString& tag) {
        bool isNew = false;
        const QString id = categoryIds.idFor(tag, &isNew);
        if (isNew)
            builder.addCategory(Category { id, LocalizedText { tag, {} }, tagColors.value(tag) });
        return id;
    };

    QList<Block> blocks;
    bool inEvent = false;
    QStringList description;
    Event current;
    int eventNumber = 0, dateLines = 0;
    auto finish = [&]() {
        if (!inEvent)
            return;
        QString desc = description.join(u'\n').trimmed();
        for (const QString& t : tagsOf(desc))
            if (!current.tags.contains(t))
                current.tags.append(t);
        for (const QString& l : linksOf(desc))
            if (!current.links.contains(l))
                current.links.append(l);
        current.description.en = desc;
        if (current.category.isEmpty() && !current.tags.isEmpty())
            current.category = categoryFor(current.tags.first());
        if (lanes == u"tag" && !current.tags.isEmpty())
            current.company = laneFor(current.tags.first());
        builder.addEvent(current);
        inEvent = false;
        description.clear();
    };

    const QList<QStringView> lines = QStringView(text).split(u'\n');
    qsizetype i = 0;
    // Header: "---" lines around "key: value" pairs.
    while (i < lines.size() && lines[i].trimmed().isEmpty())
        ++i;
    if (i < lines.size() && lines[i].trimmed() == u"---") {
        const qsizetype open = i++;
        bool closed = false;
        for (; i < lines.size(); ++i) {
            const QStringView l = lines[i].trimmed();
            if (l == u"---") {
                closed = true;
                ++i;
                break;
            }
            const qsizetype colon = l.indexOf(u':');
            if (colon <= 0)
                continue;
            const QStringView key = l.first(colon).trimmed();
            QString value = l.mid(colon + 1).trimmed().toString();
            if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.endsWith(value.front()))
                value = value.mid(1, value.size() - 2);
            if (key == u"title")
                builder.meta().title.en = value;
            else if (key == u"description")
                builder.meta().description.en = value;
            else if (key.startsWith(u'#')) {
                const QString color = cssColorToHex(value);
                if (color.isEmpty())
                    sink.warning(int(i + 1), 1, QStringLiteral("tag %1: colour \"%2\" is not a plain colour; none used").arg(key.toString(), value),
                        Diagnostic::Kind::DroppedValue);
                else
                    tagColors.insert(key.mid(1).toString(), color);
            }
        }
        if (!closed) {
            sink.error(int(open + 1), 1, QStringLiteral("the header opened here with \"---\" is never closed"), Diagnostic::Kind::Syntax);
            return { nullptr, sink.take() };
        }
    }

    for (; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        QStringView line = lines[i];
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"//"))
            continue;
        const QStringView word = trimmed.first(std::min<qsizetype>(trimmed.indexOf(u' ') < 0 ? trimmed.size() : trimmed.indexOf(u' '), trimmed.size()));
        if (word.compare(u"group", Qt::CaseInsensitive) == 0 || word.compare(u"section", Qt::CaseInsensitive) == 0) {
            finish();
            const QString name = withoutTags(trimmed.mid(word.size()));
            blocks.append(Block { name.isEmpty() ? QStringLiteral("Group %1").arg(blocks.size() + 1) : name,
                word.compare(u"section", Qt::CaseInsensitive) == 0, lineNumber });
            continue;
        }
        if (word.compare(u"endGroup", Qt::CaseInsensitive) == 0 || word.compare(u"endSection", Qt::CaseInsensitive) == 0) {
            finish();
            if (blocks.isEmpty())
                sink.warning(lineNumber, 1, QStringLiteral("\"%1\" without an open group or section; ignored").arg(word.toString()), Diagnostic::Kind::Other);
            else
                blocks.removeLast();
            continue;
        }
        // An event line: the first ':' whose left side reads as a date or a range.
        Date start, end;
        qsizetype colon = -1;
        for (qsizetype c = trimmed.indexOf(u':'); c > 0 && c <= MAX_DATE_TEXT; c = trimmed.indexOf(u':', c + 1)) {
            if (readRange(trimmed.first(c), start, end)) {
                colon = c;
                break;
            }
        }
        // Markwhen's relative dates ("after !id 2 weeks:", "before !id 1 day:", "now:") and
        // any line starting with a digit and a colon are event lines this reader cannot date.
        const bool looksDated = trimmed.indexOf(u':') > 0
            && (trimmed.front().isDigit() || trimmed.startsWith(u"after ", Qt::CaseInsensitive) || trimmed.startsWith(u"before ", Qt::CaseInsensitive)
                || trimmed.startsWith(u"now", Qt::CaseInsensitive));
        if (colon < 0 && looksDated && line == trimmed) {
            finish();
            ++dateLines;
            sink.droppedRow(lineNumber, 1, QStringLiteral("cannot read the date \"%1\" (relative dates are not read); event skipped").arg(trimmed.first(trimmed.indexOf(u':')).left(MAX_DATE_TEXT).toString()));
            continue;
        }
        if (colon < 0) {
            if (inEvent)
                description.append(line.toString());
            else if (!trimmed.isEmpty())
                sink.warning(lineNumber, 1, QStringLiteral("text outside any event is not read"), Diagnostic::Kind::DroppedValue);
            continue;
        }
        finish();
        ++dateLines;
        if (end.isValid() && end.endMs() <= start.ms) {
            sink.droppedRow(lineNumber, 1, QStringLiteral("the end %1 is before the start %2; event skipped").arg(end.toString(), start.toString()));
            continue;
        }
        const QStringView rest = trimmed.mid(colon + 1).trimmed();
        current = Event();
        current.start = start;
        current.end = end;
        current.tags = tagsOf(rest);
        current.links = linksOf(rest);
        current.title.en = withoutTags(rest);
        if (current.title.en.isEmpty()) {
            sink.droppedRow(lineNumber, int(colon) + 2, QStringLiteral("an event without text; skipped"));
            continue;
        }
        current.id = QStringLiteral("event-%1").arg(++eventNumber);
        if (!blocks.isEmpty() && lanes == u"group")
            current.company = laneFor(blocks.last().name);
        if (lanes == u"section") {
            for (const Block& b : std::as_const(blocks)) {
                if (b.section) {
                    current.company = laneFor(b.name);
                    break;
                }
            }
        }
        inEvent = true;
    }
    finish();
    for (const Block& b : std::as_const(blocks))
        sink.warning(b.line, 1, QStringLiteral("%1 \"%2\" is never closed; it ends with the file").arg(b.section ? QStringLiteral("section") : QStringLiteral("group"), b.name),
            Diagnostic::Kind::Other);

    if (builder.eventCount() == 0) {
        int line = 1, column = 1;
        sink.firstPosition(line, column);
        sink.error(line, column, dateLines == 0 ? QStringLiteral("no event: no line starts with a date and a colon") : QStringLiteral("no usable event: all %1 were skipped").arg(dateLines),
            Diagnostic::Kind::NoData);
        return { nullptr, sink.take() };
    }
    return { builder.build(), sink.take() };
}

LoadResult importMarkwhen(QIODevice& device, const QString& fileName, const ImportOptions& options)
{
    QByteArray data;
    Diagnostic error;
    if (!readDeviceCapped(device, IMPORT_MAX_JSON_BYTES, fileName, data, error))
        return { nullptr, { error } };
    return importMarkwhenData(data, fileName, options);
}

} // namespace chrono
