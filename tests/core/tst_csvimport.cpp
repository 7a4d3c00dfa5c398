// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset.h"
#include "core/io/csvimport.h"
#include "importtestutil.h"

#include <catch2/catch.hpp>

#include <QtCore/QBuffer>

using namespace chrono;
using namespace chrono::test;

namespace {

LoadResult loadCsv(const char* fixture, const ImportOptions& options = {})
{
    return loadWith(importCsv, importFixture(fixture), options);
}

LoadResult csvFromText(const char* text, const ImportOptions& options = {})
{
    return importCsvData(QByteArray(text), QStringLiteral("inline.csv"), options);
}

QString companyName(const Dataset& d, int eventIndex)
{
    const quint16 c = d.companyColumn()[size_t(eventIndex)];
    return c == NO_INDEX ? QString() : d.companies()[c].name.en;
}

} // namespace

TEST_CASE("CSV events: roles, quoting, multi-valued cells, links and sources", "[core][csvimport]")
{
    const LoadResult r = loadCsv("events_basic.csv");
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    CHECK(r.warningCount() == 0);
    const Dataset& d = *r.data;
    REQUIRE(d.eventCount() == 4);

    const Event e1 = d.event(d.eventIndex(u"e1"));
    CHECK(e1.title.en == QStringLiteral("Plain event"));
    CHECK(e1.start.toString() == QStringLiteral("2024-03-05"));
    CHECK_FALSE(e1.isRange());
    CHECK(e1.importance == 3);
    CHECK(e1.links == QStringList { QStringLiteral("https://example.com/a") });
    REQUIRE(e1.sources.size() == 1);
    // One url and one source text form a single source.
    const Source* s1 = d.source(e1.sources.first());
    REQUIRE(s1);
    CHECK(s1->title == QStringLiteral("Press release"));
    CHECK(s1->url == QStringLiteral("https://example.com/a"));

    const Event e2 = d.event(d.eventIndex(u"e2"));
    CHECK(e2.title.en == QStringLiteral("Quoted, with comma"));
    CHECK(e2.description.en == QStringLiteral("Says \"hello\"\non two lines"));
    CHECK(e2.start.precision == DatePrecision::Month);
    CHECK(e2.end.toString() == QStringLiteral("2024-05"));
    // The first organisation is the lane; all of them are tags.
    CHECK(companyName(d, d.eventIndex(u"e2")) == QStringLiteral("Google DeepMind"));
    CHECK(e2.company == QStringLiteral("google-deepmind"));
    CHECK(e2.tags.contains(QStringLiteral("Google DeepMind")));
    CHECK(e2.tags.contains(QStringLiteral("Google")));
    CHECK(e2.tags.contains(QStringLiteral("gamma")));
    CHECK(e2.links.size() == 2);
    CHECK(e2.sources.size() == 2); // no source text: each link is a source

    const Event e3 = d.event(d.eventIndex(u"e3"));
    CHECK(e3.start.precision == DatePrecision::Year);
    CHECK(e3.sources.size() == 2); // a text line and a URL line

    const Event e4 = d.event(d.eventIndex(u"e4"));
    CHECK(e4.start.toString() == QStringLiteral("2024-03-07T13:30Z"));
    CHECK(e4.importance == 5);
    CHECK(d.companies().size() == 3);
    CHECK(d.categoryIndex(u"release") >= 0);
}

TEST_CASE("CSV events: BOM, CRLF, semicolons and tabs", "[core][csvimport]")
{
    const LoadResult semi = loadCsv("events_bom_crlf_semicolon.csv");
    REQUIRE(semi.ok());
    REQUIRE(semi.data->eventCount() == 3);
    CHECK(semi.data->event(0).title.en == QStringLiteral("Semi; colon"));
    CHECK(semi.data->event(1).start.toString() == QStringLiteral("2024-02-03"));
    CHECK(semi.data->event(2).start.precision == DatePrecision::Month);
    CHECK(semi.data->companies().size() == 2);

    const LoadResult tab = loadCsv("events_tab.tsv");
    REQUIRE(tab.ok());
    REQUIRE(tab.data->eventCount() == 2);
    CHECK(tab.data->event(1).title.en == QStringLiteral("Tabbed, two"));
    CHECK(companyName(*tab.data, 1) == QStringLiteral("Y"));
}

