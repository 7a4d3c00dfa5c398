// SPDX-License-Identifier: GPL-3.0-or-later
// Filter and text search costs at 100k / 1M synthetic events.
// Run: chronoscope_bench "[filter]" --benchmark-samples 30   (Release build; see docs/performance.md)
#include "core/data/searchindex.h"
#include "benchdata.h"
#include "core/data/syntheticdata.h"
#include "core/filter/filterspec.h"

#include <catch2/catch.hpp>

#include <map>

using namespace chrono;

namespace {

DatasetPtr dataset(int n)
{
    return chrono::bench::syntheticEvents(n);
}

} // namespace

TEST_CASE("Search index build", "[filter][search][!benchmark]")
{
    for (int n : { 100000, 1000000 }) {
        const DatasetPtr ds = dataset(n);
        BENCHMARK(QStringLiteral("SearchIndex build, %1 events").arg(n).toStdString())
        {
            return SearchIndex(*ds).eventCount();
        };
    }
}

TEST_CASE("Text search and filter changes", "[filter][search][!benchmark]")
{
    for (int n : { 100000, 1000000 }) {
        const EventFilter filter(dataset(n));
        dataset(n)->searchIndex(); // built when the dataset is loaded, not per query
        FilterSpec companies;
        companies.companies = { QStringLiteral("c01"), QStringLiteral("c04"), QStringLiteral("c07") };
        BENCHMARK(QStringLiteral("3 companies, %1 events").arg(n).toStdString())
        {
            return countVisible(filter.evaluate(companies));
        };
        const std::pair<const char*, const char*> queries[] = { { "common word", "partner" }, { "rare word", "123456" },
            { "1 character", "a" }, { "2 characters", "ch" }, { "Chinese", "合作" }, { "accented, full-width", "ＲＥＬÉＡＳＥ" } };
        for (const auto& [kind, query] : queries) {
            FilterSpec spec;
            spec.text = QString::fromUtf8(query);
            BENCHMARK(QStringLiteral("text, %1 (\"%2\"), %3 events").arg(QLatin1String(kind), spec.text).arg(n).toStdString())
            {
                return countVisible(filter.evaluate(spec));
            };
        }
        FilterSpec both = companies;
        both.text = QStringLiteral("partner");
        both.from = SYNTHETIC_START_MS + 365 * MS_PER_DAY;
        BENCHMARK(QStringLiteral("text + 3 companies + from date, %1 events").arg(n).toStdString())
        {
            return countVisible(filter.evaluate(both));
        };
    }
}
