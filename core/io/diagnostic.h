// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>

namespace chrono {

/// One problem a reader found. Lines and columns are 1-based; 0 means "not known".
struct Diagnostic {
    enum class Severity : quint8 { Warning, Error };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    /// "FILE:LINE:COLUMN: error: message" (the line and column are left out when unknown).
    QString toString() const;
    friend bool operator==(const Diagnostic& a, const Diagnostic& b)
    {
        return a.severity == b.severity && a.file == b.file && a.line == b.line && a.column == b.column && a.message == b.message;
    }
};

/// What every reader returns. `data` is null when an error made the file unusable.
struct LoadResult {
    DatasetPtr data;
    QList<Diagnostic> diagnostics;

    bool ok() const { return data != nullptr && !hasErrors(); }
    bool hasErrors() const;
    int warningCount() const;
    /// The first error, formatted; empty when none.
    QString firstError() const;
};

/// Called now and then with bytes read so far and the total; returning false cancels.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

} // namespace chrono
