// SPDX-License-Identifier: GPL-3.0-or-later
// Key events of the embedded story keep their labels in the exported whole-story charts: several
// importance-5 events (DeepSeek-V3, R1, o3, …) lie within weeks of each other and compete for
// the label rows.
#include "../common/story.h"
#include "app/charts/chartbuilder.h"
#include "app/charts/chartrenderer.h"
#include "app/charts/eventmarkeritem.h"
#include "app/charts/trendchart.h"
#include "app/render/exportrenderer.h"
#include "core/io/embedded.h"

#include <catch2/catch.hpp>

#include <QtGui/QPainter>

using namespace chrono;
using namespace chrono::ui;

namespace {

DatasetPtr story()
{
    return chrono::test::embeddedStory();
}

/// The chart of `chronoscope export --view chart:GROUP --size SIZE`, built and rendered as the
/// export does it, at the size the export gives the chart (the picture minus title and footer).
std::unique_ptr<TrendChart> exportedChart(const QString& group, QSize pictureSize, Language lang = Language::English)
{
    RenderInput input;
    input.dataset = story();
    input.mask.assign(size_t(story()->eventCount()), 1);
    input.chartGroup = group;
    input.language = lang;
    ExportOptions options;
    options.view = QStringLiteral("chart:") + group;
    options.size = pictureSize;
    ExportRenderer renderer(input, options);
    QString error;
    REQUIRE(renderer.prepare(&error));

    ChartRequest r;
    r.dataset = story();
    r.group = group;
    r.events = input.mask;
    r.lang = lang;
    r.pixelSize = renderer.viewRect().size().toSize();
    r.visibleRange = ChartBuilder::dataExtent(r);
    auto chart = ChartBuilder::build(r);
    QImage image(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    ChartRenderer::render(*chart, r.pixelSize, &p, QRectF(image.rect()));
    p.end();
    return chart;
}

/// No two labels overlap.
void requireNoCollisions(const EventMarkerItem& markers)
{
    const QList<QRectF> rects = markers.labelRects();
    for (qsizetype a = 0; a < rects.size(); ++a)
        for (qsizetype b = a + 1; b < rects.size(); ++b)
            REQUIRE_FALSE(rects[a].intersects(rects[b]));
}

} // namespace

TEST_CASE("DeepSeek-R1 is labelled in the usage-share chart export", "[app][charts][story]")
{
    const QSize size = GENERATE(QSize(1600, 900), QSize(1920, 1080)); // the default export size, full HD
    const Language lang = GENERATE(Language::English, Language::Chinese);
    INFO(size.width() << "x" << size.height() << (lang == Language::Chinese ? " zh" : " en"));
    const auto chart = exportedChart(QStringLiteral("similarweb-share"), size, lang);
    const EventMarkerItem* markers = chart->markers();
    REQUIRE(markers);
    CHECK(markers->labelCenter(story()->eventIndex(u"deepseek-r1")).has_value());
    CHECK(markers->labelCenter(story()->eventIndex(u"deepseek-v3")).has_value());
    requireNoCollisions(*markers);
}

TEST_CASE("Key events keep their labels in every whole-story chart", "[app][charts][story]")
{
    // Wherever it is in range, R1 is labelled: in the share, price and token charts alike, the
    // placement keeps the lines of pending key events free and shortens a key label before
    // dropping it.
    const QSize size = GENERATE(QSize(1600, 900), QSize(1200, 675));
    const int r1 = story()->eventIndex(u"deepseek-r1");
    for (const QString& group : story()->seriesGroups()) {
        ChartRequest probe;
        probe.dataset = story();
        probe.group = group;
        if (!ChartBuilder::dataExtent(probe).contains(story()->starts()[size_t(r1)]))
            continue;
        INFO(group.toStdString() << " at " << size.width() << "x" << size.height());
        const auto chart = exportedChart(group, size);
        CHECK(chart->markers()->labelCenter(r1).has_value());
        requireNoCollisions(*chart->markers());
    }
}
