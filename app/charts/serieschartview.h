// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/charts/chartrequest.h"
#include "app/charts/trendchart.h"

#include <QtCharts/QChartView>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QCheckBox;
QT_END_NAMESPACE

namespace chrono::ui {

/**
 * @brief The interactive trend chart. It shows a ChartRequest and reports what the user
 * asks for; the document state lives with the owner, who answers with the setters.
 *
 * - hover: tooltip (series, value and unit, date at its precision, source, claim note) and
 *   a cursor line; hoveredTimeChanged() / hoverLeft() feed the shared hover cursor;
 * - click on an event marker: eventActivated();
 * - wheel (zoom about the mouse) and drag (pan): visibleRangeRequested();
 * - click on a legend entry: the line is toggled and seriesVisibilityToggled() emitted;
 * - for price charts a "Log scale" check box: logScaleToggled().
 */
class SeriesChartView : public QChartView {
    Q_OBJECT
public:
    explicit SeriesChartView(QWidget* parent = nullptr);
    ~SeriesChartView() override;

    /// Rebuilds the chart. The request's pixelSize is replaced by the widget's size.
    void setRequest(const ChartRequest& request);
    const ChartRequest& request() const { return m_request; }
    TrendChart* trendChart() const { return m_trend.get(); }

    void setVisibleRange(const TimeRange& range);
    void setSelectedEvent(int eventIndex);
    void setHoveredTime(std::optional<TimeMs> ms);
    void setLogScale(bool on);

    /// Event index at a widget position, or -1 (what a click there activates).
    int eventAt(const QPoint& widgetPos) const;
    /// Widget position of an event's label, when it has one.
    std::optional<QPoint> eventLabelPosition(int eventIndex) const;

signals:
    void eventActivated(int eventIndex);
    void visibleRangeRequested(chrono::TimeRange range);
    void seriesVisibilityToggled(const QString& seriesId, bool visible);
    void hoveredTimeChanged(qint64 ms);
    void hoverLeft();
    void logScaleToggled(bool on);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QPointF toChart(const QPoint& widgetPos) const;
    QPoint fromChart(const QPointF& chartPos) const;
    void rebuild();
    void connectLegend();
    void placeLogToggle();

    ChartRequest m_request;
    std::unique_ptr<TrendChart> m_trend;
    QCheckBox* m_logToggle = nullptr;
    std::optional<QPoint> m_pressPos;
    TimeRange m_pressRange;
    bool m_dragging = false;
};

} // namespace chrono::ui
