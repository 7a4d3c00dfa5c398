// SPDX-License-Identifier: GPL-3.0-or-later
// Chart export benchmark: 6 series × 1k / 100k / 1M points to a 1920×1080 PNG, decimated
// through core (the product's path) versus every point handed to QLineSeries.
// Run: chronoscope_bench "[charts]" --benchmark-samples 10   (numbers: docs/performance.md)
#include "../app/chartfixture.h"

#include "app/charts/chartrenderer.h"

#include <catch2/catch.hpp>

#include <QtCore/QBuffer>
#include <QtCore/QElapsedTimer>
#include <QtGui/QPainter>

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
    image.save(&buffer, "PNG");
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
    const int n = GENERATE(1000, 1000000);
    const DatasetPtr d = test::denseDataset(LINES, n);
    const ChartRequest r = denseRequest(d);
    QElapsedTimer t;
    t.start();
    auto chart = ChartBuilder::build(r);
    const qint64 build = t.restart();
    QImage image(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        ChartRenderer::render(*chart, r.pixelSize, &p, QRectF(image.rect()));
    }
    const qint64 render = t.restart();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const qint64 png = t.restart();
    WARN(n << ": build " << build << " ms, render " << render << " ms, png " << png << " ms");
    CHECK(buffer.size() > 0);
}

// Catch2 v2 reports means; docs/performance.md quotes medians, measured here.
TEST_CASE("Chart export medians table", "[.][bench][charts][medians]")
{
    auto median = [](int runs, const ChartRequest& r, bool decimate) {
        std::vector<qint64> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            exportPng(r, decimate);
            ms.push_back(t.elapsed());
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };
    for (int n : { 1000, 100000, 1000000 }) {
        const DatasetPtr d = test::denseDataset(LINES, n);
        const ChartRequest r = denseRequest(d);
        const qint64 decimated = median(7, r, true);
        const qint64 full = median(n >= 1000000 ? 1 : 3, r, false);
        WARN("6 x " << n << ": decimated " << decimated << " ms, every point " << full << " ms, ratio "
                    << double(full) / double(std::max<qint64>(1, decimated)));
        CHECK(decimated > 0);
    }
}
