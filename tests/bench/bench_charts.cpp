// SPDX-License-Identifier: GPL-3.0-or-later
// Chart export benchmark: 6 series × 1k / 100k / 1M points to a 1920×1080 PNG, decimated
// through core (the product's path) versus every point handed to QLineSeries.
// Run: chronoscope_bench "[charts]" --benchmark-samples 10   (numbers: docs/performance.md)
#include "../app/chartfixture.h"

#include "app/charts/chartrenderer.h"
#include "app/render/pngwriter.h"
#include "core/lod/plotpointcache.h"

#include <catch2/catch.hpp>

#include <QtCore/QBuffer>
#include <QtCore/QElapsedTimer>
#include <QtGui/QPainter>

#include <ctime>

using namespace chrono;
using namespace chrono::ui;

namespace {

constexpr int LINES = 6;

ChartRequest denseRequest(const DatasetPtr& d)
{
    ChartRequest r;
    r.dataset = d;
    r.group = QStringLiteral("dense");
    r.pixelSize = QSize(1920, 1080);
    return r;
}

/// Build, render and encode: what an export of the chart costs.
qint64 exportPng(const ChartRequest& r, bool decimate)
{
    const QImage image = ChartRenderer::renderImage(r, 1.0, ChartBuilder::Options { decimate });
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Png::writeOpaque(image, &buffer); // as exports write it
    return buffer.size();
}

} // namespace

TEST_CASE("Chart export, 6 series, decimated vs every point", "[.][bench][charts]")
{
    const DatasetPtr d1k = test::denseDataset(LINES, 1000);
    const DatasetPtr d100k = test::denseDataset(LINES, 100000);
    BENCHMARK("decimated 6 x 1k") { return exportPng(denseRequest(d1k), true); };
    BENCHMARK("every point 6 x 1k") { return exportPng(denseRequest(d1k), false); };
    BENCHMARK("decimated 6 x 100k") { return exportPng(denseRequest(d100k), true); };
    BENCHMARK("every point 6 x 100k") { return exportPng(denseRequest(d100k), false); };
}

TEST_CASE("Chart export, 6 series x 1M, decimated", "[.][bench][charts]")
{
    const DatasetPtr d1m = test::denseDataset(LINES, 1000000);
    BENCHMARK("decimated 6 x 1M") { return exportPng(denseRequest(d1m), true); };
}

TEST_CASE("Chart export, 6 series x 1M, every point (measured once: seconds)", "[.][bench][charts][once]")
{
    const DatasetPtr d1m = test::denseDataset(LINES, 1000000);
    QElapsedTimer timer;
    timer.start();
    const qint64 bytes = exportPng(denseRequest(d1m), false);
    const qint64 ms = timer.elapsed();
    WARN("every point 6 x 1M: " << ms << " ms (PNG " << bytes << " bytes)");
    CHECK(bytes > 0);
}

TEST_CASE("Chart export phases", "[.][bench][charts][phases]")
{
    auto cpuMs = [] {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    };
    const int n = GENERATE(1000, 1000000);
    const DatasetPtr d = test::denseDataset(LINES, n);
    const ChartRequest r = denseRequest(d);
    // The first chart of a dataset snapshot makes the chart form of its points (PlotPoints
    // with the min/max pyramid); later builds share it.
    qint64 t = cpuMs();
    size_t plotBytes = 0;
    for (const Series* s : ChartBuilder::shownSeries(r))
        plotBytes += cachedPlotPoints(*d, *s, PlotAnchor::PeriodMiddle, false)->memoryBytes();
    const qint64 plotPoints = cpuMs() - t;
    t = cpuMs();
    auto chart = ChartBuilder::build(r);
    const qint64 build = cpuMs() - t;
    t = cpuMs();
    QImage image(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        ChartRenderer::render(*chart, r.pixelSize, &p, QRectF(image.rect()));
    }
    const qint64 render = cpuMs() - t;
    t = cpuMs();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    Png::writeOpaque(image, &buffer);
    const qint64 png = cpuMs() - t;
    // A zoom: the view re-decimates from the chart's point lists.
    t = cpuMs();
    const TimeRange all = chart->visibleRange();
    chart->setVisibleRange({ all.start + all.delta() / 4, all.end - all.delta() / 4 });
    const qint64 zoom = cpuMs() - t;
    WARN(n << " points x 6, cpu ms: plot points (once per dataset, " << plotBytes / 1024 << " KiB) " << plotPoints << ", build " << build << ", render " << render << ", png " << png << "; zoom " << zoom
           << " ms");
    CHECK(buffer.size() > 0);
}

// Catch2 v2 reports means; docs/performance.md quotes medians, measured here. The machine is
// shared, so both wall time and the process's CPU time are given (CPU time hardly depends on
// how busy the other cores are).
TEST_CASE("Chart export medians table", "[.][bench][charts][medians]")
{
    struct Times {
        qint64 wall, cpu;
    };
    auto cpuMs = [] {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    };
    auto median = [&](int runs, const ChartRequest& r, bool decimate) {
        std::vector<qint64> wall, cpu;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const qint64 c0 = cpuMs();
            exportPng(r, decimate);
            cpu.push_back(cpuMs() - c0);
            wall.push_back(t.elapsed());
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        return Times { wall[wall.size() / 2], cpu[cpu.size() / 2] };
    };
    for (int n : { 1000, 100000, 1000000 }) {
        const DatasetPtr d = test::denseDataset(LINES, n);
        const ChartRequest r = denseRequest(d);
        // Made once per dataset snapshot by the first chart; reported on its own.
        const qint64 c0 = cpuMs();
        for (const Series* s : ChartBuilder::shownSeries(r))
            cachedPlotPoints(*d, *s, PlotAnchor::PeriodMiddle, false);
        WARN("6 x " << n << ": plot points + pyramid (first chart of the dataset only) " << cpuMs() - c0 << " ms cpu");
        const Times decimated = median(7, r, true);
        const Times full = median(n >= 1000000 ? 1 : 3, r, false);
        WARN("6 x " << n << ": decimated " << decimated.wall << " ms wall / " << decimated.cpu << " ms cpu; every point "
                    << full.wall << " ms wall / " << full.cpu << " ms cpu; ratio wall "
                    << double(full.wall) / double(std::max<qint64>(1, decimated.wall)) << ", cpu "
                    << double(full.cpu) / double(std::max<qint64>(1, decimated.cpu)));
        CHECK(decimated.wall > 0);
    }
}
