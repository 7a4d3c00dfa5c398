// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixture.h"

#include "app/charts/chartbuilder.h"
#include "app/charts/chartrenderer.h"
#include "app/charts/eventmarkeritem.h"
#include "app/charts/serieschartview.h"

#include <catch2/catch.hpp>

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QBuffer>
#include <QtCore/QDir>
#include <QtSvg/QSvgGenerator>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace chrono;
using namespace chrono::ui;

namespace {

ChartRequest requestFor(ChartKind kind, const DatasetPtr& d)
{
    ChartRequest r;
    r.dataset = d;
    r.kind = kind;
    r.group = kind == ChartKind::PriceStep ? QStringLiteral("api-price-input-usd") : QStringLiteral("similarweb-share");
    r.events.assign(size_t(d->eventCount()), 1);
    r.pixelSize = QSize(1200, 675);
    return r;
}

/// Saves the picture when CHRONOSCOPE_CHART_PNG_DIR is set (to look at it).
void keep(const QImage& image, const QString& name)
{
    const QString dir = qEnvironmentVariable("CHRONOSCOPE_CHART_PNG_DIR");
    if (!dir.isEmpty())
        image.save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

int pixelsNotColored(const QImage& image, QRgb color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] | 0xff000000u) != (color | 0xff000000u);
    }
    return n;
}

double differingFraction(const QImage& a, const QImage& b)
{
    REQUIRE(a.size() == b.size());
    qint64 n = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* la = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            const int d = std::abs(qRed(la[x]) - qRed(lb[x])) + std::abs(qGreen(la[x]) - qGreen(lb[x])) + std::abs(qBlue(la[x]) - qBlue(lb[x]));
            n += d > 96; // anti-aliasing shades differ a little; count real differences
        }
    }
    return double(n) / (double(a.width()) * a.height());
}

QList<QLineSeries*> lineSeries(const TrendChart& chart)
{
    QList<QLineSeries*> out;
    for (QAbstractSeries* s : chart.chart()->series())
        if (auto* line = qobject_cast<QLineSeries*>(s))
            out.append(line);
    return out;
}

} // namespace

TEST_CASE("Every chart kind renders at the requested size", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    const auto kind = GENERATE(ChartKind::Line, ChartKind::StackedArea, ChartKind::StackedAreaRelative, ChartKind::PriceStep, ChartKind::Growth);
    const auto lang = GENERATE(Language::English, Language::Chinese);
    ChartRequest r = requestFor(kind, d);
    r.lang = lang;
    const QString titles[] = { QStringLiteral("Gen-AI chatbot website visits, share (%)"), QStringLiteral("Share of visits, stacked"),
        QStringLiteral("Share among the lines shown"), QStringLiteral("API list price, input"), QStringLiteral("Growth of visit share") };
    r.title = titles[int(kind)];
    const QImage image = ChartRenderer::renderImage(r);
    keep(image, QStringLiteral("charts-") + chartKindName(kind) + (lang == Language::Chinese ? QStringLiteral("-zh") : QString()));
    CHECK(image.size() == QSize(1200, 675));
    // Not blank: a good part of the picture is drawn (lines, labels, axes).
    CHECK(pixelsNotColored(image, r.theme.background.rgb()) > 1200 * 675 / 50);
}

TEST_CASE("Rendering is deterministic", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    ChartRequest r = requestFor(ChartKind::Line, d);
    r.selectedEvent = d->eventIndex(u"r1");
    const QImage a = ChartRenderer::renderImage(r);
    const QImage b = ChartRenderer::renderImage(r);
    CHECK(a == b);
}

TEST_CASE("Claims are drawn apart, dashed and named as claims", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    const auto kind = GENERATE(ChartKind::Line, ChartKind::StackedArea);
    const auto chart = ChartBuilder::build(requestFor(kind, d));
    int dashedClaims = 0;
    for (QLineSeries* line : lineSeries(*chart)) {
        if (line->name().endsWith(QStringLiteral("(claim)"))) {
            CHECK(line->pen().style() == Qt::DashLine);
            ++dashedClaims;
        } else if (!line->name().isEmpty()) {
            CHECK(line->pen().style() == Qt::SolidLine);
        }
    }
    CHECK(dashedClaims == 1);
}

TEST_CASE("The company filter removes lines", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    ChartRequest r = requestFor(ChartKind::Line, d);
    CHECK(ChartBuilder::build(r)->seriesIds().contains(QStringLiteral("similarweb-share/deepseek")));
    r.filter.companies = { QStringLiteral("openai"), QStringLiteral("google") };
    const auto chart = ChartBuilder::build(r);
    CHECK(chart->seriesIds() == QStringList { QStringLiteral("similarweb-share/openai"), QStringLiteral("similarweb-share/google") });
    CHECK(chart->qtSeries(QStringLiteral("similarweb-share/deepseek-claim")).isEmpty());
}

