// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-input corpus (tests/data/hostile/MANIFEST.tsv, written by tools/make_hostile.py),
// shared by the in-process reader tests (tst_core) and the command-line tests (tst_app).
#pragma once

#include "testconfig.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QList>
#include <QtCore/QString>

namespace hostile {

/// One manifest row. `line`/`column` are those of the first diagnostic of severity `expect`
/// (0 = not pinned); "ok" files must load without errors.
struct Entry {
    QString file;
    QString reader; ///< native | csv | records | timelinejs | timelinexml
    QString expect; ///< error | warning | ok
    int line = 0;
    int column = 0;
    QString description;

    QString path() const { return directory().filePath(file); }
    static QDir directory() { return QDir(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/hostile")); }
};

/// The rows of MANIFEST.tsv; empty when it cannot be read (the tests then fail on the count).
inline QList<Entry> manifest()
{
    QList<Entry> entries;
    QFile f(Entry::directory().filePath(QStringLiteral("MANIFEST.tsv")));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return entries;
    while (!f.atEnd()) {
        const QString row = QString::fromUtf8(f.readLine()).trimmed();
        if (row.isEmpty() || row.startsWith(u'#'))
            continue;
        const QStringList cells = row.split(u'\t');
        if (cells.size() != 6)
            continue;
        Entry e;
        e.file = cells[0];
        e.reader = cells[1];
        e.expect = cells[2];
        e.line = cells[3].toInt(); // '-' gives 0: not pinned
        e.column = cells[4].toInt();
        e.description = cells[5];
        entries.append(e);
    }
    return entries;
}

} // namespace hostile
