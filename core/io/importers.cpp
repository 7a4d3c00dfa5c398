// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/importers.h"

#include "core/io/csvtokenizer.h"

namespace chrono {

namespace {

bool hasExtension(QStringView path, QStringView extension)
{
    return path.size() > extension.size() && path.endsWith(extension, Qt::CaseInsensitive) && path[path.size() - extension.size() - 1] == u'.';
}

/// The first character that is not a BOM or white space; 0 when none.
char firstSignificant(QByteArrayView head)
{
    for (qsizetype i = utf8BomLength(head); i < head.size(); ++i) {
        const char c = head[i];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return c;
    }
    return 0;
}

bool contains(QByteArrayView head, const char* needle)
{
    return head.indexOf(QByteArrayView(needle)) >= 0;
}

} // namespace

int sniffCsv(QByteArrayView head, QStringView path)
{
    if (hasExtension(path, u"csv") || hasExtension(path, u"tsv"))
        return 60;
    const char first = firstSignificant(head);
    if (first == 0 || first == '{' || first == '[' || first == '<' || head.contains('\0'))
        return 0;
    // A delimiter on the first line is weak evidence: most text has commas.
    const qsizetype eol = head.indexOf('\n');
    const QByteArrayView firstLine = head.first(eol < 0 ? head.size() : eol);
    return firstLine.contains(',') || firstLine.contains(';') || firstLine.contains('\t') ? 20 : 0;
}

int sniffJsonRecords(QByteArrayView head, QStringView path)
{
    const char first = firstSignificant(head);
    if (first == '[')
        return 40;
    if (first == '{')
        return hasExtension(path, u"json") ? 30 : 20;
    return 0;
}

int sniffTimelineJs(QByteArrayView head, QStringView path)
{
    Q_UNUSED(path);
    if (firstSignificant(head) != '{')
        return 0;
    // "start_date" objects and "headline" texts are what TimelineJS slides are made of.
    const bool startDate = contains(head, "\"start_date\"");
    const bool headline = contains(head, "\"headline\"");
    if (startDate && headline)
        return 95;
    return startDate || (headline && contains(head, "\"events\"")) ? 70 : 0;
}

int sniffVisTimeline(QByteArrayView head, QStringView path)
{
    Q_UNUSED(path);
    const char first = firstSignificant(head);
    if (first != '[' && first != '{')
        return 0;
    // Items carry "content" and "start"; TimelineJS slides have "start_date" instead.
    if (!contains(head, "\"content\"") || !contains(head, "\"start\"") || contains(head, "\"start_date\""))
        return 0;
    return first == '[' || contains(head, "\"items\"") ? 90 : 0;
}

int sniffTimelineText(QByteArrayView head, QStringView path)
{
    const QByteArrayView body = head.sliced(utf8BomLength(head));
    if (body.startsWith("# Written by Timeline"))
        return 95;
    if (contains(head, "\nEVENT:") && (body.startsWith("#") || body.startsWith("CATEGORY:") || body.startsWith("EVENT:")))
        return hasExtension(path, u"timeline") ? 90 : 70;
    return 0;
}

int sniffMarkwhen(QByteArrayView head, QStringView path)
{
    Q_UNUSED(head); // the reader itself reports a binary file at its first bad byte
    return hasExtension(path, u"mw") ? 90 : 0;
}

int sniffTimelineXml(QByteArrayView head, QStringView path)
{
    if (contains(head, "<timeline>") && (contains(head, "<timetype>") || contains(head, "<categories>") || contains(head, "<events>")))
        return 95;
    if (hasExtension(path, u"timeline"))
        return firstSignificant(head) == '<' ? 60 : 10;
    return 0;
}

QStringList laneGroupings(const QString& readerId)
{
    if (readerId == u"vis-timeline")
        return { QStringLiteral("group"), QStringLiteral("class"), QStringLiteral("none") };
    if (readerId == u"timeline-xml" || readerId == u"timeline-text")
        return { QStringLiteral("category"), QStringLiteral("parent"), QStringLiteral("none") };
    if (readerId == u"markwhen")
        return { QStringLiteral("group"), QStringLiteral("section"), QStringLiteral("tag"), QStringLiteral("none") };
    return {};
}

QList<ImporterDescriptor> builtinImporters()
{
    return {
        { QStringLiteral("timelinejs"), QStringLiteral("TimelineJS JSON"), { QStringLiteral("json") }, &sniffTimelineJs,
            [](QIODevice& d, const QString& f, const ImportOptions& o) { return importTimelineJs(d, f, o); } },
        { QStringLiteral("vis-timeline"), QStringLiteral("vis-timeline items (JSON)"), { QStringLiteral("json") }, &sniffVisTimeline,
            [](QIODevice& d, const QString& f, const ImportOptions& o) { return importVisTimeline(d, f, o); } },
        { QStringLiteral("timeline-xml"), QStringLiteral("Timeline (thetimelineproj) XML"), { QStringLiteral("timeline") }, &sniffTimelineXml,
            [](QIODevice& d, const QString& f, const ImportOptions& o) { return importTimelineXml(d, f, o); } },
        { QStringLiteral("timeline-text"), QStringLiteral("Timeline (thetimelineproj) text, before 0.10"), { QStringLiteral("timeline") }, &sniffTimelineText,
            [](QIODevice& d, const QString& f, const ImportOptions& o) { return importTimelineText(d, f, o); } },
        { QStringLiteral("markwhen"), QStringLiteral("Markwhen timeline"), { QStringLiteral("mw") }, &sniffMarkwhen,
            [](QIODevice& d, const QString& f, const ImportOptions& o) { return importMarkwhen(d, f, o); } },
        { QStringLiteral("json-records"), QStringLiteral("JSON array of records"), { QStringLiteral("json") }, &sniffJsonRecords,
            [](QIODevice& d, const QString& f, const ImportOptions& o) { return importJsonRecords(d, f, o); } },
        { QStringLiteral("csv"), QStringLiteral("CSV: events, wide or long series"), { QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt") },
            &sniffCsv, [](QIODevice& d, const QString& f, const ImportOptions& o) { return importCsv(d, f, o); } },
    };
}

} // namespace chrono
