// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsonreader.h"

#include "core/io/nativejsonparser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileDevice>

#include <algorithm>

namespace chrono {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::JsonReader", text);
}

LoadResult parseBytes(QByteArrayView bytes, const QString& fileName, const ImportOptions& options, JsonSourceMap* map,
    qint64 progressBase, qint64 progressTotal)
{
    JsonReadContext ctx(bytes, fileName, options, progressBase, progressTotal);
    NativeJsonParser parser(ctx, map);
    parser.parseDocument();
    LoadResult result;
    result.data = parser.finish();
    result.diagnostics = ctx.takeDiagnostics();
    if (result.hasErrors())
        result.data.reset();
    if (options.progress && result.data)
        options.progress(progressTotal, progressTotal);
    return result;
}

LoadResult failure(const QString& fileName, const QString& message, Diagnostic::Kind kind = Diagnostic::Kind::Unreadable)
{
    LoadResult r;
    r.diagnostics.append(Diagnostic { Diagnostic::Severity::Error, fileName, 0, 0, message, kind });
    return r;
}

QString tooLarge(qint64 size)
{
    return tr("the file is %1 MiB; native JSON files are read up to %2 MiB")
        .arg(double(size) / (1 << 20), 0, 'f', 0)
        .arg(MAX_NATIVE_JSON_BYTES >> 20);
}

} // namespace

LoadResult readNativeJson(const QByteArray& bytes, const QString& fileName, const ImportOptions& options, JsonSourceMap* sourceMap)
{
    if (bytes.size() > MAX_NATIVE_JSON_BYTES)
        return failure(fileName, tooLarge(bytes.size()), Diagnostic::Kind::Limit);
    return parseBytes(bytes, fileName, options, sourceMap, 0, bytes.size());
}

LoadResult readNativeJson(QIODevice& device, const QString& fileName, const ImportOptions& options, JsonSourceMap* sourceMap)
{
    if (!device.isReadable())
        return failure(fileName, tr("Cannot read '%1': %2").arg(fileName, device.errorString()));
    if (!device.isSequential()) {
        const qint64 size = device.size() - device.pos();
        if (size > MAX_NATIVE_JSON_BYTES)
            return failure(fileName, tooLarge(size), Diagnostic::Kind::Limit);
        // Mapping a file spares a copy of up to a gigabyte and the time to make it.
        if (auto* file = qobject_cast<QFileDevice*>(&device); file && size > 0) {
            if (uchar* mapped = file->map(device.pos(), size)) {
                LoadResult r = parseBytes(QByteArrayView(reinterpret_cast<const char*>(mapped), size), fileName, options,
                    sourceMap, 0, size);
                file->unmap(mapped);
                return r;
            }
        }
    }
    // Read in chunks so that a stream without a known size still stops at the limit.
    constexpr qint64 CHUNK = 4 << 20;
    const qint64 total = device.isSequential() ? 0 : device.size() - device.pos();
    QByteArray bytes;
    if (total > 0)
        bytes.reserve(total);
    for (;;) {
        const QByteArray chunk = device.read(CHUNK);
        if (chunk.isEmpty())
            break;
        if (bytes.size() + chunk.size() > MAX_NATIVE_JSON_BYTES)
            return failure(fileName, tooLarge(bytes.size() + chunk.size()), Diagnostic::Kind::Limit);
        bytes.append(chunk);
        if (options.progress && !options.progress(bytes.size(), 2 * std::max(total, qint64(bytes.size()))))
            return failure(fileName, tr("cancelled"));
    }
    const qint64 base = options.progress ? bytes.size() : 0;
    return parseBytes(bytes, fileName, options, sourceMap, base, base + bytes.size());
}

bool looksLikeNativeJson(QByteArrayView head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return false;
    // "format" is the writer's first key; accept any spacing between the key and the value.
    const qsizetype key = head.indexOf("\"format\"");
    if (key < 0)
        return false;
    qsizetype j = key + 8;
    while (j < head.size() && (head[j] == ' ' || head[j] == '\n' || head[j] == '\r' || head[j] == '\t' || head[j] == ':'))
        ++j;
    return head.sliced(j).startsWith("\"chronoscope\"");
}

} // namespace chrono