TEST_CASE("CSV events: bad rows are warnings with line:column and skipped", "[core][csvimport]")
{
    const LoadResult r = loadCsv("events_bad_rows.csv");
    REQUIRE(r.ok());
    CHECK(r.data->eventCount() == 2);
    CHECK(r.warningCount() == 7);
    struct Expect {
        const char* text;
        int line, column;
    };
    const auto e = GENERATE(Expect { "month 13", 3, 21 }, Expect { "day 30", 4, 31 }, Expect { "no title", 5, 1 }, Expect { "no start date", 6, 9 },
        Expect { "before the start", 7, 29 }, Expect { "importance", 8, 29 }, Expect { "month/day/year", 9, 17 });
    const Diagnostic* d = findDiagnostic(r, QString::fromLatin1(e.text));
    INFO(e.text);
    REQUIRE(d);
    CHECK(d->severity == Diagnostic::Severity::Warning);
    CHECK(d->file == QStringLiteral("events_bad_rows.csv"));
    CHECK(d->line == e.line);
    CHECK(d->column == e.column);
}

TEST_CASE("CSV: broken files are errors with line:column", "[core][csvimport]")
{
    struct Expect {
        const char* fixture;
        int line, column;
        const char* text;
    };
    const auto e = GENERATE(Expect { "broken_unbalanced_quote.csv", 3, 1, "never closed" }, Expect { "broken_nul.csv", 3, 4, "NUL" },
        Expect { "broken_utf8.csv", 3, 3, "UTF-8" });
    const LoadResult r = loadCsv(e.fixture);
    CHECK_FALSE(r.ok());
    CHECK(r.data == nullptr);
    REQUIRE(r.hasErrors());
    const Diagnostic& d = r.diagnostics.first();
    CHECK(d.line == e.line);
    CHECK(d.column == e.column);
    CHECK(d.kind == Diagnostic::Kind::Syntax);
    CHECK(r.firstError().startsWith(QString::fromLatin1(e.fixture) + QStringLiteral(":%1:%2").arg(e.line).arg(e.column)));
}

TEST_CASE("CSV: column map overrides, including a missing column", "[core][csvimport]")
{
    const char* text = "Label,When,Modified\nA,2020-01-01,2021-05\nB,2020-02-01,2021-06\n";
    const LoadResult detected = csvFromText(text);
    REQUIRE(detected.ok());
    CHECK(detected.data->event(0).start.toString() == QStringLiteral("2020-01-01"));

    ImportOptions options;
    options.columnMap.insert(QStringLiteral("start"), QStringLiteral("modified"));
    const LoadResult mapped = csvFromText(text, options);
    REQUIRE(mapped.ok());
    CHECK(mapped.data->event(0).start.toString() == QStringLiteral("2021-05"));

    options.columnMap.insert(QStringLiteral("start"), QStringLiteral("Publication date"));
    const LoadResult missing = csvFromText(text, options);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.firstError().contains(QStringLiteral("\"Label\", \"When\", \"Modified\"")));
}

TEST_CASE("CSV: a repeated id keeps the first row and warns at the repeat", "[core][csvimport]")
{
    const LoadResult r = csvFromText("id,title,date\na,First,2020\nb,Second,2021\na,Again,2022\n,No id,2023\n");
    REQUIRE(r.ok());
    REQUIRE(r.data->eventCount() == 3);
    CHECK(r.data->event(r.data->eventIndex(u"a")).title.en == QStringLiteral("First"));
    CHECK(r.data->eventIndex(u"row-5") >= 0); // an empty id cell falls back to the line
    REQUIRE(r.warningCount() == 1);
    CHECK(r.diagnostics.first().kind == Diagnostic::Kind::DroppedRow); // the repeated "a"
    CHECK(r.diagnostics.first().line == 4);
    CHECK(r.diagnostics.first().column == 1);
}

