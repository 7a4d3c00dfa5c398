// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/jsonrecords.h"

#include "core/io/jsonlocator.h"
#include "core/io/recordimport.h"

#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>

#include <cmath>

namespace chrono {

namespace {

/// A scalar as cell text; false for objects (and arrays holding objects).
bool cellText(const QJsonValue& value, QString& out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.clear();
        return true;
    case QJsonValue::Bool:
        out = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // Whole numbers (years, counts) print without ".0" so they read as dates and ids.
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15)
            out = QString::number(qint64(d));
        else
            out = QString::number(d, 'g', 17);
        return true;
    }
    case QJsonValue::String:
        out = value.toString();
        return true;
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue& v : value.toArray()) {
            QString part;
            if (v.isObject() || v.isArray() || !cellText(v, part))
                return false;
            if (!part.isEmpty())
                parts.append(part);
        }
        // Values may hold commas themselves; "; " keeps them apart for splitMultiValue().
        out = parts.join(QStringLiteral("; "));
        return true;
    }
    case QJsonValue::Object:
        break;
    }
    return false;
}

/// The language a key names by its ending, and the key without it: "title_en", "title-en",
/// "titleEn" -> English "title"; "title_zh", "title_zh_cn", "title-zh-Hans", "titleZh",
/// "titleZhCn" -> Chinese "title". Empty base when the key names no language.
struct KeyLanguage {
    QString base;
    bool chinese = false;
};

