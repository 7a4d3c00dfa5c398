// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/importpreview.h"

#include "core/io/csvimport.h"
#include "core/io/csvtokenizer.h"
#include "core/io/importers.h"
#include "core/io/jsonreader.h"
#include "core/io/jsonrecords.h"
#include "core/io/readerregistry.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

namespace chrono {

namespace {

/// The translation context of this file's texts: lupdate reads `ImportPreview::tr(...)` under the
/// context the program looks them up in.
struct ImportPreview {
    Q_DECLARE_TR_FUNCTIONS(chrono::ImportPreview)
};

RecordFormat formatOfHead(QByteArrayView head, QStringView path)
{
    if (looksLikeNativeJson(head))
        return RecordFormat::None;
    QString best;
    int bestScore = 0;
    for (const ImporterDescriptor& d : builtinImporters()) {
        const int score = d.sniff ? d.sniff(head, path) : 0;
        if (score > bestScore) {
            bestScore = score;
            best = d.id;
        }
    }
    if (best == u"csv")
        return RecordFormat::Csv;
    if (best == u"json-records")
        return RecordFormat::JsonRecords;
    return RecordFormat::None;
}

/// The first records of `data` that lie wholly inside it (see sampleRecordFile()).
QByteArray completeRecords(const QByteArray& data, const QString& fileName)
{
    // Cutting after a line feed never splits a UTF-8 sequence; it may split a quoted field,
    // which the tokenizer finds below.
    const qsizetype lastNewline = data.lastIndexOf('\n');
    const QByteArray lines = lastNewline < 0 ? QByteArray() : data.left(lastNewline + 1);
    CsvTokenizer tokenizer(lines, fileName);
    qsizetype end = 0;
    while (tokenizer.next()) {
        // The last record may be a quoted field cut short; keep only records followed by more.
        if (tokenizer.position() < lines.size())
            end = tokenizer.position();
    }
    return lines.left(end > 0 ? end : lines.size());
}

QStringList csvHeaders(const QByteArray& data, const QString& fileName, QString& error)
{
    CsvTokenizer tokenizer(data, fileName);
    if (!tokenizer.next()) {
        error = tokenizer.hasError() ? tokenizer.error().toString() : ImportPreview::tr("%1: the file is empty").arg(fileName);
        return {};
    }
    QStringList headers;
    for (const CsvField& f : tokenizer.fields())
        headers.append(f.toString());
    return headers;
}

QStringList jsonHeaders(const QByteArray& data, const QString& fileName, QString& error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = jsonParseDiagnostic(data, parseError, fileName).toString();
        return {};
    }
    QJsonArray records;
    if (doc.isArray()) {
        records = doc.array();
    } else {
        const QJsonObject root = doc.object();
        for (const QString& key : jsonRecordKeys()) {
            for (auto it = root.begin(); it != root.end() && records.isEmpty(); ++it) {
                if (it.key().compare(key, Qt::CaseInsensitive) == 0 && it.value().isArray())
                    records = it.value().toArray();
            }
        }
    }
    // Every key, in order of first appearance: what importJsonRecords() calls its columns.
    QStringList headers;
    QSet<QString> seen;
    for (const QJsonValue& v : std::as_const(records)) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!seen.contains(it.key())) {
                seen.insert(it.key());
                headers.append(it.key());
            }
        }
    }
    if (headers.isEmpty())
        error = ImportPreview::tr("%1: no records with keys were found").arg(fileName);
    return headers;
}

} // namespace

RecordFormat recordFormatOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return RecordFormat::None;
    return formatOfHead(file.read(SNIFF_BYTES), path);
}

RecordFileSample sampleRecordFile(const QString& path, qint64 maxBytes)
{
    RecordFileSample sample;
    sample.fileName = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sample.error = ImportPreview::tr("Cannot read '%1': %2").arg(path, file.errorString());
        return sample;
    }
    sample.fileSize = file.size();
    sample.format = formatOfHead(file.peek(SNIFF_BYTES), path);
    if (sample.format == RecordFormat::None) {
        sample.error = ImportPreview::tr("%1 is not a CSV or JSON-records file").arg(QFileInfo(path).fileName());
        return sample;
    }
    if (sample.format == RecordFormat::Csv) {
        sample.data = file.read(std::max<qint64>(maxBytes, 1));
        if (sample.fileSize > sample.data.size()) {
            sample.truncated = true;
            sample.data = completeRecords(sample.data, path);
        }
        sample.headers = csvHeaders(sample.data, path, sample.error);
    } else {
        sample.data = file.readAll();
        sample.headers = jsonHeaders(sample.data, path, sample.error);
    }
    return sample;
}

LoadResult previewImport(const RecordFileSample& sample, const ImportOptions& options)
{
    switch (sample.format) {
    case RecordFormat::Csv:
        return importCsvData(sample.data, sample.fileName, options);
    case RecordFormat::JsonRecords:
        return importJsonRecordsData(sample.data, sample.fileName, options);
    case RecordFormat::None:
        break;
    }
    LoadResult r;
    r.diagnostics.append(Diagnostic { Diagnostic::Severity::Error, sample.fileName, 0, 0, sample.error });
    return r;
}

} // namespace chrono
