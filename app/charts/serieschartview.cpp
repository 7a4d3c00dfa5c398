// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/charts/serieschartview.h"

#include "app/charts/chartbuilder.h"
#include "app/charts/eventmarkeritem.h"

#include <QtCharts/QChart>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtGui/QMouseEvent>
#include <QtGui/QWheelEvent>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QToolTip>

#include <cmath>

namespace chrono::ui {

namespace {

constexpr int DRAG_THRESHOLD = 4; ///< pixels a press may move and still be a click
constexpr double WHEEL_ZOOM = 0.8; ///< range factor per wheel notch
constexpr TimeMs MIN_SPAN = MS_PER_DAY;

} // namespace

SeriesChartView::SeriesChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing, true);
    setRubberBand(QChartView::NoRubberBand);
    setMouseTracking(true);
    setMinimumSize(320, 200);
    setAccessibleName(tr("Trend chart"));
    m_logToggle = new QCheckBox(tr("Log scale"), this);
    m_logToggle->setAccessibleName(tr("Logarithmic value axis"));
    m_logToggle->hide();
    connect(m_logToggle, &QCheckBox::toggled, this, [this](bool on) {
        if (on == m_request.logScale)
            return;
        setLogScale(on);
        emit logScaleToggled(on);
    });
}

SeriesChartView::~SeriesChartView()
{
    // The view owns the chart it shows; TrendChart must not outlive it pointing at nothing.
    m_trend.reset();
}

void SeriesChartView::setRequest(const ChartRequest& request)
{
    m_request = request;
    rebuild();
}

void SeriesChartView::rebuild()
{
    m_request.pixelSize = size();
    QChart* old = chart();
    m_trend = ChartBuilder::build(m_request);
    setChart(m_trend->chart()); // the view (its scene) now owns the new chart
    delete old;
    connect(m_trend->chart(), &QChart::plotAreaChanged, this, [this](const QRectF& plot) {
        if (m_trend)
            m_trend->setPixelWidth(int(plot.width()));
    });
    connectLegend();

    bool prices = m_request.kind == ChartKind::PriceStep;
    if (!prices && m_request.kind == ChartKind::Line)
        for (const Series* s : ChartBuilder::shownSeries(m_request))
            prices = prices || s->kind == SeriesKind::Price;
    m_logToggle->setVisible(prices);
    m_logToggle->setChecked(m_request.logScale);
    placeLogToggle();

    const QString group = m_request.group;
    setAccessibleDescription(tr("%1 chart of %2").arg(chartKindName(m_request.kind), group));
}

void SeriesChartView::connectLegend()
{
    for (QLegendMarker* marker : m_trend->chart()->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            const QString id = m_trend->seriesIdOf(marker->series());
            if (id.isEmpty())
                return; // the remainder band is not a line one can hide
            const bool hide = !m_request.hiddenSeries.contains(id);
            if (hide)
                m_request.hiddenSeries.insert(id);
            else
                m_request.hiddenSeries.remove(id);
            m_trend->setSeriesHidden(id, hide);
            emit seriesVisibilityToggled(id, !hide);
        });
    }
}

void SeriesChartView::placeLogToggle()
{
    m_logToggle->adjustSize();
    m_logToggle->move(width() - m_logToggle->width() - 12, 6);
}

void SeriesChartView::setVisibleRange(const TimeRange& range)
{
    m_request.visibleRange = range;
    if (m_trend)
        m_trend->setVisibleRange(range.isEmpty() ? ChartBuilder::dataExtent(m_request) : range);
}

void SeriesChartView::setSelectedEvent(int eventIndex)
{
    m_request.selectedEvent = eventIndex;
    if (m_trend)
        m_trend->setSelectedEvent(eventIndex);
}

void SeriesChartView::setHoveredTime(std::optional<TimeMs> ms)
{
    if (m_trend)
        m_trend->setCursorTime(ms);
}

void SeriesChartView::setLogScale(bool on)
{
    if (on == m_request.logScale)
        return;
    m_request.logScale = on;
    if (m_trend)
        m_request.visibleRange = m_trend->visibleRange();
    rebuild();
}

