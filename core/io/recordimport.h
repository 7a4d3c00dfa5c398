// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/io/columnroles.h"
#include "core/io/diagnostic.h"
#include "core/io/diagnosticsink.h"

#include <QtCore/QIODevice>
#include <QtCore/QSet>

#include <vector>

namespace chrono {

/// One cell of a record: its text and where it is (line 0 when unknown, e.g. JSON).
struct RecordCell {
    QStringView text;
    int line = 0;
    int column = 0;
    /// The string `text` views, when there is one: whole-cell values then share it, no copy.
    const QString* owner = nullptr;
    /// True when line / column are the cell's own (CSV); false when they are the record's (JSON),
    /// so offsets inside the text are not added to them.
    bool exact = true;

    /// The cell's text as a QString, sharing the owner's data when the view covers all of it.
    QString toString() const { return owner && owner->size() == text.size() && owner->constData() == text.data() ? *owner : text.toString(); }
};

/**
 * @brief Turns record-shaped rows (CSV rows, JSON objects) into events, following ColumnRoles.
 *
 * Rules (docs/import.md): a row needs a title and a start date; a bad cell makes the row a
 * warning and it is skipped. Multi-valued company cells: the first value is the lane, and all
 * values become tags when there are several; the same for categories. A url cell gives links;
 * a source cell gives Source entries (one per line of the cell); when a row has one url and
 * one source text they form one Source with title and url.
 */
class EventRecordImporter {
public:
    EventRecordImporter(const ColumnRoles& roles, DiagnosticSink& sink);
    /// TimelineJS spreadsheet layout: HTML texts are made plain, Type "title" rows describe
    /// the dataset and Type "era" rows become eras.
    void setTimelineJsLayout(bool on) { m_timelineJs = on; }
    void reserve(int rows)
    {
        m_builder.reserveEvents(rows);
        if (m_roles.has(ColumnRole::Id))
            m_idPositions.reserve(size_t(rows));
    }
    /// Columns of a bilingual file (JSON records with title_en / title_zh…): the Chinese
    /// title and description, summaries used when the description is empty, and a date
    /// precision column ("year", "month", "day") that makes the start and end coarser. -1: none.
    struct ExtraColumns {
        int titleZh = -1;
        int descriptionZh = -1;
        int summaryEn = -1;
        int summaryZh = -1;
        int precision = -1;
    };
    void setExtraColumns(const ExtraColumns& extra) { m_extra = extra; }
    /// Events without an id cell are named this prefix and their number (e.g. "row-12").
    void setFallbackIdPrefix(const QString& prefix) { m_fallbackPrefix = prefix; }
    /// @p cells is indexed by column; missing columns count as empty. @p number names the event
    /// when it has no id cell (the line for CSV). Returns false when the row was skipped.
    bool addRecord(const std::vector<RecordCell>& cells, int line, int number);
    /// Prefixed to this record's warnings when cells carry no line (JSON): e.g. "event 3".
    void setContext(const QString& context) { m_context = context; }
    int eventCount() const { return m_builder.eventCount(); }
    /// Drops events whose id repeats an earlier one (a warning each), then builds the dataset.
    /// Checking once at the end (findRepeatedIds) is several times cheaper than a set per row.
    DatasetPtr build();
    int skippedCount() const { return m_skipped; }
    DatasetBuilder& builder() { return m_builder; }

private:
    /// The cell of @p role, trimmed; an empty cell when the role has no column.
    RecordCell cell(const std::vector<RecordCell>& cells, ColumnRole role) const
    {
        const int c = m_roles.column(role);
        if (c < 0 || size_t(c) >= cells.size())
            return {};
        RecordCell r = cells[size_t(c)];
        r.text = trimmedText(r.text);
        return r;
    }
    /// QStringView::trimmed(), without the call for the usual cell that starts and ends with a
    /// printable ASCII character (nothing to trim then).
    static QStringView trimmedText(QStringView t)
    {
        if (t.isEmpty())
            return t;
        const char16_t a = t.front().unicode(), b = t.back().unicode();
        if (a > 0x20 && a < 0x7F && b > 0x20 && b < 0x7F)
            return t;
        return t.trimmed();
    }
    bool readDate(const std::vector<RecordCell>& cells, bool end, Date& date, const RecordCell& anchor);
    QString companyId(QStringView name);
    QString categoryId(QStringView name);
    QString sourceId(const QString& title, const QString& url);
    bool skip(const RecordCell& at, int line, const QString& message);
    QString prefixed(const QString& message) const;

    RecordCell extraCell(const std::vector<RecordCell>& cells, int column) const
    {
        if (column < 0 || size_t(column) >= cells.size())
            return {};
        RecordCell r = cells[size_t(column)];
        r.text = trimmedText(r.text);
        return r;
    }
    bool applyPrecision(const std::vector<RecordCell>& cells, int line, Date& start, Date& end);

    ColumnRoles m_roles;
    ExtraColumns m_extra;
    DiagnosticSink& m_sink;
    DatasetBuilder m_builder;
    bool m_timelineJs = false;
    QString m_context;
    QString m_fallbackPrefix = QStringLiteral("row-");
    int m_skipped = 0;
    QHash<QString, QString> m_companyIds, m_categoryIds, m_sourceIds;
    QSet<QString> m_usedCompanyIds, m_usedCategoryIds;
    struct IdPosition {
        int line, column;
    };
    /// Where each streamed event's id cell is (one entry per streamed event when ids are read).
    std::vector<IdPosition> m_idPositions;
};

/// 1-based line and column (in code points) of byte @p offset in UTF-8 @p data; LF, CRLF and
/// lone CR each end a line.
void lineColumnAt(QByteArrayView data, qsizetype offset, int& line, int& column);

/// Largest JSON document the JSON-records and TimelineJS readers take: QJsonDocument holds
/// about six times the file size in memory, so 256 MiB of JSON already costs ~1.5 GB.
constexpr qint64 IMPORT_MAX_JSON_BYTES = qint64(256) << 20;
/// Largest .timeline XML file read (the bytes are held in memory while the stream is parsed).
constexpr qint64 IMPORT_MAX_XML_BYTES = qint64(1) << 30;

/**
 * @brief Reads a whole device, refusing one larger than @p maxBytes before reading it (from
 * its size when it has one, else as soon as the limit is passed), so a huge or endless input
 * cannot exhaust memory. On failure returns false with @p error set (file-level: line 0).
 */
bool readDeviceCapped(QIODevice& device, qint64 maxBytes, const QString& fileName, QByteArray& out, Diagnostic& error);

/// True for http:// and https:// URLs (the only links the product opens).
bool isWebUrl(QStringView text);

} // namespace chrono
