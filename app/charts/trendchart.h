// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/charts/chartrequest.h"
#include "core/lod/plotpoints.h"

#include <QtCharts/QChart>
#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QPointF>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QCategoryAxis;
class QXYSeries;
QT_END_NAMESPACE

namespace chrono::ui {

class EventMarkerItem;

/// What lies under the mouse: one data point of one series.
struct ChartHover {
    QString seriesId;
    int pointIndex = -1; ///< index into the Series' points
    QPointF position; ///< chart coordinates of the drawn point
};

/**
 * @brief A built chart: the QChart plus what is needed to keep it right when the visible
 * range or the size changes (the undecimated points of every line) and to answer hover
 * and hit questions. Made by ChartBuilder.
 *
 * The QChart belongs to whoever shows it (a QChartView or a QGraphicsScene); a chart that
 * was never handed over is deleted with this object.
 */
class TrendChart : public QObject {
    Q_OBJECT
public:
    ~TrendChart() override;

    QChart* chart() const { return m_chart; }
    const ChartRequest& request() const { return m_request; }
    EventMarkerItem* markers() const { return m_markers; }
    /// Time axis: ms since the epoch, labelled at calendar boundaries (see calendarTicks()).
    QCategoryAxis* timeAxis() const { return m_timeAxis; }
    QAbstractAxis* valueAxis() const { return m_valueAxis; }

    TimeRange visibleRange() const { return m_range; }
    /// Shows `range`: re-decimates every line through core (replace(), never append) and
    /// autoscales the value axis over what is visible.
    void setVisibleRange(const TimeRange& range);
    /// Re-decimates for a new plot width in pixels.
    void setPixelWidth(int width);
    /**
     * @brief Empties the lines (axes, legend and everything else stay) until resumeLines().
     * Laying a chart out changes its plot area, and Qt Charts re-strokes every line's path on
     * each such change; an export lays out with empty lines and fills them once.
     */
    void suspendLines();
    /// Fills the lines again, decimated again if `pixelWidth` is wider than decimated for.
    void resumeLines(int pixelWidth);
    void setSelectedEvent(int eventIndex);
    void setCursorTime(std::optional<TimeMs> ms);
    void setSeriesHidden(const QString& seriesId, bool hidden);

    /// Series ids drawn, in legend order.
    QStringList seriesIds() const;
    /// Qt series that draw a data series (segments, claims, markers, area bands).
    QList<QAbstractSeries*> qtSeries(const QString& seriesId) const;
    /// Data series id a Qt series belongs to; empty for the remainder band.
    QString seriesIdOf(const QAbstractSeries* series) const;
    /// Total number of points currently handed to Qt Charts.
    qsizetype drawnPointCount() const;

    int eventAt(const QPointF& chartPos) const;
    std::optional<TimeMs> timeAt(const QPointF& chartPos) const;
    /// Nearest data point within `maxDistance` pixels of `chartPos`.
    std::optional<ChartHover> hoverAt(const QPointF& chartPos, qreal maxDistance = 24) const;
    /// Tooltip text for a hover: series, value with unit, date at its precision, source, claim note.
    QString hoverText(const ChartHover& hover) const;

    /// A note the chart has to state (e.g. a growth base without data); empty when none.
    QString note() const { return m_note; }

private:
    friend class ChartBuilder;
    friend class ChartBuilderPrivate;
    explicit TrendChart(const ChartRequest& request);

    struct Line {
        QXYSeries* series = nullptr; ///< receives the decimated points
        QList<QPointF> points; ///< chart coordinates; shared with the dataset's PlotPoints, not copied
        qsizetype begin = 0; ///< this line's segment of `points`: [begin, end)
        qsizetype end = 0;
        /// Set when `points` is plot->measured unchanged: decimation then uses its pyramid.
        std::shared_ptr<const PlotPoints> plot;
        QList<QPointF> drawn; ///< what the series shows for the current range and width (shared with it)
        qsizetype size() const { return end - begin; }
        const QPointF* data() const { return points.constData() + begin; }
    };
    /// Data points a series exposes to hover, in chart coordinates.
    struct HoverLine {
        QString seriesId;
        QAbstractSeries* attach = nullptr; ///< a series attached to both axes (for mapping)
        QList<QPointF> points;
        QList<int> dataIndex; ///< index into the Series' points; empty = the identity (all points shown)
    };

    void rescaleValueAxis();
    void fillLines();
    void updateTimeTicks();

    ChartRequest m_request;
    QPointer<QChart> m_chart;
    QCategoryAxis* m_timeAxis = nullptr;
    QAbstractAxis* m_valueAxis = nullptr;
    EventMarkerItem* m_markers = nullptr;
    TimeRange m_range;
    int m_pixelWidth = 0;
    bool m_decimate = true;
    bool m_suspended = false;
    bool m_stacked = false;
    bool m_includeZero = false;
    QList<Line> m_lines;
    QList<HoverLine> m_hoverLines;
    QHash<const QAbstractSeries*, QString> m_seriesIds;
    QSet<const QAbstractSeries*> m_inLegend; ///< series with a legend entry
    QStringList m_order;
    QString m_note;
};

} // namespace chrono::ui
