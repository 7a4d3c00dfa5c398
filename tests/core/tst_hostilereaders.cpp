// SPDX-License-Identifier: GPL-3.0-or-later
// Every reader, called directly, on every file of the hostile corpus (tests/data/hostile/):
// no crash, nothing half-loaded, and every diagnostic names the file and a 1-based line.
#include "../common/timebudget.h"
#include "../common/hostilechecks.h"

#include "core/io/importers.h"
#include "core/io/jsonreader.h"

#include <QtCore/QBuffer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QRegularExpression>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace hostile;

namespace {

const QStringList READERS = { QStringLiteral("native"), QStringLiteral("csv"), QStringLiteral("records"),
    QStringLiteral("timelinejs"), QStringLiteral("timelinexml"), QStringLiteral("vistimeline"), QStringLiteral("timelinetext"),
    QStringLiteral("markwhen") };

LoadResult readWith(const QString& reader, QIODevice& device, const QString& name)
{
    const ImportOptions options;
    if (reader == u"native")
        return readNativeJson(device, name, options);
    if (reader == u"csv")
        return importCsv(device, name, options);
    if (reader == u"records")
        return importJsonRecords(device, name, options);
    if (reader == u"timelinejs")
        return importTimelineJs(device, name, options);
    if (reader == u"timelinexml")
        return importTimelineXml(device, name, options);
    if (reader == u"vistimeline")
        return importVisTimeline(device, name, options);
    if (reader == u"timelinetext")
        return importTimelineText(device, name, options);
    if (reader == u"markwhen")
        return importMarkwhen(device, name, options);
    FAIL("unknown reader in MANIFEST.tsv: " << reader.toStdString());
    return {};
}

LoadResult readFileWith(const QString& reader, const QString& path, const QString& name)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return readWith(reader, f, name);
}

} // namespace

TEST_CASE("The hostile corpus covers every reader", "[core][hostile]")
{
    const QList<hostile::Entry> entries = hostile::manifest();
    CHECK(entries.size() >= 60);
    QHash<QString, int> perReader;
    for (const hostile::Entry& e : entries) {
        INFO(e.file.toStdString());
        CHECK(READERS.contains(e.reader));
        CHECK((e.expect == u"error" || e.expect == u"warning" || e.expect == u"dropped" || e.expect == u"ok"));
        CHECK((e.expect == u"ok" || e.line >= 1));
        CHECK(QFile::exists(e.path()));
        ++perReader[e.reader];
    }
    for (const QString& reader : READERS)
        CHECK(perReader.value(reader) >= 8);
}

TEST_CASE("Each hostile file gives its reader's expected first diagnostic", "[core][hostile]")
{
    for (const hostile::Entry& e : hostile::manifest()) {
        DYNAMIC_SECTION(e.file.toStdString())
        {
            const LoadResult r = readFileWith(e.reader, e.path(), e.file);
            checkInvariants(r, e.file);
            checkExpectation(e, r);
        }
    }
}

