// SPDX-License-Identifier: GPL-3.0-or-later
// Zoom limits: zooming out stops at the data's extent plus a margin and panning stays inside
// it, however the steps are anchored (a wheel zoom at the cursor moves the centre each step).
#include "app/mainwindow.h"
#include "app/state/documentstate.h"
#include "app/timeline/timelineview.h"

#include <QtCore/QDateTime>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

namespace {

/// Events every month from 2000 to 2026, like the 1M-event file of issue 23 but small.
DatasetPtr spanningDataset()
{
    DatasetBuilder b;
    b.addCompany({ QStringLiteral("c"), { QStringLiteral("C"), QString() }, QString() });
    int n = 0;
    for (int y = 2000; y <= 2026; ++y) {
        for (int m = 1; m <= 12; ++m) {
            Event e;
            e.id = QStringLiteral("e%1").arg(n++);
            e.start = Date::fromYmd(y, m, 1);
            e.company = QStringLiteral("c");
            e.title = { QStringLiteral("Event %1").arg(n), QString() };
            b.addEvent(e);
        }
    }
    return b.build();
}

TimeMs yearStart(int year)
{
    return Date::fromYmd(year, 1, 1).ms;
}

} // namespace

TEST_CASE("Zooming out stops at the data extent plus a margin", "[app][zoom]")
{
    DocumentState state;
    state.setDataset(spanningDataset());
    const TimeRange bounds = state.zoomBounds();
    const auto extent = state.dataset()->timeExtent();
    REQUIRE(extent);
    // The bounds hold the data and a margin of about a tenth of it, no more.
    const TimeMs span = extent->second - extent->first;
    CHECK(bounds.start < extent->first);
    CHECK(bounds.end > extent->second);
    CHECK(bounds.delta() <= span + span / 4);
    CHECK(state.visibleRange() == state.fullRange());

    // Zoom out ×1.25 anchored near the right edge, many times: no drift into the future.
    for (int i = 0; i < 60; ++i) {
        const TimeRange r = state.visibleRange();
        const TimeMs anchor = r.start + r.delta() * 9 / 10;
        state.setVisibleRange({ anchor - TimeMs(double(anchor - r.start) * 1.25), anchor + TimeMs(double(r.end - anchor) * 1.25) });
        CHECK(state.visibleRange().start >= bounds.start);
        CHECK(state.visibleRange().end <= bounds.end);
    }
    CHECK(state.visibleRange() == bounds);
    CHECK(state.visibleRange().end < yearStart(2030));
    CHECK(state.visibleRange().start > yearStart(1996));

    // Panning a narrow view far to the right stops at the edge, keeping its span.
    const TimeRange week { yearStart(2010), yearStart(2010) + 7 * MS_PER_DAY };
    state.setVisibleRange(week);
    CHECK(state.visibleRange() == week);
    state.setVisibleRange({ yearStart(2300), yearStart(2300) + 7 * MS_PER_DAY });
    CHECK(state.visibleRange().end == bounds.end);
    CHECK(state.visibleRange().delta() == 7 * MS_PER_DAY);
    state.setVisibleRange({ yearStart(1700), yearStart(1700) + 7 * MS_PER_DAY });
    CHECK(state.visibleRange().start == bounds.start);
}

TEST_CASE("A single dated event can still be seen in its year", "[app][zoom]")
{
    DatasetBuilder b;
    Event e;
    e.id = QStringLiteral("only");
    e.start = Date::fromYmd(2025, 6, 1);
    e.title = { QStringLiteral("Only"), QString() };
    b.addEvent(e);
    DocumentState state;
    state.setDataset(b.build());
    CHECK(state.zoomBounds().delta() >= 365 * MS_PER_DAY);
    state.setVisibleRange({ yearStart(2000), yearStart(2050) });
    CHECK(state.visibleRange() == state.zoomBounds());
    CHECK(state.visibleRange().contains(e.start.ms));
}

TEST_CASE("Wheel zoom out at the window's right edge stays on the data", "[app][zoom][window]")
{
    MainWindow window;
    window.resize(1280, 720);
    window.show();
    window.state()->setDataset(spanningDataset(), QString());
    QApplication::processEvents();
    TimelineView* view = window.timelineView();
    const QPointF at(view->width() - 10, view->height() / 2);
    for (int i = 0; i < 40; ++i) {
        QWheelEvent wheel(at, view->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
    }
    QApplication::processEvents();
    const TimeRange r = window.state()->visibleRange();
    CHECK(r == window.state()->zoomBounds());
    CHECK(r.end < yearStart(2030));
    CHECK(view->painter().visibleRange() == r);
}
