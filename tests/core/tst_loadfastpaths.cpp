// SPDX-License-Identifier: GPL-3.0-or-later
// The shortcuts of the big-file load path (docs/performance.md, "Loading"), each against the
// general path it stands in for: plain dates, mapped CSV input, ASCII cells, the reused JSON
// scratch event, word-at-a-time JSON scanning, the repeated-id finder, tie ordering and the
// realloc-grown string pool.
#include "core/data/dataset.h"
#include "core/data/stringpool.h"
#include "core/data/syntheticdata.h"
#include "core/io/csvimport.h"
#include "core/io/dataexport.h"
#include "core/io/dateforms.h"
#include "core/io/jsonreader.h"
#include "core/io/jsonwriter.h"

#include <catch2/catch.hpp>

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QTemporaryDir>

using namespace chrono;

namespace {

void requireSameEvents(const Dataset& a, const Dataset& b)
{
    CHECK(a.companies() == b.companies());
    CHECK(a.categories() == b.categories());
    REQUIRE(a.eventCount() == b.eventCount());
    for (int i = 0; i < a.eventCount(); ++i)
        REQUIRE(a.event(i) == b.event(i));
}

QByteArray eventsCsv(const Dataset& ds)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeEventsCsv(ds, EventMask(size_t(ds.eventCount()), 1), Language::English, buffer));
    return bytes;
}

Event event(const QString& id, TimeMs day)
{
    Event e;
    e.id = id;
    e.start = Date::fromMs(day * MS_PER_DAY, DatePrecision::Day);
    e.title.en = QStringLiteral("t ") + id;
    return e;
}

} // namespace

TEST_CASE("Plain dates read without the general parser give what parseIsoDate gives", "[core][date][load]")
{
    const char* const texts[] = { "2024", "0000", "9999", "2024-01", "2024-12", "2024-02-29", "2023-02-28", "1900-02-28", "2000-02-29",
        "2024-12-31", "1970-01-01",
        // Not plain: the fast path must say no, so that the general parser decides (and explains).
        "2023-02-29", "1900-02-29", "2024-13", "2024-00", "2024-01-00", "2024-04-31", "2024-1-01", "2024-01-1", "202", "20245", " 2024",
        "2024 ", "-2024", "+2024", "2024/01/02", "2024-01-02T10:00Z", "2024-01-02 10:00", "2024.0", "２０２４", "2024–01", "" };
    for (const char* text : texts) {
        const QString s = QString::fromUtf8(text);
        INFO(text);
        Date fromText, fromBytes;
        const bool plain = parsePlainDate(QStringView(s), fromText);
        CHECK(parsePlainDate(QByteArrayView(text), fromBytes) == plain);
        const DateParseResult iso = parseIsoDate(s);
        if (plain) {
            CHECK(fromBytes == fromText);
            REQUIRE(iso.ok());
            CHECK(iso.date == fromText);
        }
        // parseFlexibleDate takes the shortcut first; its answer is the general one either way.
        const DateParseResult flexible = parseFlexibleDate(s);
        if (plain)
            CHECK(flexible.date == fromText);
        else if (iso.ok() && !s.contains(u'/') && !s.endsWith(u".0"))
            CHECK(flexible.date == iso.date);
    }
    CHECK_FALSE(parseFlexibleDate(u"2023-02-29").ok());
    CHECK(parseFlexibleDate(u"2023-02-29").error.contains(QStringLiteral("29")));
}

