// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordimport.h"

#include "core/io/dateforms.h"
#include "core/io/htmltext.h"

namespace chrono {

bool readDeviceCapped(QIODevice& device, qint64 maxBytes, const QString& fileName, QByteArray& out, Diagnostic& error)
{
    error = Diagnostic { Diagnostic::Severity::Error, fileName, 0, 0, QString(), Diagnostic::Kind::Unreadable };
    if (!device.isOpen() && !device.open(QIODevice::ReadOnly)) {
        error.message = device.errorString();
        return false;
    }
    const auto tooLarge = [&](qint64 size) {
        error.kind = Diagnostic::Kind::Limit;
        error.message = QStringLiteral("the file is too large: %1 MiB, this reader takes at most %2 MiB")
                            .arg(double(size) / (1 << 20), 0, 'f', 0)
                            .arg(maxBytes >> 20);
        return false;
    };
    if (!device.isSequential()) {
        const qint64 size = device.size() - device.pos();
        if (size > maxBytes)
            return tooLarge(size);
        out = device.readAll();
        return true;
    }
    out.clear();
    for (;;) {
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            return true;
        if (out.size() + chunk.size() > maxBytes)
            return tooLarge(out.size() + chunk.size());
        out += chunk;
    }
}

void lineColumnAt(QByteArrayView data, qsizetype offset, int& line, int& column)
{
    line = 1;
    qsizetype lineStart = 0;
    offset = std::min(offset, data.size());
    for (qsizetype i = 0; i < offset; ++i) {
        const char c = data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        column += (uchar(data[i]) & 0xC0) != 0x80;
}

QString EventRecordImporter::prefixed(const QString& message) const
{
    return m_context.isEmpty() ? message : m_context + QStringLiteral(": ") + message;
}

DatasetPtr EventRecordImporter::build()
{
    if (!m_idPositions.empty()) {
        Q_ASSERT(m_idPositions.size() == size_t(m_builder.streamedEventCount()));
        // The first occurrence of an id stays; each later one is a warning and is dropped.
        const std::vector<RepeatedId> repeated = m_builder.repeatedStreamedIds();
        std::vector<bool> drop(size_t(m_builder.streamedEventCount()), false);
        for (const RepeatedId& r : repeated) {
            drop[r.index] = true;
            ++m_skipped;
            const IdPosition& at = m_idPositions[r.index];
            m_sink.droppedRow(at.line, at.column, QStringLiteral("duplicate id \"%1\"; row skipped").arg(m_builder.streamedEventId(int(r.index))));
        }
        if (!repeated.empty())
            m_builder.dropStreamedEvents(drop);
        m_idPositions.clear();
    }
    return m_builder.build();
}

bool isWebUrl(QStringView text)
{
    return text.startsWith(u"https://", Qt::CaseInsensitive) || text.startsWith(u"http://", Qt::CaseInsensitive);
}

EventRecordImporter::EventRecordImporter(const ColumnRoles& roles, DiagnosticSink& sink)
    : m_roles(roles)
    , m_sink(sink)
{
}

bool EventRecordImporter::skip(const RecordCell& at, int line, const QString& message)
{
    ++m_skipped;
    m_sink.droppedRow(at.line ? at.line : line, at.column, prefixed(message + QStringLiteral("; row skipped")));
    return false;
}

bool EventRecordImporter::readDate(const std::vector<RecordCell>& cells, bool end, Date& date, const RecordCell& anchor)
{
    const ColumnRole whole = end ? ColumnRole::End : ColumnRole::Start;
    const RecordCell single = cell(cells, whole);
    if (!single.text.isEmpty()) {
        const DateParseResult r = parseFlexibleDate(single.text);
        if (!r.ok()) {
            m_sink.droppedRow(single.line ? single.line : anchor.line, single.column + (single.exact ? r.errorOffset : 0),
                prefixed(QStringLiteral("bad %1 date \"%2\": %3; row skipped")).arg(end ? QStringLiteral("end") : QStringLiteral("start"), single.text.toString(), r.error));
            return false;
        }
        date = r.date;
        return true;
    }
    const RecordCell parts[4] = { cell(cells, end ? ColumnRole::EndYear : ColumnRole::Year), cell(cells, end ? ColumnRole::EndMonth : ColumnRole::Month),
        cell(cells, end ? ColumnRole::EndDay : ColumnRole::Day), cell(cells, end ? ColumnRole::EndTime : ColumnRole::Time) };
    if (parts[0].text.isEmpty() && parts[1].text.isEmpty() && parts[2].text.isEmpty()) {
        date = Date();
        return true;
    }
    int failed = -1;
    const DateParseResult r = dateFromParts(parts[0].text, parts[1].text, parts[2].text, parts[3].text, &failed);
    if (!r.ok()) {
        const RecordCell& at = parts[failed >= 0 ? failed : 0];
        m_sink.droppedRow(at.line ? at.line : anchor.line, at.column, prefixed(QStringLiteral("bad %1 date: %2; row skipped")).arg(end ? QStringLiteral("end") : QStringLiteral("start"), r.error));
        return false;
    }
    date = r.date;
    return true;
}

bool EventRecordImporter::applyPrecision(const std::vector<RecordCell>& cells, int line, Date& start, Date& end)
{
    const RecordCell c = extraCell(cells, m_extra.precision);
    if (c.text.isEmpty())
        return true;
    DatePrecision p;
    if (c.text.compare(u"year", Qt::CaseInsensitive) == 0)
        p = DatePrecision::Year;
    else if (c.text.compare(u"month", Qt::CaseInsensitive) == 0)
        p = DatePrecision::Month;
    else if (c.text.compare(u"day", Qt::CaseInsensitive) == 0)
        p = DatePrecision::Day;
    else if (c.text.compare(u"minute", Qt::CaseInsensitive) == 0 || c.text.compare(u"hour", Qt::CaseInsensitive) == 0
        || c.text.compare(u"second", Qt::CaseInsensitive) == 0 || c.text.compare(u"time", Qt::CaseInsensitive) == 0)
        return true; // the date carries its time already
    else {
        m_sink.warning(c.line ? c.line : line, c.column, prefixed(QStringLiteral("unknown date precision \"%1\"; the date is read as written").arg(c.text.toString())),
            Diagnostic::Kind::Adjusted);
        return true;
    }
    // A precision coarser than the date written: "2025-01-20" with "month" is January 2025.
    auto coarsen = [p](Date& d) {
        if (!d.isValid() || d.precision <= p)
            return;
        d = Date::fromYmd(d.year(), p >= DatePrecision::Month ? d.month() : 0, p >= DatePrecision::Day ? d.day() : 0);
    };
    coarsen(start);
    coarsen(end);
    return true;
}

/// Registers a named thing once; ids are slugs made unique with a number.
static QString uniqueId(const QString& name, QHash<QString, QString>& ids, QSet<QString>& used, const QString& fallback)
{
    auto it = ids.constFind(name);
    if (it != ids.cend())
        return *it;
    QString base = slugify(name);
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; used.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    used.insert(id);
    ids.insert(name, id);
    return id;
}

/// A QString over @p text without copying it, for hash lookups that must not allocate (and
/// must not share a reader's reusable buffer, which would make the next row copy it).
static QString lookupKey(QStringView text)
{
    return QString::fromRawData(text.data(), text.size());
}

QString EventRecordImporter::companyId(QStringView name)
{
    const auto found = m_companyIds.constFind(lookupKey(name));
    if (found != m_companyIds.cend())
        return *found;
    Company entry;
    entry.name.en = name.toString();
    entry.id = uniqueId(entry.name.en, m_companyIds, m_usedCompanyIds, QStringLiteral("company"));
    m_builder.addCompany(entry);
    return entry.id;
}

QString EventRecordImporter::categoryId(QStringView name)
{
    const auto found = m_categoryIds.constFind(lookupKey(name));
    if (found != m_categoryIds.cend())
        return *found;
    Category entry;
    entry.name.en = name.toString();
    entry.id = uniqueId(entry.name.en, m_categoryIds, m_usedCategoryIds, QStringLiteral("category"));
    m_builder.addCategory(entry);
    return entry.id;
}

QString EventRecordImporter::sourceId(const QString& title, const QString& url)
{
    const QString key = title + QChar(0x1F) + url;
    auto it = m_sourceIds.constFind(key);
    if (it != m_sourceIds.cend())
        return *it;
    Source s;
    s.id = QStringLiteral("src-%1").arg(m_sourceIds.size() + 1);
    s.title = title.isEmpty() ? url : title;
    s.url = url;
    m_builder.addSource(s);
    m_sourceIds.insert(key, s.id);
    return s.id;
}

bool EventRecordImporter::addRecord(const std::vector<RecordCell>& cells, int line, int number)
{
    Event e;
    const RecordCell titleCell = cell(cells, ColumnRole::Title);
    const RecordCell anchor { {}, line, 1 };
    Date start, end;
    if (!readDate(cells, false, start, anchor) || !readDate(cells, true, end, anchor)) {
        ++m_skipped;
        return false;
    }

    if (m_extra.precision >= 0 && !applyPrecision(cells, line, start, end))
        return false;

    const RecordCell typeCell = cell(cells, ColumnRole::Category);
    if (m_timelineJs && typeCell.text.compare(u"title", Qt::CaseInsensitive) == 0) {
        m_builder.meta().title.en = htmlToPlainText(titleCell.text);
        m_builder.meta().description.en = htmlToPlainText(cell(cells, ColumnRole::Description).text);
        return true;
    }
    if (!start.isValid()) {
        const RecordCell at = m_roles.has(ColumnRole::Start) ? cell(cells, ColumnRole::Start) : cell(cells, ColumnRole::Year);
        return skip(at, line, QStringLiteral("no start date"));
    }
    if (end.isValid() && end.endMs() <= start.ms)
        return skip(m_roles.has(ColumnRole::End) ? cell(cells, ColumnRole::End) : cell(cells, ColumnRole::EndYear), line,
            QStringLiteral("the end %1 is before the start %2").arg(end.toString(), start.toString()));
    QString title = m_timelineJs ? htmlToPlainText(titleCell.text) : titleCell.toString();
    const QString titleZh = extraCell(cells, m_extra.titleZh).toString();
    if (title.isEmpty() && titleZh.isEmpty())
        return skip(titleCell, line, QStringLiteral("no title"));

    if (m_timelineJs && typeCell.text.compare(u"era", Qt::CaseInsensitive) == 0) {
        Era era;
        era.id = QStringLiteral("era-%1").arg(m_builder.eras().size() + 1);
        era.title.en = title;
        era.start = start;
        era.end = end.isValid() ? end : start;
        m_builder.addEra(era);
        return true;
    }

    e.start = start;
    e.end = end;
    e.title.en = std::move(title);
    e.title.zh = titleZh;

    const RecordCell importance = cell(cells, ColumnRole::Importance);
    if (!importance.text.isEmpty()) {
        // One digit is the usual cell; anything else takes QStringView::toInt's rules.
        const char16_t digit = importance.text.size() == 1 ? importance.text.front().unicode() : 0;
        bool ok = digit >= u'0' && digit <= u'9';
        const int value = ok ? int(digit - u'0') : importance.text.toInt(&ok);
        if (!ok || value < 1 || value > 5)
            return skip(importance, line, QStringLiteral("importance \"%1\" is not a whole number from 1 to 5").arg(importance.text.toString()));
        e.importance = value;
    }

    const RecordCell idCell = cell(cells, ColumnRole::Id);
    e.id = idCell.text.isEmpty() ? m_fallbackPrefix + QString::number(number) : idCell.toString();
    if (m_roles.has(ColumnRole::Id))
        m_idPositions.push_back({ idCell.line ? idCell.line : line, idCell.column });

    const RecordCell companyCell = cell(cells, ColumnRole::Company);
    if (!companyCell.text.isEmpty()) {
        // Fast path: most cells hold one name without separators.
        const bool multi = companyCell.text.contains(u',') || companyCell.text.contains(u';') || companyCell.text.contains(u'\n');
        if (!multi) {
            e.company = companyId(companyCell.text);
        } else {
            const QStringList names = splitMultiValue(companyCell.text);
            if (!names.isEmpty())
                e.company = companyId(names.first());
            if (names.size() > 1)
                e.tags += names;
        }
    }
    if (!typeCell.text.isEmpty() && !m_timelineJs && !typeCell.text.contains(u',') && !typeCell.text.contains(u';')) {
        e.category = categoryId(typeCell.text);
    } else if (!typeCell.text.isEmpty() && !m_timelineJs) {
        const QStringList names = splitMultiValue(typeCell.text);
        if (!names.isEmpty())
            e.category = categoryId(names.first());
        if (names.size() > 1)
            for (const QString& n : names)
                if (!e.tags.contains(n))
                    e.tags.append(n);
    }
    const RecordCell tagsCell = cell(cells, ColumnRole::Tags);
    if (!tagsCell.text.isEmpty()) {
        for (const QString& t : splitMultiValue(tagsCell.text)) {
            if (!e.tags.contains(t))
                e.tags.append(t);
        }
    }

    const RecordCell desc = cell(cells, ColumnRole::Description);
    if (!desc.text.isEmpty())
        e.description.en = m_timelineJs ? htmlToPlainText(desc.text, &e.links) : desc.toString();
    if (e.description.en.isEmpty())
        e.description.en = extraCell(cells, m_extra.summaryEn).toString();
    e.description.zh = extraCell(cells, m_extra.descriptionZh).toString();
    if (e.description.zh.isEmpty())
        e.description.zh = extraCell(cells, m_extra.summaryZh).toString();

    const RecordCell urlCell = cell(cells, ColumnRole::Url);
    QStringList urlLinks; // links of the url cell only: these (not links found in texts) are sources
    if (!urlCell.text.isEmpty()) {
        QStringList rejected;
        for (const QStringView token : urlCell.text.tokenize(u' ', Qt::SkipEmptyParts)) {
            for (QStringView part : token.split(u'\n', Qt::SkipEmptyParts)) {
                part = part.trimmed();
                while (part.endsWith(u',') || part.endsWith(u';'))
                    part.chop(1);
                if (part.isEmpty())
                    continue;
                if (isWebUrl(part)) {
                    if (!urlLinks.contains(part.toString()))
                        urlLinks.append(part.toString());
                } else if (!m_timelineJs) { // TimelineJS media cells may hold embeds, not links
                    rejected.append(part.toString());
                }
            }
        }
        // Words between the links of a cell ("https://a or https://b") are prose around the
        // value, which is loaded; a cell without any link loses its value.
        if (!rejected.isEmpty())
            m_sink.warning(urlCell.line ? urlCell.line : line, urlCell.column,
                prefixed(QStringLiteral("not an http(s) link, ignored: %1")).arg(rejected.join(QStringLiteral(" "))),
                urlLinks.isEmpty() ? Diagnostic::Kind::DroppedValue : Diagnostic::Kind::Adjusted);
        for (const QString& link : std::as_const(urlLinks))
            if (!e.links.contains(link))
                e.links.append(link);
    }

    const RecordCell sourceCell = cell(cells, ColumnRole::Source);
    if (sourceCell.text.isEmpty() && urlLinks.isEmpty()) {
        m_builder.appendEvent(e);
        return true;
    }
    QStringList sourceTexts;
    for (QStringView part : sourceCell.text.split(u'\n', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (!part.isEmpty())
            sourceTexts.append(part.toString());
    }
    if (sourceTexts.size() == 1 && !isWebUrl(sourceTexts.first()) && urlLinks.size() == 1) {
        e.sources.append(sourceId(sourceTexts.first(), urlLinks.first()));
    } else {
        for (const QString& s : sourceTexts)
            e.sources.append(isWebUrl(s) ? sourceId({}, s) : sourceId(s, {}));
        if (sourceTexts.isEmpty())
            for (const QString& link : std::as_const(urlLinks))
                e.sources.append(sourceId({}, link));
    }

    // Streamed into the builder's columns: no Event value is kept per row.
    m_builder.appendEvent(e);
    return true;
}

} // namespace chrono