TEST_CASE("Stacked shares show the unreported remainder", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    const auto chart = ChartBuilder::build(requestFor(ChartKind::StackedArea, d));
    QStringList areas;
    for (QAbstractSeries* s : chart->chart()->series())
        if (s->type() == QAbstractSeries::SeriesTypeArea)
            areas << s->name();
    CHECK(areas == QStringList { QStringLiteral("ChatGPT"), QStringLiteral("Gemini"), QStringLiteral("DeepSeek"), QStringLiteral("Other / not reported") });
    auto* axis = qobject_cast<QValueAxis*>(chart->valueAxis());
    REQUIRE(axis);
    CHECK(axis->max() >= 100);

    const auto relative = ChartBuilder::build(requestFor(ChartKind::StackedAreaRelative, d));
    for (QAbstractSeries* s : relative->chart()->series())
        CHECK(s->name() != QStringLiteral("Other / not reported"));
}

TEST_CASE("Growth is stated against the base date", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    ChartRequest r = requestFor(ChartKind::Growth, d);
    r.growthBase = Date::fromYmd(2025, 3, 20).ms; // last value at or before: March (mid-month)
    const auto chart = ChartBuilder::build(r);
    CHECK(chart->valueAxis()->titleText().contains(QStringLiteral("2025-03-20")));
    CHECK(chart->note().isEmpty());
    // The OpenAI line passes 0 % at its March point.
    bool zeroAtBase = false;
    for (QLineSeries* line : lineSeries(*chart))
        for (const QPointF& p : line->points())
            zeroAtBase = zeroAtBase || (p.x() == double(Date::fromYmd(2025, 3).midMs()) && std::abs(p.y()) < 1e-9);
    CHECK(zeroAtBase);

    r.growthBase.reset(); // default: the first data point, named at its precision
    CHECK(ChartBuilder::build(r)->valueAxis()->titleText() == QStringLiteral("Change since 2025-01 (%)"));

    r.growthBase = Date::fromYmd(2020, 1, 1).ms; // before any data: said, not invented
    CHECK_FALSE(ChartBuilder::build(r)->note().isEmpty());
}

TEST_CASE("Price steps hold until the next change and can use a log axis", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    ChartRequest r = requestFor(ChartKind::PriceStep, d);
    r.logScale = true;
    const auto chart = ChartBuilder::build(r);
    CHECK(chart->valueAxis()->type() == QAbstractAxis::AxisTypeLogValue);
    QLineSeries* o3 = nullptr;
    for (QAbstractSeries* s : chart->qtSeries(QStringLiteral("api-price-input-usd/o3")))
        if (auto* line = qobject_cast<QLineSeries*>(s); line && s->type() == QAbstractSeries::SeriesTypeLine)
            o3 = line;
    REQUIRE(o3);
    const QList<QPointF> pts = o3->points();
    REQUIRE(pts.size() >= 4);
    const double cut = double(Date::fromYmd(2025, 6, 10).ms);
    CHECK(pts[1] == QPointF(cut, 10)); // horizontal to the change, then down
    CHECK(pts[2] == QPointF(cut, 2));
    CHECK(pts.last().y() == 2); // still holds at the end
}

TEST_CASE("Event labels never collide and the selected one is always labelled", "[app][charts]")
{
    DatasetBuilder b(*test::chartDataset());
    for (int i = 0; i < 120; ++i)
        b.addEvent(test::chartEvent(QByteArray("many-" + QByteArray::number(i)).constData(),
            Date::fromMs(Date::fromYmd(2025, 1, 1).ms + i * 3 * MS_PER_DAY, DatePrecision::Day), "openai", "A crowded release name", 1 + i % 3));
    const DatasetPtr d = b.build();
    ChartRequest r = requestFor(ChartKind::Line, d);
    r.selectedEvent = d->eventIndex(u"many-77");
    auto chart = ChartBuilder::build(r);
    const QImage image = [&] {
        QImage img(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::white);
        QPainter p(&img);
        ChartRenderer::render(*chart, r.pixelSize, &p, QRectF(QPointF(0, 0), QSizeF(r.pixelSize)));
        return img;
    }();
    keep(image, QStringLiteral("charts-crowded"));
    const QList<QRectF> rects = chart->markers()->labelRects();
    REQUIRE(rects.size() > 3);
    CHECK(rects.size() < 126); // some had to be dropped
    for (int i = 0; i < rects.size(); ++i)
        for (int j = i + 1; j < rects.size(); ++j)
            CHECK_FALSE(rects[i].intersects(rects[j]));
    CHECK(chart->markers()->labelCenter(r.selectedEvent).has_value());
}

