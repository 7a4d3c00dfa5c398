// SPDX-License-Identifier: GPL-3.0-or-later
// Native JSON read speed and memory at 1k / 100k / 1M events (design target: 1M in <= 1.5 s).
// Run: chronoscope_bench "[json]" --benchmark-samples 5
#include "core/io/jsonreader.h"
#include "core/io/jsonwriter.h"

#include <catch2/catch.hpp>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

using namespace chrono;

namespace {

/// N synthetic events: deterministic, 12 companies, 4 years from 2023, about 10 % ranges,
/// English titles, a Chinese title on every fourth, one or two sources each.
DatasetPtr syntheticDataset(int n)
{
    std::mt19937 rng(20250120);
    DatasetBuilder b;
    for (int c = 0; c < 12; ++c)
        b.addCompany(Company { QStringLiteral("company-%1").arg(c), { QStringLiteral("Company %1").arg(c), QString() }, QString() });
    const QString categories[] = { QStringLiteral("model-release"), QStringLiteral("pricing"), QStringLiteral("product"), QStringLiteral("research") };
    for (const QString& c : categories)
        b.addCategory(Category { c, { c, QString() }, QString() });
    for (int s = 0; s < 50; ++s)
        b.addSource(Source { QStringLiteral("source-%1").arg(s), QStringLiteral("Publisher"), QStringLiteral("Title"), Date::fromYmd(2024), QString() });
    const qint64 firstDay = daysFromCivil(2023, 1, 1);
    const qint64 spanDays = daysFromCivil(2027, 1, 1) - firstDay;
    b.reserveEvents(n);
    for (int i = 0; i < n; ++i) {
        Event e;
        e.id = QStringLiteral("event-%1").arg(i);
        const qint64 day = firstDay + qint64(rng() % quint32(spanDays));
        e.start = Date::fromMs(day * MS_PER_DAY, DatePrecision::Day);
        if (rng() % 10 == 0)
            e.end = Date::fromMs((day + 1 + rng() % 30) * MS_PER_DAY, DatePrecision::Day);
        e.company = QStringLiteral("company-%1").arg(rng() % 12);
        e.category = categories[rng() % 4];
        e.title.en = QStringLiteral("Synthetic event number %1 of the benchmark").arg(i);
        if (i % 4 == 0)
            e.title.zh = QStringLiteral("基准测试事件 %1").arg(i);
        e.importance = int(1 + rng() % 5);
        e.sources.append(QStringLiteral("source-%1").arg(rng() % 50));
        if (rng() % 3 == 0)
            e.sources.append(QStringLiteral("source-%1").arg(rng() % 50));
        b.events().push_back(std::move(e));
    }
    return b.build();
}

} // namespace

TEST_CASE("Read native JSON", "[.][bench][json]")
{
    const int n = GENERATE(1000, 100000, 1000000);
    const QByteArray bytes = writeNativeJson(*syntheticDataset(n));
    QElapsedTimer timer;
    timer.start();
    const LoadResult once = readNativeJson(bytes, QStringLiteral("bench.json"));
    const qint64 onceMs = timer.elapsed();
    REQUIRE(once.ok());
    REQUIRE(once.data->eventCount() == n);
    std::printf("native JSON, %d events: %.1f MB, first read %lld ms, %.1f resident bytes per event\n", n,
        double(bytes.size()) / 1e6, qint64(onceMs), double(once.data->eventMemoryBytes()) / n);
    BENCHMARK(QStringLiteral("readNativeJson %1 events").arg(n).toStdString())
    {
        return readNativeJson(bytes, QStringLiteral("bench.json")).data->eventCount();
    };

    // From a file, as loadFile() reads it (mapped), in process CPU time: Catch's wall figure is
    // inflated on a busy shared machine. Median of three.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bench.json"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(bytes) == bytes.size());
    }
    std::vector<double> cpu;
    for (int run = 0; run < 3; ++run) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const std::clock_t c0 = std::clock();
        const LoadResult r = readNativeJson(f, path);
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
        REQUIRE(r.ok());
    }
    std::sort(cpu.begin(), cpu.end());
    std::printf("native JSON file, %d events: median-cpu-ms=%.1f\n", n, cpu[1]);
}

TEST_CASE("Write native JSON", "[.][bench][json]")
{
    const int n = GENERATE(1000, 100000);
    const DatasetPtr ds = syntheticDataset(n);
    BENCHMARK(QStringLiteral("writeNativeJson %1 events").arg(n).toStdString())
    {
        return writeNativeJson(*ds).size();
    };
}