TEST_CASE("Repeated ids: the partitioned finder agrees with a set, first occurrence kept", "[core][dataset][load]")
{
    DatasetBuilder b;
    QStringList ids;
    // Enough ids to fill every partition, with repeats near and far, and one id three times.
    for (int i = 0; i < 20000; ++i)
        ids.append(QStringLiteral("id-%1").arg(i));
    for (int i = 0; i < 20000; i += 97)
        ids.append(QStringLiteral("id-%1").arg(i));
    ids.append(QStringLiteral("id-5"));
    ids.append(QStringLiteral("id-19999"));
    ids.insert(3, QStringLiteral("id-0"));
    for (int k = 0; k < ids.size(); ++k)
        b.appendEvent(event(ids[k], k % 50));

    std::vector<RepeatedId> expected;
    QHash<QString, quint32> first;
    for (int k = 0; k < ids.size(); ++k) {
        const auto it = first.constFind(ids[k]);
        if (it != first.cend())
            expected.push_back(RepeatedId { quint32(k), *it });
        else
            first.insert(ids[k], quint32(k));
    }
    const std::vector<RepeatedId> found = b.repeatedStreamedIds();
    REQUIRE(found.size() == expected.size());
    for (size_t i = 0; i < found.size(); ++i) {
        CHECK(found[i].index == expected[i].index);
        CHECK(found[i].first == expected[i].first);
    }
}

TEST_CASE("Events with equal starts are ordered by id, whether or not they came in that order", "[core][dataset][load]")
{
    DatasetBuilder b;
    for (const char* id : { "d", "b", "c", "a" }) // an unordered run
        b.appendEvent(event(QString::fromLatin1(id), 10));
    for (const char* id : { "a", "b", "b2", "c" }) // an ordered run
        b.appendEvent(event(QString::fromLatin1(id), 20));
    Event twin = event(QStringLiteral("b"), 20); // same id and start: insertion order decides
    twin.title.en = QStringLiteral("second b");
    b.appendEvent(twin);
    const DatasetPtr ds = b.build();
    QStringList order;
    for (int i = 0; i < ds->eventCount(); ++i)
        order.append(ds->eventId(i).toString());
    CHECK(order == QStringList { "a", "b", "c", "d", "a", "b", "b", "b2", "c" });
    CHECK(ds->title(5, Language::English) == u"t b");
    CHECK(ds->title(6, Language::English) == u"second b");
}

TEST_CASE("CSV: the synthetic 100k file loads back as generated, mapped from a file or from memory", "[core][csvimport][load]")
{
    const DatasetPtr generated = generateSyntheticEvents(100000);
    const QByteArray csv = eventsCsv(*generated);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(csv) == csv.size());
    out.close();

    QFile file(path);
    const LoadResult mapped = importCsv(file, path);
    const LoadResult memory = importCsvData(csv, path);
    REQUIRE(mapped.ok());
    REQUIRE(memory.ok());
    CHECK(mapped.diagnostics.isEmpty());
    requireSameEvents(*mapped.data, *memory.data);

    // Against the generated events: the CSV holds the English texts and every other field.
    const Dataset& ds = *mapped.data;
    REQUIRE(ds.eventCount() == generated->eventCount());
    for (int i = 0; i < ds.eventCount(); ++i) {
        Event want = generated->event(i);
        want.title.zh.clear();
        want.description.zh.clear();
        REQUIRE(ds.event(i) == want);
    }
}