KeyLanguage keyLanguage(const QString& key)
{
    static const QRegularExpression separated(QStringLiteral("^(.+?)[_\\- ](en|eng|english|zh|cn|chinese|zh[_\\-]?(?:cn|hans|hant|tw|hk|sg))$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression camel(QStringLiteral("^(.*[a-z0-9])(En|Zh|ZhCn|ZhHans|ZhHant|ZhTw|Cn)$"));
    QRegularExpressionMatch m = separated.match(key);
    if (!m.hasMatch())
        m = camel.match(key);
    if (!m.hasMatch())
        return {};
    const QString language = m.captured(2).toLower();
    return KeyLanguage { m.captured(1), !language.startsWith(u"en") };
}

/// Title and description of the dataset from metadata beside the records: top-level keys,
/// or keys of a "metadata" / "meta" object; plain, {"en", "zh"} or with _en / _zh endings.
void readMetadata(const QJsonObject& root, DatasetMeta& meta)
{
    QJsonObject m = root;
    for (const char* key : { "metadata", "meta" }) {
        if (root.value(QLatin1String(key)).isObject()) {
            m = root.value(QLatin1String(key)).toObject();
            break;
        }
    }
    for (auto it = m.begin(); it != m.end(); ++it) {
        const KeyLanguage lang = keyLanguage(it.key());
        const QString base = (lang.base.isEmpty() ? it.key() : lang.base).toLower();
        LocalizedText* target = base == u"title" || base == u"name" ? &meta.title : base == u"description" ? &meta.description : nullptr;
        if (!target)
            continue;
        if (it.value().isObject()) {
            const QJsonObject o = it.value().toObject();
            if (!o.value(QLatin1String("en")).toString().isEmpty())
                target->en = o.value(QLatin1String("en")).toString();
            if (!o.value(QLatin1String("zh")).toString().isEmpty())
                target->zh = o.value(QLatin1String("zh")).toString();
        } else if (it.value().isString() && !it.value().toString().isEmpty()) {
            (lang.chinese ? target->zh : target->en) = it.value().toString();
        }
    }
}

} // namespace

std::vector<std::pair<int, int>> jsonArrayElementPositions(const QByteArray& data, const QByteArray& key, qsizetype expectedCount)
{
    // JsonLocator finds the elements with the real tokenizer and turns offsets into lines and
    // columns incrementally (one pass even when a minified file is one long line).
    JsonLocator locator(data);
    const QString arrayKey = QString::fromUtf8(key);
    if (!locator.scan() || locator.elementCount(arrayKey) != expectedCount)
        return {};
    std::vector<std::pair<int, int>> positions(static_cast<size_t>(expectedCount));
    for (qsizetype i = 0; i < expectedCount; ++i) {
        const JsonLocation at = locator.element(arrayKey, i);
        positions[size_t(i)] = { at.line, at.column };
    }
    return positions;
}

QStringList jsonRecordKeys()
{
    return { QStringLiteral("events"), QStringLiteral("items"), QStringLiteral("data"), QStringLiteral("records"), QStringLiteral("rows"),
        QStringLiteral("entries") };
}

Diagnostic jsonParseDiagnostic(const QByteArray& data, const QJsonParseError& error, const QString& fileName)
{
    int line = 0, column = 0;
    lineColumnAt(QByteArrayView(data), error.offset, line, column);
    return Diagnostic { Diagnostic::Severity::Error, fileName, line, column, QStringLiteral("JSON syntax error: %1").arg(error.errorString()), Diagnostic::Kind::Syntax };
}

LoadResult importJsonRecordsData(const QByteArray& data, const QString& fileName, const ImportOptions& options)
{
    DiagnosticSink sink(fileName, options.maxDiagnostics);
    // Strict syntax first (QJsonDocument lets NUL and control characters through) and the
    // position of every record and value, which QJsonDocument does not give.
    JsonLocator locator(data);
    if (!locator.scan()) {
        sink.add(locator.syntaxError(fileName));
        return { nullptr, sink.take() };
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        sink.add(jsonParseDiagnostic(data, parseError, fileName));
        return { nullptr, sink.take() };
    }
    QJsonArray records;
    QByteArray foundKey; // empty: the top-level array
    bool found = false;
    if (doc.isArray()) {
        records = doc.array();
        found = true;
    } else {
        const QJsonObject root = doc.object();
        for (const QString& key : jsonRecordKeys()) {
            // Keys are matched case-insensitively: "Events" and "DATA" occur in the wild.
            for (auto it = root.begin(); it != root.end(); ++it) {
                if (it.key().compare(key, Qt::CaseInsensitive) == 0 && it.value().isArray()) {
                    records = it.value().toArray();
                    foundKey = it.key().toUtf8();
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
    }
    if (!found) {
        sink.error(1, 1, QStringLiteral("no array of records: expected a top-level array or one under the key %1").arg(jsonRecordKeys().join(QStringLiteral(", "))), Diagnostic::Kind::NotThisFormat);
        return { nullptr, sink.take() };
    }

    // Columns: every key, in order of first appearance. Bilingual records: "title_en",
    // "title-en" and "titleEn" are one column, the title; "title_zh", "title-zh-Hans" and
    // "titleZh" one column with no role of its own, the title's Chinese.
    QStringList headers; // the keys as written (the first key of each column)
    QStringList roleHeaders; // what the roles see: English keys by their base, Chinese ones hidden
    QHash<QString, int> columnOf; // key -> column
    QHash<QString, int> canonicalColumn;
    QHash<QString, int> chineseColumn, englishColumn; // normalised base key -> column
    for (const QJsonValue& v : std::as_const(records)) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (columnOf.contains(it.key()))
                continue;
            const KeyLanguage lang = keyLanguage(it.key());
            const QString canonical = lang.base.isEmpty() ? it.key() : lang.chinese ? QStringLiteral("\x1F") + lang.base : lang.base;
            int c = canonicalColumn.value(canonical, -1);
            if (c < 0) {
                c = int(headers.size());
                canonicalColumn.insert(canonical, c);
                headers.append(it.key());
                roleHeaders.append(canonical);
                if (!lang.base.isEmpty())
                    (lang.chinese ? chineseColumn : englishColumn).insert(normalizeHeader(lang.base), c);
            }
            columnOf.insert(it.key(), c);
        }
    }
    QHash<QString, QString> columnMap = options.columnMap;
    columnMap.remove(QStringLiteral("lane"));
    // Keys are matched as the roles see them: renamed English keys by their base.
    for (auto it = columnMap.begin(); it != columnMap.end(); ++it) {
        const auto c = columnOf.constFind(it.value());
        if (c != columnOf.cend())
            it.value() = roleHeaders[*c];
    }
    auto mapIfPresent = [&](const char* role, std::initializer_list<const char*> keys) {
        if (columnMap.contains(QLatin1String(role)))
            return;
        for (const char* k : keys) {
            for (int c = 0; c < headers.size(); ++c) {
                if (normalizeHeader(roleHeaders[c]) == QLatin1String(k)) {
                    columnMap.insert(QLatin1String(role), roleHeaders[c]);
                    return;
                }
            }
        }
    };
    mapIfPresent("url", { "source url", "source link" });
    mapIfPresent("source", { "source name", "source title", "publisher" });
    const ColumnRoleDetection detection = detectColumnRoles(roleHeaders, columnMap);
    if (!detection.ok()) {
        sink.error(1, 1, detection.error, Diagnostic::Kind::BadValue);
        return { nullptr, sink.take() };
    }
    if (!detection.roles.has(ColumnRole::Title) || !detection.roles.hasStart()) {
        sink.error(1, 1, QStringLiteral("the records need a title-like and a date-like key; the keys are %1 (name them with --map ROLE=KEY)")
                             .arg(headers.join(QStringLiteral(", "))));
        return { nullptr, sink.take() };
    }

    EventRecordImporter importer(detection.roles, sink);
    importer.setFallbackIdPrefix(QStringLiteral("record-"));
    importer.builder().meta().title.en = QFileInfo(fileName).completeBaseName();
    if (doc.isObject())
        readMetadata(doc.object(), importer.builder().meta());
    {
        EventRecordImporter::ExtraColumns extra;
        const auto baseOf = [&](ColumnRole role) {
            const int c = detection.roles.column(role);
            return c < 0 ? QString() : normalizeHeader(roleHeaders[c]);
        };
        extra.titleZh = chineseColumn.value(baseOf(ColumnRole::Title), -1);
        const QString descriptionBase = baseOf(ColumnRole::Description);
        extra.descriptionZh = chineseColumn.value(descriptionBase, -1);
        if (descriptionBase != u"summary") {
            extra.summaryEn = englishColumn.value(QStringLiteral("summary"), -1);
            extra.summaryZh = chineseColumn.value(QStringLiteral("summary"), -1);
        }
        for (int c = 0; c < headers.size(); ++c) {
            const QString h = normalizeHeader(headers[c]);
            if (h == u"date precision" || h == u"precision" || h == u"start precision")
                extra.precision = c;
        }
        importer.setExtraColumns(extra);
    }
    importer.reserve(int(records.size()));
    const QString recordsKey = QString::fromUtf8(foundKey);
    std::vector<QString> texts(size_t(headers.size()));
    std::vector<RecordCell> cells(size_t(headers.size()));
    for (int i = 0; i < records.size(); ++i) {
        const QString context = QStringLiteral("record %1").arg(i + 1);
        const JsonLocation at = locator.element(recordsKey, i);
        const QJsonValue v = records.at(i);
        if (!v.isObject()) {
            sink.droppedRow(at.line, at.column, context + QStringLiteral(": not an object; skipped"));
            continue;
        }
        // Cells point at their own value (exact); keys absent from this record at the record.
        for (RecordCell& cell : cells)
            cell = RecordCell { {}, at.line, at.column, nullptr, false };
        for (const auto& [key, where] : locator.members(recordsKey, i)) {
            const auto c = columnOf.constFind(key);
            if (c != columnOf.cend())
                cells[size_t(*c)] = RecordCell { {}, where.line, where.column, nullptr, true };
        }
        const QJsonObject o = v.toObject();
        for (QString& t : texts)
            t.clear();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const int c = columnOf.value(it.key());
            if (!cellText(it.value(), texts[size_t(c)])) {
                texts[size_t(c)].clear();
                if (detection.roles.roleOf(c))
                    sink.warning(cells[size_t(c)].line, cells[size_t(c)].column, context + QStringLiteral(": key \"%1\" holds an object, not a value; ignored").arg(it.key()), Diagnostic::Kind::DroppedValue);
            }
        }
        for (size_t c = 0; c < texts.size(); ++c)
            cells[c] = RecordCell { texts[c], cells[c].line, cells[c].column, &texts[c], cells[c].exact };
        importer.setContext(context);
        importer.addRecord(cells, at.line, i + 1);
    }
    if (importer.eventCount() == 0) {
        // Point at the first skipped record, or at the (empty) array itself.
        int line = 1, column = 1;
        if (!sink.firstPosition(line, column) && !records.isEmpty()) {
            const JsonLocation first = locator.element(recordsKey, 0);
            line = first.line;
            column = first.column;
        }
        sink.error(line, column, records.isEmpty() ? QStringLiteral("the array of records is empty") : QStringLiteral("no usable record: all %1 were skipped").arg(records.size()), Diagnostic::Kind::NoData);
        return { nullptr, sink.take() };
    }
    DatasetPtr dataset = importer.build();
    return { dataset, sink.take() };
}

LoadResult importJsonRecords(QIODevice& device, const QString& fileName, const ImportOptions& options)
{
    QByteArray data;
    Diagnostic error;
    if (!readDeviceCapped(device, IMPORT_MAX_JSON_BYTES, fileName, data, error))
        return { nullptr, { error } };
    return importJsonRecordsData(data, fileName, options);
}

} // namespace chrono