TEST_CASE("Every reader survives every hostile file, also from memory", "[core][hostile]")
{
    for (const hostile::Entry& e : hostile::manifest()) {
        QFile f(e.path());
        REQUIRE(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        for (const QString& reader : READERS) {
            INFO(reader.toStdString() << " on " << e.file.toStdString());
            QBuffer buffer(&bytes);
            REQUIRE(buffer.open(QIODevice::ReadOnly));
            checkInvariants(readWith(reader, buffer, e.file), e.file);
        }
    }
}

TEST_CASE("Every prefix of a valid file is read without a crash", "[core][hostile]")
{
    // Truncation at every point is what an interrupted download or copy leaves behind.
    struct Sample {
        const char* reader;
        QByteArray text;
    };
    const auto s = GENERATE(Sample { "native", "{\"format\":\"chronoscope\",\"version\":1,\"companies\":[{\"id\":\"c\",\"name\":{\"en\":\"C\",\"zh\":\"公司\"}}],"
                                               "\"events\":[{\"id\":\"a\",\"start\":\"2025-01-20\",\"end\":\"2025-02\",\"company\":\"c\",\"title\":\"t\\u00e9\",\"importance\":3}],"
                                               "\"series\":[{\"id\":\"s\",\"points\":[{\"date\":\"2025-01\",\"value\":-1.5e3}]}]}" },
        Sample { "csv", "title,start,end,company\r\n\"A, \"\"quoted\"\"\",2025-01-20,2025-01-22,DeepSeek\r\nB,2025-02,,Alibaba\r\n" },
        Sample { "csv", "Date,A,B\n2025-01,1.5,2\n2025-02,3,\n" },
        Sample { "records", "{\"items\":[{\"title\":\"A\",\"date\":\"2025-01-20\",\"tags\":[\"x\",1]},{\"title\":\"B\",\"date\":\"2025\"}]}" },
        Sample { "timelinejs", "{\"events\":[{\"start_date\":{\"year\":\"1815\",\"month\":\"12\"},\"end_date\":{\"year\":1852},\"text\":{\"headline\":\"<b>Ada</b>\",\"text\":\"<p>x</p>\"}}]}" },
        Sample { "timelinexml", "<?xml version=\"1.0\"?><timeline><categories><category><name>R</name><color>1,2,3</color></category></categories>"
                                "<events><event><start>2013-03-30 11:16:00</start><end>2013-04-01 00:00:00</end><text>T &amp; x</text><category>R</category></event></events></timeline>" });
    const QString reader = QLatin1String(s.reader);
    const QString name = QStringLiteral("prefix.") + reader;
    QByteArray whole = s.text;
    QBuffer full(&whole);
    REQUIRE(full.open(QIODevice::ReadOnly));
    const LoadResult complete = readWith(reader, full, name);
    INFO(dump(complete).toStdString());
    REQUIRE(complete.ok());
    for (int n = 0; n < s.text.size(); ++n) {
        QByteArray prefix = s.text.left(n);
        QBuffer buffer(&prefix);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        INFO(reader.toStdString() << " cut at " << n);
        checkInvariants(readWith(reader, buffer, name), name);
    }
}

TEST_CASE("Huge inputs are refused quickly without being read into memory", "[core][hostile][big]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A 10 MB CSV on one line: a record far beyond any sane size.
    const QString longLine = dir.filePath(QStringLiteral("long_line.csv"));
    {
        QFile f(longLine);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("title,start\n");
        f.write(QByteArray(10 * 1024 * 1024, 'x'));
    }
    QElapsedTimer timer;
    timer.start();
    LoadResult r = readFileWith(QStringLiteral("csv"), longLine, QStringLiteral("long_line.csv"));
    CHECK(timer.elapsed() < chrono::test::boundMs(5000));
    checkInvariants(r, QStringLiteral("long_line.csv"));
    REQUIRE(r.hasErrors());
    CHECK(first(r, Diagnostic::Severity::Error)->line == 2);

    // 2 GiB sparse files (no disk used): every reader must refuse them from their size alone.
    for (const QString& reader : READERS) {
        const QString name = QStringLiteral("sparse.") + reader;
        const QString path = dir.filePath(name);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(reader == u"timelinexml" ? "<timeline>" : reader == u"csv" ? "title,start\nA,2025-01-01\n" : "{\"events\":[");
        REQUIRE(f.resize(qint64(2) * 1024 * 1024 * 1024));
        f.close();
        timer.restart();
        r = readFileWith(reader, path, name);
        INFO(reader.toStdString());
        CHECK(timer.elapsed() < chrono::test::boundMs(2000));
        checkInvariants(r, name, Place::FileLevel);
        REQUIRE(r.hasErrors());
        // A size limit ("larger than 2 GiB", "the file is 2048 MiB; ...").
        CHECK(first(r, Diagnostic::Severity::Error)->kind == Diagnostic::Kind::Limit);
        QFile::remove(path);
    }
}

TEST_CASE("Regressions: what the hostile corpus found in the readers", "[core][hostile]")
{
    SECTION("TimelineJS: a numeric year of 1e300 is refused, never cast to an integer")
    {
        // Was qint64(1e300): undefined behaviour, printed as year -9223372036854775808.
        const LoadResult r = importTimelineJsData(R"({"events":[{"start_date":{"year":1e300},"text":{"headline":"h"}}]})", QStringLiteral("t.json"));
        REQUIRE(r.hasErrors());
        INFO(dump(r).toStdString());
        CHECK(r.diagnostics.first().kind == Diagnostic::Kind::DroppedRow);
        CHECK(r.diagnostics.last().kind == Diagnostic::Kind::NoData);
        CHECK_FALSE(dump(r).contains(QStringLiteral("9223372036854775808")));
        CHECK(r.diagnostics.first().line == 1);
        CHECK(r.diagnostics.first().column == 26); // the start_date object
    }
    SECTION("JSON records and TimelineJS refuse NUL and control characters like the native reader")
    {
        // QJsonDocument accepts a raw NUL inside a string; it loaded as part of the title.
        const QByteArray records = QByteArray("[\n{\"title\":\"a") + '\0' + QByteArray("b\",\"date\":\"2025\"}]");
        const LoadResult r = importJsonRecordsData(records, QStringLiteral("r.json"));
        REQUIRE(r.hasErrors());
        CHECK(r.diagnostics.first().line == 2);
        CHECK(r.diagnostics.first().column == 12); // the NUL itself
        const LoadResult t = importTimelineJsData("{\"events\":[{\"start_date\":{\"year\":\"1900\"},\"text\":{\"headline\":\"a\tb\"}}]}",
            QStringLiteral("t.json"));
        CHECK(t.hasErrors());
    }
    SECTION("JSON records warnings point at the value, not at line 0")
    {
        const LoadResult r = importJsonRecordsData("[{\"title\":\"a\",\"date\":\"2025\"},\n {\"title\":\"b\",\"date\":\"2025-13\"}]", QStringLiteral("r.json"));
        REQUIRE(r.ok());
        REQUIRE(r.warningCount() == 1);
        CHECK(r.diagnostics.first().line == 2);
        CHECK(r.diagnostics.first().column >= 23); // at or inside "2025-13"
    }
    SECTION("Timeline XML: bad UTF-8 is reported where it is, not where the decoder was")
    {
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<timeline>\n<events><event><text>caf\xe9</text></event></events></timeline>";
        const LoadResult r = importTimelineXmlData(xml, QStringLiteral("x.timeline"));
        REQUIRE(r.hasErrors());
        CHECK(r.diagnostics.first().line == 3);
        CHECK(r.diagnostics.first().column == 25);
        // A file that declares another encoding is left to the XML reader's decoder.
        const QByteArray latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<timeline><events><event><start>2013-03-30 11:16:00</start>"
                                  "<end>2013-03-30 11:16:00</end><text>caf\xe9</text></event></events></timeline>";
        const LoadResult ok = importTimelineXmlData(latin1, QStringLiteral("x.timeline"));
        INFO(dump(ok).toStdString());
        REQUIRE(ok.ok());
        CHECK(ok.data->title(0, Language::English) == QStringLiteral("caf\u00e9"));
    }
    SECTION("'Nothing usable' errors name a place")
    {
        const LoadResult csv = importCsvData("title,start\nA,2025-02-30\nB,2025-13\n", QStringLiteral("c.csv"));
        REQUIRE(csv.hasErrors());
        const Diagnostic* e = first(csv, Diagnostic::Severity::Error);
        CHECK(e->line == 2);
        const LoadResult header = importCsvData("title,start\n", QStringLiteral("c.csv"));
        REQUIRE(header.hasErrors());
        CHECK(first(header, Diagnostic::Severity::Error)->line == 1);
        const LoadResult xml = importTimelineXmlData("<timeline><events>\n<event><start>2013-02-30</start><text>x</text></event></events></timeline>",
            QStringLiteral("x.timeline"));
        REQUIRE(xml.hasErrors());
        CHECK(first(xml, Diagnostic::Severity::Error)->line == 2);
    }
}

TEST_CASE("Fuzzer findings stay fixed", "[core][hostile][fuzz]")
{
    // tests/data/fuzz-regressions/TARGET/: inputs that once broke a libFuzzer target
    // (tests/fuzz/fuzz_TARGET.cpp), checked here with the same oracles on every test run.
    const QDir root(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/fuzz-regressions"));
    int checked = 0;
    for (const QString& target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(target));
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            REQUIRE(f.open(QIODevice::ReadOnly));
            QByteArray bytes = f.readAll();
            INFO(target.toStdString() << "/" << name.toStdString());
            ++checked;
            if (target == u"date") {
                const DateParseResult r = parseIsoDate(QString::fromUtf8(bytes));
                if (r.ok()) {
                    const DateParseResult again = parseIsoDate(r.date.toString());
                    REQUIRE(again.ok());
                    CHECK(again.date == r.date);
                } else {
                    CHECK_FALSE(r.error.isEmpty());
                }
                continue;
            }
            const QString reader = target == u"native_json" ? QStringLiteral("native")
                : target == u"json_records"                 ? QStringLiteral("records")
                : target == u"timeline_xml"                 ? QStringLiteral("timelinexml")
                                                            : target;
            REQUIRE(READERS.contains(reader));
            QBuffer buffer(&bytes);
            REQUIRE(buffer.open(QIODevice::ReadOnly));
            checkInvariants(readWith(reader, buffer, name), name);
        }
    }
    CHECK(checked >= 1);
}

