// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset.h"
#include "core/io/htmltext.h"
#include "core/io/timelinejs.h"
#include "importtestutil.h"

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::test;

TEST_CASE("HTML becomes plain text, never markup", "[core][timelinejs]")
{
    struct Case {
        const char16_t* html;
        const char16_t* text;
    };
    const auto c = GENERATE(Case { u"<b>Bold</b> &amp; <i>it</i>", u"Bold & it" }, Case { u"<p>One</p><p>Two</p>", u"One\nTwo" },
        Case { u"a<br/>b<br>c", u"a\nb\nc" }, Case { u"&lt;script&gt; &#39;x&#x27; &mdash; &unknown;", u"<script> 'x' \u2014 &unknown;" },
        Case { u"x<script>alert(1)</script>y<style>p{}</style>", u"xy" }, Case { u"  many   spaces\n\n\n here ", u"many spaces\n\nhere" },
        Case { u"1 < 2 and 3 > 2", u"1 < 2 and 3 > 2" }, Case { u"&nbsp;&#0;", u"&#0;" });
    CHECK(htmlToPlainText(QStringView(c.html)) == QString::fromUtf16(c.text));
}

TEST_CASE("HTML links are collected when asked", "[core][timelinejs]")
{
    QStringList links;
    htmlToPlainText(u"<a href=\"https://a.org/x\">A</a> <a href='javascript:alert(1)'>B</a> <A HREF=http://b.org>C</A>", &links);
    CHECK(links == QStringList { QStringLiteral("https://a.org/x"), QStringLiteral("http://b.org") });
}

TEST_CASE("TimelineJS JSON: dates keep their precision, HTML becomes text, groups become lanes", "[core][timelinejs]")
{
    const LoadResult r = loadWith(importTimelineJs, importFixture("timelinejs_small.json"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.meta().title.en == QStringLiteral("Small timeline"));
    CHECK(d.meta().description.en == QStringLiteral("About & more"));
    REQUIRE(d.eventCount() == 4);
    CHECK(r.warningCount() == 2);
    const Diagnostic* badMonth = findKind(r, Diagnostic::Kind::DroppedRow); // event 5: month 13
    REQUIRE(badMonth);
    CHECK(badMonth->line == 10); // the slide's start_date object
    CHECK(badMonth->column == 20);
    CHECK(r.diagnostics.last().kind == Diagnostic::Kind::DroppedRow); // event 6 has no start_date
    CHECK(r.diagnostics.last().line > badMonth->line);

    const Event ada = d.event(d.eventIndex(u"ada"));
    CHECK(ada.title.en == QStringLiteral("Ada & the Engine"));
    CHECK(ada.description.en == QStringLiteral("First programmer's notes here.\nTwo"));
    CHECK(ada.start.toString() == QStringLiteral("1815-12-10"));
    CHECK(ada.end.toString() == QStringLiteral("1852-11-27"));
    CHECK(ada.links == QStringList { QStringLiteral("https://en.wikipedia.org/wiki/Ada"), QStringLiteral("https://example.org/ada.jpg") });
    CHECK(d.companies().size() == 1);
    CHECK(d.companies()[0].name.en == QStringLiteral("Pioneers"));
    CHECK(d.meta().laneLabel.en == QStringLiteral("Group")); // the lane header says what the file calls them

    const Event univac = d.event(d.eventIndex(u"event-2"));
    CHECK(univac.start.precision == DatePrecision::Year);
    CHECK(univac.company == QStringLiteral("pioneers"));
    CHECK(d.event(d.eventIndex(u"event-3")).start.toString() == QStringLiteral("1943-07"));
    CHECK(d.event(d.eventIndex(u"event-3")).company.isEmpty());
    CHECK(d.event(d.eventIndex(u"event-4")).start.toString() == QStringLiteral("1969-07-20T20:17Z"));
    REQUIRE(d.eras().size() == 1);
    CHECK(d.eras()[0].title.en == QStringLiteral("Early days"));
    CHECK(d.eras()[0].end.toString() == QStringLiteral("1960"));
}

TEST_CASE("TimelineJS JSON: syntax errors have a line and column", "[core][timelinejs]")
{
    const LoadResult r = importTimelineJsData("{\n  \"events\": [\n    {\"a\": 1,}\n  ]\n}\n", QStringLiteral("bad.json"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.diagnostics.first().line == 3);
    CHECK(r.diagnostics.first().column > 1);
    CHECK(importTimelineJsData("[1,2]", QStringLiteral("x.json")).firstError().contains(QStringLiteral("TimelineJS")));
}

TEST_CASE("Real samples: TimelineJS women in computing", "[core][timelinejs][samples]")
{
    const QString path = samplePath("timelinejs_women_in_computing.json");
    REQUIRE(QFileInfo::exists(path));
    const LoadResult r = loadWith(importTimelineJs, path);
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.meta().title.en == QStringLiteral("Women in Computing"));
    CHECK(d.eventCount() == 10);
    int yearOnly = 0;
    for (int i = 0; i < d.eventCount(); ++i) {
        const Event e = d.event(i);
        CHECK_FALSE(e.title.en.isEmpty());
        CHECK_FALSE(e.title.en.contains(u'<'));
        CHECK_FALSE(e.description.en.contains(QStringLiteral("<p")));
        CHECK_FALSE(e.description.en.contains(QStringLiteral("&amp;")));
        yearOnly += e.start.precision == DatePrecision::Year;
    }
    CHECK(yearOnly == 6);
    const Event ada = d.event(d.eventIndex(u"event-1"));
    CHECK(ada.title.en == QStringLiteral("Ada Lovelace"));
    CHECK(ada.start.toString() == QStringLiteral("1815-12-10"));
    CHECK(ada.isRange());
    CHECK(ada.description.en.startsWith(QStringLiteral("Women have been programming")));
    CHECK(ada.links.contains(QStringLiteral("https://en.wikipedia.org/wiki/Ada_Lovelace")));
    // Every slide's group is empty: one row of events, no lanes, no lane label.
    CHECK(d.companies().isEmpty());
    CHECK(d.meta().laneLabel.en.isEmpty());
}
