// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/overviewstrip.h"
#include "app/timeline/timelinepainter.h"
#include "app/timeline/timelineview.h"
#include "core/data/syntheticdata.h"

#include <catch2/catch.hpp>

#include <QtGui/QPainter>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

using namespace chrono;
using namespace chrono::ui;

namespace {

const TimeMs FIXED_TODAY = daysFromCivil(2025, 6, 1) * MS_PER_DAY;

int distinctColours(const QImage& img)
{
    QSet<QRgb> colours;
    for (int y = 0; y < img.height(); y += 3)
        for (int x = 0; x < img.width(); x += 3)
            colours.insert(img.pixel(x, y));
    return int(colours.size());
}

/// A view wired to itself: requests are applied at once, as the document would.
struct Harness {
    TimelineView view;
    explicit Harness(int events, QSize size = { 1200, 600 })
    {
        view.resize(size);
        view.setToday(FIXED_TODAY);
        view.setDataset(generateSyntheticEvents(events, 6, 2));
        QObject::connect(&view, &TimelineView::visibleRangeRequested, &view, &TimelineView::setVisibleRange);
    }
};

void dragTo(QWidget& w, QPoint from, QPoint to, Qt::KeyboardModifiers mods)
{
    QTest::mousePress(&w, Qt::LeftButton, mods, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(to), w.mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton, mods);
    QApplication::sendEvent(&w, &move);
    QTest::mouseRelease(&w, Qt::LeftButton, mods, to);
}

} // namespace

TEST_CASE("The painter renders a synthetic dataset into an image", "[app][timeline]")
{
    TimelinePainter painter;
    painter.setDataset(generateSyntheticEvents(2000, 8, 4));
    painter.setToday(FIXED_TODAY);
    QImage img(1200, 700, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::black);
    QPainter p(&img);
    painter.paint(p, QRectF(0, 0, 1200, 700));
    p.end();
    CHECK(distinctColours(img) > 20);
    CHECK(img.pixel(5, 5) != qRgb(0, 0, 0)); // background painted
    const TimelineFrame& f = painter.frame();
    CHECK(f.lanes.size() == 8);
    CHECK(f.visibleEvents > 0);
    CHECK(f.contentHeight > 0);
    CHECK(painter.scale().isValid());
}

TEST_CASE("Labels drawn by the painter never overlap", "[app][timeline]")
{
    TimelinePainter painter;
    painter.setDataset(generateSyntheticEvents(3000, 6, 8));
    painter.setVisibleRange({ SYNTHETIC_START_MS + 300 * MS_PER_DAY, SYNTHETIC_START_MS + 360 * MS_PER_DAY });
    const TimelineFrame& f = painter.layout(QRectF(0, 0, 1400, 800));
    int labels = 0;
    int itemLanes = 0;
    for (const LaneFrame& lane : f.lanes) {
        itemLanes += !lane.density;
        for (size_t a = 0; a < lane.labels.size(); ++a) {
            ++labels;
            const PlacedLabel& la = lane.labels[a];
            CHECK(la.x >= f.scale.x0);
            CHECK(la.x + la.width <= f.rect.right());
            for (size_t b = a + 1; b < lane.labels.size(); ++b) {
                const PlacedLabel& lb = lane.labels[b];
                if (la.row == lb.row)
                    REQUIRE((la.x + la.width <= lb.x || lb.x + lb.width <= la.x));
            }
            // Nor over another item's mark in the same row.
            for (const LayoutItem& it : lane.items) {
                if (it.row == la.row && it.event != la.id)
                    REQUIRE((la.x + la.width <= it.x0 || it.x1 <= la.x));
            }
        }
    }
    CHECK(itemLanes >= 4);
    CHECK(labels > 20);
}

TEST_CASE("Zoomed far out, many events are drawn as density", "[app][timeline]")
{
    TimelinePainter painter;
    painter.setDataset(generateSyntheticEvents(200000, 12, 1));
    const TimelineFrame& f = painter.layout(QRectF(0, 0, 1920, 1080));
    REQUIRE(f.lanes.size() == 12);
    qint64 binned = 0;
    for (const LaneFrame& lane : f.lanes) {
        CHECK(lane.density);
        for (const DensityBin& b : lane.bins)
            binned += b.count;
    }
    CHECK(binned == 200000);
}

TEST_CASE("Keys request new ranges", "[app][timeline]")
{
    Harness h(3000);
    TimelineView& view = h.view;
    QSignalSpy spy(&view, &TimelineView::visibleRangeRequested);
    const TimeRange start = view.visibleRange();

    QTest::keyClick(&view, Qt::Key_Plus);
    REQUIRE(spy.count() == 1);
    CHECK(view.visibleRange().delta() < start.delta());
    const TimeRange zoomed = view.visibleRange();
    QTest::keyClick(&view, Qt::Key_Right);
    CHECK(view.visibleRange().start > zoomed.start);
    QTest::keyClick(&view, Qt::Key_Left);
    QTest::keyClick(&view, Qt::Key_Left);
    CHECK(view.visibleRange().start < zoomed.start);
    QTest::keyClick(&view, Qt::Key_Minus);
    CHECK(view.visibleRange().delta() > zoomed.delta());
    QTest::keyClick(&view, Qt::Key_Home);
    CHECK(view.visibleRange().start == view.painter().dataExtent().start);
    QTest::keyClick(&view, Qt::Key_End);
    CHECK(view.visibleRange().end == view.painter().dataExtent().end);
    QTest::keyClick(&view, Qt::Key_F);
    CHECK(view.visibleRange() == view.painter().dataExtent());
    CHECK(spy.count() == 8);
}

