// SPDX-License-Identifier: GPL-3.0-or-later
// chronoscope_perf: the performance suite behind `make bench` (docs/performance.md).
//
// Measures deterministic generated inputs (generateSyntheticEvents; 6 dense series) at 1k, 100k
// and 1M, prints a table of medians (wall and process CPU time) with every figure marked against
// its budget, and with --write-docs replaces the generated section of docs/performance.md.
// Loads and start-up run in child processes (this program re-executed with --child) so that
// their peak and resident memory are separable from everything else measured.
//
//   chronoscope_perf [--smoke] [--write-docs] [--docs PATH] [--only SECTIONS] [--inputs DIR]
//   --smoke       smallest inputs only, one or few runs, no budgets judged (CI: ctest)
//   --write-docs  write the table into PATH (default: the source tree's docs/performance.md)
//   --only        comma-separated sections to run: load, filter, timeline, charts, exports,
//                 startup (default: all; --write-docs refuses a partial table)
//   --inputs DIR  write the generated load inputs (events-N.csv, events-N.json) into DIR and
//                 keep them, e.g. to profile `--child load DIR/events-1000000.csv 3` by hand
#include "perfsupport.h"

#include "app/charts/chartrenderer.h"
#include "app/mainwindow.h"
#include "app/render/exportrenderer.h"
#include "app/render/pngwriter.h"
#include "app/timeline/timelinepainter.h"
#include "core/data/searchindex.h"
#include "core/data/syntheticdata.h"
#include "core/filter/filterspec.h"
#include "core/io/builtinreaders.h"
#include "core/io/dataexport.h"
#include "core/io/jsonwriter.h"
#include "core/io/readerregistry.h"
#include "core/lod/plotpointcache.h"

#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QApplication>

#include <cstdio>
#include <cstring>
#include <malloc.h>

using namespace chrono;
using namespace chrono::ui;
using namespace chrono::perf;

namespace {

const TimeMs TODAY = daysFromCivil(2025, 6, 1) * MS_PER_DAY;
const TimeRange WEEK { daysFromCivil(2024, 3, 4) * MS_PER_DAY, daysFromCivil(2024, 3, 11) * MS_PER_DAY };
const QSize FULL_HD(1920, 1080);

QString sizeLabel(qint64 n)
{
    if (n >= 1000000)
        return QStringLiteral("%1M").arg(n / 1000000);
    if (n >= 1000)
        return QStringLiteral("%1k").arg(n / 1000);
    return QString::number(n);
}

// ---------------------------------------------------------------------------------------------
// Child processes

/// `--child load PATH N RUNS`: loads PATH RUNS times, prints one JSON line with the medians, the
/// peak (VmHWM) and what stays resident with the last dataset alive.
int childLoad(const QString& path, int runs)
{
    malloc_trim(0);
    const qint64 before = residentBytes();
    LoadResult last;
    const Stat s = measure(runs, [&] {
        last = LoadResult {}; // free the previous dataset first: one dataset alive at a time
        last = loadFile(path);
        return last.data ? last.data->eventCount() : -1;
    });
    malloc_trim(0); // give the reader's temporaries back, so that RSS shows what the dataset keeps
    const qint64 after = residentBytes();
    QJsonObject o { { QStringLiteral("wall"), s.wallMs }, { QStringLiteral("cpu"), s.cpuMs },
        { QStringLiteral("ok"), last.ok() && last.data }, { QStringLiteral("events"), last.data ? last.data->eventCount() : 0 },
        { QStringLiteral("peak"), double(peakResidentBytes() - before) }, { QStringLiteral("resident"), double(after - before) },
        { QStringLiteral("columns"), last.data ? double(last.data->eventMemoryBytes()) : 0.0 } };
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return o.value(QStringLiteral("ok")).toBool() ? 0 : 1;
}

/// `--child startup`: time from entering main() to the first painted frame of the main window
/// on the embedded dataset. The frame is forced with QWidget::grab(), which paints the whole
/// widget tree once, exactly what the first expose does on a real screen.
int childStartup(int argc, char** argv, const ProcessClock& sinceMain)
{
    QApplication app(argc, argv);
    registerBuiltinReaders(); // as runApplication() does
    MainWindow window;
    window.openEmbeddedDataset();
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const QPixmap frame = window.grab();
    const Stat s = sinceMain.elapsed();
    QJsonObject o { { QStringLiteral("wall"), s.wallMs }, { QStringLiteral("cpu"), s.cpuMs }, { QStringLiteral("ok"), !frame.isNull() },
        { QStringLiteral("peak"), double(peakResidentBytes()) } };
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return frame.isNull() ? 1 : 0;
}

QJsonObject runChild(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(), QStringList { QStringLiteral("--child") } + args);
    if (!p.waitForFinished(600000))
        return {};
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.isEmpty() ? QByteArray() : lines.last()).object();
}