TEST_CASE("CSV: ASCII-only files and files with other characters give the same cells", "[core][csvimport][load]")
{
    const QByteArray ascii = "id,title,start,end,company,category,description,importance\r\n"
                             "a1,First,2024-01-02,,Acme,release,\"said \"\"hi\"\", then left\",3\r\n"
                             "a2,  Second  ,2024,2025,Acme,,,\r\n"
                             "a3,Third,1/2/2024,,\"Acme, Inc\",research,\"two\r\nlines\",5\r\n"
                             "a4,Fourth,2024-03,,Beta,release,,\r\n";
    // The same rows after one with a non-ASCII title: the whole file then takes the UTF-8 decoder.
    const QByteArray mixed = ascii + "a5,Fünfte – 第五,2024-04-05,,Beta,release,é,2\r\n";
    const LoadResult a = importCsvData(ascii, QStringLiteral("ascii.csv"));
    const LoadResult m = importCsvData(mixed, QStringLiteral("mixed.csv"));
    REQUIRE(a.ok());
    REQUIRE(m.ok());
    REQUIRE(a.data->eventCount() == 4);
    REQUIRE(m.data->eventCount() == 5);
    for (int i = 0; i < 4; ++i) {
        INFO(i);
        const int j = m.data->eventIndex(a.data->eventId(i));
        REQUIRE(j >= 0);
        CHECK(a.data->event(i) == m.data->event(j));
    }
    const Dataset& d = *a.data;
    const int first = d.eventIndex(u"a1"), second = d.eventIndex(u"a2"), third = d.eventIndex(u"a3");
    CHECK(d.description(first, Language::English) == u"said \"hi\", then left");
    CHECK(d.title(second, Language::English) == u"Second");
    CHECK(d.description(second, Language::English).isEmpty()); // a reused buffer keeps nothing of the row before
    CHECK(d.importanceColumn()[size_t(second)] == 1);
    CHECK(d.description(third, Language::English) == u"two\nlines");
    CHECK(d.importanceColumn()[size_t(third)] == 5);
    CHECK(d.event(third).start == Date::fromYmd(2024, 1, 2));
    const int fifth = m.data->eventIndex(u"a5");
    CHECK(m.data->title(fifth, Language::English) == QStringLiteral("Fünfte – 第五"));
    CHECK(m.data->description(fifth, Language::English) == QStringLiteral("é"));
}

TEST_CASE("CSV: a mapped file that ends inside its last page without a line break", "[core][csvimport][load]")
{
    // 4096 bytes exactly, the last field quoted and unterminated by a newline: the reader must
    // stop at the end of the mapping.
    QByteArray csv = "id,title,start\n";
    int row = 0;
    while (csv.size() < 4096 - 80)
        csv += "r" + QByteArray::number(++row) + ",Title,2024-01-01\n";
    const QByteArray head = "last,\"quoted", tail = ", at the end\",2024-02-01";
    csv += head + QByteArray(4096 - csv.size() - head.size() - tail.size(), 'x') + tail;
    REQUIRE(csv.size() == 4096);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.csv"));
    QFile out(path);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(csv);
    out.close();
    QFile file(path);
    const LoadResult r = importCsv(file, path);
    REQUIRE(r.ok());
    REQUIRE(r.data->eventCount() == row + 1);
    const int i = r.data->eventIndex(u"last");
    REQUIRE(i >= 0);
    CHECK(r.data->title(i, Language::English).startsWith(u"quoted"));
    CHECK(r.data->title(i, Language::English).endsWith(u", at the end"));
    CHECK(r.data->event(i).start == Date::fromYmd(2024, 2, 1));
}

TEST_CASE("JSON: the reused scratch event keeps nothing of the event before", "[core][json][load]")
{
    const QByteArray json = R"({"format": "chronoscope", "version": 1,
        "companies": [{"id": "c"}], "categories": [{"id": "k"}], "sources": [{"id": "s"}],
        "events": [
          {"id": "full", "start": "2024-01-01", "end": "2024-02", "title": {"en": "Full title", "zh": "全"},
           "description": {"en": "Long description", "zh": "描述"}, "company": "c", "category": "k", "importance": 5,
           "confidence": "high", "tags": ["x", "y"], "links": ["https://example.org"], "sources": ["s"]},
          {"id": "bare", "start": "2024-03-01", "title": "Bare"},
          {"id": "zh-only", "start": "2024-03-02", "title": {"zh": "只有中文"}}
        ]})";
    const LoadResult r = readNativeJson(json, QStringLiteral("mem.json"));
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    const Event bare = d.event(d.eventIndex(u"bare"));
    Event want;
    want.id = QStringLiteral("bare");
    want.start = Date::fromYmd(2024, 3, 1);
    want.title.en = QStringLiteral("Bare");
    CHECK(bare == want);
    const Event zhOnly = d.event(d.eventIndex(u"zh-only"));
    CHECK(zhOnly.title.en.isEmpty());
    CHECK(zhOnly.title.zh == QStringLiteral("只有中文"));
    const Event full = d.event(d.eventIndex(u"full"));
    CHECK(full.title.zh == QStringLiteral("全"));
    CHECK(full.tags == QStringList { "x", "y" });
    CHECK(full.importance == 5);
}

