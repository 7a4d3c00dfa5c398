// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import throughput: a deterministic events CSV of 1k / 100k / 1M rows, written once to a
// temporary folder, then loaded. Run in a Release build, e.g.
//   chronoscope_bench "[csv],[csv-1m]" --benchmark-samples 5
// The 1M-row case is hidden ([.]) so a plain smoke run of the benchmarks stays short.
#include "core/data/dataset.h"
#include "core/io/csvimport.h"

#include <catch2/catch.hpp>

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <iostream>
#include <vector>

using namespace chrono;

namespace {

/// Events with a realistic spread of cells: ids, quoted titles with commas now and then,
/// day / month / year dates, some ranges, 12 companies, 6 categories, short descriptions.
QByteArray makeEventsCsv(int rows)
{
    static const char* const COMPANIES[] = { "OpenAI", "Anthropic", "Google DeepMind", "Meta", "Mistral", "DeepSeek", "Alibaba", "xAI",
        "Microsoft", "Amazon", "Baidu", "Moonshot" };
    static const char* const CATEGORIES[] = { "release", "research", "funding", "policy", "product", "people" };
    QByteArray out;
    out.reserve(qsizetype(rows) * 110);
    out.append("id,title,start,end,company,category,description,importance\n");
    quint32 state = 12345; // xorshift: the same file on every run
    auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return state;
    };
    for (int i = 0; i < rows; ++i) {
        const quint32 r = next();
        const int year = 1990 + int(r % 36), month = 1 + int((r >> 8) % 12), day = 1 + int((r >> 12) % 28);
        out.append("ev").append(QByteArray::number(i)).append(',');
        if (r % 7 == 0)
            out.append("\"Model ").append(QByteArray::number(r % 1000)).append(", with a comma\",");
        else
            out.append("Event number ").append(QByteArray::number(i)).append(',');
        const char* sep = "-";
        out.append(QByteArray::number(year));
        if (r % 5 != 0)
            out.append(sep).append(QByteArray::number(month).rightJustified(2, '0'));
        if (r % 5 > 1)
            out.append(sep).append(QByteArray::number(day).rightJustified(2, '0'));
        out.append(',');
        if (r % 11 == 0)
            out.append(QByteArray::number(year + 1));
        out.append(',').append(COMPANIES[(r >> 4) % 12]).append(',').append(CATEGORIES[(r >> 6) % 6]).append(',');
        out.append("A short description of what happened.,").append(QByteArray::number(1 + (r >> 3) % 5)).append('\n');
    }
    return out;
}


void benchmarkCsvImport(int rows)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("events-%1.csv").arg(rows));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(makeEventsCsv(rows));
    }
    LoadResult last;
    BENCHMARK(QStringLiteral("load %1 rows").arg(rows).toStdString())
    {
        QFile f(path);
        last = importCsv(f, QStringLiteral("events.csv"));
        return last.data.get();
    };
    REQUIRE(last.ok());
    REQUIRE(last.data->eventCount() == rows);
    last = {};

    // Catch's figure is wall time, which a busy shared machine inflates; process CPU time of
    // the same load is printed beside it (median of three).
    std::vector<double> wall, cpu;
    for (int run = 0; run < 3; ++run) {
        QFile f(path);
        QElapsedTimer timer;
        timer.start();
        const std::clock_t c0 = std::clock();
        last = importCsv(f, QStringLiteral("events.csv"));
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
        wall.push_back(double(timer.nsecsElapsed()) / 1e6);
        REQUIRE(last.ok());
        if (run < 2)
            last = {};
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    std::cout << "csv rows=" << rows << " file-bytes=" << QFile(path).size() << " median-wall-ms=" << wall[1] << " median-cpu-ms=" << cpu[1]
              << " eventMemoryBytes/event=" << double(last.data->eventMemoryBytes()) / rows << '\n';
}

} // namespace

TEST_CASE("CSV import of an events file", "[bench][csv]")
{
    benchmarkCsvImport(GENERATE(1000, 100000));
}

TEST_CASE("CSV import of a 1M-row events file", "[.][bench][csv-1m]")
{
    benchmarkCsvImport(1000000);
}