// ---------------------------------------------------------------------------------------------
// The suite

class Suite {
public:
    Suite(bool smoke, Report& report, const QString& inputs)
        : m_smoke(smoke)
        , m_report(report)
        , m_inputs(inputs)
    {
    }

    /// Where the load inputs go: the temporary folder, or --inputs DIR.
    QString inputPath(const QString& name) const { return m_inputs.isEmpty() ? m_dir.filePath(name) : QDir(m_inputs).filePath(name); }

    QList<int> sizes() const { return m_smoke ? QList<int> { 1000 } : QList<int> { 1000, 100000, 1000000 }; }
    int runs(int n, int normal) const { return m_smoke ? 1 : (n >= 1000000 ? std::max(3, normal / 4) : normal); }

    bool loads()
    {
        bool ok = true;
        for (int n : sizes()) {
            const DatasetPtr ds = generateSyntheticEvents(n);
            const QString csv = inputPath(QStringLiteral("events-%1.csv").arg(n));
            const QString json = inputPath(QStringLiteral("events-%1.json").arg(n));
            QFile f(csv);
            ok = ok && f.open(QIODevice::WriteOnly) && writeEventsCsv(*ds, EventMask(size_t(n), 1), Language::English, f);
            f.close();
            ok = ok && saveNativeJsonAtomically(*ds, json);
            for (const auto& [kind, path, budget] : { std::tuple { QStringLiteral("CSV"), csv, 1000.0 }, std::tuple { QStringLiteral("JSON"), json, 1500.0 } }) {
                const QJsonObject r = runChild({ QStringLiteral("load"), path, QString::number(runs(n, 7)) });
                ok = ok && r.value(QStringLiteral("ok")).toBool() && r.value(QStringLiteral("events")).toInt() == n;
                const Stat s { r.value(QStringLiteral("wall")).toDouble(), r.value(QStringLiteral("cpu")).toDouble() };
                Row& row = m_report.add(QStringLiteral("load %1 (file → Dataset)").arg(kind), sizeLabel(n), s, runs(n, 7));
                row.peakBytes = qint64(r.value(QStringLiteral("peak")).toDouble());
                if (n == 1000000)
                    row.judge(s.cpuMs <= budget, QStringLiteral("≤ %1 s").arg(budget / 1000));
                if (n == 1000000 && kind == QLatin1String("CSV")) {
                    const double perEvent = r.value(QStringLiteral("resident")).toDouble() / n;
                    const double columns = r.value(QStringLiteral("columns")).toDouble() / n;
                    Row& mem = m_report.addValue(QStringLiteral("resident memory per event (RSS delta; columns + pool)"), sizeLabel(n),
                        QStringLiteral("%1 B (%2 B)").arg(perEvent, 0, 'f', 0).arg(columns, 0, 'f', 0));
                    mem.judge(perEvent <= 150, QStringLiteral("≤ 150 B"));
                }
            }
        }
        return ok;
    }