TEST_CASE("CSV: a file that is neither events nor series says what it needs", "[core][csvimport]")
{
    const LoadResult r = csvFromText("foo,bar\nx,y\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.firstError().contains(QStringLiteral("--map")));
    CHECK(csvFromText("").firstError().contains(QStringLiteral("empty")));
    CHECK(csvFromText("title,date\n").firstError().contains(QStringLiteral("no rows")));
    CHECK(detectCsvShape("title,date\nx,2020\n") == CsvShape::Events);
}

TEST_CASE("CSV wide series: one company and series per column, empty and NaN counted", "[core][csvimport]")
{
    const LoadResult r = loadCsv("wide_series.csv");
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.companies().size() == 3);
    REQUIRE(d.series().size() == 3);
    CHECK(d.seriesGroups() == QStringList { QStringLiteral("wide-series") });
    const Series* gamma = d.findSeries(u"wide-series-gamma-browser");
    REQUIRE(gamma);
    CHECK(gamma->title.en == QStringLiteral("Gamma Browser"));
    CHECK(gamma->points.size() == 4);
    CHECK(gamma->points[0].date.toString() == QStringLiteral("2020-01"));
    CHECK(gamma->points[0].value == Approx(19.5));
    CHECK(d.findSeries(u"wide-series-beta")->points.size() == 2);
    const Diagnostic* w = findDiagnostic(r, QStringLiteral("\"Beta\": 2"));
    REQUIRE(w);
    CHECK(w->line == 3);
    CHECK(w->column == 12);
    CHECK(detectCsvShape(readAll(importFixture("wide_series.csv"))) == CsvShape::WideSeries);
}

TEST_CASE("CSV wide series: stray texts in a value column are skipped, a half-text column is left out, and both are said", "[core][csvimport]")
{
    // Steady: numbers with one stray text. Mixed: 6 numbers and 4 texts (too many to be values,
    // too few to be a name column). Note: a text column with one number in it.
    const LoadResult r = csvFromText("Date,Steady,Mixed,Note\n"
                                     "2024-01,1,10,first\n"
                                     "2024-02,2,11,second\n"
                                     "2024-03,3,n.a.,third\n"
                                     "2024-04,4,13,4\n"
                                     "2024-05,5,x,fifth\n"
                                     "2024-06,6,15,sixth\n"
                                     "2024-07,seven,y,seventh\n"
                                     "2024-08,8,17,eighth\n"
                                     "2024-09,9,z,ninth\n"
                                     "2024-10,10,19,tenth\n");
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    REQUIRE(d.series().size() == 1);
    CHECK(d.series()[0].title.en == QStringLiteral("Steady"));
    CHECK(d.series()[0].points.size() == 9);
    const Diagnostic* skipped = findDiagnostic(r, QStringLiteral("\"Steady\": 1"));
    REQUIRE(skipped);
    CHECK(skipped->line == 8);
    CHECK(skipped->column == 9);
    const Diagnostic* leftOut = findDiagnostic(r, QStringLiteral("\"Mixed\" is left out"));
    REQUIRE(leftOut);
    CHECK(leftOut->severity == Diagnostic::Severity::Warning);
    CHECK(leftOut->kind == Diagnostic::Kind::DroppedColumn);
    CHECK(leftOut->line == 4); // the first text, "n.a."
    CHECK(leftOut->column == 11);
    CHECK_FALSE(findDiagnostic(r, QStringLiteral("\"Note\"")));
}

TEST_CASE("CSV long series: entities as companies, Code skipped, Source on points", "[core][csvimport]")
{
    const LoadResult r = loadCsv("long_series.csv");
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.companies().size() == 3);
    REQUIRE(d.series().size() == 3);
    const Series* tv = d.findSeries(u"television");
    REQUIRE(tv);
    CHECK(tv->group == QStringLiteral("long-series"));
    REQUIRE(tv->points.size() == 2);
    CHECK(tv->points[1].value == Approx(64.5));
    CHECK(tv->points[1].date.precision == DatePrecision::Year);
    REQUIRE(tv->points[0].sources.size() == 1);
    const Source* src = d.source(tv->points[0].sources.first());
    REQUIRE(src);
    CHECK(src->url == QStringLiteral("https://example.org/tv"));
    CHECK(d.findSeries(u"internet")->points[0].sources.isEmpty());
    CHECK(r.warningCount() == 1); // the empty 1960 value
    CHECK(d.meta().title.en == QStringLiteral("Adoption (percent)"));
}