TEST_CASE("Clicking an event marker activates the event", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    SeriesChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1200, 675);
    view.show();
    view.setRequest(requestFor(ChartKind::Line, d));
    QCoreApplication::processEvents();
    const int r1 = d->eventIndex(u"r1");
    const auto pos = view.eventLabelPosition(r1);
    REQUIRE(pos);
    CHECK(view.eventAt(*pos) == r1);
    QSignalSpy spy(&view, &SeriesChartView::eventActivated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, *pos);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toInt() == r1);

    SECTION("wheel and drag ask for a new range; the view keeps its own until told")
    {
        QSignalSpy ranges(&view, &SeriesChartView::visibleRangeRequested);
        const TimeRange before = view.trendChart()->visibleRange();
        const QPoint middle(600, 330);
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, middle);
        QMouseEvent move(QEvent::MouseMove, QPointF(middle + QPoint(100, 0)), view.viewport()->mapToGlobal(QPointF(middle + QPoint(100, 0))),
            Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, middle + QPoint(100, 0));
        REQUIRE(ranges.count() >= 1);
        const auto panned = ranges.last().at(0).value<TimeRange>();
        CHECK(panned.delta() == before.delta());
        CHECK(panned.start < before.start);
        CHECK(view.trendChart()->visibleRange() == before);
        view.setVisibleRange(panned);
        CHECK(view.trendChart()->visibleRange() == panned);
    }
}

TEST_CASE("Hover tells value, unit, date, source and claim note", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    ChartRequest r = requestFor(ChartKind::Line, d);
    auto chart = ChartBuilder::build(r);
    QImage img(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&img);
    ChartRenderer::render(*chart, r.pixelSize, &p, QRectF(img.rect()));
    p.end();
    QAbstractSeries* claimLine = nullptr;
    for (QAbstractSeries* s : chart->qtSeries(QStringLiteral("similarweb-share/deepseek-claim")))
        if (s->type() == QAbstractSeries::SeriesTypeLine)
            claimLine = s;
    REQUIRE(claimLine);
    const QPointF at = chart->chart()->mapToPosition(QPointF(double(Date::fromYmd(2025, 1).midMs()), 50), claimLine);
    const auto hover = chart->hoverAt(at + QPointF(2, 1));
    REQUIRE(hover);
    CHECK(hover->seriesId == QStringLiteral("similarweb-share/deepseek-claim"));
    const QString text = chart->hoverText(*hover);
    CHECK(text.contains(QStringLiteral("50 %")));
    CHECK(text.contains(QStringLiteral("2025-01")));
    CHECK(text.contains(QString::fromUtf8("快科技")));
    CHECK(text.contains(QStringLiteral("never reached")));
}

TEST_CASE("Hidden lines keep their legend entry", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    ChartRequest r = requestFor(ChartKind::Line, d);
    r.hiddenSeries = { QStringLiteral("similarweb-share/openai") };
    const auto chart = ChartBuilder::build(r);
    for (QAbstractSeries* s : chart->qtSeries(QStringLiteral("similarweb-share/openai")))
        CHECK_FALSE(s->isVisible());
    // Without ChatGPT (78-87 %) the axis autoscale drops well below 80.
    CHECK(qobject_cast<QValueAxis*>(chart->valueAxis())->max() <= 60);
}

TEST_CASE("A decimated 100k-point line looks like the full one", "[app][charts]")
{
    const DatasetPtr d = test::denseDataset(1, 100000);
    ChartRequest r;
    r.dataset = d;
    r.group = QStringLiteral("dense");
    r.pixelSize = QSize(1200, 675);
    const QImage decimated = ChartRenderer::renderImage(r);
    const QImage full = ChartRenderer::renderImage(r, 1.0, ChartBuilder::Options { false });
    const auto chart = ChartBuilder::build(r);
    CHECK(chart->drawnPointCount() <= 1200 * 4 + 2);
    keep(decimated, QStringLiteral("charts-dense-decimated"));
    keep(full, QStringLiteral("charts-dense-full"));
    const double diff = differingFraction(decimated, full);
    INFO("differing pixels: " << diff * 100 << " %");
    CHECK(diff < 0.02);
}

TEST_CASE("Six decimated lines at 1920x1080 look like the full ones, whole and zoomed", "[app][charts]")
{
    // The benchmark's picture (docs/performance.md, Charts) at a fifth of its points: decimation
    // goes through the min/max pyramid of the dataset's cached plot points.
    const DatasetPtr d = test::denseDataset(6, 200000);
    ChartRequest r;
    r.dataset = d;
    r.group = QStringLiteral("dense");
    r.pixelSize = QSize(1920, 1080);
    const bool zoomed = GENERATE(false, true);
    if (zoomed) { // a window in the middle: the pyramid answers for sub-ranges
        const TimeRange all = ChartBuilder::dataExtent(r);
        r.visibleRange = { all.start + all.delta() * 2 / 5, all.start + all.delta() / 2 };
    }
    const QImage decimated = ChartRenderer::renderImage(r);
    const QImage full = ChartRenderer::renderImage(r, 1.0, ChartBuilder::Options { false });
    keep(decimated, zoomed ? QStringLiteral("charts-six-zoomed-decimated") : QStringLiteral("charts-six-decimated"));
    keep(full, zoomed ? QStringLiteral("charts-six-zoomed-full") : QStringLiteral("charts-six-full"));
    CHECK(ChartBuilder::build(r)->drawnPointCount() <= 6 * (1920 * 4 + 2));
    const double diff = differingFraction(decimated, full);
    INFO("differing pixels: " << diff * 100 << " %");
    CHECK(diff < 0.02);
}