QPointF SeriesChartView::toChart(const QPoint& widgetPos) const
{
    return chart() ? chart()->mapFromScene(mapToScene(widgetPos)) : QPointF();
}

QPoint SeriesChartView::fromChart(const QPointF& chartPos) const
{
    return chart() ? mapFromScene(chart()->mapToScene(chartPos)) : QPoint();
}

int SeriesChartView::eventAt(const QPoint& widgetPos) const
{
    return m_trend ? m_trend->eventAt(toChart(widgetPos)) : -1;
}

std::optional<QPoint> SeriesChartView::eventLabelPosition(int eventIndex) const
{
    if (!m_trend || !m_trend->markers())
        return std::nullopt;
    const auto c = m_trend->markers()->labelCenter(eventIndex);
    if (!c)
        return std::nullopt;
    return fromChart(*c);
}

void SeriesChartView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_trend && chart()->plotArea().adjusted(0, -200, 0, 0).contains(toChart(event->pos()))) {
        m_pressPos = event->pos();
        m_pressRange = m_trend->visibleRange();
        m_dragging = false;
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event); // legend clicks
}

void SeriesChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_trend) {
        QChartView::mouseMoveEvent(event);
        return;
    }
    if (m_pressPos && (event->buttons() & Qt::LeftButton)) {
        const QPoint delta = event->pos() - *m_pressPos;
        if (m_dragging || delta.manhattanLength() > DRAG_THRESHOLD) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
            const qreal width = std::max<qreal>(1, chart()->plotArea().width());
            const auto shift = TimeMs(double(m_pressRange.delta()) * delta.x() / width);
            emit visibleRangeRequested({ m_pressRange.start - shift, m_pressRange.end - shift });
        }
        return;
    }

    const QPointF pos = toChart(event->pos());
    const auto time = m_trend->timeAt(pos);
    m_trend->setCursorTime(time);
    if (time)
        emit hoveredTimeChanged(*time);
    else
        emit hoverLeft();

    if (const auto hover = m_trend->hoverAt(pos)) {
        QToolTip::showText(event->globalPosition().toPoint(), m_trend->hoverText(*hover), this);
    } else if (const int e = m_trend->eventAt(pos); e >= 0) {
        const Dataset& d = *m_request.dataset;
        QToolTip::showText(event->globalPosition().toPoint(),
            d.title(e, m_request.lang).toString() + QLatin1Char('\n') + d.event(e).start.toString(), this);
    } else {
        QToolTip::hideText();
    }
    setCursor(m_trend->eventAt(pos) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QChartView::mouseMoveEvent(event);
}

void SeriesChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_pressPos && event->button() == Qt::LeftButton) {
        if (!m_dragging) {
            const int e = eventAt(event->pos());
            if (e >= 0)
                emit eventActivated(e);
        }
        m_pressPos.reset();
        m_dragging = false;
        unsetCursor();
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

void SeriesChartView::wheelEvent(QWheelEvent* event)
{
    if (!m_trend || event->angleDelta().y() == 0) {
        QChartView::wheelEvent(event);
        return;
    }
    const TimeRange r = m_trend->visibleRange();
    const QRectF plot = chart()->plotArea();
    const QPointF pos = toChart(event->position().toPoint());
    const double anchorFraction = plot.width() > 0 ? std::clamp((pos.x() - plot.left()) / plot.width(), 0.0, 1.0) : 0.5;
    const double factor = std::pow(WHEEL_ZOOM, event->angleDelta().y() / 120.0);
    const TimeMs span = std::max<TimeMs>(MIN_SPAN, TimeMs(double(r.delta()) * factor));
    const TimeMs anchor = r.start + TimeMs(double(r.delta()) * anchorFraction);
    const TimeMs start = anchor - TimeMs(double(span) * anchorFraction);
    emit visibleRangeRequested({ start, start + span });
    event->accept();
}

void SeriesChartView::leaveEvent(QEvent* event)
{
    if (m_trend)
        m_trend->setCursorTime(std::nullopt);
    QToolTip::hideText();
    emit hoverLeft();
    QChartView::leaveEvent(event);
}

void SeriesChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    m_request.pixelSize = size();
    placeLogToggle();
}

} // namespace chrono::ui
