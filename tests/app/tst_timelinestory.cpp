// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline and charts on the real embedded story (158 events, 27 lanes): what a published
// picture must get right — key events labelled first, labels clear of every mark, all lanes
// or an honest count of the missing ones, no today line unless asked for.
#include "../common/story.h"
#include "app/charts/chartbuilder.h"
#include "app/charts/chartrenderer.h"
#include "app/charts/eventmarkeritem.h"
#include "app/charts/trendchart.h"
#include "app/timeline/timelinepainter.h"
#include "core/io/embedded.h"

#include <catch2/catch.hpp>

#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtGui/QPainter>

using namespace chrono;
using namespace chrono::ui;

namespace {

DatasetPtr story()
{
    return chrono::test::embeddedStory();
}

TimeMs at(int y, int m, int d)
{
    return daysFromCivil(y, m, d) * MS_PER_DAY;
}

const PlacedLabel* labelOf(const TimelineFrame& f, int event)
{
    for (const LaneFrame& lane : f.lanes)
        for (const PlacedLabel& l : lane.labels)
            if (l.id == event)
                return &l;
    return nullptr;
}

/// Every label lies inside the time area, clear of other labels and of every other mark of its row.
void requireClearLabels(const TimelineFrame& f)
{
    for (const LaneFrame& lane : f.lanes) {
        for (size_t a = 0; a < lane.labels.size(); ++a) {
            const PlacedLabel& la = lane.labels[a];
            REQUIRE(la.x >= f.scale.x0);
            REQUIRE(la.x + la.width <= f.rect.right());
            for (size_t b = a + 1; b < lane.labels.size(); ++b) {
                const PlacedLabel& lb = lane.labels[b];
                if (la.row == lb.row)
                    REQUIRE((la.x + la.width <= lb.x || lb.x + lb.width <= la.x));
            }
            for (const LayoutItem& it : lane.items) {
                if (it.row == la.row && it.event != la.id)
                    REQUIRE((la.x + la.width <= it.x0 || it.x1 <= la.x));
            }
        }
    }
}

} // namespace

TEST_CASE("Zoomed out on the story, every lane shows and the key DeepSeek events are labelled", "[app][timeline][story]")
{
    REQUIRE(story());
    TimelinePainter painter;
    painter.setDataset(story());
    painter.setDropLanesThatDoNotFit(true);
    // The timeline part of a 1600x900 picture (title and footer take the rest).
    const TimelineFrame& f = painter.layout(QRectF(0, 0, 1600, 770));
    CHECK(f.compact);
    CHECK(f.hiddenLanes == 0);
    CHECK(f.lanes.size() == 26); // 27 companies, one without events
    for (const LaneFrame& lane : f.lanes)
        CHECK(lane.top + lane.height <= f.rect.bottom());
    const char* keyEvents[] = { "deepseek-v3", "deepseek-r1" };
    for (const char* id : keyEvents) {
        INFO(id);
        CHECK(labelOf(f, story()->eventIndex(QString::fromUtf8(id))) != nullptr);
    }
    // The busiest lane gets more than one row when there is room.
    CHECK(f.lanes.front().rowCount >= 3);
    requireClearLabels(f);
}

TEST_CASE("Labels never cover a mark on the story, zoomed out and in", "[app][timeline][story]")
{
    const auto range = GENERATE(TimeRange { 0, 0 }, TimeRange { at(2025, 1, 1), at(2025, 4, 1) },
        TimeRange { at(2025, 2, 20), at(2025, 3, 4) });
    TimelinePainter painter;
    painter.setDataset(story());
    if (!range.isEmpty())
        painter.setVisibleRange(range);
    requireClearLabels(painter.layout(QRectF(0, 0, 1400, 700)));
}

TEST_CASE("The selected event's label is placed first", "[app][timeline][story]")
{
    TimelinePainter painter;
    painter.setDataset(story());
    const QRectF rect(0, 0, 1600, 720);
    const TimelineFrame& before = painter.layout(rect);
    // An event that loses its label zoomed out (there is always one in the crowded DeepSeek lane).
    int unlabelled = -1;
    for (const LayoutItem& it : before.lanes.front().items)
        if (!labelOf(before, it.event))
            unlabelled = it.event;
    REQUIRE(unlabelled >= 0);
    painter.setSelectedEvent(unlabelled);
    CHECK(labelOf(painter.layout(rect), unlabelled) != nullptr);
    requireClearLabels(painter.frame());
}

