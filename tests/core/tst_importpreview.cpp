// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/importpreview.h"
#include "core/io/jsonwriter.h"

#include "testconfig.h"

#include <catch2/catch.hpp>

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

using namespace chrono;

static QString fixture(const char* name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/editing/") + QString::fromLatin1(name);
}

TEST_CASE("Record formats are told apart by content", "[core][importpreview]")
{
    CHECK(recordFormatOf(fixture("mapping.csv")) == RecordFormat::Csv);
    CHECK(recordFormatOf(fixture("records.json")) == RecordFormat::JsonRecords);
    CHECK(recordFormatOf(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/native-sample.json")) == RecordFormat::None);
    CHECK(recordFormatOf(fixture("does-not-exist.csv")) == RecordFormat::None);
}

TEST_CASE("A CSV sample has the header and previews with a column map", "[core][importpreview]")
{
    const RecordFileSample sample = sampleRecordFile(fixture("mapping.csv"));
    REQUIRE(sample.ok());
    CHECK(sample.format == RecordFormat::Csv);
    CHECK_FALSE(sample.truncated);
    CHECK(sample.headers == QStringList { QStringLiteral("Launched"), QStringLiteral("Model"), QStringLiteral("Org"), QStringLiteral("Notes"), QStringLiteral("Alt date") });
    // "Launched" is no start synonym: without a mapping nothing can be imported.
    CHECK_FALSE(previewImport(sample, {}).ok());
    ImportOptions options;
    options.columnMap.insert(QStringLiteral("start"), QStringLiteral("Launched"));
    const LoadResult r = previewImport(sample, options);
    REQUIRE(r.ok());
    REQUIRE(r.data->eventCount() == 3);
    CHECK(r.data->title(0, Language::English) == u"DeepSeek-V3");
    options.columnMap.insert(QStringLiteral("end"), QStringLiteral("Alt date"));
    const LoadResult ranged = previewImport(sample, options);
    REQUIRE(ranged.ok());
    CHECK(ranged.data->isRange(0));
}

TEST_CASE("JSON records: every key is a column", "[core][importpreview]")
{
    const RecordFileSample sample = sampleRecordFile(fixture("records.json"));
    REQUIRE(sample.ok());
    CHECK(sample.format == RecordFormat::JsonRecords);
    CHECK(sample.headers.size() == 4);
    CHECK(sample.headers.contains(QStringLiteral("link")));
    ImportOptions options;
    options.columnMap.insert(QStringLiteral("title"), QStringLiteral("what"));
    const LoadResult r = previewImport(sample, options);
    REQUIRE(r.ok());
    CHECK(r.data->eventCount() == 2);
}

TEST_CASE("A large CSV is sampled at a record boundary", "[core][importpreview]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("title,start,description\n");
    const int rows = 6000;
    for (int i = 0; i < rows; ++i) {
        // Quoted descriptions with line breaks and CJK text: a naive cut would break both.
        file.write(QStringLiteral("Event %1,2025-01-%2,\"第 %1 行\nsecond line, with comma\"\n").arg(i).arg(i % 28 + 1, 2, 10, QLatin1Char('0')).toUtf8());
    }
    file.close();
    REQUIRE(file.size() > IMPORT_PREVIEW_BYTES);
    const RecordFileSample sample = sampleRecordFile(path);
    REQUIRE(sample.ok());
    CHECK(sample.truncated);
    CHECK(sample.data.size() <= IMPORT_PREVIEW_BYTES);
    const LoadResult r = previewImport(sample, {});
    REQUIRE(r.ok());
    CHECK(r.diagnostics.isEmpty());
    CHECK(r.data->eventCount() > 100);
    CHECK(r.data->eventCount() < rows);
}

TEST_CASE("Unreadable and non-record files give a reason", "[core][importpreview]")
{
    const RecordFileSample missing = sampleRecordFile(fixture("does-not-exist.csv"));
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.contains(QLatin1String("does-not-exist.csv")));
    const RecordFileSample native = sampleRecordFile(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/native-sample.json"));
    CHECK_FALSE(native.ok());
    CHECK_FALSE(native.error.isEmpty());
    CHECK_FALSE(previewImport(native, {}).ok());
}
