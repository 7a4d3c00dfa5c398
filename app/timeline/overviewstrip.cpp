// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/timeline/overviewstrip.h"

#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>

#include <cmath>

namespace chrono::ui {

namespace {
constexpr double COLUMN_PX = 2;
constexpr double MIN_WINDOW_PX = 6; ///< the window stays grabbable when zoomed far in
}

OverviewStrip::OverviewStrip(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Overview"));
    setAccessibleDescription(tr("Density of all events over the whole time span; the rectangle is the visible window. Drag it to move."));
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void OverviewStrip::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
    m_mask.clear();
    m_extent = {};
    m_pyramid.clear();
    if (m_dataset) {
        m_pyramid.build(*m_dataset, m_mask);
        if (const auto e = m_dataset->timeExtent()) {
            const TimeMs pad = std::max<TimeMs>((e->second - e->first) / 40, MS_PER_DAY);
            m_extent = clampSpan({ e->first - pad, e->second + pad });
        }
    }
    update();
}

void OverviewStrip::setMask(const EventMask& mask)
{
    m_mask = mask;
    if (m_dataset)
        m_pyramid.build(*m_dataset, m_mask);
    update();
}

void OverviewStrip::setTheme(const Theme& theme)
{
    m_theme = theme;
    update();
}

void OverviewStrip::setVisibleRange(const TimeRange& range)
{
    m_visible = range;
    update();
}

TimeScale OverviewStrip::scale() const
{
    // The strip always shows the visible window too, even when it lies outside the data.
    TimeRange r = m_extent;
    if (r.isEmpty())
        r = m_visible;
    else if (!m_visible.isEmpty())
        r = TimeRange { std::min(r.start, m_visible.start), std::max(r.end, m_visible.end) };
    return TimeScale { r, 0, double(width()) };
}

QRectF OverviewStrip::windowRect() const
{
    const TimeScale s = scale();
    double x0 = s.toX(m_visible.start), x1 = s.toX(m_visible.end);
    if (x1 - x0 < MIN_WINDOW_PX) {
        const double c = (x0 + x1) / 2;
        x0 = c - MIN_WINDOW_PX / 2;
        x1 = c + MIN_WINDOW_PX / 2;
    }
    return QRectF(x0, 1, x1 - x0, height() - 2);
}

void OverviewStrip::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), m_theme.surface);
    const TimeScale s = scale();
    if (m_dataset && s.isValid()) {
        // All lanes together: sum the lanes' bins column by column.
        const int columns = int(std::ceil(width() / COLUMN_PX)) + 1;
        std::vector<qint64> counts(size_t(columns), 0);
        for (int key = 0; key <= int(m_dataset->companies().size()); ++key) {
            for (const DensityBin& b : m_pyramid.bins(key, s, COLUMN_PX))
                counts[size_t(std::clamp(int(b.x / COLUMN_PX), 0, columns - 1))] += b.count;
        }
        const qint64 maxCount = std::max<qint64>(1, *std::max_element(counts.begin(), counts.end()));
        QVector<QRectF> bars;
        const double inner = height() - 6;
        for (int c = 0; c < columns; ++c) {
            if (!counts[size_t(c)])
                continue;
            const double h = std::max(1.0, std::round(inner * std::sqrt(double(counts[size_t(c)]) / double(maxCount))));
            bars.append(QRectF(c * COLUMN_PX, height() - 3 - h, COLUMN_PX, h));
        }
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme.axis);
        p.drawRects(bars);
    }
    if (!m_visible.isEmpty()) {
        // The window stays clear and the time outside it is veiled, so the strip reads as a
        // lens; when everything is visible there is nothing to veil and only the frame shows.
        const QRectF w = windowRect();
        QColor veil = m_theme.kind == Theme::Kind::Dark ? QColor(0, 0, 0) : m_theme.text;
        veil.setAlpha(m_theme.kind == Theme::Kind::Dark ? 90 : 28);
        p.fillRect(QRectF(0, 0, std::max(0.0, w.left()), height()), veil);
        p.fillRect(QRectF(w.right(), 0, std::max(0.0, width() - w.right()), height()), veil);
        QColor frame = m_theme.axis;
        frame.setAlpha(200);
        p.setPen(QPen(frame, 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(w.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    p.setPen(m_theme.grid);
    p.drawLine(QPointF(0, height() - 0.5), QPointF(width(), height() - 0.5));
}

void OverviewStrip::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_visible.isEmpty())
        return;
    const TimeScale s = scale();
    m_dragging = true;
    m_pressX = event->position().x();
    if (!windowRect().contains(event->position())) {
        // Centre the window on the click, then drag from there.
        const TimeMs c = s.toTime(m_pressX);
        m_pressRange = TimeRange { c - m_visible.delta() / 2, c - m_visible.delta() / 2 + m_visible.delta() };
        Q_EMIT visibleRangeRequested(m_pressRange);
    } else {
        m_pressRange = m_visible;
    }
}

void OverviewStrip::mouseMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return;
    const TimeMs shift = TimeMs(std::llround((event->position().x() - m_pressX) * scale().msPerPixel()));
    Q_EMIT visibleRangeRequested(TimeRange { m_pressRange.start + shift, m_pressRange.end + shift });
}

void OverviewStrip::mouseReleaseEvent(QMouseEvent*)
{
    m_dragging = false;
}

void OverviewStrip::wheelEvent(QWheelEvent* event)
{
    if (m_visible.isEmpty() || event->angleDelta().y() == 0)
        return;
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const TimeScale s = scale();
    const TimeScale window { m_visible, s.toX(m_visible.start), s.toX(m_visible.end) - s.toX(m_visible.start) };
    if (window.isValid())
        Q_EMIT visibleRangeRequested(clampSpan(window.zoomed(factor, event->position().x()).range));
    event->accept();
}

} // namespace chrono::ui
