// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline frame costs at 1k / 100k / 1M synthetic events into a 1920x1080 QImage.
// Run: chronoscope_bench "[timeline]" --benchmark-samples 30   (Release build; see docs/performance.md)
#include "app/timeline/timelinepainter.h"
#include "benchdata.h"
#include "core/data/syntheticdata.h"
#include "core/layout/hittest.h"

#include <catch2/catch.hpp>

#include <QtGui/QImage>
#include <QtGui/QPainter>

#include <QtCore/QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>

using namespace chrono;
using namespace chrono::ui;

namespace {

const QRectF FRAME(0, 0, 1920, 1080);
const TimeMs TODAY = daysFromCivil(2025, 6, 1) * MS_PER_DAY;
const TimeRange WEEK { daysFromCivil(2024, 3, 4) * MS_PER_DAY, daysFromCivil(2024, 3, 11) * MS_PER_DAY };

DatasetPtr dataset(int n)
{
    return chrono::bench::syntheticEvents(n);
}

struct Fixture {
    QImage image { 1920, 1080, QImage::Format_ARGB32_Premultiplied };
    TimelinePainter painter;
    explicit Fixture(int n)
    {
        painter.setDataset(dataset(n));
        painter.setToday(TODAY);
        paint(); // warm caches (text widths, sprites) as a shown window would have
    }
    void paint()
    {
        QPainter p(&image);
        painter.paint(p, FRAME);
    }
    /// A frame after a change: the range moves by one millisecond back and forth, which
    /// invalidates the layout without changing what is shown.
    void freshFrame(const TimeRange& r, int k)
    {
        painter.setVisibleRange(TimeRange { r.start + (k & 1), r.end + (k & 1) });
        paint();
    }
};

/// Median wall time of `runs` calls, printed as "MEDIAN <name>: <ms>" (Catch v2 reports means only).
template<typename F>
double median(const QString& name, int runs, F&& fn)
{
    // Wall time and this thread's CPU time: on a shared machine the wall figure includes time
    // the scheduler gave to other processes; the CPU figure does not.
    std::vector<double> wall, cpu;
    wall.reserve(size_t(runs));
    cpu.reserve(size_t(runs));
    volatile qint64 sink = 0;
    auto cpuNow = [] {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    };
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        const double c0 = cpuNow();
        t.start();
        sink = sink + qint64(fn());
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
        cpu.push_back(cpuNow() - c0);
    }
    auto mid = [](std::vector<double>& v) {
        std::nth_element(v.begin(), v.begin() + qptrdiff(v.size() / 2), v.end());
        return v[v.size() / 2];
    };
    const double m = mid(wall);
    std::printf("MEDIAN %s: wall %.4f ms, cpu %.4f ms\n", qPrintable(name), m, mid(cpu));
    std::fflush(stdout);
    return m;
}

} // namespace

TEST_CASE("Timeline medians", "[.][bench][timeline][median]")
{
    const int n = GENERATE(1000, 100000, 1000000);
    // CHRONOSCOPE_BENCH_N=1000 limits the run to one size (for profiling).
    if (qEnvironmentVariableIsSet("CHRONOSCOPE_BENCH_N") && qEnvironmentVariableIntValue("CHRONOSCOPE_BENCH_N") != n)
        return;
    Fixture f(n);
    const TimeRange all = f.painter.dataExtent();
    int k = 0;
    const double full = median(QStringLiteral("frame full zoom-out %1").arg(n), 41, [&] {
        f.freshFrame(all, ++k);
        return f.painter.frame().lanes.size();
    });
    f.painter.setVisibleRange(all);
    median(QStringLiteral("repaint only (hover) full zoom-out %1").arg(n), 41, [&] {
        f.painter.setHoveredEvent(k++ % 100);
        f.paint();
        return f.painter.frame().lanes.size();
    });
    f.painter.setVisibleRange(WEEK);
    f.paint();
    median(QStringLiteral("frame one-week window %1").arg(n), 41, [&] {
        f.freshFrame(WEEK, ++k);
        return f.painter.frame().lanes.size();
    });
    const TimeRange year { daysFromCivil(2023, 1, 1) * MS_PER_DAY, daysFromCivil(2024, 1, 1) * MS_PER_DAY };
    f.painter.setVisibleRange(year);
    f.paint();
    median(QStringLiteral("zoom step + frame %1").arg(n), 41, [&] {
        f.painter.setVisibleRange(f.painter.scale().zoomed((++k & 1) ? 1.25 : 0.8, 900).range);
        f.paint();
        return f.painter.frame().lanes.size();
    });
    median(QStringLiteral("pan step + frame %1").arg(n), 41, [&] {
        f.painter.setVisibleRange(f.painter.scale().panned((++k & 1) ? 40 : -40).range);
        f.paint();
        return f.painter.frame().lanes.size();
    });
    const TimeRange detail = n <= 1000 ? TimeRange { daysFromCivil(2024, 3, 1) * MS_PER_DAY, daysFromCivil(2024, 4, 1) * MS_PER_DAY }
                                       : TimeRange { daysFromCivil(2024, 3, 4) * MS_PER_DAY, daysFromCivil(2024, 3, 4) * MS_PER_DAY + 3600000 * 6 };
    f.painter.setVisibleRange(detail);
    f.paint();
    std::vector<QPointF> points;
    for (int y = 70; y < 1080; y += 37)
        for (int x = 200; x < 1920; x += 53)
            points.emplace_back(x, y);
    size_t p = 0;
    median(QStringLiteral("hover hit test (painter) %1").arg(n), 1001, [&] { return f.painter.eventAt(points[p++ % points.size()]).value_or(-1); });
    const TimeScale s = f.painter.scale();
    const DatasetPtr ds = dataset(n);
    median(QStringLiteral("core hitTestEvent %1").arg(n), 1001, [&] { return hitTestEvent(*ds, {}, s, points[p++ % points.size()].x()).value_or(-1); });
    CHECK(full > 0);
}

