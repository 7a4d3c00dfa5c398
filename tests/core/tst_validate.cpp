// SPDX-License-Identifier: GPL-3.0-or-later
// Semantic validation of loaded datasets and files.
#include "core/io/embedded.h"
#include "core/io/validate.h"

#include "testconfig.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <catch2/catch.hpp>

using namespace chrono;

TEST_CASE("The embedded dataset has no unsourced items", "[core][validate][embedded]")
{
    const LoadResult r = loadEmbeddedDataset();
    REQUIRE(r.ok());
    CHECK(unsourcedCount(*r.data) == 0);
    const QList<Diagnostic> problems = validateDataset(*r.data, embeddedDatasetFileName());
    for (const Diagnostic& d : problems)
        UNSCOPED_INFO(d.toString().toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("Validation names unsourced items with their place", "[core][validate]")
{
    const QByteArray text = R"({"format": "chronoscope", "version": 1,
"sources": [{"id": "s"}],
"events": [
  {"id": "ok", "start": "2025", "sources": ["s"]},
  {"id": "bare", "start": "2025"},
  {"id": "ghost", "start": "2025", "sources": ["missing"]}
],
"series": [{"id": "line", "points": [{"date": "2025", "value": 1}, {"date": "2026", "value": 2, "source": "s"}]}],
"claims": [{"id": "C", "verdict": "correct"}]
})";
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("v.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();

    const QList<Diagnostic> all = validateFile(path);
    QStringList lines;
    for (const Diagnostic& d : all) {
        CHECK_FALSE(d.isError());
        lines.append(d.toString());
    }
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines.contains(path + QStringLiteral(":5:10: warning: event \"bare\" names no source")));
    CHECK(lines.contains(path + QStringLiteral(":6:47: warning: unknown source \"missing\"; declare it under \"sources\"")));
    CHECK(lines.contains(path + QStringLiteral(":8:19: warning: series \"line\": point 2025 names no source")));
    CHECK(lines.contains(path + QStringLiteral(":9:19: warning: claim \"C\" is judged \"correct\" but names no source")));
    // The reference problem is reported once, by the reader.
    CHECK(lines.filter(QStringLiteral("missing")).size() == 1);
}

TEST_CASE("Validation without positions still names the ids, with errors for broken invariants", "[core][validate]")
{
    DatasetBuilder b;
    Era era;
    era.id = QStringLiteral("backwards");
    era.start = Date::fromYmd(2025, 3);
    era.end = Date::fromYmd(2025, 1);
    b.addEra(era);
    Event e;
    e.id = QStringLiteral("twin");
    e.start = Date::fromYmd(2025);
    e.sources = { QStringLiteral("undeclared") };
    b.addEvent(e);
    b.addEvent(e);
    const DatasetPtr ds = b.build();
    const QList<Diagnostic> d = validateDataset(*ds, QStringLiteral("mem"));
    QStringList lines;
    for (const Diagnostic& x : d)
        lines.append(x.toString());
    INFO(lines.join(u'\n').toStdString());
    CHECK(lines.contains(QStringLiteral("mem: error: duplicate event id \"twin\"")));
    CHECK(lines.contains(QStringLiteral("mem: error: era \"backwards\" ends (2025-01) before it starts (2025-03)")));
    CHECK(lines.contains(QStringLiteral("mem: warning: event \"twin\" names source \"undeclared\", which is not declared")));
    CHECK(unsourcedCount(*ds) == 0);
}
