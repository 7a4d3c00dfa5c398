// SPDX-License-Identifier: GPL-3.0-or-later
// The native format: what the reader reads, what the writer writes, and that they agree.
#include "core/io/embedded.h"
#include "core/io/jsonreader.h"
#include "core/io/jsonwriter.h"

#include "testconfig.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <catch2/catch.hpp>

#include <cmath>

using namespace chrono;

namespace {

QString dataPath(const char* name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/") + QLatin1String(name);
}

LoadResult readFixture(const char* name)
{
    QFile file(dataPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return readNativeJson(file, QLatin1String(name));
}

/// Whole-dataset comparison: every list, and every event through Dataset::event().
void requireSameDataset(const Dataset& a, const Dataset& b)
{
    CHECK(a.meta() == b.meta());
    CHECK(a.companies() == b.companies());
    CHECK(a.categories() == b.categories());
    CHECK(a.sources() == b.sources());
    CHECK(a.eras() == b.eras());
    CHECK(a.series() == b.series());
    CHECK(a.claims() == b.claims());
    REQUIRE(a.eventCount() == b.eventCount());
    for (int i = 0; i < a.eventCount(); ++i)
        REQUIRE(a.event(i) == b.event(i));
}

QStringList messages(const LoadResult& r)
{
    QStringList out;
    for (const Diagnostic& d : r.diagnostics)
        out.append(d.toString());
    return out;
}

} // namespace

TEST_CASE("The rich sample loads with everything in it", "[core][json]")
{
    const LoadResult r = readFixture("native-sample.json");
    INFO(messages(r).join(u'\n').toStdString());
    REQUIRE(r.ok());
    CHECK(r.diagnostics.isEmpty());
    const Dataset& ds = *r.data;
    CHECK(ds.meta().title.zh == QStringLiteral("小样本"));
    CHECK(ds.meta().asOf == Date::fromYmd(2026, 10));
    CHECK(ds.companies().size() == 2);
    CHECK(ds.companies()[0].color == QStringLiteral("#4d6bfe"));
    CHECK(ds.sources()[1].title == QStringLiteral("The \"race\" \\ as told"));
    REQUIRE(ds.eventCount() == 5);
    // Sorted by start: the month May 2024 first, then the year 2025 (which starts on 1 January).
    CHECK(ds.eventId(0) == u"deepseek-v2");
    CHECK(ds.startPrecision(0) == DatePrecision::Month);
    CHECK(ds.eventId(1) == u"year-of-agents");
    CHECK(ds.startPrecision(1) == DatePrecision::Year);
    CHECK(ds.title(1, Language::English) == u"智能体之年"); // falls back to Chinese
    const Event r1 = ds.event(ds.eventIndex(u"deepseek-r1"));
    CHECK(r1.isRange());
    CHECK(r1.end == Date::fromYmd(2025, 1, 21));
    CHECK(r1.description.en == QStringLiteral("Line one\nline two\ttabbed"));
    CHECK(r1.sources == QStringList { QStringLiteral("deepseek-news-250120"), QStringLiteral("article") });
    CHECK(r1.tags.size() == 2);
    const Event gpt5 = ds.event(ds.eventIndex(u"gpt-5"));
    CHECK(gpt5.start.precision == DatePrecision::Minute);
    CHECK(gpt5.start.toString() == QStringLiteral("2025-08-07T17:00Z"));

    REQUIRE(ds.series().size() == 3);
    const Series* openai = ds.findSeries(u"share/openai");
    REQUIRE(openai);
    CHECK(openai->kind == SeriesKind::Share);
    REQUIRE(openai->points.size() == 3);
    CHECK(openai->points[0].status == PointStatus::Claim);
    CHECK(openai->points[0].note.startsWith(QStringLiteral("contradicted")));
    CHECK(openai->points[1].value == 86.7);
    // A version 1 file: each point's single "source" is a one-entry list.
    CHECK(openai->points[0].sources == QStringList { QStringLiteral("article") });
    CHECK(openai->points[1].sources == QStringList { QStringLiteral("tracker") });
    CHECK(ds.findSeries(u"share/deepseek")->points[1].value == 0.65);
    CHECK(ds.findSeries(u"r1-price")->group == QStringLiteral("r1-price"));
    CHECK(ds.seriesGroup(u"share").size() == 2);

    REQUIRE(ds.claims().size() == 2);
    CHECK(ds.claims()[0].verdict == Verdict::Contradicted);
    CHECK(ds.claims()[0].series == QStringList { QStringLiteral("share") });
    CHECK(ds.claims()[1].verdict == Verdict::PartlyCorrect);
}

TEST_CASE("Reading what the writer wrote gives the same dataset", "[core][json]")
{
    const LoadResult first = readFixture("native-sample.json");
    REQUIRE(first.ok());
    const QByteArray written = writeNativeJson(*first.data);
    const LoadResult second = readNativeJson(written, QStringLiteral("written.json"));
    INFO(written.toStdString());
    INFO(messages(second).join(u'\n').toStdString());
    REQUIRE(second.ok());
    CHECK(second.diagnostics.isEmpty());
    requireSameDataset(*first.data, *second.data);
    // Deterministic: writing again gives the very same bytes.
    CHECK(writeNativeJson(*second.data) == written);
}

TEST_CASE("The writer's text is pretty, stable and keeps CJK readable", "[core][json]")
{
    const LoadResult r = readFixture("native-sample.json");
    REQUIRE(r.ok());
    const QByteArray text = writeNativeJson(*r.data);
    CHECK(text.startsWith("{\n  \"format\": \"chronoscope\",\n  \"version\": 2,\n  \"meta\": {\n"));
    CHECK(text.contains(QStringLiteral("深度求索").toUtf8()));
    CHECK_FALSE(text.contains("\\u"));
    CHECK(text.contains("\"start\": \"2024-05\""));
    CHECK(text.contains("\"start\": \"2025\""));
    CHECK(text.contains("{ \"date\": \"2025-02-01\", \"value\": 0.65, \"sources\": [\"tracker\"] }"));
    CHECK_FALSE(text.contains("\"source\":")); // version 1's single source is never written
    CHECK(text.contains("\"description\": { \"en\": \"Line one\\nline two\\ttabbed\", \"zh\": \"推理模型\" }"));
    CHECK(text.endsWith("}\n"));
}

TEST_CASE("Every kind of value survives a round trip", "[core][json]")
{
    DatasetBuilder b;
    DatasetMeta meta;
    meta.title = { QStringLiteral("t"), QString() };
    b.setMeta(meta);
    b.addCompany(Company { QStringLiteral("c"), { QStringLiteral("C"), QStringLiteral("西") }, QString() });
    Event e;
    e.id = QStringLiteral("quote\"back\\slash\u0001ctl");
    e.start = parseIsoDate(u"2025-01-20T08:30:15.250Z").date;
    e.end = parseIsoDate(u"2025-02").date;
    e.company = QStringLiteral("c");
    e.title = { QStringLiteral("😀 emoji"), QStringLiteral("中文") };
    e.importance = 2;
    b.addEvent(e);
    Event y;
    y.id = QStringLiteral("old");
    y.start = Date::fromYmd(-44, 3, 15);
    b.addEvent(y);
    Series s;
    s.id = QStringLiteral("s");
    s.points = { SeriesPoint { Date::fromYmd(2020), 1e-300, {}, PointStatus::Measured, QString() },
        SeriesPoint { Date::fromYmd(2021), -1.7976931348623157e308, {}, PointStatus::Claim, QStringLiteral("n") },
        SeriesPoint { Date::fromYmd(2022), 0.1 + 0.2, { QStringLiteral("a"), QStringLiteral("b") }, PointStatus::Unsupported, QString() } };
    b.addSeries(s);
    const DatasetPtr ds = b.build();
    const LoadResult back = readNativeJson(writeNativeJson(*ds), QStringLiteral("x.json"));
    INFO(messages(back).join(u'\n').toStdString());
    REQUIRE(back.ok());
    requireSameDataset(*ds, *back.data);
}

TEST_CASE("A point keeps every source it names, and version 1's single source still reads", "[core][json]")
{
    const QByteArray text = R"({"format": "chronoscope", "version": 2,
"sources": [{"id": "a", "publisher": "A"}, {"id": "b", "publisher": "B"}, {"id": "c", "publisher": "C"}],
"series": [{"id": "s", "points": [
 {"date": "2025-01", "value": 1, "sources": ["a", "b", "c"]},
 {"date": "2025-02", "value": 2, "source": "b"},
 {"date": "2025-03", "value": 3, "sources": ["c", "a"], "source": "b"},
 {"date": "2025-04", "value": 4, "sources": ["a", "a", ""], "status": "unsupported"},
 {"date": "2025-05", "value": 5, "sources": ["a", "b", "c"], "status": "claim"},
 {"date": "2025-06", "value": 6}
]}],
"claims": [{"id": "S3", "verdict": "unsupported", "sources": ["a"]}, {"id": "S18", "verdict": "opinion", "sources": ["b"]}]
})";
    const LoadResult r = readNativeJson(text, QStringLiteral("v2.json"));
    INFO(messages(r).join(u'\n').toStdString());
    REQUIRE(r.ok());
    const QList<SeriesPoint>& p = r.data->series()[0].points;
    REQUIRE(p.size() == 6);
    CHECK(p[0].sources == QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
    CHECK(p[1].sources == QStringList { QStringLiteral("b") });
    CHECK(p[2].sources == QStringList { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a") }); // "source" first
    CHECK(p[3].sources == QStringList { QStringLiteral("a") });
    CHECK(p[3].status == PointStatus::Unsupported);
    CHECK(p[4].status == PointStatus::Claim);
    CHECK(p[5].sources.isEmpty());
    CHECK(r.data->claims()[0].verdict == Verdict::Unsupported);
    CHECK(r.data->claims()[1].verdict == Verdict::Opinion);
    // The repeat and the empty id are reported where the list is, and nothing else is.
    const QStringList m = messages(r);
    REQUIRE(m.size() == 2);
    CHECK(m[0].startsWith(QStringLiteral("v2.json:7:45: warning: source \"a\" is listed twice")));
    CHECK(m[1].startsWith(QStringLiteral("v2.json:7:45: warning: an empty source id")));

    // Written back: lists, the new status and verdicts survive; no "source" key is written.
    const QByteArray written = writeNativeJson(*r.data);
    CHECK(written.contains("{ \"date\": \"2025-01\", \"value\": 1, \"sources\": [\"a\", \"b\", \"c\"] }"));
    CHECK(written.contains("{ \"date\": \"2025-04\", \"value\": 4, \"sources\": [\"a\"], \"status\": \"unsupported\" }"));
    CHECK(written.contains("\"verdict\": \"opinion\""));
    CHECK_FALSE(written.contains("\"source\":"));
    const LoadResult back = readNativeJson(written, QStringLiteral("back.json"));
    REQUIRE(back.ok());
    CHECK(back.diagnostics.isEmpty());
    requireSameDataset(*r.data, *back.data);
}

TEST_CASE("Points citing the same sources share one list", "[core][json]")
{
    QByteArray text = R"({"format": "chronoscope", "version": 2, "series": [{"id": "s", "points": [)";
    for (int i = 0; i < 50; ++i)
        text += (i ? "," : "") + QByteArray(R"({"date": ")") + QByteArray::number(2000 + i) + R"(", "value": 1, "sources": ["x", "y"]})";
    text += "]}]}";
    const LoadResult r = readNativeJson(text, QStringLiteral("shared.json"));
    REQUIRE(r.ok());
    const QList<SeriesPoint>& p = r.data->series()[0].points;
    REQUIRE(p.size() == 50);
    for (const SeriesPoint& point : p) {
        CHECK(point.sources == QStringList { QStringLiteral("x"), QStringLiteral("y") });
        CHECK(point.sources.constData() == p[0].sources.constData()); // one allocation, not fifty
    }
}

TEST_CASE("A version newer than this build reads is refused", "[core][json]")
{
    const QByteArray text = R"({"format": "chronoscope", "version": 3, "series": [{"id": "s", "points": [{"date": "2025", "value": 1}]}]})";
    const LoadResult r = readNativeJson(text, QStringLiteral("v3.json"));
    CHECK_FALSE(r.ok());
    REQUIRE_FALSE(r.diagnostics.isEmpty());
    CHECK(r.diagnostics[0].toString().contains(QStringLiteral("format version 3 is newer than this Chronoscope reads (version 2)")));
}

TEST_CASE("A byte order mark is accepted and not counted as a column", "[core][json]")
{
    const QByteArray text = "\xEF\xBB\xBF{\"format\":\"chronoscope\",\"version\":1,\"x\":1}";
    const LoadResult r = readNativeJson(text, QStringLiteral("bom.json"));
    REQUIRE(r.ok());
    REQUIRE(r.diagnostics.size() == 1); // the unknown key
    CHECK_FALSE(r.diagnostics[0].isError());
    CHECK(r.diagnostics[0].line == 1);
    CHECK(r.diagnostics[0].column == 37);
    CHECK(r.diagnostics[0].kind == Diagnostic::Kind::DroppedValue); // the unknown key "x" is not read
}

TEST_CASE("Warnings load the rest of the file", "[core][json]")
{
    const QByteArray text = R"({"format": "chronoscope", "version": 1,
"companies": [{"id": "a", "color": "blue", "logo": "x"}],
"events": [
 {"id": "e1", "start": "2025", "company": "ghost", "category": "misc", "importance": 9, "sources": ["nowhere"], "extra": 1},
 {"id": "e2", "start": "2025", "company": "ghost", "importance": 0, "extra": 2}
],
"claims": [{"id": "c", "verdict": "maybe", "events": ["e2", "e9"], "series": ["nope"]}]
})";
    const LoadResult r = readNativeJson(text, QStringLiteral("w.json"));
    INFO(messages(r).join(u'\n').toStdString());
    REQUIRE(r.ok());
    const QStringList m = messages(r);
    auto has = [&m](const char* needle) {
        return std::any_of(m.cbegin(), m.cend(), [needle](const QString& s) { return s.contains(QString::fromUtf8(needle)); });
    };
    CHECK(has("w.json:2:36: warning: colour \"blue\""));
    CHECK(has("w.json:2:44: warning: unknown key \"logo\" in a company"));
    CHECK(has("w.json:4:43: warning: unknown company \"ghost\""));
    CHECK(has("w.json:4:64: warning: unknown category \"misc\""));
    CHECK(has("w.json:4:86: warning: importance 9 is outside 1–5; 5 is used"));
    CHECK(has("w.json:4:100: warning: unknown source \"nowhere\""));
    CHECK(has("w.json:5:66: warning: importance 0 is outside 1–5; 1 is used"));
    CHECK(has("unknown verdict \"maybe\""));
    CHECK(has("unknown event \"e9\""));
    CHECK(has("unknown series or chart \"nope\""));
    // One warning per unknown key or id, not one per occurrence.
    CHECK(std::count_if(m.cbegin(), m.cend(), [](const QString& s) { return s.contains(QLatin1String("\"extra\"")); }) == 1);
    CHECK(std::count_if(m.cbegin(), m.cend(), [](const QString& s) { return s.contains(QLatin1String("\"ghost\"")); }) == 1);
    CHECK(r.data->event(0).importance == 5);
    CHECK(r.data->event(1).importance == 1);
    CHECK(r.data->companyIndex(u"ghost") >= 0);
}

TEST_CASE("The end of a range inside its start period is widened, with a warning", "[core][json]")
{
    const QByteArray text = R"({"format":"chronoscope","version":1,"events":[{"id":"a","start":"2025","end":"2025-03-01"}]})";
    const LoadResult r = readNativeJson(text, QStringLiteral("r.json"));
    REQUIRE(r.ok());
    REQUIRE(r.warningCount() == 1);
    CHECK(r.data->event(0).end == Date::fromYmd(2025, 12, 31));
    const LoadResult back = readNativeJson(writeNativeJson(*r.data), QStringLiteral("r2.json"));
    REQUIRE(back.ok());
    CHECK(back.diagnostics.isEmpty());
    CHECK(back.data->event(0) == r.data->event(0));
}

TEST_CASE("A point value of null reads as no value", "[core][json]")
{
    const QByteArray text = R"({"format":"chronoscope","version":1,"series":[{"id":"s","points":[{"date":"2025","value":null}]}]})";
    const LoadResult r = readNativeJson(text, QStringLiteral("n.json"));
    REQUIRE(r.ok());
    CHECK(std::isnan(r.data->series()[0].points[0].value));
    CHECK(writeNativeJson(*r.data).contains("\"value\": null"));
}

TEST_CASE("The source map places every event id", "[core][json]")
{
    JsonSourceMap map;
    QFile file(dataPath("native-sample.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const LoadResult r = readNativeJson(file, QStringLiteral("native-sample.json"), {}, &map);
    REQUIRE(r.ok());
    CHECK(map.events.size() == 5);
    CHECK(map.events.value(QStringLiteral("deepseek-v2")).line == 64);
    CHECK(map.events.value(QStringLiteral("deepseek-v2")).column == 13);
    CHECK(map.series.value(QStringLiteral("r1-price")).line > 0);
    CHECK(map.claims.contains(QStringLiteral("S3")));
}

TEST_CASE("Saving is atomic and reads back", "[core][json]")
{
    const LoadResult r = readFixture("native-sample.json");
    REQUIRE(r.ok());
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.json"));
    QString error;
    REQUIRE(saveNativeJsonAtomically(*r.data, path, &error));
    CHECK(error.isEmpty());
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const LoadResult back = readNativeJson(saved, path);
    REQUIRE(back.ok());
    requireSameDataset(*r.data, *back.data);
    CHECK_FALSE(saveNativeJsonAtomically(*r.data, dir.filePath(QStringLiteral("missing/dir/x.json")), &error));
    CHECK(error.contains(QStringLiteral("missing/dir/x.json")));
}

TEST_CASE("The embedded dataset loads without errors", "[core][json][embedded]")
{
    const LoadResult r = loadEmbeddedDataset();
    INFO(messages(r).join(u'\n').toStdString());
    REQUIRE(r.ok());
    CHECK(embeddedDatasetPath() == QStringLiteral(":/data/ai-race.json"));
    for (const Diagnostic& d : r.diagnostics)
        CHECK(d.file == QStringLiteral("embedded:ai-race.json"));
}