TEST_CASE("Clicking an event's rectangle activates that event", "[app][timeline]")
{
    Harness h(400);
    TimelineView& view = h.view;
    view.setVisibleRange({ SYNTHETIC_START_MS + 100 * MS_PER_DAY, SYNTHETIC_START_MS + 220 * MS_PER_DAY });
    const TimelineFrame& f = view.painter().layout(QRectF(0, 0, view.width(), view.height()));
    const LayoutItem* item = nullptr;
    for (const LaneFrame& lane : f.lanes)
        if (!lane.items.empty() && !item)
            item = &lane.items.front();
    REQUIRE(item);
    const int event = item->event;
    const QRectF r = view.painter().eventRect(event);
    REQUIRE_FALSE(r.isEmpty());
    QSignalSpy spy(&view, &TimelineView::eventActivated);
    const QPoint centre(int((item->x0 + item->x1) / 2), int(r.center().y()));
    CHECK(view.painter().eventAt(centre) == event);
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, centre);
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toInt() == event);

    // Ctrl+Right selects the next event in time.
    view.setSelectedEvent(event);
    QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier);
    REQUIRE(spy.count() == 2);
    CHECK(spy.at(1).at(0).toInt() == event + 1);
}

TEST_CASE("Dragging pans and Shift+drag selects a range", "[app][timeline]")
{
    Harness h(1000);
    TimelineView& view = h.view;
    const TimeRange before = view.visibleRange();
    dragTo(view, QPoint(700, 300), QPoint(800, 300), Qt::NoModifier);
    CHECK(view.visibleRange().start < before.start);
    CHECK(view.visibleRange().delta() == before.delta());

    QSignalSpy selected(&view, &TimelineView::rangeSelected);
    dragTo(view, QPoint(400, 300), QPoint(600, 300), Qt::ShiftModifier);
    REQUIRE(selected.count() == 1);
    CHECK(view.visibleRange().delta() < before.delta() / 3);
}

TEST_CASE("Clicking a lane header collapses the lane", "[app][timeline]")
{
    Harness h(500);
    TimelineView& view = h.view;
    const TimelineFrame& f = view.painter().layout(QRectF(0, 0, view.width(), view.height()));
    REQUIRE_FALSE(f.lanes.empty());
    const double y = f.lanes.front().top + 8;
    QTest::mouseClick(&view, Qt::LeftButton, Qt::NoModifier, QPoint(40, int(y)));
    CHECK(view.painter().laneOptions().collapsed.size() == 1);
    CHECK(view.painter().layout(QRectF(0, 0, view.width(), view.height())).lanes.front().lane.collapsed);
}

TEST_CASE("The overview strip requests ranges when its window is dragged", "[app][timeline]")
{
    OverviewStrip strip;
    strip.resize(800, 36);
    strip.setDataset(generateSyntheticEvents(5000, 4, 3));
    const TimeRange window { SYNTHETIC_START_MS + 200 * MS_PER_DAY, SYNTHETIC_START_MS + 300 * MS_PER_DAY };
    strip.setVisibleRange(window);
    QSignalSpy spy(&strip, &OverviewStrip::visibleRangeRequested);
    const int x = int(strip.scale().toX(window.center()));
    dragTo(strip, QPoint(x, 18), QPoint(x + 50, 18), Qt::NoModifier);
    REQUIRE(spy.count() == 1);
    const auto r = spy.at(0).at(0).value<TimeRange>();
    CHECK(r.delta() == window.delta());
    CHECK(r.start > window.start);
    QImage img(800, 36, QImage::Format_ARGB32);
    strip.render(&img);
    CHECK(distinctColours(img) > 2);
}

TEST_CASE("Event text from the data is drawn literally and the view is accessible", "[app][timeline]")
{
    DatasetBuilder b;
    Event e;
    e.id = QStringLiteral("x");
    e.start = parseIsoDate(u"2025-01").date;
    e.title = { QStringLiteral("<b>not bold</b> & <script>"), QString() };
    e.company = QStringLiteral("c");
    b.addEvent(e);
    TimelineView view;
    view.resize(900, 300);
    view.setDataset(b.build());
    CHECK_FALSE(view.accessibleName().isEmpty());
    CHECK_FALSE(view.accessibleDescription().isEmpty());
    const TimelineFrame& f = view.painter().layout(QRectF(0, 0, 900, 300));
    REQUIRE(f.lanes.size() == 1);
    REQUIRE(f.lanes[0].items.size() == 1);
    CHECK(f.lanes[0].items[0].kind == ItemKind::Period); // a month, drawn as the whole month
    const double width = f.lanes[0].items[0].x1 - f.lanes[0].items[0].x0;
    CHECK(width == Approx(f.scale.toPixels(31 * MS_PER_DAY)).margin(0.5));
    QImage img(900, 300, QImage::Format_ARGB32);
    view.render(&img);
    CHECK(distinctColours(img) > 5);
}

TEST_CASE("Lanes that do not fit scroll under a fixed axis", "[app][timeline]")
{
    TimelineView view;
    view.resize(900, 260);
    view.setDataset(generateSyntheticEvents(3000, 20, 5));
    view.show(); // the scroll bar's visibility is only meaningful on a shown widget
    const TimelineFrame& f = view.painter().frame();
    REQUIRE(f.contentHeight > view.height() - f.lanesTop);
    CHECK(view.painter().verticalOffset() == 0);
    QTest::keyClick(&view, Qt::Key_Down);
    CHECK(view.painter().verticalOffset() > 0);
    // The first lane's header moved up with the scroll: a point in it now hits a later lane.
    const double offset = view.painter().verticalOffset();
    CHECK(view.painter().laneHeaderAt(QPointF(40, f.lanes[1].top - offset + 2)) == f.lanes[1].lane.key);
}