TEST_CASE("Regressions: what fuzzing found in the date parser", "[core][hostile][fuzz]")
{
    // 9999-12-31T23:59:59.999 at UTC-1 is in the year 10000: it parsed, printed as
    // "10000-01-01T00:59:59.999Z" and could not be read back.
    const DateParseResult late = parseIsoDate(u"9999-12-31T23:59:59.999-01");
    CHECK_FALSE(late.ok());
    CHECK(late.error.contains(QStringLiteral("9999")));
    const DateParseResult early = parseIsoDate(u"-9999-01-01T00:00+01:00");
    CHECK_FALSE(early.ok());
    // The edges themselves stay valid and round-trip.
    for (const char16_t* text : { u"9999-12-31T23:59:59.999Z", u"9999-12-31T23:59+00:00", u"0000-01-01T00:30+01:00" }) {
        const DateParseResult r = parseIsoDate(text);
        INFO(QString::fromUtf16(text).toStdString());
        REQUIRE(r.ok());
        CHECK(parseIsoDate(r.date.toString()).date == r.date);
    }
}

TEST_CASE("Positions in a minified one-line JSON file cost one pass", "[core][hostile][big]")
{
    // 100,000 records on one line: a column counted from the line start for each record (as a
    // first version did) is quadratic, hours here; one incremental pass takes milliseconds.
    QByteArray json = "[";
    for (int i = 0; i < 100000; ++i)
        json += "{\"title\":\"t\",\"date\":\"2025-01-01\"},";
    json += "{\"title\":\"last\",\"date\":\"2025-13-01\"}]";
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = importJsonRecordsData(json, QStringLiteral("minified.json"));
    CHECK(timer.elapsed() < chrono::test::boundMs(10000));
    REQUIRE(r.ok());
    const Diagnostic* w = first(r, Diagnostic::Severity::Warning);
    REQUIRE(w);
    CHECK(w->line == 1);
    CHECK(w->column > 3300000);
}

TEST_CASE("Regressions: an error after a flood of warnings keeps its place", "[core][hostile][fuzz]")
{
    // Found by fuzz_native_json: 200 warnings filled the cap, and the one error that made the
    // file unusable was replaced by "too many problems" without a line.
    QByteArray meta;
    for (int i = 0; i < 250; ++i)
        meta += "\"unknown" + QByteArray::number(i) + "\":1,\n";
    const QByteArray doc = "{\"format\":\"chronoscope\",\"version\":1,\"meta\":{" + meta + "\"asOf\":\"2025-13\"}}";
    const LoadResult r = readNativeJson(doc, QStringLiteral("flood.json"));
    CHECK_FALSE(r.data);
    const Diagnostic* e = first(r, Diagnostic::Severity::Error);
    REQUIRE(e);
    CHECK(e->kind == Diagnostic::Kind::BadDate); // asOf month 13
    CHECK(e->line == 251);
    checkInvariants(r, QStringLiteral("flood.json"));
}