TEST_CASE("Timeline frame", "[.][bench][timeline]")
{
    const int n = GENERATE(1000, 100000, 1000000);
    Fixture f(n);
    const TimeRange all = f.painter.dataExtent();
    int k = 0;
    BENCHMARK(QStringLiteral("frame, full zoom-out, %1 events").arg(n).toStdString())
    {
        f.freshFrame(all, ++k);
        return f.painter.frame().lanes.size();
    };
    f.painter.setVisibleRange(all);
    BENCHMARK(QStringLiteral("repaint only (hover), full zoom-out, %1 events").arg(n).toStdString())
    {
        f.painter.setHoveredEvent(k++ % 100);
        f.paint();
        return f.painter.frame().lanes.size();
    };
    f.painter.setVisibleRange(WEEK);
    f.paint();
    BENCHMARK(QStringLiteral("frame, one-week window, %1 events").arg(n).toStdString())
    {
        f.freshFrame(WEEK, ++k);
        return f.painter.frame().lanes.size();
    };
}

TEST_CASE("Timeline zoom, pan and hit test", "[.][bench][timeline]")
{
    const int n = GENERATE(1000, 100000, 1000000);
    Fixture f(n);
    const TimeRange start { daysFromCivil(2023, 1, 1) * MS_PER_DAY, daysFromCivil(2024, 1, 1) * MS_PER_DAY };
    f.painter.setVisibleRange(start);
    f.paint();
    int k = 0;
    BENCHMARK(QStringLiteral("zoom step (x1.25 at the cursor) + frame, %1 events").arg(n).toStdString())
    {
        const TimeScale s = f.painter.scale();
        f.painter.setVisibleRange(s.zoomed((++k & 1) ? 1.25 : 0.8, 900).range);
        f.paint();
        return f.painter.frame().lanes.size();
    };
    BENCHMARK(QStringLiteral("pan step (40 px) + frame, %1 events").arg(n).toStdString())
    {
        const TimeScale s = f.painter.scale();
        f.painter.setVisibleRange(s.panned((++k & 1) ? 40 : -40).range);
        f.paint();
        return f.painter.frame().lanes.size();
    };

    // Hover: the painter's hit test over a laid-out detailed frame (a month at 1k, a day beyond).
    const TimeRange detail = n <= 1000 ? TimeRange { daysFromCivil(2024, 3, 1) * MS_PER_DAY, daysFromCivil(2024, 4, 1) * MS_PER_DAY }
                                       : TimeRange { daysFromCivil(2024, 3, 4) * MS_PER_DAY, daysFromCivil(2024, 3, 4) * MS_PER_DAY + 3600000 * 6 };
    f.painter.setVisibleRange(detail);
    f.paint();
    std::vector<QPointF> points;
    for (int y = 70; y < 1080; y += 37)
        for (int x = 200; x < 1920; x += 53)
            points.emplace_back(x, y);
    size_t p = 0;
    BENCHMARK(QStringLiteral("hover hit test (painter.eventAt), %1 events").arg(n).toStdString())
    {
        return f.painter.eventAt(points[p++ % points.size()]).value_or(-1);
    };
    const TimeScale s = f.painter.scale();
    const DatasetPtr ds = dataset(n);
    BENCHMARK(QStringLiteral("core hitTestEvent (sorted starts), %1 events").arg(n).toStdString())
    {
        return hitTestEvent(*ds, {}, s, points[p++ % points.size()].x()).value_or(-1);
    };
}