    void filter()
    {
        for (int n : sizes()) {
            const DatasetPtr ds = generateSyntheticEvents(n);
            // The index on its own (the loader builds it on its worker thread), then its size.
            const Stat build = measure(runs(n, 7), [&] { return SearchIndex(*ds).eventCount(); });
            Row& rbuild = m_report.add(QStringLiteral("search index build (SearchIndex, off the UI thread)"), sizeLabel(n), build, runs(n, 7));
            if (n == 1000000) {
                rbuild.judge(build.cpuMs <= 300, QStringLiteral("≤ 300 ms"));
                const double perEvent = double(SearchIndex(*ds).memoryBytes()) / n;
                Row& mem = m_report.addValue(QStringLiteral("search index memory per event"), sizeLabel(n), QStringLiteral("%1 B").arg(perEvent, 0, 'f', 1));
                mem.judge(perEvent <= 150 - 84, QStringLiteral("≤ 66 B (150 B in all)"));
            }
            EventFilter filter(ds);
            // A query costs milliseconds even at 1M: 21 runs everywhere, for a steadier median.
            const int queryRuns = m_smoke ? 1 : 21;
            FilterSpec companies;
            companies.companies = { QStringLiteral("c01"), QStringLiteral("c04"), QStringLiteral("c07") };
            const Stat a = measure(queryRuns, [&] { return filter.evaluate(companies).size(); });
            Row& ra = m_report.add(QStringLiteral("filter change: 3 companies"), sizeLabel(n), a, queryRuns);
            FilterSpec text;
            text.text = QStringLiteral("partner");
            const Stat first = measure(1, [&] { return filter.evaluate(text).size(); });
            m_report.add(QStringLiteral("first text search (builds the search index)"), sizeLabel(n), first, 1);
            const Stat b = measure(queryRuns, [&] { return filter.evaluate(text).size(); });
            Row& rb = m_report.add(QStringLiteral("filter change: text search"), sizeLabel(n), b, queryRuns);
            if (n == 1000000) {
                ra.judge(a.cpuMs <= 10, QStringLiteral("≤ 10 ms"));
                rb.judge(b.cpuMs <= 10, QStringLiteral("≤ 10 ms"));
            }
            // Other kinds of query, each over the whole dataset (the last one with 3 companies).
            const std::pair<QString, QString> queries[] = {
                { QStringLiteral("rare word"), QStringLiteral("123456") },
                { QStringLiteral("1 character"), QStringLiteral("a") },
                { QStringLiteral("2 characters"), QStringLiteral("ch") },
                { QStringLiteral("Chinese"), QStringLiteral("合作") },
                { QStringLiteral("accented, full-width"), QStringLiteral("ＲＥＬÉＡＳＥ") },
                { QStringLiteral("word + 3 companies"), QStringLiteral("partner") },
            };
            for (const auto& [kind, query] : queries) {
                FilterSpec q = kind.endsWith(QLatin1String("companies")) ? companies : FilterSpec {};
                q.text = query;
                const Stat c = measure(queryRuns, [&] { return countVisible(filter.evaluate(q)); });
                Row& rc = m_report.add(QStringLiteral("text search: %1 (\"%2\")").arg(kind, query), sizeLabel(n), c, queryRuns);
                if (n == 1000000)
                    rc.judge(c.cpuMs <= 10, QStringLiteral("≤ 10 ms"));
            }
        }
    }