TEST_CASE("A picture leaves out the lanes it cannot fit and counts them", "[app][timeline][story]")
{
    TimelinePainter painter;
    painter.setDataset(story());
    painter.setDropLanesThatDoNotFit(true);
    TimelinePainter window; // the window scrolls instead: nothing is left out there
    window.setDataset(story());
    const TimelineFrame& all = window.layout(QRectF(0, 0, 1600, 400));
    CHECK(all.hiddenLanes == 0);
    const TimelineFrame& f = painter.layout(QRectF(0, 0, 1600, 400));
    REQUIRE(f.hiddenLanes > 0);
    CHECK(f.lanes.size() + size_t(f.hiddenLanes) == all.lanes.size());
    for (const LaneFrame& lane : f.lanes)
        CHECK(lane.top + lane.height <= f.rect.bottom() - TimelineMetrics::HIDDEN_LANES_NOTE_HEIGHT);
}

TEST_CASE("Zoomed to days, a day event's mark is its dot, not its whole day", "[app][timeline][story]")
{
    TimelinePainter painter;
    painter.setDataset(story());
    painter.setVisibleRange({ at(2025, 2, 20), at(2025, 3, 4) });
    const TimelineFrame& f = painter.layout(QRectF(0, 0, 1600, 770));
    const int day1 = story()->eventIndex(u"osw-day1-flashmla");
    REQUIRE(day1 >= 0);
    bool found = false;
    for (const LaneFrame& lane : f.lanes) {
        for (const LayoutItem& it : lane.items) {
            if (it.event != day1)
                continue;
            found = true;
            CHECK(it.kind == ItemKind::Point);
            CHECK(it.x1 - it.x0 == Approx(MIN_MARK_PX));
            const PlacedLabel* label = labelOf(f, day1);
            REQUIRE(label);
            // Right next to the dot, not half a day away.
            CHECK(label->x == Approx(it.x1 + TimelineMetrics::LABEL_GAP));
        }
    }
    CHECK(found);
}

TEST_CASE("The painter draws no today line unless given a date", "[app][timeline][story]")
{
    auto render = [](std::optional<TimeMs> today) {
        TimelinePainter painter;
        painter.setDataset(story());
        painter.setToday(today);
        QImage img(1200, 600, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        painter.paint(p, QRectF(0, 0, 1200, 600));
        return img;
    };
    const TimelinePainter fresh;
    CHECK_FALSE(fresh.today().has_value());
    const QImage none = render(std::nullopt);
    CHECK(none == render(std::nullopt));
    CHECK(none != render(at(2025, 6, 1)));
}

TEST_CASE("A chart of many lines names companies in its legend and labels key events", "[app][charts][story]")
{
    ChartRequest r;
    r.dataset = story();
    r.group = QStringLiteral("api-price-input-usd");
    r.kind = ChartKind::PriceStep;
    r.logScale = true;
    r.pixelSize = QSize(1600, 800);
    r.events.assign(size_t(story()->eventCount()), 1);
    const auto chart = ChartBuilder::build(r);
    QImage img(r.pixelSize, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&img);
        ChartRenderer::render(*chart, r.pixelSize, &p, QRectF(QPointF(0, 0), QSizeF(r.pixelSize)));
    }
    int entries = 0;
    for (QLegendMarker* m : chart->chart()->legend()->markers())
        entries += m->isVisible();
    CHECK(entries >= 2);
    CHECK(entries <= 12);
    CHECK(chart->seriesIds().size() == story()->seriesGroup(r.group).size());

    r.group = QStringLiteral("similarweb-share");
    r.kind = ChartKind::Line;
    r.logScale = false;
    const auto share = ChartBuilder::build(r);
    // Rendered like an export, so the label band is laid out at the picture's size.
    img.fill(Qt::white);
    {
        QPainter p(&img);
        ChartRenderer::render(*share, r.pixelSize, &p, QRectF(QPointF(0, 0), QSizeF(r.pixelSize)));
    }
    const EventMarkerItem* markers = share->markers();
    REQUIRE(markers);
    CHECK(markers->labelledCount() > 5);
    CHECK(markers->labelCenter(story()->eventIndex(u"deepseek-v3")).has_value());
    CHECK(markers->labelCenter(story()->eventIndex(u"deepseek-r1")).has_value());
}
