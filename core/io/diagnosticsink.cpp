// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/diagnosticsink.h"

#include <QtCore/QCoreApplication>

namespace chrono {

namespace {
struct DiagnosticSinkText {
    Q_DECLARE_TR_FUNCTIONS(chrono::DiagnosticSink)
};
} // namespace

void DiagnosticSink::add(const Diagnostic& d)
{
    if (d.isError())
        ++m_errors;
    m_dropped = m_dropped || d.dropsData();
    if (!m_firstSet && d.line > 0) {
        m_firstSet = true;
        m_firstLine = d.line;
        m_firstColumn = d.column;
    }
    // Errors are always kept; a warning like an earlier one only adds to its count.
    if (m_grouper.size() >= m_max && !d.isError()) {
        // Folding into an existing group costs nothing; a new kind of warning past the cap is counted.
        if (!m_grouper.fold(d))
            ++m_suppressed;
        return;
    }
    m_grouper.add(d);
}

bool DiagnosticSink::firstPosition(int& line, int& column) const
{
    if (!m_firstSet)
        return false;
    line = m_firstLine;
    column = m_firstColumn;
    return true;
}

QList<Diagnostic> DiagnosticSink::take()
{
    QList<Diagnostic> out = m_grouper.take();
    if (m_suppressed > 0) {
        out.append(Diagnostic { Diagnostic::Severity::Warning, m_fileName, 0, 0,
            DiagnosticSinkText::tr("%1 more warnings not shown").arg(m_suppressed), Diagnostic::Kind::MoreNotShown });
        m_suppressed = 0;
    }
    return out;
}

} // namespace chrono