    void timeline()
    {
        double frame1k = 0;
        for (int n : sizes()) {
            QImage image(FULL_HD, QImage::Format_ARGB32_Premultiplied);
            TimelinePainter tp;
            tp.setDataset(generateSyntheticEvents(n));
            tp.setToday(TODAY);
            auto paint = [&] {
                QPainter p(&image);
                tp.paint(p, QRectF(QPointF(0, 0), FULL_HD));
                return tp.frame().lanes.size();
            };
            paint(); // warm caches as a shown window would have
            const TimeRange all = tp.dataExtent();
            int k = 0;
            // A frame after a change: the range moves by 1 ms back and forth (invalidates the layout).
            const Stat full = measure(runs(n, 31), [&] {
                ++k;
                tp.setVisibleRange(TimeRange { all.start + (k & 1), all.end + (k & 1) });
                return paint();
            });
            Row& rf = m_report.add(QStringLiteral("timeline layout + frame, full zoom-out"), sizeLabel(n), full, runs(n, 31));
            if (n == 1000)
                frame1k = full.cpuMs;
            tp.setVisibleRange(WEEK);
            paint();
            const Stat week = measure(runs(n, 31), [&] {
                ++k;
                tp.setVisibleRange(TimeRange { WEEK.start + (k & 1), WEEK.end + (k & 1) });
                return paint();
            });
            Row& rw = m_report.add(QStringLiteral("timeline layout + frame, one-week window"), sizeLabel(n), week, runs(n, 31));
            const Stat zoom = measure(runs(n, 31), [&] {
                tp.setVisibleRange(tp.scale().zoomed((++k & 1) ? 1.25 : 0.8, 900).range);
                return paint();
            });
            Row& rz = m_report.add(QStringLiteral("zoom step (×1.25 at the cursor) + frame"), sizeLabel(n), zoom, runs(n, 31));
            // Hover over a laid-out detailed frame (a month at 1k, six hours beyond), where marks
            // are drawn one by one and the lookup has real candidates.
            const TimeMs day = daysFromCivil(2024, 3, 4) * MS_PER_DAY;
            tp.setVisibleRange(n <= 1000 ? TimeRange { daysFromCivil(2024, 3, 1) * MS_PER_DAY, daysFromCivil(2024, 4, 1) * MS_PER_DAY }
                                         : TimeRange { day, day + 6 * 3600000LL });
            paint();
            std::vector<QPointF> points;
            for (int y = 70; y < 1080; y += 37)
                for (int x = 200; x < 1920; x += 53)
                    points.emplace_back(x, y);
            size_t p = 0;
            // 1,000 lookups per sample: one lookup is below the clock's useful resolution.
            const Stat hit = measure(runs(n, 21), [&] {
                int sum = 0;
                for (int i = 0; i < 1000; ++i)
                    sum += tp.eventAt(points[p++ % points.size()]).value_or(-1);
                return sum;
            });
            Row& rh = m_report.add(QStringLiteral("hover hit test, TimelinePainter::eventAt (per lookup)"), sizeLabel(n),
                Stat { hit.wallMs / 1000, hit.cpuMs / 1000 }, runs(n, 21));
            rh.unit = Row::Micro;
            rh.judge(hit.cpuMs / 1000 <= 0.05, QStringLiteral("≤ 50 µs"));
            if (n == 1000000) {
                rf.judge(full.cpuMs <= 8, QStringLiteral("≤ 8 ms"));
                rw.judge(week.cpuMs <= 8, QStringLiteral("≤ 8 ms"));
                rz.judge(zoom.cpuMs <= 8, QStringLiteral("≤ 8 ms"));
                const double ratio = full.cpuMs / std::max(frame1k, 1e-6);
                Row& r = m_report.addValue(QStringLiteral("frame(1M) / frame(1k), full zoom-out, CPU"), QStringLiteral("1M/1k"),
                    QStringLiteral("%1×").arg(ratio, 0, 'f', 2));
                r.judge(ratio <= 3, QStringLiteral("≤ 3×"));
            }
        }
    }

