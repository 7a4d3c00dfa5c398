// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/timelineview.h"

#include "core/data/dateformat.h"
#include "core/layout/hittest.h"

#include <QtCore/QDateTime>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtWidgets/QRubberBand>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QToolTip>

#include <cmath>

namespace chrono::ui {

namespace {
constexpr double WHEEL_ZOOM_BASE = 1.0015; ///< per 1/8 degree: one notch (120) zooms by ~1.2
constexpr double KEY_ZOOM = 1.5;
constexpr double KEY_PAN_FRACTION = 0.1; ///< of the time area width
constexpr double DRAG_THRESHOLD = 4;
constexpr double DENSITY_ZOOM = 12; ///< clicking a density column zooms in this much around it
} // namespace

TimelineView::TimelineView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events in lanes by company along a date axis. Wheel or + and - zoom, drag or arrow keys pan, "
                                "Ctrl+Left and Ctrl+Right step through events, F fits everything."));
    m_vscroll = new QScrollBar(Qt::Vertical, this);
    m_vscroll->hide();
    connect(m_vscroll, &QScrollBar::valueChanged, this, [this](int v) {
        m_painter.setVerticalOffset(v);
        update();
    });
    m_band = new QRubberBand(QRubberBand::Rectangle, this);
}

TimelineView::~TimelineView() = default;

void TimelineView::setDataset(DatasetPtr dataset)
{
    m_painter.setDataset(std::move(dataset));
    relayout();
}

void TimelineView::setMask(const EventMask& mask)
{
    m_painter.setMask(mask);
    relayout();
}

void TimelineView::setLanguage(Language language)
{
    m_painter.setLanguage(language);
    relayout();
}

void TimelineView::setTheme(const Theme& theme)
{
    m_painter.setTheme(theme);
    relayout();
}

void TimelineView::setLaneOptions(const LaneOptions& options)
{
    m_painter.setLaneOptions(options);
    relayout();
}

void TimelineView::setToday(std::optional<TimeMs> today)
{
    m_todayOverride = today;
    update();
}

void TimelineView::setVisibleRange(const TimeRange& range)
{
    m_painter.setVisibleRange(range);
    relayout();
}

void TimelineView::setSelectedEvent(int eventIndex)
{
    m_painter.setSelectedEvent(eventIndex);
    update();
}

void TimelineView::setHoveredEvent(int eventIndex)
{
    m_painter.setHoveredEvent(eventIndex);
    update();
}

QRectF TimelineView::timelineRect() const
{
    const double w = m_vscroll->isVisible() ? width() - m_vscroll->width() : width();
    return QRectF(0, 0, std::max(1.0, w), height());
}

void TimelineView::relayout()
{
    // Lay out with the full width first; a scroll bar takes its width only when needed.
    m_vscroll->hide();
    const TimelineFrame* f = &m_painter.layout(timelineRect());
    const double visible = height() - f->lanesTop;
    if (f->contentHeight > visible + 0.5) {
        m_vscroll->setGeometry(width() - m_vscroll->sizeHint().width(), int(f->lanesTop), m_vscroll->sizeHint().width(), int(visible));
        m_vscroll->show();
        f = &m_painter.layout(timelineRect());
        m_vscroll->setRange(0, int(std::ceil(f->contentHeight - visible)));
        m_vscroll->setPageStep(int(visible));
        m_vscroll->setSingleStep(int(TimelineMetrics::ROW_HEIGHT));
    } else {
        m_vscroll->setValue(0);
        m_painter.setVerticalOffset(0);
    }
    update();
}

void TimelineView::paintEvent(QPaintEvent*)
{
    // The window always marks today: the set date, or the clock's (the painter itself draws
    // no today line unless told, so pictures stay reproducible).
    m_painter.setToday(m_todayOverride ? *m_todayOverride : QDateTime::currentMSecsSinceEpoch());
    QPainter p(this);
    m_painter.paint(p, timelineRect());
}

void TimelineView::resizeEvent(QResizeEvent*)
{
    relayout();
}

void TimelineView::requestRange(const TimeRange& range)
{
    Q_EMIT visibleRangeRequested(clampSpan(range));
}

void TimelineView::zoomBy(double factor, double anchorX)
{
    requestRange(m_painter.layout(timelineRect()).scale.zoomed(factor, anchorX).range);
}

