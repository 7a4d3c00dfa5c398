// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/diagnostic.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

namespace chrono {

namespace {

struct DiagnosticText {
    Q_DECLARE_TR_FUNCTIONS(chrono::Diagnostic)
};

/// The message with quoted names and numbers left out: what makes two problems "the same".
QString messageShape(const QString& message)
{
    QString shape;
    shape.reserve(message.size());
    bool quoted = false;
    bool lastDigit = false;
    for (const QChar c : message) {
        if (c == u'"') {
            quoted = !quoted;
            shape += c;
            lastDigit = false;
            continue;
        }
        if (quoted)
            continue;
        if (c.isDigit()) {
            if (!lastDigit)
                shape += u'#';
            lastDigit = true;
            continue;
        }
        lastDigit = false;
        shape += c;
    }
    return shape;
}

} // namespace

QString Diagnostic::toString() const
{
    QString where = file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + (isError() ? QStringLiteral(": error: ") : QStringLiteral(": warning: ")) + message;
}

QString diagnosticKindName(Diagnostic::Kind kind)
{
    using K = Diagnostic::Kind;
    switch (kind) {
    case K::Other: return QStringLiteral("other");
    case K::Unreadable: return QStringLiteral("unreadable");
    case K::Syntax: return QStringLiteral("syntax");
    case K::Limit: return QStringLiteral("limit");
    case K::NotThisFormat: return QStringLiteral("not-this-format");
    case K::NoData: return QStringLiteral("no-data");
    case K::Cancelled: return QStringLiteral("cancelled");
    case K::BadValue: return QStringLiteral("bad-value");
    case K::BadDate: return QStringLiteral("bad-date");
    case K::DuplicateId: return QStringLiteral("duplicate-id");
    case K::DroppedRow: return QStringLiteral("dropped-row");
    case K::DroppedValue: return QStringLiteral("dropped-value");
    case K::DroppedColumn: return QStringLiteral("dropped-column");
    case K::Adjusted: return QStringLiteral("adjusted");
    case K::UndeclaredReference: return QStringLiteral("undeclared-reference");
    case K::MissingSource: return QStringLiteral("missing-source");
    case K::Renamed: return QStringLiteral("renamed");
    case K::MoreNotShown: return QStringLiteral("more-not-shown");
    }
    return QStringLiteral("other");
}

bool DiagnosticGrouper::fold(const Diagnostic& d)
{
    // Checked first: a file with a million bad rows reaches here a million times past the cap.
    if (d.isError() || d.dropsData() || d.kind == Diagnostic::Kind::MoreNotShown)
        return false;
    if (m_exact.contains(d.toString() + QChar(0x1F) + QString::number(int(d.kind))))
        return true;
    const auto it = m_groupOf.constFind(d.file + QChar(0x1F) + QString::number(int(d.kind)) + QChar(0x1F) + messageShape(d.message));
    if (it == m_groupOf.cend())
        return false;
    m_list[*it].count += d.count;
    return true;
}

bool DiagnosticGrouper::add(const Diagnostic& d)
{
    // Exact repeats (the same warning reported by two passes) are dropped; the set is bounded
    // so that a file with millions of warnings costs no more memory than the cap below.
    const QString exact = d.toString() + QChar(0x1F) + QString::number(int(d.kind));
    if (m_exact.contains(exact))
        return false;
    if (m_exact.size() < 100000)
        m_exact.insert(exact);
    // Errors, and warnings that leave something out, each keep their own place.
    if (d.isError() || d.dropsData() || d.kind == Diagnostic::Kind::MoreNotShown) {
        m_list.append(d);
        return true;
    }
    const QString key = d.file + QChar(0x1F) + QString::number(int(d.kind)) + QChar(0x1F) + messageShape(d.message);
    const auto it = m_groupOf.constFind(key);
    if (it != m_groupOf.cend()) {
        m_list[*it].count += d.count;
        return false;
    }
    m_groupOf.insert(key, m_list.size());
    m_list.append(d);
    m_preGrouped.insert(m_list.size() - 1, d.count > 1);
    return true;
}

QList<Diagnostic> DiagnosticGrouper::take()
{
    QList<Diagnostic> out = std::exchange(m_list, {});
    m_groupOf.clear();
    m_exact.clear();
    for (qsizetype i = 0; i < out.size(); ++i) {
        Diagnostic& d = out[i];
        // A diagnostic that came in already grouped has its count in its message.
        if (d.count > 1 && !m_preGrouped.value(i))
            d.message = DiagnosticText::tr("%1 (%L2 like this; the first is here)").arg(d.message).arg(d.count);
    }
    m_preGrouped.clear();
    return out;
}

QList<Diagnostic> groupDiagnostics(const QList<Diagnostic>& diagnostics)
{
    DiagnosticGrouper grouper;
    for (const Diagnostic& d : diagnostics)
        grouper.add(d);
    return grouper.take();
}

bool LoadResult::hasErrors() const
{
    for (const Diagnostic& d : diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

int LoadResult::warningCount() const
{
    int n = 0;
    for (const Diagnostic& d : diagnostics)
        n += d.isError() ? 0 : 1;
    return n;
}

bool LoadResult::droppedData() const
{
    for (const Diagnostic& d : diagnostics) {
        if (d.dropsData())
            return true;
    }
    return false;
}

QString LoadResult::firstError() const
{
    for (const Diagnostic& d : diagnostics) {
        if (d.isError())
            return d.toString();
    }
    return QString();
}

} // namespace chrono
