// SPDX-License-Identifier: GPL-3.0-or-later
// Markwhen text timelines (core/io/markwhen.h): a fixture written from the Markwhen syntax docs.
#include "core/data/dataset.h"
#include "core/io/importers.h"
#include "core/io/markwhen.h"
#include "importtestutil.h"

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::test;

namespace {
QString laneOf(const Dataset& d, const QString& title)
{
    for (int i = 0; i < d.eventCount(); ++i) {
        const Event e = d.event(i);
        if (e.title.en == title) {
            const int c = d.companyIndex(e.company);
            return c < 0 ? QStringLiteral("-") : d.companies()[c].name.en;
        }
    }
    return QStringLiteral("(no such event)");
}
Event byTitle(const Dataset& d, const QString& title)
{
    for (int i = 0; i < d.eventCount(); ++i)
        if (d.event(i).title.en == title)
            return d.event(i);
    return {};
}
} // namespace

TEST_CASE("Markwhen: header, dates and ranges, groups and sections as lanes, tags", "[core][markwhen]")
{
    const LoadResult r = loadWith(importMarkwhen, importFixture("markwhen_small.mw"));
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    const Dataset& d = *r.data;
    CHECK(d.meta().title.en == QStringLiteral("AI launches"));
    CHECK(d.meta().description.en == QStringLiteral("A small Markwhen timeline"));
    CHECK(d.eventCount() == 6);

    const Event r1 = byTitle(d, QStringLiteral("DeepSeek-R1 released"));
    CHECK(r1.start.toString() == QStringLiteral("2025-01-20"));
    CHECK(r1.description.en.startsWith(QStringLiteral("The reasoning model")));
    CHECK(r1.links == QStringList { QStringLiteral("https://api-docs.deepseek.com/news/news250120") });
    CHECK(r1.tags == QStringList { QStringLiteral("release") });
    REQUIRE(d.categoryIndex(r1.category) >= 0);
    CHECK(d.categories()[d.categoryIndex(r1.category)].color == QStringLiteral("#4682b4"));

    const Event era = byTitle(d, QStringLiteral("V2 era"));
    CHECK(era.start.toString() == QStringLiteral("2024-05"));
    CHECK(era.end.toString() == QStringLiteral("2024-08"));
    const Event week = byTitle(d, QStringLiteral("Open-source week"));
    CHECK(week.end.toString() == QStringLiteral("2025-02-28"));
    CHECK(byTitle(d, QStringLiteral("The year of the rules")).start.precision == DatePrecision::Year);

    CHECK(laneOf(d, QStringLiteral("DeepSeek-R1 released")) == QStringLiteral("-"));
    CHECK(laneOf(d, QStringLiteral("V2 era")) == QStringLiteral("DeepSeek"));
    CHECK(laneOf(d, QStringLiteral("The year of the rules")) == QStringLiteral("Export rules"));
    CHECK(laneOf(d, QStringLiteral("Chip rules tightened")) == QStringLiteral("Policy"));
    CHECK(d.companies().size() == 3);
    CHECK(d.meta().laneLabel.en == QStringLiteral("Group"));
    const Event chips = byTitle(d, QStringLiteral("Chip rules tightened"));
    CHECK(chips.tags == QStringList { QStringLiteral("policy"), QStringLiteral("chips") });
    CHECK(d.categories()[d.categoryIndex(chips.category)].color == QStringLiteral("#c05000"));

    // The relative date is left out, at its line.
    REQUIRE(r.droppedData());
    const Diagnostic* dropped = nullptr;
    for (const Diagnostic& w : r.diagnostics)
        if (w.dropsData())
            dropped = &w;
    REQUIRE(dropped);
    CHECK(dropped->line == 25);
}

TEST_CASE("Markwhen: lanes by section, by tag or none", "[core][markwhen]")
{
    const auto lanes = [](const char* grouping) {
        ImportOptions o;
        o.columnMap.insert(QStringLiteral("lane"), QLatin1String(grouping));
        const LoadResult r = loadWith(importMarkwhen, importFixture("markwhen_small.mw"), o);
        REQUIRE(r.ok());
        QStringList names;
        for (const Company& c : r.data->companies())
            names.append(c.name.en);
        return names;
    };
    CHECK(lanes("section") == QStringList { QStringLiteral("Policy") });
    CHECK(lanes("tag") == QStringList { QStringLiteral("release"), QStringLiteral("policy") });
    CHECK(lanes("none").isEmpty());
}

TEST_CASE("Markwhen: the registry takes .mw files", "[core][markwhen]")
{
    CHECK(sniffMarkwhen("2025: x\n", u"plan.mw") >= 90);
    CHECK(sniffMarkwhen("2025: x\n", u"plan.txt") == 0);
    const LoadResult bad = importMarkwhenData("no dates here\n", QStringLiteral("x.mw"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.diagnostics.last().kind == Diagnostic::Kind::NoData);
}