void TimelineView::zoomBy(double factor)
{
    const TimeScale s = m_painter.layout(timelineRect()).scale;
    zoomBy(factor, s.x0 + s.width / 2);
}

void TimelineView::panBy(double dx)
{
    requestRange(m_painter.layout(timelineRect()).scale.panned(dx).range);
}

void TimelineView::fitAll()
{
    const TimeRange extent = m_painter.dataExtent();
    if (!extent.isEmpty())
        requestRange(extent);
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    if (event->modifiers() & Qt::AltModifier) {
        // Qt reports Alt+wheel as horizontal on some platforms: take whichever axis moved.
        const int d = delta.y() != 0 ? delta.y() : delta.x();
        m_vscroll->setValue(m_vscroll->value() - d / 2);
    } else if ((event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panBy(d / 2.0);
    } else if (delta.y() != 0) {
        zoomBy(std::pow(WHEEL_ZOOM_BASE, delta.y()), event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    m_pressRange = m_painter.visibleRange();
    m_drag = (event->modifiers() & Qt::ShiftModifier) ? Drag::Select : Drag::Pending;
    if (m_drag == Drag::Select) {
        m_band->setGeometry(QRect(m_pressPos.toPoint(), QSize(1, height())).normalized());
        m_band->show();
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::Pending && std::abs(pos.x() - m_pressPos.x()) + std::abs(pos.y() - m_pressPos.y()) > DRAG_THRESHOLD) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_drag == Drag::Pan) {
        // Pan from the range at the press, so the result does not depend on when (or whether)
        // the owner of the state answered earlier requests.
        const TimeScale s = m_painter.frame().scale.withRange(m_pressRange);
        requestRange(s.panned(pos.x() - m_pressPos.x()).range);
        return;
    }
    if (m_drag == Drag::Select) {
        const double x0 = std::max(m_painter.frame().scale.x0, std::min(pos.x(), m_pressPos.x()));
        const double x1 = std::max(pos.x(), m_pressPos.x());
        m_band->setGeometry(QRect(int(x0), int(m_painter.frame().lanesTop), std::max(1, int(x1 - x0)), int(height() - m_painter.frame().lanesTop)));
        return;
    }
    updateHover(pos);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF pos = event->position();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Select) {
        m_band->hide();
        const TimeScale s = m_painter.frame().scale;
        const double x0 = std::max(s.x0, std::min(pos.x(), m_pressPos.x()));
        const double x1 = std::min(s.x0 + s.width, std::max(pos.x(), m_pressPos.x()));
        if (x1 - x0 >= 3) {
            const TimeRange r { s.toTime(x0), s.toTime(x1) };
            Q_EMIT rangeSelected(r);
            requestRange(r);
        }
        return;
    }
    if (drag != Drag::Pending)
        return;
    // A click.
    const int laneKey = m_painter.laneHeaderAt(pos);
    if (laneKey >= 0 && m_painter.dataset()) {
        LaneOptions o = m_painter.laneOptions();
        const QString id = laneKey < m_painter.dataset()->companies().size() ? m_painter.dataset()->companies()[laneKey].id : QString();
        if (o.collapsed.contains(id))
            o.collapsed.remove(id);
        else
            o.collapsed.insert(id);
        setLaneOptions(o);
        Q_EMIT laneOptionsChanged(o);
        return;
    }
    if (const auto hit = m_painter.eventAt(pos)) {
        Q_EMIT eventActivated(*hit);
        return;
    }
    if (const auto bin = m_painter.densityAt(pos)) {
        const TimeScale s = m_painter.frame().scale;
        requestRange(s.zoomed(DENSITY_ZOOM, pos.x()).range);
    }
}

void TimelineView::leaveEvent(QEvent* event)
{
    Q_EMIT hoverTimeChanged(std::nullopt);
    if (m_painter.hoveredEvent() != -1) {
        m_painter.setHoveredEvent(-1);
        update();
        Q_EMIT hoveredEventChanged(-1);
    }
    QWidget::leaveEvent(event);
}

void TimelineView::setCursorTime(std::optional<TimeMs> time)
{
    if (time == m_painter.cursorTime())
        return;
    m_painter.setCursorTime(time);
    update();
}

void TimelineView::updateHover(const QPointF& pos)
{
    const TimeScale scale = m_painter.frame().scale;
    if (scale.isValid() && pos.x() >= scale.x0 && pos.x() < scale.x0 + scale.width)
        Q_EMIT hoverTimeChanged(scale.toTime(pos.x()));
    else
        Q_EMIT hoverTimeChanged(std::nullopt);
    const int hit = m_painter.eventAt(pos).value_or(-1);
    if (hit == m_painter.hoveredEvent())
        return;
    m_painter.setHoveredEvent(hit);
    update();
    Q_EMIT hoveredEventChanged(hit);
}

QString TimelineView::toolTipFor(int i) const
{
    const DatasetPtr& ds = m_painter.dataset();
    if (!ds || i < 0 || i >= ds->eventCount())
        return {};
    const Event e = ds->event(i);
    const Language lang = m_painter.language();
    // Everything from the data file is escaped: the tooltip shows it literally.
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>") + esc(e.title.text(lang)) + QStringLiteral("</b><br/>");
    html += esc(formatDateWithPrecision(e.start, lang, PrecisionNote::EvenDay));
    if (e.end.isValid())
        html += QStringLiteral(" – ") + esc(formatDateWithPrecision(e.end, lang, PrecisionNote::EvenDay));
    const int c = ds->companyIndex(e.company);
    if (c >= 0)
        html += QStringLiteral("<br/>") + esc(ds->companies()[c].name.text(lang));
    const int k = ds->categoryIndex(e.category);
    if (k >= 0)
        html += QStringLiteral(" · ") + esc(ds->categories()[k].name.text(lang));
    return html + QStringLiteral("</p>");
}

bool TimelineView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto hit = m_painter.eventAt(help->pos());
        if (hit) {
            QToolTip::showText(help->globalPos(), toolTipFor(*hit), this, m_painter.eventRect(*hit).toAlignedRect());
        } else if (const auto bin = m_painter.densityAt(help->pos())) {
            QToolTip::showText(help->globalPos(), tr("%n event(s) here — click to zoom in", nullptr, bin->second), this);
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineView::stepEvent(int direction)
{
    const DatasetPtr& ds = m_painter.dataset();
    if (!ds)
        return;
    const EventMask& mask = m_painter.mask();
    const Step step = direction > 0 ? Step::Next : Step::Previous;
    std::optional<int> next;
    if (m_painter.selectedEvent() >= 0)
        next = adjacentEvent(*ds, mask, m_painter.selectedEvent(), step);
    else
        next = eventNearTime(*ds, mask, m_painter.visibleRange().center(), step);
    if (!next)
        return;
    Q_EMIT eventActivated(*next);
    const TimeRange r = m_painter.visibleRange();
    const TimeMs t = ds->starts()[size_t(*next)];
    if (!r.contains(t)) {
        // Bring it into view, keeping the zoom.
        requestRange(TimeRange { t - r.delta() / 2, t - r.delta() / 2 + r.delta() });
    }
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const TimeScale s = m_painter.layout(timelineRect()).scale;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(KEY_ZOOM);
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomBy(1 / KEY_ZOOM);
        break;
    case Qt::Key_Left:
        if (ctrl)
            stepEvent(-1);
        else
            panBy(s.width * KEY_PAN_FRACTION);
        break;
    case Qt::Key_Right:
        if (ctrl)
            stepEvent(+1);
        else
            panBy(-s.width * KEY_PAN_FRACTION);
        break;
    case Qt::Key_BracketLeft:
        stepEvent(-1);
        break;
    case Qt::Key_BracketRight:
        stepEvent(+1);
        break;
    case Qt::Key_Up:
        m_vscroll->setValue(m_vscroll->value() - int(TimelineMetrics::ROW_HEIGHT));
        break;
    case Qt::Key_Down:
        m_vscroll->setValue(m_vscroll->value() + int(TimelineMetrics::ROW_HEIGHT));
        break;
    case Qt::Key_Home: {
        const TimeRange extent = m_painter.dataExtent();
        const TimeMs span = m_painter.visibleRange().delta();
        requestRange(TimeRange { extent.start, extent.start + span });
        break;
    }
    case Qt::Key_End: {
        const TimeRange extent = m_painter.dataExtent();
        const TimeMs span = m_painter.visibleRange().delta();
        requestRange(TimeRange { extent.end - span, extent.end });
        break;
    }
    case Qt::Key_F:
        fitAll();
        break;
    case Qt::Key_Escape:
        Q_EMIT eventActivated(-1);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace chrono::ui