    /// Six dense series of n points into a 1920×1080 PNG in memory, decimated (the product's
    /// path) and, at 1M only, every point (ChartBuilder::Options{ false }). The PNG is written as
    /// exports write it (Png::writeOpaque). The chart form of the points (PlotPoints with its
    /// min/max pyramid) is made once per dataset snapshot; its cost is a row of its own, and the
    /// export rows are measured with it made, as every chart after the first one is.
    void charts()
    {
        for (int n : sizes()) {
            ChartRequest request;
            request.dataset = denseSeries(6, n);
            request.group = QStringLiteral("dense");
            request.pixelSize = FULL_HD;
            const QList<const Series*> lines = ChartBuilder::shownSeries(request);
            const Stat prepare = measure(runs(n, 7), [&] {
                qsizetype made = 0;
                for (const Series* s : lines)
                    made += makePlotPoints(*s, PlotAnchor::PeriodMiddle, false)->measured.size();
                return made;
            });
            m_report.add(QStringLiteral("chart plot points + min/max pyramid, 6 series (once per dataset)"), sizeLabel(n), prepare,
                runs(n, 7));
            for (const Series* s : lines) // what the first chart of the snapshot does
                cachedPlotPoints(*request.dataset, *s, PlotAnchor::PeriodMiddle, false);
            auto toPng = [&](ChartBuilder::Options options) {
                QByteArray png;
                QBuffer buffer(&png);
                buffer.open(QIODevice::WriteOnly);
                Png::writeOpaque(ChartRenderer::renderImage(request, 1.0, options), &buffer);
                return png.size();
            };
            const Stat dec = measure(runs(n, 7), [&] { return toPng(ChartBuilder::Options { true }); });
            m_report.add(QStringLiteral("chart 6 series → PNG, decimated"), sizeLabel(n), dec, runs(n, 7));
            if (n == 1000000) {
                const Stat every = measure(1, [&] { return toPng(ChartBuilder::Options { false }); });
                m_report.add(QStringLiteral("chart 6 series → PNG, every point (Qt Charts)"), sizeLabel(n), every, 1);
                const double ratio = every.cpuMs / std::max(dec.cpuMs, 1e-6);
                Row& r = m_report.addValue(QStringLiteral("chart speed-up, every point / decimated, CPU"), sizeLabel(n),
                    QStringLiteral("%1×").arg(ratio, 0, 'f', 1));
                r.judge(ratio >= 50, QStringLiteral("≥ 50×"));
                const double first = every.cpuMs / std::max(dec.cpuMs + prepare.cpuMs, 1e-6);
                m_report.addValue(QStringLiteral("chart speed-up, first chart of the dataset (plot points included), CPU"),
                    sizeLabel(n), QStringLiteral("%1×").arg(first, 0, 'f', 1));
            }
        }
    }

    void exports()
    {
        for (int n : sizes()) {
            RenderInput input;
            input.dataset = generateSyntheticEvents(n);
            input.range = TimeRange { SYNTHETIC_START_MS, SYNTHETIC_END_MS };
            input.today = TODAY;
            for (const QString& suffix : { QStringLiteral("png"), QStringLiteral("svg") }) {
                ExportOptions options;
                options.size = FULL_HD;
                const QString path = m_dir.filePath(QStringLiteral("timeline-%1.%2").arg(n).arg(suffix));
                bool ok = true;
                const Stat s = measure(runs(n, 7), [&] {
                    ExportRenderer renderer(input, options);
                    QString error;
                    ok = ok && renderer.prepare(&error) && renderer.write(path, &error);
                    return ok;
                });
                Row& r = m_report.add(QStringLiteral("export timeline 1920×1080 → %1").arg(suffix.toUpper()), sizeLabel(n), s, runs(n, 7));
                if (!ok)
                    r.note = QStringLiteral("FAILED");
            }
        }
    }

    bool startup()
    {
        const int count = m_smoke ? 1 : 7;
        std::vector<double> wall, cpu;
        double peak = 0;
        for (int i = 0; i < count; ++i) {
            const QJsonObject r = runChild({ QStringLiteral("startup") });
            if (!r.value(QStringLiteral("ok")).toBool())
                return false;
            wall.push_back(r.value(QStringLiteral("wall")).toDouble());
            cpu.push_back(r.value(QStringLiteral("cpu")).toDouble());
            peak = r.value(QStringLiteral("peak")).toDouble();
        }
        const Stat s { medianOf(wall), medianOf(cpu) };
        Row& r = m_report.add(QStringLiteral("start-up to first painted frame (embedded dataset)"), QStringLiteral("process"), s, count);
        r.peakBytes = qint64(peak);
        r.judge(s.cpuMs <= 400, QStringLiteral("≤ 400 ms"));
        return true;
    }

