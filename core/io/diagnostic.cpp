// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/diagnostic.h"

namespace chrono {

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

QString LoadResult::firstError() const
{
    for (const Diagnostic& d : diagnostics) {
        if (d.isError())
            return d.toString();
    }
    return QString();
}

} // namespace chrono
