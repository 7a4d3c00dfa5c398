// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/theme.h"
#include "core/data/dataset.h"
#include "core/filter/filterspec.h"

#include <QtCore/QPointer>
#include <QtWidgets/QGraphicsObject>

#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
class QCategoryAxis;
QT_END_NAMESPACE

namespace chrono::ui {

/**
 * @brief Event markers, the chart title, a reference line and the hover cursor, painted
 * as a child item of the QChart so that the widget and every export show the same thing.
 *
 * Labels sit in a band of rows reserved above the plot area (the chart's top margin). They
 * are placed by priority (selected event, then importance, then time); a label that would
 * collide with another label, or with the leader line of a label above it, is dropped, but
 * every marked event still gets a tick on the plot's top edge. Ranges are shaded spans.
 */
class EventMarkerItem : public QGraphicsObject {
    Q_OBJECT
public:
    EventMarkerItem(QChart* chart, QCategoryAxis* timeAxis, DatasetPtr dataset, const EventMask& mask, Language lang,
        const Theme& theme);

    /// Height in pixels the label band needs above the plot area (title included), for
    /// `rows` label rows (-1: the most it may use).
    qreal reservedHeight(int rows = -1) const;
    /// Label rows the last layout used (0 when no label was placed). Label x positions do not
    /// depend on the top margin, so a renderer may shrink the band to this and lay out again.
    int rowsUsed() const;
    void setTitle(const QString& title);
    /// A line of text the chart must state (e.g. lines left out), painted at the plot's top left.
    void setNote(const QString& note);
    void setSelectedEvent(int eventIndex);
    int selectedEvent() const { return m_selected; }
    void setCursorTime(std::optional<TimeMs> ms);
    /// A labelled vertical line, e.g. the base date of a growth chart.
    void setReferenceLine(std::optional<TimeMs> ms, const QString& label);

    /// Event whose label, line or span is at `pos` (chart coordinates), or -1.
    int eventAt(const QPointF& pos) const;
    /// Centre of the label of a labelled event (chart coordinates), for tests and keyboard focus.
    std::optional<QPointF> labelCenter(int eventIndex) const;
    /// Number of events that got a label in the last layout.
    int labelledCount() const;
    /// Label boxes of the last layout (chart coordinates), highest priority first.
    QList<QRectF> labelRects() const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    struct Candidate {
        int index;
        TimeMs start;
        TimeMs end; ///< exclusive
        bool range;
        int importance;
        QColor color;
    };
    struct Placed {
        int index;
        qreal x; ///< line position (point events) or span start
        qreal x2; ///< span end (ranges), == x for points
        QRectF label; ///< empty when the label was dropped
        qreal textWidth = 0; ///< the title is elided to this width (key events may get a shorter label)
        int row = -1;
    };

    qreal timeToX(TimeMs ms) const;
    void layout() const;

    QPointer<QChart> m_chart;
    QCategoryAxis* m_axis = nullptr;
    DatasetPtr m_dataset;
    Language m_lang;
    Theme m_theme;
    std::vector<Candidate> m_candidates; ///< sorted by start
    int m_selected = -1;
    QString m_title;
    QString m_note;
    std::optional<TimeMs> m_cursor;
    std::optional<TimeMs> m_reference;
    QString m_referenceLabel;
    int m_rows = 3; ///< label rows: three, so a key event next to another one's label and leader line keeps its own

    mutable std::vector<Placed> m_placed;
    mutable QRectF m_layoutPlot; ///< plot area and axis range the layout was made for
    mutable TimeMs m_layoutMin = 0, m_layoutMax = 0;
    mutable int m_layoutSelected = -2;
};

} // namespace chrono::ui
