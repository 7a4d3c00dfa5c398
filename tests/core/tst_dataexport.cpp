// SPDX-License-Identifier: GPL-3.0-or-later
// Filtered data export: CSV of events and series points, and the JSON subset.
#include "core/io/dataexport.h"
#include "core/io/jsonreader.h"
#include "core/io/jsonwriter.h"

#include "testconfig.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>

#include <catch2/catch.hpp>

using namespace chrono;

namespace {

DatasetPtr sample()
{
    QFile file(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/native-sample.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const LoadResult r = readNativeJson(file, QStringLiteral("native-sample.json"));
    REQUIRE(r.ok());
    return r.data;
}

QStringList csvLines(const QByteArray& bytes)
{
    QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
    REQUIRE(lines.last().isEmpty()); // every row ends with CRLF
    lines.removeLast();
    return lines;
}

} // namespace

TEST_CASE("CSV cells are quoted per RFC 4180 and formulas are neutralised", "[core][export]")
{
    struct Case {
        const char* in;
        const char* out;
    };
    const auto c = GENERATE(Case { "plain", "plain" }, Case { "", "" }, Case { "a,b", "\"a,b\"" },
        Case { "say \"hi\"", "\"say \"\"hi\"\"\"" }, Case { "two\nlines", "\"two\nlines\"" },
        Case { "=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"" }, Case { "+1", "'+1" }, Case { "-2", "'-2" },
        Case { "@SUM(A1)", "'@SUM(A1)" }, Case { "\tx", "'\tx" }, Case { "\rx", "\"'\rx\"" }, Case { "a=b", "a=b" },
        Case { "中文", "中文" });
    CHECK(csvCell(QString::fromUtf8(c.in)) == QString::fromUtf8(c.out));
}

TEST_CASE("Events CSV has the header and one row per visible event", "[core][export]")
{
    const DatasetPtr ds = sample();
    EventMask mask(size_t(ds->eventCount()), 1);
    mask[1] = 0; // year-of-agents
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(writeEventsCsv(*ds, mask, Language::Chinese, buffer));
    const QStringList lines = csvLines(bytes);
    REQUIRE(lines.size() == 5); // header + 4; the multi-line description is quoted, so count rows by CRLF
    CHECK(lines[0] == QStringLiteral("id,start,end,company,category,title,description,importance,confidence,tags,links,sources"));
    CHECK(lines[1] == QStringLiteral("deepseek-v2,2024-05,,deepseek,model-release,DeepSeek-V2 发布,,3,partly-verified,,,article"));
    CHECK(lines[2].startsWith(QStringLiteral("deepseek-r1,2025-01-20,2025-01-21,deepseek,model-release,DeepSeek-R1 正式发布,推理模型,5,")));
    CHECK(lines[2].endsWith(QStringLiteral(",reasoning; open-weights,https://api-docs.deepseek.com/news/news250120,deepseek-news-250120; article")));
    CHECK(lines[4].startsWith(QStringLiteral("gpt-5,2025-08-07T17:00Z,,openai,model-release,GPT-5,")));
}

TEST_CASE("Hostile titles cannot become spreadsheet formulas", "[core][export]")
{
    DatasetBuilder b;
    Event e;
    e.id = QStringLiteral("=cmd|' /C calc'!A0");
    e.start = Date::fromYmd(2025);
    e.title = { QStringLiteral("@SUM(1+1)*cmd"), QString() };
    e.description = { QStringLiteral("-2+3"), QString() };
    b.addEvent(e);
    const DatasetPtr ds = b.build();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(writeEventsCsv(*ds, EventMask { 1 }, Language::English, buffer));
    const QStringList lines = csvLines(bytes);
    REQUIRE(lines.size() == 2);
    CHECK(lines[1] == QStringLiteral("'=cmd|' /C calc'!A0,2025,,,,'@SUM(1+1)*cmd,'-2+3,1,,,,"));
}

TEST_CASE("Series CSV follows the company filter and time range", "[core][export]")
{
    const DatasetPtr ds = sample();
    FilterSpec spec;
    spec.companies = { QStringLiteral("deepseek") };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(writeSeriesCsv(*ds, spec, buffer));
    QStringList lines = csvLines(bytes);
    CHECK(lines[0] == QStringLiteral("series,group,company,date,value,unit,status,sources,note"));
    // share/openai is filtered out; r1-price has no company and no points.
    REQUIRE(lines.size() == 3);
    CHECK(lines[1] == QStringLiteral("share/deepseek,share,deepseek,2025-01-02,0.3,% of visits,measured,tracker,"));
    CHECK(lines[2] == QStringLiteral("share/deepseek,share,deepseek,2025-02-01,0.65,% of visits,measured,tracker,"));

    FilterSpec ranged;
    ranged.from = Date::fromYmd(2025, 1, 15).ms;
    bytes.clear();
    buffer.seek(0);
    REQUIRE(writeSeriesCsv(*ds, ranged, buffer, { QStringLiteral("share") }));
    lines = csvLines(bytes);
    REQUIRE(lines.size() == 4); // openai 2025-01 (the month reaches past the 15th), 2025-06-01, deepseek 2025-02-01
    CHECK(lines[1].startsWith(QStringLiteral("share/openai,share,openai,2025-01,50,% of visits,claim,article,contradicted")));
}

TEST_CASE("The filtered dataset keeps only what the visible items reference", "[core][export]")
{
    const DatasetPtr ds = sample();
    FilterSpec spec;
    spec.companies = { QStringLiteral("openai") };
    const EventMask mask = EventFilter(ds).evaluate(spec);
    const DatasetPtr sub = filteredDataset(*ds, mask, spec);
    REQUIRE(sub->eventCount() == 1);
    CHECK(sub->eventId(0) == u"gpt-5");
    REQUIRE(sub->companies().size() == 1);
    CHECK(sub->companies()[0].id == QStringLiteral("openai"));
    CHECK(sub->categories().size() == 1);
    // gpt-5 cites the tracker; the openai series cites the tracker and the article.
    CHECK(sub->sources().size() == 2);
    CHECK(sub->series().size() == 2); // share/openai and r1-price (no company)
    // S2 points at the share chart, which is still there; S3 points at nothing.
    REQUIRE(sub->claims().size() == 2);
    CHECK(sub->claims()[0].events.isEmpty()); // deepseek-r1 is filtered out
    CHECK(sub->claims()[0].series == QStringList { QStringLiteral("share") });
    CHECK(sub->meta() == ds->meta());
    // The subset is a valid document on its own.
    const LoadResult back = readNativeJson(writeNativeJson(*sub), QStringLiteral("sub.json"));
    REQUIRE(back.ok());
    CHECK(back.diagnostics.isEmpty());
}
