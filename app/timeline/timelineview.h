// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/timeline/timelinepainter.h"

#include <QtWidgets/QWidget>

class QRubberBand;
class QScrollBar;

namespace chrono::ui {

/**
 * @brief The interactive lane timeline.
 *
 * The view does not own the document state: navigation emits visibleRangeRequested() and
 * clicks emit eventActivated(); whoever owns the state answers with setVisibleRange() /
 * setSelectedEvent(), so every view follows the same state. Lane collapsing is the view's
 * own presentation and changes at once.
 *
 * Mouse: wheel zooms at the cursor, Shift+wheel (or a horizontal wheel) pans, Alt+wheel
 * scrolls the lanes; drag pans; Shift+drag selects a time range and zooms to it; click
 * selects an event, or zooms into a density column; a click on a lane header collapses or
 * expands it. Keys: + / - zoom, Left / Right pan, Up / Down scroll lanes, Home / End go to
 * the data's start / end, Ctrl+Left / Ctrl+Right (also [ and ]) select the previous / next
 * event, F fits everything, Escape clears the selection.
 */
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    TimelinePainter& painter() { return m_painter; }
    const TimelinePainter& painter() const { return m_painter; }

    void setDataset(DatasetPtr dataset);
    void setMask(const EventMask& mask);
    void setLanguage(Language language);
    void setTheme(const Theme& theme);
    void setLaneOptions(const LaneOptions& options);
    /// The day the today line marks; nullopt (the default) follows the clock.
    void setToday(std::optional<TimeMs> today);
    TimeRange visibleRange() const { return m_painter.visibleRange(); }

    QSize sizeHint() const override { return { 1000, 520 }; }
    QSize minimumSizeHint() const override { return { 320, 160 }; }

public Q_SLOTS:
    void setVisibleRange(const chrono::TimeRange& range);
    void setSelectedEvent(int eventIndex);
    void setHoveredEvent(int eventIndex);
    /// Draws the shared hover cursor at `time` (set by the owner from another view's hover).
    void setCursorTime(std::optional<chrono::TimeMs> time);
    /// Asks for the whole data extent.
    void fitAll();
    /// Asks for a range `factor` times narrower (> 1) or wider (< 1) around x (widget px).
    void zoomBy(double factor, double anchorX);
    void zoomBy(double factor);
    /// Asks for the range moved by `dx` pixels (positive shows earlier times).
    void panBy(double dx);

Q_SIGNALS:
    void visibleRangeRequested(chrono::TimeRange range);
    void eventActivated(int eventIndex);
    void hoveredEventChanged(int eventIndex);
    /// The time under the mouse (nullopt when it leaves the time area): the shared hover cursor.
    void hoverTimeChanged(std::optional<chrono::TimeMs> time);
    void rangeSelected(chrono::TimeRange range);
    void laneOptionsChanged(const chrono::LaneOptions& options);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF timelineRect() const;
    void relayout();
    void updateHover(const QPointF& pos);
    void stepEvent(int direction);
    void requestRange(const TimeRange& range);
    QString toolTipFor(int eventIndex) const;

    TimelinePainter m_painter;
    std::optional<TimeMs> m_todayOverride;
    QScrollBar* m_vscroll = nullptr;
    QRubberBand* m_band = nullptr;
    enum class Drag { None, Pending, Pan, Select } m_drag = Drag::None;
    QPointF m_pressPos;
    TimeRange m_pressRange;
};

} // namespace chrono::ui
