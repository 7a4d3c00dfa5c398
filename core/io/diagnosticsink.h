// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"

namespace chrono {

/**
 * @brief Collects a reader's diagnostics as a person reads them: equal problems folded into
 * one with a count (DiagnosticGrouper), and at most a cap of distinct ones, so a hostile file
 * cannot flood memory. Errors are always kept: they say why nothing loaded.
 */
class DiagnosticSink {
public:
    using Kind = Diagnostic::Kind;
    DiagnosticSink(const QString& fileName, int maxDiagnostics)
        : m_fileName(fileName)
        , m_max(maxDiagnostics > 0 ? maxDiagnostics : 200)
    {
    }
    void warning(int line, int column, const QString& message, Kind kind = Kind::Other) { add(Diagnostic::Severity::Warning, line, column, message, kind); }
    void error(int line, int column, const QString& message, Kind kind = Kind::Other) { add(Diagnostic::Severity::Error, line, column, message, kind); }
    /// A warning that leaves a row out (Kind::DroppedRow).
    void droppedRow(int line, int column, const QString& message) { warning(line, column, message, Kind::DroppedRow); }
    void add(const Diagnostic& d);
    /// The line and column of the first diagnostic that has a line: where a closing "nothing
    /// usable" error points, so that it too names a place in the file. False when none has.
    bool firstPosition(int& line, int& column) const;
    bool hasErrors() const { return m_errors > 0; }
    /// True when a diagnostic so far leaves something out (Diagnostic::dropsData()).
    bool droppedData() const { return m_dropped; }
    const QString& fileName() const { return m_fileName; }
    /// The diagnostics, with one closing warning counting those left out.
    QList<Diagnostic> take();

private:
    void add(Diagnostic::Severity severity, int line, int column, const QString& message, Kind kind)
    {
        add(Diagnostic { severity, m_fileName, line, column, message, kind });
    }
    QString m_fileName;
    int m_max;
    int m_errors = 0;
    int m_suppressed = 0;
    bool m_dropped = false;
    bool m_firstSet = false;
    int m_firstLine = 0, m_firstColumn = 0;
    DiagnosticGrouper m_grouper;
};

} // namespace chrono
