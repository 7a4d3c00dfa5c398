// SPDX-License-Identifier: GPL-3.0-or-later
// Picking a reader, loading files by path, merging imports.
#include "core/io/readerregistry.h"
#include "core/io/jsonwriter.h"

#include "testconfig.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chrono;

namespace {

QString writeTemp(const QTemporaryDir& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray sampleBytes()
{
    QFile file(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/native-sample.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Native JSON is picked by content, whatever the extension", "[core][registry]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString txt = writeTemp(dir, "story.txt", sampleBytes());
    const LoadResult r = loadFile(txt);
    REQUIRE(r.ok());
    CHECK(r.data->eventCount() == 5);
    CHECK(readerFor(sampleBytes().left(int(SNIFF_BYTES)), u"x.txt").id == QStringLiteral("native-json"));
    // BOM and spacing before the marker are fine too.
    CHECK(readerFor("\xEF\xBB\xBF\n{ \"format\" : \"chronoscope\"", u"a.dat").id == QStringLiteral("native-json"));
    CHECK(readerFor("{\"events\": []}", u"a.txt").id.isEmpty());
    CHECK(readerFor("{\"events\": []}", u"a.json").id == QStringLiteral("native-json")); // weak fallback
}

TEST_CASE("Load failures name the file", "[core][registry]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nope.json"));
    const LoadResult r = loadFile(missing);
    CHECK_FALSE(r.data);
    REQUIRE(r.hasErrors());
    CHECK(r.firstError().contains(QStringLiteral("Cannot read '%1': ").arg(missing)));

    const LoadResult d = loadFile(dir.path());
    CHECK(d.firstError().contains(QStringLiteral("directory")));

    const LoadResult empty = loadFile(writeTemp(dir, "empty.json", QByteArray()));
    CHECK(empty.firstError().contains(QStringLiteral("empty")));

    const LoadResult unknown = loadFile(writeTemp(dir, "noise.bin", QByteArray("\x01\x02 hello")));
    CHECK(unknown.firstError().contains(QStringLiteral("not a format Chronoscope knows")));

    const LoadResult broken = loadFile(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/broken-date.json"));
    REQUIRE(broken.hasErrors());
    CHECK(broken.diagnostics[0].file.endsWith(QStringLiteral("broken-date.json")));
    CHECK(broken.diagnostics[0].line == 7);
}

TEST_CASE("Other readers register in one line and win on their content", "[core][registry]")
{
    registerReader({ QStringLiteral("test-lines"), QStringLiteral("Test lines"), { QStringLiteral("lines") },
        [](QByteArrayView head, QStringView) { return head.startsWith("LINES") ? 90 : 0; },
        [](QIODevice& device, const QString& fileName, const ImportOptions&) {
            LoadResult r;
            DatasetBuilder b;
            const QList<QByteArray> rows = device.readAll().split('\n');
            for (int i = 1; i < rows.size(); ++i) {
                if (rows[i].isEmpty())
                    continue;
                Event e;
                e.id = QString::fromUtf8(rows[i]);
                e.start = Date::fromYmd(2025);
                b.addEvent(e);
            }
            r.data = b.build();
            r.diagnostics.append(Diagnostic { Diagnostic::Severity::Warning, fileName, 1, 1, QStringLiteral("read by test") });
            return r;
        } });
    QTemporaryDir dir;
    const LoadResult r = loadFile(writeTemp(dir, "a.txt", "LINES\na\nb\n"));
    REQUIRE(r.ok());
    CHECK(r.data->eventCount() == 2);
    CHECK(readers().first().id == QStringLiteral("native-json"));
    const QStringList filters = fileDialogFilters();
    CHECK(filters.first().startsWith(QStringLiteral("All supported files (*.json *.lines)")));
    CHECK(filters.contains(QStringLiteral("Chronoscope dataset (*.json)")));
    CHECK(filters.contains(QStringLiteral("Test lines (*.lines)")));
    CHECK(filters.last() == QStringLiteral("All files (*)"));
}

TEST_CASE("Merging unites declarations and renames clashing ids", "[core][registry]")
{
    DatasetBuilder a;
    a.addCompany(Company { QStringLiteral("x"), { QStringLiteral("X base"), QString() }, QString() });
    a.addSource(Source { QStringLiteral("s"), QStringLiteral("P"), QString(), Date(), QString() });
    Event e;
    e.id = QStringLiteral("launch");
    e.start = Date::fromYmd(2025, 1);
    e.company = QStringLiteral("x");
    a.addEvent(e);
    const DatasetPtr base = a.build();

    DatasetBuilder b;
    b.addCompany(Company { QStringLiteral("x"), { QStringLiteral("X added"), QString() }, QString() });
    b.addCompany(Company { QStringLiteral("y"), { QStringLiteral("Y"), QString() }, QString() });
    e.start = Date::fromYmd(2025, 2);
    b.addEvent(e);
    Claim c;
    c.id = QStringLiteral("C1");
    c.events = { QStringLiteral("launch") };
    b.addClaim(c);
    const DatasetPtr added = b.build();

    const LoadResult merged = mergeDatasets(*base, *added, QStringLiteral("added.json"));
    REQUIRE(merged.ok());
    const Dataset& m = *merged.data;
    CHECK(m.companies().size() == 2);
    CHECK(m.companies()[0].name.en == QStringLiteral("X base"));
    CHECK(m.eventCount() == 2);
    CHECK(m.eventIndex(u"launch") == 0);
    CHECK(m.eventIndex(u"launch-2") == 1);
    CHECK(m.claims()[0].events == QStringList { QStringLiteral("launch-2") });
    REQUIRE(merged.diagnostics.size() == 1);
    CHECK(merged.diagnostics[0].file == QStringLiteral("added.json"));
    CHECK(merged.diagnostics[0].kind == Diagnostic::Kind::Renamed); // the added "launch" became "launch-2"
}
