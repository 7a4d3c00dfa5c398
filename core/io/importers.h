// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/csvimport.h"
#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"
#include "core/io/jsonrecords.h"
#include "core/io/timelinejs.h"
#include "core/io/markwhen.h"
#include "core/io/timelinetext.h"
#include "core/io/timelinexml.h"
#include "core/io/vistimeline.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QIODevice>
#include <QtCore/QList>
#include <QtCore/QStringList>
#include <QtCore/QStringView>

namespace chrono {

/// Reads one whole file. Every importer of this header has this signature.
using ImportFunction = LoadResult (*)(QIODevice& device, const QString& fileName, const ImportOptions& options);

/**
 * @brief How to recognise and read one "bring your own data" format.
 *
 * `sniff` looks at the first bytes (a few KiB are enough; may be shorter than the file) and the
 * path, and returns a confidence from 0 (not this format) to 100 (certainly this format). The
 * registry picks the highest; ties go to the earlier entry. Scores used here: a distinctive
 * content marker 90-95, the extension alone 40-60, generic content 20-30.
 */
struct ImporterDescriptor {
    QString id; ///< "csv", "json-records", "timelinejs", "vis-timeline", "timeline-xml", "timeline-text", "markwhen"
    QString description; ///< for file dialogs and `--help`
    QStringList extensions; ///< lower case, without the dot
    int (*sniff)(QByteArrayView head, QStringView path) = nullptr;
    ImportFunction load = nullptr;
};

int sniffCsv(QByteArrayView head, QStringView path);
int sniffJsonRecords(QByteArrayView head, QStringView path);
int sniffTimelineJs(QByteArrayView head, QStringView path);
int sniffTimelineXml(QByteArrayView head, QStringView path);
int sniffTimelineText(QByteArrayView head, QStringView path);
int sniffVisTimeline(QByteArrayView head, QStringView path);
int sniffMarkwhen(QByteArrayView head, QStringView path);

/// The groupings a reader can make lanes from (`--map lane=…`), its default first; empty
/// when the reader makes lanes one way only. docs/import.md, "Lanes from the file's own grouping".
QStringList laneGroupings(const QString& readerId);

/// The readers of this module, most specific first: TimelineJS, vis-timeline, .timeline XML
/// and text, Markwhen, JSON records, CSV.
QList<ImporterDescriptor> builtinImporters();

} // namespace chrono
