// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <functional>

namespace chrono {

/// One problem a reader found. Lines and columns are 1-based; 0 means "not known".
struct Diagnostic {
    enum class Severity : quint8 { Warning, Error };
    /**
     * What the problem is, for programs (tests, `validate`, the window's report) that must not
     * match message text. The three Dropped kinds are what loading leaves out: `validate` exits
     * 1 when any is present, and the window lists them as left out.
     */
    enum class Kind : quint8 {
        Other, ///< none of the below
        Unreadable, ///< the file cannot be opened or read
        Syntax, ///< the bytes do not parse (JSON, XML, CSV quoting, encoding, NUL bytes)
        Limit, ///< a size, depth or count limit of the reader
        NotThisFormat, ///< the content is not what the reader reads (or no reader fits)
        NoData, ///< nothing usable: an empty file, every row skipped, a shape that cannot be told
        Cancelled, ///< reading was cancelled
        BadValue, ///< a value of the wrong type or out of range (an error in native files)
        BadDate, ///< a date that cannot be read (an error in native files)
        DuplicateId, ///< an id used twice (an error in native files)
        DroppedRow, ///< a row, record, slide or event of the file is not loaded
        DroppedValue, ///< a value of a kept row is not loaded (a non-http link, a nested object, an unknown key, a non-numeric cell)
        DroppedColumn, ///< a whole column is not loaded
        Adjusted, ///< a value is kept in another form (clamped, sorted, widened, default colour)
        UndeclaredReference, ///< a reference to something the file does not declare
        MissingSource, ///< an event, point or claim names no source (validate)
        Renamed, ///< an id was made unique while merging files
        MoreNotShown, ///< the closing count of diagnostics left out
    };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;
    Kind kind = Kind::Other;
    /// How many equal problems this one stands for (groupDiagnostics()); 1 for a single one.
    int count = 1;

    bool isError() const { return severity == Severity::Error; }
    /// True for the kinds that leave something of the file out (DroppedRow, DroppedValue, DroppedColumn).
    bool dropsData() const { return kind == Kind::DroppedRow || kind == Kind::DroppedValue || kind == Kind::DroppedColumn; }
    /// "FILE:LINE:COLUMN: error: message" (the line and column are left out when unknown).
    QString toString() const;
    friend bool operator==(const Diagnostic& a, const Diagnostic& b)
    {
        return a.severity == b.severity && a.file == b.file && a.line == b.line && a.column == b.column && a.message == b.message && a.kind == b.kind
            && a.count == b.count;
    }
};

/// Short stable name of a kind ("dropped-row"), for logs and tests.
QString diagnosticKindName(Diagnostic::Kind kind);

/**
 * @brief Diagnostics as a person reads them: exact repeats removed, and problems that differ
 * only in their place and the thing they name folded into one line with a count and the
 * first place ("2,322 points name no source; first: …").
 *
 * Two diagnostics fold together when they have the same file, severity and kind and the same
 * message once quoted names and numbers are left out. Errors, and warnings that leave
 * something out (dropsData()), are never folded: each is listed at its place. Order: first
 * appearance of each group.
 */
QList<Diagnostic> groupDiagnostics(const QList<Diagnostic>& diagnostics);

/// groupDiagnostics() one diagnostic at a time, for readers that report while reading.
class DiagnosticGrouper {
public:
    /// Adds @p d: false when it repeats or folds into one added before (only its count grows).
    bool add(const Diagnostic& d);
    /// Folds @p d into an earlier equal one, or drops it as an exact repeat: true. False when
    /// it is new (then it is not added).
    bool fold(const Diagnostic& d);
    /// How many lines take() would give.
    qsizetype size() const { return m_list.size(); }
    /// The groups, each with its count written into the message when above 1.
    QList<Diagnostic> take();

private:
    QList<Diagnostic> m_list;
    QHash<QString, qsizetype> m_groupOf;
    QSet<QString> m_exact;
    QHash<qsizetype, bool> m_preGrouped; ///< index -> came in with a count (and its message) already
};

/// What every reader returns. `data` is null when an error made the file unusable.
struct LoadResult {
    DatasetPtr data;
    QList<Diagnostic> diagnostics;

    bool ok() const { return data != nullptr && !hasErrors(); }
    bool hasErrors() const;
    int warningCount() const;
    /// True when a diagnostic says something of the file was left out (Diagnostic::dropsData()).
    bool droppedData() const;
    /// The first error, formatted; empty when none.
    QString firstError() const;
};

/// Called now and then with bytes read so far and the total; returning false cancels.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace chrono