TEST_CASE("The view reports legend toggles and the hovered time", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    SeriesChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(1000, 600);
    view.show();
    view.setRequest(requestFor(ChartKind::Line, d));
    QCoreApplication::processEvents();
    CHECK_FALSE(view.accessibleName().isEmpty());

    QSignalSpy toggled(&view, &SeriesChartView::seriesVisibilityToggled);
    const QString openai = QStringLiteral("similarweb-share/openai");
    QLegendMarker* marker = nullptr;
    for (QLegendMarker* m : view.chart()->legend()->markers())
        if (m->isVisible() && view.trendChart()->seriesIdOf(m->series()) == openai)
            marker = m;
    REQUIRE(marker);
    emit marker->clicked(); // what a click on the legend entry does
    REQUIRE(toggled.count() == 1);
    CHECK(toggled.at(0).at(0).toString() == openai);
    CHECK(toggled.at(0).at(1).toBool() == false);
    CHECK(view.request().hiddenSeries.contains(openai));
    CHECK(marker->isVisible()); // the entry stays so the line can come back

    QSignalSpy hovered(&view, &SeriesChartView::hoveredTimeChanged);
    const QRectF plot = view.chart()->plotArea();
    const QPointF at = view.mapFromScene(view.chart()->mapToScene(plot.center()));
    QMouseEvent move(QEvent::MouseMove, at, view.viewport()->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
    REQUIRE(hovered.count() >= 1);
    const TimeRange range = view.trendChart()->visibleRange();
    CHECK(std::abs(hovered.last().at(0).toLongLong() - range.center()) < range.delta() / 50);
}

TEST_CASE("A gap breaks the line into segments under one legend entry", "[app][charts]")
{
    DatasetBuilder b(*test::chartDataset());
    Series s;
    s.id = QStringLiteral("gappy");
    s.group = QStringLiteral("gappy");
    s.title.en = QStringLiteral("Monthly, with a pause");
    s.kind = SeriesKind::Count;
    for (int m : { 1, 2, 3, 4, 5, 11, 12 }) // June to October missing
        s.points.append({ Date::fromYmd(2025, m), double(m), {}, PointStatus::Measured, QString() });
    b.addSeries(s);
    ChartRequest r = requestFor(ChartKind::Line, b.build());
    r.group = QStringLiteral("gappy");
    const auto chart = ChartBuilder::build(r);
    int lines = 0, inLegend = 0;
    // Legend entries are laid out (and report visibility) once the chart is in a scene.
    QImage image(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    ChartRenderer::render(*chart, r.pixelSize, &painter, QRectF(image.rect()));
    painter.end();
    for (QAbstractSeries* q : chart->qtSeries(QStringLiteral("gappy")))
        if (q->type() == QAbstractSeries::SeriesTypeLine) {
            ++lines;
            for (QLegendMarker* m : chart->chart()->legend()->markers(q))
                inLegend += m->isVisible();
        }
    CHECK(lines == 2);
    CHECK(inLegend == 1);
}

TEST_CASE("Dark theme and SVG output", "[app][charts]")
{
    const DatasetPtr d = test::chartDataset();
    ChartRequest r = requestFor(ChartKind::Line, d);
    r.theme = Theme::dark();
    r.title = QStringLiteral("Dark theme");
    const QImage image = ChartRenderer::renderImage(r);
    keep(image, QStringLiteral("charts-line-dark"));
    CHECK(QColor(image.pixel(2, 2)) == r.theme.background);
    CHECK(pixelsNotColored(image, r.theme.background.rgb()) > 1200 * 675 / 50);

    QBuffer buffer;
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(r.pixelSize);
    svg.setViewBox(QRect(QPoint(0, 0), r.pixelSize));
    svg.setResolution(96); // TOOLCHAIN.md pitfall 4
    {
        QPainter p(&svg);
        ChartRenderer::render(r, &p, QRectF(QPointF(0, 0), QSizeF(r.pixelSize)));
    }
    const QByteArray text = buffer.data();
    CHECK(text.contains("<svg"));
    CHECK(text.contains("DeepSeek-R1 released")); // event labels are part of the export
}