TEST_CASE("CSV: TimelineJS spreadsheet layout", "[core][csvimport][timelinejs]")
{
    const LoadResult r = loadCsv("timelinejs_sheet.csv");
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.meta().title.en == QStringLiteral("My & your timeline"));
    REQUIRE(d.eventCount() == 2);
    REQUIRE(d.eras().size() == 1);
    CHECK(d.eras()[0].title.en == QStringLiteral("Cold War"));
    CHECK(d.eras()[0].end.toString() == QStringLiteral("1991"));
    const Event moon = d.event(1);
    CHECK(moon.title.en == QString::fromUtf8("Moon \u201Clanding\u201D"));
    CHECK(moon.description.en == QStringLiteral("See NASA."));
    CHECK(moon.start.toString() == QStringLiteral("1969-07-20T20:17Z"));
    CHECK(moon.links.contains(QStringLiteral("https://nasa.gov/apollo")));
    CHECK(moon.links.contains(QStringLiteral("https://example.org/moon.jpg")));
    CHECK(companyName(d, 0) == QStringLiteral("Space"));
    CHECK(d.event(0).start.precision == DatePrecision::Month);
}

TEST_CASE("CSV: progress is reported and can cancel", "[core][csvimport]")
{
    QByteArray data("title,date\n");
    for (int i = 0; i < 40000; ++i)
        data.append("e,2020-01-01\n");
    int calls = 0;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        CHECK(done <= total);
        return false;
    };
    const LoadResult r = importCsvData(data, QStringLiteral("big.csv"), options);
    CHECK(calls == 1);
    CHECK_FALSE(r.ok());
    CHECK(r.firstError().contains(QStringLiteral("cancelled")));
}

TEST_CASE("Real samples: Epoch AI notable models", "[core][csvimport][samples]")
{
    const QString path = samplePath("epoch_notable_ai_models.csv");
    REQUIRE(QFileInfo::exists(path));
    const LoadResult r = loadWith(importCsv, path);
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.eventCount() == 954);
    CHECK(d.companies().size() == 235); // first organisation of each row is the lane
    const int i = d.eventIndex(u"row-2");
    REQUIRE(i >= 0);
    const Event pangu = d.event(i);
    CHECK(pangu.title.en == QStringLiteral("Pangu Ultra"));
    CHECK(pangu.start.toString() == QStringLiteral("2025-04-10"));
    CHECK(companyName(d, i) == QStringLiteral("Huawei"));
    CHECK(pangu.links == QStringList { QStringLiteral("https://arxiv.org/abs/2504.07866") });
    REQUIRE(pangu.sources.size() == 1);
    CHECK(d.source(pangu.sources.first())->title.startsWith(QStringLiteral("Pangu Ultra: Pushing")));
    int multi = 0;
    for (int k = 0; k < d.eventCount(); ++k)
        multi += d.event(k).tags.size() > 1;
    CHECK(multi > 50);
}

TEST_CASE("Real samples: StatCounter wide browser shares", "[core][csvimport][samples]")
{
    const QString path = samplePath("statcounter_browser_ww_monthly_200807-201508.csv");
    REQUIRE(QFileInfo::exists(path));
    const LoadResult r = loadWith(importCsv, path);
    REQUIRE(r.ok());
    CHECK(r.warningCount() == 0);
    const Dataset& d = *r.data;
    CHECK(d.companies().size() == 27);
    REQUIRE(d.series().size() == 27);
    CHECK(d.seriesGroups().size() == 1);
    for (const Series& s : d.series())
        CHECK(s.points.size() == 86);
    const Series* ie = d.findSeries(QString(d.seriesGroups().first() + QStringLiteral("-ie")));
    REQUIRE(ie);
    CHECK(ie->points.first().date.toString() == QStringLiteral("2008-07"));
    CHECK(ie->points.first().value == Approx(68.57));
}

TEST_CASE("Real samples: Our World in Data long technology diffusion", "[core][csvimport][samples]")
{
    const QString path = samplePath("owid_technology_diffusion_long.csv");
    REQUIRE(QFileInfo::exists(path));
    const LoadResult r = loadWith(importCsv, path);
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.companies().size() == 45);
    CHECK(d.series().size() == 45);
    int points = 0;
    for (const Series& s : d.series())
        points += int(s.points.size());
    CHECK(points == 1395);
    const Series* car = d.findSeries(u"automobile");
    REQUIRE(car);
    CHECK(car->points.first().date.toString() == QStringLiteral("1915"));
    CHECK(car->points.first().value == Approx(10));
}