TEST_CASE("JSON: strings and blank runs at every offset of a word read as QJsonDocument reads them", "[core][json][load]")
{
    // Escapes, quotes, non-ASCII and control-free text placed at each byte offset 0..17, with
    // blank runs of every length up to 20 (spaces, tabs, CR, LF mixed) between the tokens, so
    // that the word-at-a-time scans meet their stop byte in every position of a word.
    const char* const specials[] = { "\\\"", "\\\\", "\\n", "\\u00e9", "é", "第", "\\ud83d\\ude00", "😀", "/" };
    const char blanks[] = { ' ', ' ', '\t', ' ', '\n', ' ', '\r', ' ' };
    QByteArray events;
    int n = 0;
    for (int offset = 0; offset < 18; ++offset) {
        for (const char* special : specials) {
            QByteArray blank;
            for (int k = 0; k < (n % 21); ++k)
                blank += blanks[(n + k) % 8];
            const QByteArray title = QByteArray(offset, 'a') + special + QByteArray((n * 7) % 13, 'b');
            if (n > 0)
                events += "," + blank;
            events += "{" + blank + "\"id\"" + blank + ":" + blank + "\"e" + QByteArray::number(n) + "\"," + blank + "\"start\":" + blank
                + "\"2024-01-01\"," + "\"title\":" + blank + "\"" + title + "\"" + blank + "}";
            ++n;
        }
    }
    const QByteArray json = "{\"format\":\"chronoscope\",\"version\":1,\"events\":[" + events + "]}    \n\t";
    const LoadResult r = readNativeJson(json, QStringLiteral("mem.json"));
    INFO((r.diagnostics.isEmpty() ? QString() : r.diagnostics.first().toString()).toStdString());
    REQUIRE(r.ok());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray expected = doc.object().value(QStringLiteral("events")).toArray();
    REQUIRE(r.data->eventCount() == expected.size());
    for (const QJsonValue& v : expected) {
        const QJsonObject o = v.toObject();
        const int i = r.data->eventIndex(o.value(QStringLiteral("id")).toString());
        REQUIRE(i >= 0);
        CHECK(r.data->title(i, Language::English) == o.value(QStringLiteral("title")).toString());
    }
}

TEST_CASE("JSON: the synthetic 100k file loads back as generated", "[core][json][load]")
{
    const DatasetPtr generated = generateSyntheticEvents(100000);
    const LoadResult r = readNativeJson(writeNativeJson(*generated), QStringLiteral("synthetic.json"));
    REQUIRE(r.ok());
    CHECK(r.diagnostics.isEmpty());
    requireSameEvents(*generated, *r.data);
}

TEST_CASE("String pool: growth, copies and moves keep every text", "[core][dataset][load]")
{
    StringPool pool;
    std::vector<StringPool::Ref> refs;
    QStringList texts;
    for (int i = 0; i < 50000; ++i) { // grows through many reallocations
        texts.append(QStringLiteral("text %1 ").arg(i).repeated(1 + i % 3));
        refs.push_back(pool.add(texts.constLast()));
    }
    const StringPool::Ref shared = pool.intern(u"shared");
    CHECK(pool.intern(u"shared").offset == shared.offset);
    StringPool copy = pool;
    StringPool moved = std::move(pool);
    moved.squeeze();
    CHECK(moved.memoryBytes() == moved.size() * sizeof(char16_t));
    for (size_t i = 0; i < refs.size(); ++i) {
        REQUIRE(copy.view(refs[i]) == texts[qsizetype(i)]);
        REQUIRE(moved.view(refs[i]) == texts[qsizetype(i)]);
    }
    CHECK(copy.view(shared) == u"shared");
    CHECK(pool.size() == 0); // moved from: empty, still usable
    CHECK(pool.view(pool.add(u"again")) == u"again");
}
