// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset.h"
#include "core/io/importers.h"
#include "core/io/jsonrecords.h"
#include "importtestutil.h"

#include <catch2/catch.hpp>

#include <QtCore/QBuffer>

using namespace chrono;
using namespace chrono::test;

TEST_CASE("JSON records under a key become events", "[core][jsonrecords]")
{
    const LoadResult r = loadWith(importJsonRecords, importFixture("records.json"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    REQUIRE(d.eventCount() == 3);
    CHECK(r.warningCount() == 1);
    const Diagnostic* bad = findKind(r, Diagnostic::Kind::DroppedRow); // record 3: 30 February
    REQUIRE(bad);
    CHECK(bad->line == 6); // the value's own position (JsonLocator): the day of "2021-02-30"
    CHECK(bad->column == 40);

    const Event first = d.event(d.eventIndex(u"record-1"));
    CHECK(first.title.en == QStringLiteral("First"));
    CHECK(first.company == QStringLiteral("lab-a"));
    CHECK(first.tags == QStringList { QStringLiteral("Lab A"), QStringLiteral("Lab B") });
    CHECK(first.importance == 4);
    CHECK(first.links == QStringList { QStringLiteral("https://example.com/1") });
    const Event second = d.event(d.eventIndex(u"record-2"));
    CHECK(second.start.toString() == QStringLiteral("2019")); // a number read as a year
    CHECK(second.company == QStringLiteral("lab-b"));
    // date is null: the year / month keys give the date.
    CHECK(d.event(d.eventIndex(u"record-4")).start.toString() == QStringLiteral("2020-05"));
}

TEST_CASE("JSON records: top-level array, overrides and errors", "[core][jsonrecords]")
{
    const QByteArray array = R"([{"headline": "A", "when": "2020-01-02"}, {"headline": "B", "when": "3/4/2021"}, 7])";
    const LoadResult r = importJsonRecordsData(array, QStringLiteral("a.json"));
    REQUIRE(r.ok());
    CHECK(r.data->eventCount() == 2);
    REQUIRE(r.warningCount() == 1);
    CHECK(r.diagnostics.first().kind == Diagnostic::Kind::DroppedRow); // record 3 is not an object
    CHECK(r.diagnostics.first().line == 1);
    CHECK(r.diagnostics.first().column == array.indexOf(", 7]") + 3);

    ImportOptions options;
    options.columnMap.insert(QStringLiteral("start"), QStringLiteral("published"));
    CHECK(importJsonRecordsData(array, QStringLiteral("a.json"), options).firstError().contains(QStringLiteral("headline")));

    const LoadResult broken = loadWith(importJsonRecords, importFixture("records_broken.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.diagnostics.first().line == 3);
    CHECK(broken.diagnostics.first().column == 17); // the unexpected "start" (strict tokenizer, see JsonLocator)

    CHECK(importJsonRecordsData(R"({"foo": 1})", QStringLiteral("o.json")).firstError().contains(QStringLiteral("no array")));
    CHECK(importJsonRecordsData(R"([{"x": 1}])", QStringLiteral("o.json")).firstError().contains(QStringLiteral("--map")));
}

TEST_CASE("Importer descriptors sniff their formats", "[core][importers]")
{
    const QList<ImporterDescriptor> importers = builtinImporters();
    REQUIRE(importers.size() == 7);
    auto best = [&](const QByteArray& head, const QString& path) {
        QString id;
        int score = 0;
        for (const ImporterDescriptor& d : importers) {
            const int s = d.sniff(head, path);
            CHECK(s >= 0);
            CHECK(s <= 100);
            if (s > score) {
                score = s;
                id = d.id;
            }
        }
        return id;
    };
    CHECK(best(readAll(importFixture("timelinejs_small.json")), QStringLiteral("x.json")) == QStringLiteral("timelinejs"));
    CHECK(best(readAll(importFixture("records.json")), QStringLiteral("x.json")) == QStringLiteral("json-records"));
    CHECK(best(readAll(importFixture("small.timeline")), QStringLiteral("x.xml")) == QStringLiteral("timeline-xml"));
    CHECK(best(readAll(importFixture("events_basic.csv")), QStringLiteral("x.csv")) == QStringLiteral("csv"));
    CHECK(best(readAll(importFixture("vis_items.json")), QStringLiteral("x.json")) == QStringLiteral("vis-timeline"));
    CHECK(best(readAll(importFixture("vis_groups.json")), QStringLiteral("x.json")) == QStringLiteral("vis-timeline"));
    CHECK(best(readAll(importFixture("bilingual_events.json")), QStringLiteral("x.json")) == QStringLiteral("json-records"));
    CHECK(best(readAll(importFixture("timeline_old.timeline")), QStringLiteral("x.timeline")) == QStringLiteral("timeline-text"));
    CHECK(best(readAll(importFixture("small.timeline")), QStringLiteral("x.timeline")) == QStringLiteral("timeline-xml"));
    CHECK(best(readAll(importFixture("markwhen_small.mw")), QStringLiteral("x.mw")) == QStringLiteral("markwhen"));
    CHECK(best("a;b\n1;2\n", QStringLiteral("data")) == QStringLiteral("csv"));
    CHECK(best("\x89PNG\r\n", QStringLiteral("x.png")).isEmpty());
    for (const ImporterDescriptor& d : importers) {
        CHECK_FALSE(d.description.isEmpty());
        CHECK_FALSE(d.extensions.isEmpty());
        CHECK(d.load != nullptr);
    }
}

TEST_CASE("Every importer survives mutated input and keeps its contract", "[core][importers]")
{
    const char* fixtures[] = { "events_basic.csv", "wide_series.csv", "long_series.csv", "timelinejs_sheet.csv", "records.json",
        "timelinejs_small.json", "small.timeline", "vis_items.json", "vis_groups.json", "bilingual_events.json", "timeline_old.timeline",
        "markwhen_small.mw" };
    const QList<ImporterDescriptor> importers = builtinImporters();
    quint32 state = 2463534242u; // xorshift: the same mutations on every run
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    static const char INSERTS[] = { '"', ',', ';', '\n', '\r', '\0', '<', '>', '{', '}', '[', ']', '&', '\xff', '\xc3' };
    int loaded = 0, refused = 0;
    for (const char* name : fixtures) {
        const QByteArray original = readAll(importFixture(name));
        REQUIRE_FALSE(original.isEmpty());
        for (int round = 0; round < 40; ++round) {
            QByteArray data = original;
            const int edits = 1 + int(next() % 4);
            for (int k = 0; k < edits && !data.isEmpty(); ++k) {
                const qsizetype at = qsizetype(next() % quint32(data.size()));
                switch (next() % 4) {
                case 0:
                    data[at] = INSERTS[next() % sizeof(INSERTS)];
                    break;
                case 1:
                    data.insert(at, INSERTS[next() % sizeof(INSERTS)]);
                    break;
                case 2:
                    data.remove(at, 1 + qsizetype(next() % 16));
                    break;
                default:
                    data.truncate(at);
                    break;
                }
            }
            for (const ImporterDescriptor& importer : importers) {
                QBuffer buffer(&data);
                const LoadResult r = importer.load(buffer, QStringLiteral("mutated"), {});
                // The contract: a dataset exactly when there is no error; positions never negative.
                CHECK((r.data == nullptr) == r.hasErrors());
                for (const Diagnostic& d : r.diagnostics) {
                    CHECK(d.line >= 0);
                    CHECK(d.column >= 0);
                    CHECK_FALSE(d.message.isEmpty());
                }
                (r.data ? loaded : refused) += 1;
            }
        }
    }
    CHECK(loaded > 0);
    CHECK(refused > 0);
}

TEST_CASE("JSON records: bilingual keys, precision, a Source from source_url and source_name, metadata", "[core][jsonrecords][bilingual]")
{
    const LoadResult r = loadWith(importJsonRecords, importFixture("bilingual_events.json"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.meta().title.en == QStringLiteral("Model launches"));
    CHECK(d.meta().title.zh == QStringLiteral("模型发布"));
    REQUIRE(d.eventCount() == 3);

    const Event r1 = d.event(d.eventIndex(u"r1"));
    CHECK(r1.title.en == QStringLiteral("DeepSeek-R1 released"));
    CHECK(r1.title.zh == QStringLiteral("DeepSeek-R1 发布"));
    CHECK(r1.description.en == QStringLiteral("An open reasoning model."));
    CHECK(r1.description.zh == QStringLiteral("一个开放的推理模型。"));
    CHECK(r1.importance == 5);
    CHECK(r1.tags == QStringList { QStringLiteral("reasoning"), QStringLiteral("open-weights") });
    REQUIRE(r1.sources.size() == 1);
    const Source* s = d.source(r1.sources.first());
    REQUIRE(s);
    CHECK(s->title == QStringLiteral("DeepSeek news"));
    CHECK(s->url == QStringLiteral("https://api-docs.deepseek.com/news/news250120"));

    // "title-en" / "title-zh-Hans" and "titleEn" / "titleZh" are the same two columns.
    const Event v3 = d.event(d.eventIndex(u"v3"));
    CHECK(v3.title.en == QStringLiteral("DeepSeek-V3 released"));
    CHECK(v3.title.zh == QStringLiteral("DeepSeek-V3 发布"));
    CHECK(v3.start.toString() == QStringLiteral("2024-12")); // date_precision "month"
    const Event week = d.event(d.eventIndex(u"week"));
    CHECK(week.title.zh == QStringLiteral("开源周"));
    REQUIRE(week.sources.size() == 1);
    CHECK(d.source(week.sources.first())->url == QStringLiteral("https://github.com/deepseek-ai/open-infra-index"));

    // The impossible date leaves its record out: said once, at the date.
    REQUIRE(r.warningCount() == 1);
    CHECK(r.diagnostics.first().kind == Diagnostic::Kind::DroppedRow);
    CHECK(r.diagnostics.first().line == 42);
}