    bool valid() const { return m_dir.isValid(); }

private:
    bool m_smoke;
    Report& m_report;
    QString m_inputs;
    QTemporaryDir m_dir;
};

} // namespace

int main(int argc, char** argv)
{
    const ProcessClock sinceMain;
    if (argc >= 3 && std::strcmp(argv[1], "--child") == 0) {
        if (std::strcmp(argv[2], "startup") == 0)
            return childStartup(argc, argv, sinceMain);
        if (std::strcmp(argv[2], "load") == 0 && argc == 5) {
            QCoreApplication app(argc, argv);
            registerBuiltinReaders(); // as the application does at start
            return childLoad(QString::fromLocal8Bit(argv[3]), std::max(1, std::atoi(argv[4])));
        }
        std::fprintf(stderr, "chronoscope_perf: unknown child case\n");
        return 2;
    }
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    registerBuiltinReaders();
    const QStringList args = QCoreApplication::arguments();
    const bool smoke = args.contains(QStringLiteral("--smoke"));
    const bool writeDocs = args.contains(QStringLiteral("--write-docs"));
    const int docsAt = int(args.indexOf(QStringLiteral("--docs")));
    const QString docs = docsAt > 0 && docsAt + 1 < args.size() ? args[docsAt + 1] : QStringLiteral(CHRONOSCOPE_SOURCE_DIR "/docs/performance.md");
    const int onlyAt = int(args.indexOf(QStringLiteral("--only")));
    const QStringList only = onlyAt > 0 && onlyAt + 1 < args.size() ? args[onlyAt + 1].split(u',', Qt::SkipEmptyParts) : QStringList();
    const QStringList sections { QStringLiteral("load"), QStringLiteral("filter"), QStringLiteral("timeline"), QStringLiteral("charts"),
        QStringLiteral("exports"), QStringLiteral("startup") };
    for (const QString& s : only) {
        if (!sections.contains(s)) {
            std::fprintf(stderr, "chronoscope_perf: unknown section \"%s\" (sections: %s)\n", qPrintable(s), qPrintable(sections.join(u',')));
            return 2;
        }
    }
    if (writeDocs && !only.isEmpty()) {
        std::fprintf(stderr, "chronoscope_perf: --write-docs needs the whole suite, not --only\n");
        return 2;
    }
    const int inputsAt = int(args.indexOf(QStringLiteral("--inputs")));
    const QString inputs = inputsAt > 0 && inputsAt + 1 < args.size() ? args[inputsAt + 1] : QString();
    if (!inputs.isEmpty() && !QDir().mkpath(inputs)) {
        std::fprintf(stderr, "chronoscope_perf: cannot create %s\n", qPrintable(inputs));
        return 1;
    }
    const auto wanted = [&only](const char* section) { return only.isEmpty() || only.contains(QLatin1String(section)); };


    Report report(MachineInfo::current());
    Suite suite(smoke, report, inputs);
    if (!suite.valid())
        return 1;
    bool ok = true;
    if (wanted("load"))
        ok = suite.loads();
    if (wanted("filter"))
        suite.filter();
    if (wanted("timeline"))
        suite.timeline();
    if (wanted("charts"))
        suite.charts();
    if (wanted("exports"))
        suite.exports();
    if (wanted("startup"))
        ok = suite.startup() && ok;
    report.finish();

    const QString table = report.markdown(args.mid(1).join(u' '), smoke);
    std::printf("%s\n", table.toUtf8().constData());
    if (writeDocs && !smoke) {
        QString error;
        if (!replaceGeneratedSection(docs, table, &error)) {
            std::fprintf(stderr, "chronoscope_perf: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("Updated %s\n", qPrintable(docs));
    }
    return ok && !report.hasFailures() ? 0 : 1;
}
