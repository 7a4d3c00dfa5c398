// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dataset.h"
#include "core/io/timelinexml.h"
#include "importtestutil.h"

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::test;

TEST_CASE(".timeline XML: categories with colours, events, eras, precision rule", "[core][timelinexml]")
{
    const LoadResult r = loadWith(importTimelineXml, importFixture("small.timeline"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    REQUIRE(d.categories().size() == 3);
    CHECK(d.categories()[d.categoryIndex(u"release")].color == QStringLiteral("#80ff40"));
    CHECK(d.categories()[d.categoryIndex(u"meeting")].color == QStringLiteral("#0000ff"));
    CHECK(d.categories()[d.categoryIndex(u"other")].color.isEmpty());
    REQUIRE(d.eventCount() == 3);
    CHECK(r.warningCount() == 2); // undefined category, bad date
    const Diagnostic* bad = findKind(r, Diagnostic::Kind::DroppedRow); // the bad start
    REQUIRE(bad);
    CHECK(bad->line == 37);

    const Event point = d.event(d.eventIndex(u"event-1"));
    CHECK(point.start.toString() == QStringLiteral("2013-03-30T11:16Z"));
    CHECK_FALSE(point.isRange());
    CHECK(point.description.en == QStringLiteral("Line one & two"));
    CHECK(point.category == QStringLiteral("release"));

    const Event days = d.event(d.eventIndex(u"event-2"));
    CHECK(days.start.toString() == QStringLiteral("2013-04-01"));
    CHECK(days.end.toString() == QStringLiteral("2013-04-05"));
    CHECK(days.start.precision == DatePrecision::Day);

    REQUIRE(d.eras().size() == 1);
    CHECK(d.eras()[0].title.en == QStringLiteral("Spring"));
    CHECK(d.eras()[0].color == QStringLiteral("#c8c864"));
    CHECK(d.eras()[0].end.toString() == QStringLiteral("2013-05-31"));
}

TEST_CASE(".timeline XML: broken files and DTDs are errors with line:column", "[core][timelinexml]")
{
    const LoadResult dtd = loadWith(importTimelineXml, importFixture("broken_dtd.timeline"));
    REQUIRE_FALSE(dtd.ok());
    CHECK(dtd.diagnostics.first().line == 2);
    CHECK(dtd.firstError().contains(QStringLiteral("document type")));

    const LoadResult unclosed = loadWith(importTimelineXml, importFixture("broken_unclosed.timeline"));
    REQUIRE_FALSE(unclosed.ok());
    CHECK(unclosed.diagnostics.first().line == 5);
    CHECK(unclosed.diagnostics.first().column > 0);

    const LoadResult other = importTimelineXmlData("<?xml version=\"1.0\"?><svg/>", QStringLiteral("x.timeline"));
    CHECK(other.firstError().contains(QStringLiteral("<svg>")));
    CHECK_FALSE(importTimelineXmlData("", QStringLiteral("e.timeline")).ok());
}

TEST_CASE("Real samples: thetimelineproj release history", "[core][timelinexml][samples]")
{
    const QString path = samplePath("thetimelineproj_versions.timeline");
    REQUIRE(QFileInfo::exists(path));
    const QByteArray xml = readAll(path);
    const LoadResult r = importTimelineXmlData(xml, QStringLiteral("versions.timeline"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    CHECK(r.warningCount() == 0);
    const Dataset& d = *r.data;
    CHECK(d.eventCount() == xml.count("<event>"));
    CHECK(d.categories().size() == 3);
    for (const Category& c : d.categories()) {
        CHECK(c.color.size() == 7);
        CHECK(c.color.startsWith(u'#'));
    }
    CHECK(d.categories()[d.categoryIndex(u"planned-release")].color == QStringLiteral("#80ff80"));
    // Categories are the lanes, in their colours, named as the file names them.
    QStringList lanes;
    for (const Company& c : d.companies())
        lanes.append(c.name.en + u' ' + c.color);
    CHECK(lanes.size() == 3);
    CHECK(lanes.contains(QStringLiteral("Planned Release #80ff80")));
    CHECK(lanes.contains(QStringLiteral("Correction Release #ff80ff")));
    CHECK(lanes.contains(QStringLiteral("Future Release #80ffff")));
    int planned = 0;
    for (int i = 0; i < d.eventCount(); ++i)
        planned += d.companies()[d.companyColumn()[size_t(i)]].name.en == u"Planned Release";
    CHECK(planned == 45);
    CHECK(d.meta().laneLabel.en == QStringLiteral("Category"));
    CHECK(d.meta().laneLabel.zh == QStringLiteral("类别"));
    const int last = d.eventCount() - 1;
    CHECK(d.event(last).title.en == QStringLiteral("Timeline 2.3.0"));
    CHECK(d.event(last).start.toString() == QStringLiteral("2020-10-18T05:36:57Z"));
}
