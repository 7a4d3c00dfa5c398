// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csvimport.h"

#include "core/io/columnroles.h"
#include "core/io/csvtokenizer.h"
#include "core/io/dateforms.h"
#include "core/io/recordimport.h"

#include <QtCore/QFileDevice>
#include <QtCore/QFileInfo>
#include <QtCore/QStringDecoder>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace chrono {

namespace {

constexpr int SAMPLE_ROWS = 200;
/// A sampled column whose non-empty cells are at most this share of texts is a value column.
constexpr double MAX_TEXT_SHARE_IN_VALUES = 0.2;
constexpr int PROGRESS_EVERY_ROWS = 16384;

/// The header, the roles and the shape decision of one file.
struct CsvLayout {
    QStringList headers;
    QList<int> headerColumns; ///< 1-based column of each header cell on line 1
    ColumnRoleDetection detection;
    CsvShape shape = CsvShape::Unknown;
    int dateColumn = -1; ///< series: the column holding the date (Start or Year)
    QList<int> valueColumns; ///< series: numeric columns
    bool timelineJs = false;
    char delimiter = ',';
};

bool parseNumber(QStringView text, double& value)
{
    bool ok = false;
    value = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(value);
}

/// Cells that stand for "no value" in exported data: counted as missing, not as text.
bool isMissingMarker(QStringView text)
{
    static const char* const MARKERS[] = { "nan", "na", "n/a", "null", "none", "-", "..", "#n/a" };
    for (const char* m : MARKERS)
        if (text.compare(QLatin1String(m), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString groupNameFor(const QString& fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    return base.isEmpty() ? QStringLiteral("series") : base;
}

/// Reads the header and a sample of rows, and decides what the file is.
bool readLayout(const QByteArray& data, const QString& fileName, const ImportOptions& options, CsvLayout& layout, DiagnosticSink& sink)
{
    CsvTokenizer t(data, fileName);
    layout.delimiter = t.delimiter();
    if (!t.next()) {
        if (t.hasError())
            sink.add(t.error());
        else
            sink.error(1, 1, QStringLiteral("the file is empty"), Diagnostic::Kind::NoData);
        return false;
    }
    for (const CsvField& f : t.fields()) {
        QString h = f.toString().trimmed();
        if (h.isEmpty())
            h = QStringLiteral("column %1").arg(layout.headers.size() + 1);
        layout.headers.append(h);
        layout.headerColumns.append(f.column);
    }
    layout.detection = detectColumnRoles(layout.headers, options.columnMap);
    if (!layout.detection.ok()) {
        sink.error(1, 1, layout.detection.error, Diagnostic::Kind::BadValue);
        return false;
    }
    ColumnRoles& roles = layout.detection.roles;

    // TimelineJS spreadsheet layout: Year ... End Year ... Headline, Text, Media, Type, Group.
    QStringList normalized;
    for (const QString& h : std::as_const(layout.headers))
        normalized.append(normalizeHeader(h));
    layout.timelineJs = normalized.contains(QLatin1String("headline")) && normalized.contains(QLatin1String("display date")) && roles.has(ColumnRole::Year);
    if (layout.timelineJs && !roles.has(ColumnRole::Url) && normalized.contains(QLatin1String("media")) && !options.columnMap.contains(QStringLiteral("url")))
        roles.columns[size_t(ColumnRole::Url)] = int(normalized.indexOf(QLatin1String("media")));

    if (roles.has(ColumnRole::Title) && roles.hasStart()) {
        layout.shape = CsvShape::Events;
        return true;
    }

    // Series: a date column and numeric columns, judged on a sample of rows.
    const int columnCount = int(layout.headers.size());
    std::vector<int> numeric(size_t(columnCount), 0), nonNumeric(size_t(columnCount), 0), dates(size_t(columnCount), 0);
    struct FirstText {
        int line = 0, column = 0;
        QString text;
    };
    std::vector<FirstText> firstText(static_cast<size_t>(columnCount));
    for (int row = 0; row < SAMPLE_ROWS && t.next(); ++row) {
        const auto& fields = t.fields();
        for (int c = 0; c < columnCount && c < int(fields.size()); ++c) {
            const QString text = fields[size_t(c)].toString().trimmed();
            if (text.isEmpty())
                continue;
            double v;
            if (parseNumber(text, v)) {
                ++numeric[size_t(c)];
            } else if (!isMissingMarker(text)) {
                if (nonNumeric[size_t(c)]++ == 0)
                    firstText[size_t(c)] = { fields[size_t(c)].line, fields[size_t(c)].column, text };
            }
            if (c == 0 && parseFlexibleDate(text).ok())
                ++dates[0];
        }
    }
    if (roles.has(ColumnRole::Start))
        layout.dateColumn = roles.column(ColumnRole::Start);
    else if (roles.has(ColumnRole::Year))
        layout.dateColumn = roles.column(ColumnRole::Year);
    else if (columnCount > 1 && dates[0] > 0 && nonNumeric[0] <= dates[0])
        layout.dateColumn = 0;
    if (layout.dateColumn < 0)
        return true;

    QList<int> leftOut; ///< mostly numbers, but too many texts to be read as values
    if (roles.has(ColumnRole::Value)) {
        layout.valueColumns.append(roles.column(ColumnRole::Value));
    } else {
        for (int c = 0; c < columnCount; ++c) {
            const std::optional<ColumnRole> role = roles.roleOf(c);
            // Month / Day columns are parts of the date; Code, Source, Company... describe the row.
            if (c == layout.dateColumn || role)
                continue;
            // A column of numbers with a few stray texts is still a value column: the texts are
            // skipped with a warning while reading. One that is mostly but not clearly numbers
            // is left out, and said so; mostly text (a name, a note) is not a value column.
            const int n = numeric[size_t(c)], text = nonNumeric[size_t(c)];
            if (n > 0 && double(text) <= (n + text) * MAX_TEXT_SHARE_IN_VALUES)
                layout.valueColumns.append(c);
            else if (n > 0 && n >= text)
                leftOut.append(c);
        }
    }
    if (layout.valueColumns.isEmpty())
        return true;
    for (int c : std::as_const(leftOut)) {
        const FirstText& f = firstText[size_t(c)];
        sink.warning(f.line, f.column,
            QStringLiteral("column \"%1\" is left out of the series: %2 of its first %3 values are not numbers (\"%4\" here)")
                .arg(layout.headers[c])
                .arg(nonNumeric[size_t(c)])
                .arg(numeric[size_t(c)] + nonNumeric[size_t(c)])
                .arg(f.text.left(40)),
            Diagnostic::Kind::DroppedColumn);
    }
    layout.shape = roles.has(ColumnRole::Company) ? CsvShape::LongSeries : CsvShape::WideSeries;
    return true;
}

/// Decodes UTF-8 @p bytes into @p buffer, reusing its capacity when it is not shared.
/// @p ascii: the bytes are known to be ASCII (CsvTokenizer::isAscii()), so each byte is one
/// UTF-16 unit; short cells cost less widened in place than through the general decoder.
void decodeInto(QStringDecoder& decoder, QString& buffer, QByteArrayView bytes, bool ascii)
{
    if (bytes.isEmpty()) {
        // resize() of a null QString reallocates every time; most empty cells stay null.
        if (!buffer.isEmpty())
            buffer.resize(0);
        return;
    }
    buffer.resize(bytes.size()); // UTF-16 never needs more units than UTF-8 has bytes
    if (ascii) {
        char16_t* out = reinterpret_cast<char16_t*>(buffer.data());
        const auto* in = reinterpret_cast<const uchar*>(bytes.data());
        for (qsizetype i = 0; i < bytes.size(); ++i)
            out[i] = in[i];
        return;
    }
    QChar* end = decoder.appendToBuffer(buffer.data(), bytes);
    buffer.resize(end - buffer.constData());
}

/// Lines in @p data (LF count, plus one for a last line without LF): an upper bound of the
/// rows, close for ordinary files, and cheap (memchr) next to parsing them.
qsizetype countLines(QByteArrayView data)
{
    qsizetype lines = 0;
    const char* p = data.data();
    const char* end = p + data.size();
    while (const void* hit = std::memchr(p, '\n', size_t(end - p))) {
        ++lines;
        p = static_cast<const char*>(hit) + 1;
    }
    return lines + (p < end ? 1 : 0);
}

bool reportProgress(const ImportOptions& options, const CsvTokenizer& t, DiagnosticSink& sink)
{
    if (options.progress && !options.progress(t.position(), t.size())) {
        sink.error(0, 0, QStringLiteral("reading was cancelled"), Diagnostic::Kind::Cancelled);
        return false;
    }
    return true;
}

/// Date of a series row: from the date column, or Year / Month / Day columns.
bool seriesRowDate(const CsvLayout& layout, const std::vector<CsvField>& fields, Date& date, DiagnosticSink& sink, int line)
{
    const ColumnRoles& roles = layout.detection.roles;
    auto text = [&](int c) { return c >= 0 && size_t(c) < fields.size() ? fields[size_t(c)].toString() : QString(); };
    const int c = layout.dateColumn;
    const CsvField at = size_t(c) < fields.size() ? fields[size_t(c)] : CsvField { {}, line, 1, false };
    DateParseResult r;
    if (roles.column(ColumnRole::Year) == c && !roles.has(ColumnRole::Start))
        r = dateFromParts(text(c), text(roles.column(ColumnRole::Month)), text(roles.column(ColumnRole::Day)));
    else
        r = parseFlexibleDate(text(c));
    if (!r.ok()) {
        sink.droppedRow(at.line, at.column + r.errorOffset, QStringLiteral("bad date \"%1\": %2; row skipped").arg(text(c).trimmed(), r.error));
        return false;
    }
    date = r.date;
    return true;
}

/// Counts skipped values per column so a sparse file gives one warning per column, not thousands.
struct ValueProblems {
    int count = 0;
    int line = 0;
    int column = 0;
};

void reportValueProblems(const CsvLayout& layout, const std::vector<ValueProblems>& problems, DiagnosticSink& sink)
{
    for (int i = 0; i < int(problems.size()); ++i) {
        const ValueProblems& p = problems[size_t(i)];
        if (p.count > 0)
            sink.warning(p.line, p.column, QStringLiteral("column \"%1\": %2 empty, NaN or non-numeric value(s) skipped (the first is here)")
                                               .arg(layout.headers[layout.valueColumns[i]]).arg(p.count), Diagnostic::Kind::DroppedValue);
    }
}

/// Plain decimal numbers ("68.57", "-3", "1e5") straight from the UTF-8 bytes: a big series
/// file has millions of them, and decoding each into a QString first cost more than the parse.
/// Anything else (spaces, "+", thousands separators) takes the general path; both round correctly.
bool parsePlainNumber(QByteArrayView bytes, double& value)
{
    if (bytes.isEmpty() || bytes.size() > 64)
        return false;
    for (char ch : bytes)
        if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == 'e' || ch == 'E'))
            return false;
    const auto r = std::from_chars(bytes.data(), bytes.data() + bytes.size(), value);
    return r.ec == std::errc() && r.ptr == bytes.data() + bytes.size() && std::isfinite(value);
}

bool takeValue(const std::vector<CsvField>& fields, int c, int line, double& v, ValueProblems& problems)
{
    const bool present = size_t(c) < fields.size();
    if (present && (parsePlainNumber(fields[size_t(c)].bytes, v) || parseNumber(fields[size_t(c)].toString(), v)))
        return true;
    if (problems.count++ == 0) {
        problems.line = present ? fields[size_t(c)].line : line;
        problems.column = present ? fields[size_t(c)].column : 0;
    }
    return false;
}

void sortPoints(QList<Series>& series)
{
    const auto byDate = [](const SeriesPoint& a, const SeriesPoint& b) { return a.date < b.date; };
    for (Series& s : series) {
        // Files are nearly always in date order already: checking is one pass, sorting 1M
        // 80-byte points is not.
        if (!std::is_sorted(s.points.cbegin(), s.points.cend(), byDate))
            std::stable_sort(s.points.begin(), s.points.end(), byDate);
    }
}

LoadResult importWide(const QByteArray& data, const QString& fileName, const ImportOptions& options, const CsvLayout& layout, DiagnosticSink& sink)
{
    DatasetBuilder builder;
    const QString groupName = groupNameFor(fileName);
    const QString groupId = slugify(groupName).isEmpty() ? QStringLiteral("series") : slugify(groupName);
    builder.meta().title.en = groupName;
    QSet<QString> usedIds;
    for (int c : layout.valueColumns) {
        const QString name = layout.headers[c];
        QString id = slugify(name).isEmpty() ? QStringLiteral("column-%1").arg(c + 1) : slugify(name);
        const QString base = id;
        for (int n = 2; usedIds.contains(id); ++n)
            id = base + QLatin1Char('-') + QString::number(n);
        usedIds.insert(id);
        builder.addCompany(Company { id, LocalizedText { name, {} }, {} });
        Series s;
        s.id = groupId + QLatin1Char('-') + id;
        s.group = groupId;
        s.company = id;
        s.title.en = name;
        builder.series().append(s);
    }
    // One point per line and column at most: reserving spares the lists' regrowth copies.
    const qsizetype lines = data.count('\n') + 1;
    for (Series& s : builder.series())
        s.points.reserve(lines);
    std::vector<ValueProblems> problems(size_t(layout.valueColumns.size()));
    CsvTokenizer t(data, fileName, layout.delimiter);
    t.next(); // header
    int rows = 0;
    while (t.next()) {
        if (++rows % PROGRESS_EVERY_ROWS == 0 && !reportProgress(options, t, sink))
            return { nullptr, sink.take() };
        Date date;
        if (!seriesRowDate(layout, t.fields(), date, sink, t.recordLine()))
            continue;
        for (int i = 0; i < layout.valueColumns.size(); ++i) {
            double v;
            if (takeValue(t.fields(), layout.valueColumns[i], t.recordLine(), v, problems[size_t(i)]))
                builder.series()[i].points.append(SeriesPoint { date, v, {}, PointStatus::Measured, {} });
        }
    }
    if (t.hasError()) {
        sink.add(t.error());
        return { nullptr, sink.take() };
    }
    for (const Diagnostic& w : t.warnings())
        sink.add(w);
    reportValueProblems(layout, problems, sink);
    sortPoints(builder.series());
    return { builder.build(), sink.take() };
}

LoadResult importLong(const QByteArray& data, const QString& fileName, const ImportOptions& options, const CsvLayout& layout, DiagnosticSink& sink)
{
    const ColumnRoles& roles = layout.detection.roles;
    DatasetBuilder builder;
    const bool single = layout.valueColumns.size() == 1;
    const QString fileGroup = groupNameFor(fileName);
    builder.meta().title.en = single ? layout.headers[layout.valueColumns.first()] : fileGroup;
    QHash<QString, QString> companyIds; // entity name -> id
    QSet<QString> usedCompanyIds;
    QHash<QString, int> seriesIndex; // series id -> index in builder.series()
    QHash<QString, QString> sourceIds; // source text -> id
    std::vector<ValueProblems> problems(size_t(layout.valueColumns.size()));
    const int entityColumn = roles.column(ColumnRole::Company);
    const int sourceColumn = roles.column(ColumnRole::Source);

    CsvTokenizer t(data, fileName, layout.delimiter);
    t.next(); // header
    int rows = 0;
    while (t.next()) {
        if (++rows % PROGRESS_EVERY_ROWS == 0 && !reportProgress(options, t, sink))
            return { nullptr, sink.take() };
        const auto& fields = t.fields();
        const QString entity = size_t(entityColumn) < fields.size() ? fields[size_t(entityColumn)].toString().trimmed() : QString();
        if (entity.isEmpty()) {
            const CsvField* f = size_t(entityColumn) < fields.size() ? &fields[size_t(entityColumn)] : nullptr;
            sink.droppedRow(t.recordLine(), f ? f->column : 0, QStringLiteral("no entity in column \"%1\"; row skipped").arg(layout.headers[entityColumn]));
            continue;
        }
        Date date;
        if (!seriesRowDate(layout, fields, date, sink, t.recordLine()))
            continue;
        QString companyId = companyIds.value(entity);
        if (companyId.isEmpty()) {
            const QString base = slugify(entity).isEmpty() ? QStringLiteral("entity") : slugify(entity);
            companyId = base;
            for (int n = 2; usedCompanyIds.contains(companyId); ++n)
                companyId = base + QLatin1Char('-') + QString::number(n);
            usedCompanyIds.insert(companyId);
            companyIds.insert(entity, companyId);
            builder.addCompany(Company { companyId, LocalizedText { entity, {} }, {} });
        }
        QString sourceId;
        if (sourceColumn >= 0 && size_t(sourceColumn) < fields.size()) {
            const QString text = fields[size_t(sourceColumn)].toString().trimmed();
            if (!text.isEmpty()) {
                sourceId = sourceIds.value(text);
                if (sourceId.isEmpty()) {
                    sourceId = QStringLiteral("src-%1").arg(sourceIds.size() + 1);
                    sourceIds.insert(text, sourceId);
                    Source s;
                    s.id = sourceId;
                    if (isWebUrl(text))
                        s.url = text;
                    s.title = text;
                    builder.addSource(s);
                }
            }
        }
        for (int i = 0; i < layout.valueColumns.size(); ++i) {
            double v;
            if (!takeValue(fields, layout.valueColumns[i], t.recordLine(), v, problems[size_t(i)]))
                continue;
            const QString valueSlug = slugify(layout.headers[layout.valueColumns[i]]);
            const QString id = single ? companyId : valueSlug + QLatin1Char('-') + companyId;
            auto it = seriesIndex.constFind(id);
            int index;
            if (it == seriesIndex.cend()) {
                Series s;
                s.id = id;
                s.group = single ? (slugify(fileGroup).isEmpty() ? QStringLiteral("series") : slugify(fileGroup)) : valueSlug;
                s.company = companyId;
                s.title.en = single ? entity : entity + QStringLiteral(" — ") + layout.headers[layout.valueColumns[i]];
                index = int(builder.series().size());
                builder.series().append(s);
                seriesIndex.insert(id, index);
            } else {
                index = *it;
            }
            builder.series()[index].points.append(SeriesPoint { date, v, sourceId.isEmpty() ? QStringList() : QStringList { sourceId }, PointStatus::Measured, {} });
        }
    }
    if (t.hasError()) {
        sink.add(t.error());
        return { nullptr, sink.take() };
    }
    for (const Diagnostic& w : t.warnings())
        sink.add(w);
    reportValueProblems(layout, problems, sink);
    if (builder.series().isEmpty()) {
        // Point at the first skipped row (its warning came first), else at the header.
        int line = 1, column = 1;
        sink.firstPosition(line, column);
        sink.error(line, column, QStringLiteral("no usable row: every row was skipped"), Diagnostic::Kind::NoData);
        return { nullptr, sink.take() };
    }
    sortPoints(builder.series());
    return { builder.build(), sink.take() };
}

LoadResult importEvents(const QByteArray& data, const QString& fileName, const ImportOptions& options, const CsvLayout& layout, DiagnosticSink& sink)
{
    const ColumnRoles& roles = layout.detection.roles;
    EventRecordImporter importer(roles, sink);
    importer.setTimelineJsLayout(layout.timelineJs);
    importer.builder().meta().title.en = QFileInfo(fileName).completeBaseName();
    // The line count bounds the rows and keeps the columns from regrowing on big files
    // (capped: past it they grow as usual, rather than reserving gigabytes up front).
    importer.reserve(int(std::min<qsizetype>(countLines(data), 4000000)));

    // Only cells with a role are decoded; each has its own reusable buffer.
    std::vector<int> used;
    for (int c : roles.columns)
        if (c >= 0)
            used.push_back(c);
    const int width = used.empty() ? 0 : *std::max_element(used.begin(), used.end()) + 1;
    // Every cell is decoded into its column's reusable buffer: the importer streams each row
    // into the dataset's string pool before the next row is decoded, so the strings an Event
    // shares with a buffer are released by then and the buffer is reused without allocating.
    std::vector<QString> buffers(static_cast<size_t>(width));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    std::vector<RecordCell> cells(static_cast<size_t>(width));

    CsvTokenizer t(data, fileName, layout.delimiter);
    t.next(); // header
    int rows = 0;
    while (t.next()) {
        if (++rows % PROGRESS_EVERY_ROWS == 0 && !reportProgress(options, t, sink))
            return { nullptr, sink.take() };
        const auto& fields = t.fields();
        const bool ascii = t.isAscii();
        for (int c : used) {
            if (size_t(c) < fields.size()) {
                const CsvField& f = fields[size_t(c)];
                decodeInto(decoder, buffers[size_t(c)], f.bytes, ascii);
                cells[size_t(c)] = RecordCell { buffers[size_t(c)], f.line, f.column, &buffers[size_t(c)] };
            } else {
                buffers[size_t(c)].clear();
                cells[size_t(c)] = RecordCell { {}, t.recordLine(), 0 };
            }
        }
        importer.addRecord(cells, t.recordLine(), t.recordLine());
    }
    if (t.hasError()) {
        sink.add(t.error());
        return { nullptr, sink.take() };
    }
    for (const Diagnostic& w : t.warnings())
        sink.add(w);
    if (importer.eventCount() == 0 && importer.builder().eras().isEmpty()) {
        // Point at the first skipped row (its warning came first), else at the header.
        int line = 1, column = 1;
        sink.firstPosition(line, column);
        sink.error(line, column, rows == 0 ? QStringLiteral("the file has a header but no rows") : QStringLiteral("no usable row: all %1 rows were skipped").arg(rows), Diagnostic::Kind::NoData);
        return { nullptr, sink.take() };
    }
    DatasetPtr dataset = importer.build();
    return { dataset, sink.take() };
}

} // namespace

CsvShape detectCsvShape(const QByteArray& data, const ImportOptions& options)
{
    CsvLayout layout;
    DiagnosticSink sink({}, 10);
    if (!readLayout(data, {}, options, layout, sink))
        return CsvShape::Unknown;
    return layout.shape;
}

LoadResult importCsvData(const QByteArray& data, const QString& fileName, const ImportOptions& options)
{
    DiagnosticSink sink(fileName, options.maxDiagnostics);
    CsvLayout layout;
    if (!readLayout(data, fileName, options, layout, sink))
        return { nullptr, sink.take() };
    switch (layout.shape) {
    case CsvShape::Events:
        return importEvents(data, fileName, options, layout, sink);
    case CsvShape::WideSeries:
        return importWide(data, fileName, options, layout, sink);
    case CsvShape::LongSeries:
        return importLong(data, fileName, options, layout, sink);
    case CsvShape::Unknown:
        break;
    }
    QStringList quoted;
    for (const QString& h : std::as_const(layout.headers))
        quoted.append(QLatin1Char('"') + h + QLatin1Char('"'));
    sink.error(1, 1, QStringLiteral("cannot tell what this CSV holds: events need a title and a date column, series a date column and numeric "
                                    "columns. The columns are %1; name the roles with --map ROLE=COLUMN (e.g. start=\"Date\", title=\"Name\")")
                         .arg(quoted.join(QStringLiteral(", "))),
        Diagnostic::Kind::NoData);
    return { nullptr, sink.take() };
}

LoadResult importCsv(QIODevice& device, const QString& fileName, const ImportOptions& options)
{
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly))
        return { nullptr, { Diagnostic { Diagnostic::Severity::Error, fileName, 0, 0, device.errorString(), Diagnostic::Kind::Unreadable } } };
    if (device.size() > CSV_MAX_FILE_BYTES)
        return { nullptr, { Diagnostic { Diagnostic::Severity::Error, fileName, 0, 0, QStringLiteral("the file is larger than 2 GiB"), Diagnostic::Kind::Limit } } };
    // Mapping a file spares reading 50 MB into a fresh buffer (and faulting its pages in).
    // Nothing of the result points into the data, so it is unmapped right after parsing.
    if (auto* file = qobject_cast<QFileDevice*>(&device); file && !device.isSequential()) {
        const qint64 size = device.size() - device.pos();
        if (uchar* mapped = size > 0 ? file->map(device.pos(), size) : nullptr) {
            const QByteArray data = QByteArray::fromRawData(reinterpret_cast<const char*>(mapped), qsizetype(size));
            LoadResult r = importCsvData(data, fileName, options);
            file->unmap(mapped);
            return r;
        }
    }
    const QByteArray data = device.readAll();
    return importCsvData(data, fileName, options);
}

} // namespace chrono
