// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommon.h"

#include "core/io/embedded.h"
#include "core/io/readerregistry.h"

#include <QtCore/QCoreApplication>

#include <cstdio>

namespace chrono::ui::cli {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

static QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::ui::cli", text);
}

void printDiagnostics(const QList<Diagnostic>& diagnostics, int maxWarnings)
{
    int warnings = 0, shown = 0;
    // Equal warnings once, with a count and the first place (the readers fold theirs already;
    // this also folds what a merge or a second pass adds).
    for (const Diagnostic& d : groupDiagnostics(diagnostics)) {
        if (d.isError()) {
            err() << d.toString() << Qt::endl;
            continue;
        }
        ++warnings;
        if (shown < maxWarnings) {
            err() << d.toString() << Qt::endl;
            ++shown;
        }
    }
    if (warnings > shown)
        err() << tr("… and %1 more warnings").arg(warnings - shown) << Qt::endl;
}

bool parseColumnMap(const QStringList& values, ImportOptions& options)
{
    for (const QString& v : values) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0 || eq == v.size() - 1) {
            err() << tr("chronoscope: --map expects ROLE=COLUMN, got '%1'").arg(v) << Qt::endl;
            return false;
        }
        options.columnMap.insert(v.left(eq).trimmed().toLower(), v.mid(eq + 1).trimmed());
    }
    return true;
}

std::optional<DatasetPtr> loadInputs(const QStringList& files, const ImportOptions& options)
{
    if (files.isEmpty()) {
        const LoadResult r = loadEmbeddedDataset();
        printDiagnostics(r.diagnostics);
        if (!r.ok())
            return std::nullopt;
        return r.data;
    }
    DatasetPtr merged;
    for (const QString& file : files) {
        const LoadResult r = loadFile(file, options);
        printDiagnostics(r.diagnostics);
        if (!r.ok())
            return std::nullopt;
        if (!merged) {
            merged = r.data;
            continue;
        }
        const LoadResult m = mergeDatasets(*merged, *r.data);
        printDiagnostics(m.diagnostics);
        if (!m.ok())
            return std::nullopt;
        merged = m.data;
    }
    return merged;
}

} // namespace chrono::ui::cli
