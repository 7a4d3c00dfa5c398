// SPDX-License-Identifier: GPL-3.0-or-later
// TimelinePainter: drawing. Boxes and lines without antialiasing (crisp at 1:1), text and
// dots with it. Lanes scroll under a fixed axis and header column.
#include "app/timeline/timelinepainter.h"

#include "core/layout/labelplacement.h"

#include <QtCore/QLocale>
#include <QtCore/QtMath>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>

#include <cmath>

namespace chrono::ui {

using namespace TimelineMetrics;

namespace {

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

/// `c` blended over `base` at `amount` (0..1): an opaque tint, so overlaps do not darken.
QColor tint(const QColor& c, const QColor& base, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (c.redF() - base.redF()) * amount), float(base.greenF() + (c.greenF() - base.greenF()) * amount),
        float(base.blueF() + (c.blueF() - base.blueF()) * amount));
}

QString groupedNumber(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

} // namespace

const QImage& TimelinePainter::dotSprite(const QColor& color, int diameter, qreal devicePixelRatio)
{
    // Sprites are drawn at the target's device pixel ratio so dots stay crisp on HiDPI
    // screens and in --scale 2 exports; the key holds the ratio in quarter steps.
    const int dprKey = qBound(1, qRound(devicePixelRatio * 4), 255);
    const quint64 key = (quint64(color.rgba()) << 16) | (quint64(dprKey) << 8) | quint64(diameter);
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return *it;
    // Antialiased dots are drawn once per colour and size and then blitted: thousands of
    // ellipses per frame would cost more than the rest of the frame.
    const int size = diameter + 4;
    const qreal dpr = dprKey / 4.0;
    const int pixels = qCeil(size * dpr);
    QImage img(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::transparent);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(m_theme.background, 1.5));
    p.setBrush(color);
    p.drawEllipse(QRectF(2, 2, diameter, diameter));
    p.end();
    return *m_sprites.insert(key, img);
}

void TimelinePainter::paint(QPainter& p, const QRectF& rect)
{
    layout(rect);
    p.save();
    p.setClipRect(rect);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    p.fillRect(rect, m_theme.background);

    // Lanes: scrolled, clipped below the axis and strip.
    const QRectF lanesClip(rect.left(), m_frame.lanesTop, rect.width(), rect.bottom() - m_frame.lanesTop);
    p.save();
    p.setClipRect(lanesClip, Qt::IntersectClip);
    p.translate(0, -m_verticalOffset);
    paintLaneBackgrounds(p);
    p.restore();

    // Grid and eras span the lanes area without scrolling.
    p.save();
    p.setClipRect(QRectF(m_frame.scale.x0, rect.top() + AXIS_HEIGHT, m_frame.scale.width, rect.height()), Qt::IntersectClip);
    const double gridTop = rect.top() + AXIS_HEIGHT;
    const bool hasMajor = !m_frame.ticks.major.isEmpty();
    // Grid lines as 1 px fills: the raster engine's fastest path for an axis-aligned line.
    const int gridY = int(gridTop), gridH = int(std::ceil(rect.bottom() - gridTop));
    for (const DateTick& t : m_frame.ticks.minor)
        p.fillRect(QRect(int(std::round(m_frame.scale.toX(t.time))), gridY, 1, gridH), m_theme.grid);
    const QColor majorColor = hasMajor ? tint(m_theme.axis, m_theme.background, 0.45) : m_theme.grid;
    for (const DateTick& t : m_frame.ticks.major)
        p.fillRect(QRect(int(std::round(m_frame.scale.toX(t.time))), gridY, 1, gridH), majorColor);
    paintEras(p);
    p.restore();

    p.save();
    p.setClipRect(QRectF(m_frame.scale.x0, m_frame.lanesTop, m_frame.scale.width, rect.bottom() - m_frame.lanesTop), Qt::IntersectClip);
    p.translate(0, -m_verticalOffset);
    for (const LaneFrame& lane : m_frame.lanes) {
        if (lane.top + lane.height < m_verticalOffset + m_frame.lanesTop || lane.top > m_verticalOffset + rect.bottom())
            continue; // scrolled out
        paintLane(p, lane);
    }
    p.restore();

    paintToday(p);
    paintCursor(p);

    p.save();
    p.setClipRect(QRectF(rect.left(), m_frame.lanesTop, HEADER_WIDTH, rect.bottom() - m_frame.lanesTop), Qt::IntersectClip);
    paintHeaders(p);
    p.restore();
    paintHiddenLanesNote(p);

    paintAxis(p);
    paintStrip(p);

    if (m_frame.lanes.empty()) {
        p.setPen(m_theme.mutedText);
        p.setFont(m_headerFont);
        p.drawText(QRectF(m_frame.scale.x0, m_frame.lanesTop, m_frame.scale.width, rect.bottom() - m_frame.lanesTop), Qt::AlignCenter,
            m_language == Language::Chinese ? QStringLiteral("没有可显示的事件") : QStringLiteral("No events to show"));
    }
    p.restore();
}

void TimelinePainter::paintLaneBackgrounds(QPainter& p) const
{
    const QRectF& r = m_frame.rect;
    for (size_t l = 0; l < m_frame.lanes.size(); ++l) {
        const LaneFrame& lane = m_frame.lanes[l];
        if (l % 2)
            p.fillRect(QRectF(r.left(), lane.top, r.width(), lane.height), m_theme.alternateLane);
    }
}

void TimelinePainter::paintEras(QPainter& p) const
{
    if (!m_dataset)
        return;
    const TimeScale& s = m_frame.scale;
    const double top = m_frame.rect.top() + AXIS_HEIGHT;
    for (const Era& era : m_dataset->eras()) {
        const TimeMs end = era.end.isValid() ? era.end.endMs() : era.start.endMs();
        if (!m_range.intersects(era.start.ms, end))
            continue;
        const double x0 = std::round(s.toX(era.start.ms)), x1 = std::round(s.toX(end));
        const QColor own = QColor::fromString(era.color);
        const QColor fill = own.isValid() ? withAlpha(own, m_theme.eraFill.alpha()) : m_theme.eraFill;
        p.fillRect(QRectF(x0, top, std::max(1.0, x1 - x0), m_frame.rect.bottom() - top), fill);
        p.setPen(withAlpha(own.isValid() ? own : m_theme.eraFill, 150));
        p.drawLine(QPointF(x0 + 0.5, top), QPointF(x0 + 0.5, m_frame.rect.bottom()));
        p.drawLine(QPointF(x1 - 0.5, top), QPointF(x1 - 0.5, m_frame.rect.bottom()));
    }
}

void TimelinePainter::paintLane(QPainter& p, const LaneFrame& lane)
{
    if (lane.density)
        paintDensity(p, lane);
    else
        paintItems(p, lane);
}

void TimelinePainter::paintDensity(QPainter& p, const LaneFrame& lane) const
{
    if (lane.bins.empty() || lane.maxBinCount <= 0)
        return;
    const QColor color = laneColor(lane.lane.key);
    const bool collapsed = lane.lane.collapsed;
    const double countRow = collapsed ? 0 : 14; // cluster counts sit above the bars
    const double top = lane.top + 4 + countRow;
    const double bottom = lane.top + lane.height - 4;
    const double inner = bottom - top;
    // Square-root heights: one event stays visible next to a thousand.
    // Integer rectangles: the raster engine fills them with spans directly, where QRectF
    // goes through the general rasteriser (measured: 3x slower for a full zoom-out).
    QVector<QRect> normal, key;
    normal.reserve(int(lane.bins.size()));
    const double maxCount = lane.maxBinCount;
    const int base = int(std::round(bottom));
    for (const DensityBin& b : lane.bins) {
        const int h = std::max(2, int(std::round(inner * std::sqrt(b.count / maxCount))));
        (b.maxImportance >= 4 ? key : normal).append(QRect(int(std::round(b.x)), base - h, int(DENSITY_COLUMN_PX), h));
    }
    p.setPen(Qt::NoPen);
    p.setBrush(tint(color, m_theme.background, 0.55));
    p.drawRects(normal);
    p.setBrush(color);
    p.drawRects(key);
    p.setBrush(Qt::NoBrush);
    if (collapsed)
        return;

    // Cluster counts: one per calendar interval (minor ticks, or majors when minors are too
    // narrow), drawn only where the number fits inside its interval.
    const TimeScale& s = m_frame.scale;
    const QList<DateTick>* ticks = &m_frame.ticks.minor;
    if (m_frame.ticks.minor.size() > 1 && !m_frame.ticks.major.isEmpty()
        && s.toX(m_frame.ticks.minor[1].time) - s.toX(m_frame.ticks.minor[0].time) < 56)
        ticks = &m_frame.ticks.major;
    // Counted by time from the pyramid (exact on day boundaries), not from the 2 px columns,
    // so an event at midnight is never counted in the day before.
    p.setFont(m_smallFont);
    p.setPen(m_theme.mutedText);
    TimeMs from = m_range.start;
    for (int k = 0; k <= ticks->size(); ++k) {
        const TimeMs to = k < ticks->size() ? std::min(m_range.end, (*ticks)[k].time) : m_range.end;
        if (to <= from)
            continue;
        const qint64 count = m_pyramid.count(lane.lane.key, TimeRange { from, to });
        const double a = s.toX(from), z = s.toX(to);
        from = to;
        if (!count)
            continue;
        const QString text = groupedNumber(count);
        const double w = countWidth(text);
        if (w + 8 > z - a)
            continue;
        p.drawStaticText(QPointF((a + z - w) / 2, lane.top + 3), countText(text));
    }
}

double TimelinePainter::countWidth(const QString& digits) const
{
    // Counts are digits and commas: summing cached advances avoids a text layout per number.
    double w = 0;
    for (QChar c : digits) {
        const int k = c == u',' ? 10 : c.digitValue();
        w += k >= 0 && k <= 10 ? m_countAdvance[size_t(k)] : m_countAdvance[0];
    }
    return w;
}

const QStaticText& TimelinePainter::countText(const QString& digits) const
{
    auto it = m_countTexts.find(digits);
    if (it != m_countTexts.end())
        return *it;
    if (m_countTexts.size() > 4096)
        m_countTexts.clear();
    QStaticText text(digits);
    text.setTextFormat(Qt::PlainText);
    text.prepare(QTransform(), m_smallFont);
    return *m_countTexts.insert(digits, text);
}

void TimelinePainter::paintItems(QPainter& p, const LaneFrame& lane)
{
    const QColor color = laneColor(lane.lane.key);
    const QColor rangeFill = tint(color, m_theme.background, 0.35);
    const QColor periodFill = tint(color, m_theme.background, 0.16);
    QBrush hatch(tint(color, m_theme.background, 0.55), Qt::BDiagPattern);
    const auto& importance = m_dataset->importanceColumn();

    const double inset = lane.rowHeight >= ROW_HEIGHT ? 4 : 3; ///< bar and period inset from the row edges
    p.setPen(Qt::NoPen);
    for (const LayoutItem& it : lane.items) {
        const double top = lane.rowTop(it.row);
        const double x0 = std::round(it.x0), x1 = std::max(x0 + 1, std::round(it.x1));
        switch (it.kind) {
        case ItemKind::Range: {
            const QRectF bar(x0, top + inset, x1 - x0, lane.rowHeight - 2 * inset);
            p.fillRect(bar, rangeFill);
            p.fillRect(QRectF(x0, bar.top(), std::min(3.0, x1 - x0), bar.height()), color);
            break;
        }
        case ItemKind::Period: {
            // A month or a year known only to that precision: the whole period, hatched, with
            // solid edges — visibly not a day.
            const QRectF span(x0, top + inset, x1 - x0, lane.rowHeight - 2 * inset);
            p.fillRect(span, periodFill);
            p.fillRect(span, hatch);
            p.fillRect(QRectF(x0, span.top(), 1, span.height()), color);
            p.fillRect(QRectF(x1 - 1, span.top(), 1, span.height()), color);
            p.fillRect(QRectF(x0, span.bottom() - 1, x1 - x0, 2), color);
            break;
        }
        case ItemKind::Point: {
            const int imp = importance[size_t(it.event)];
            const int d = imp >= 5 ? 11 : imp >= 4 ? 10 : 9;
            const QImage& dot = dotSprite(color, d, p.device() ? p.device()->devicePixelRatio() : 1.0);
            const double cx = std::round((it.x0 + it.x1) / 2), cy = top + lane.rowHeight / 2;
            const QSizeF logical = dot.deviceIndependentSize();
            p.drawImage(QPointF(cx - logical.width() / 2.0, cy - logical.height() / 2.0), dot);
            break;
        }
        }
        if (it.event == m_selected || it.event == m_hovered) {
            const bool selected = it.event == m_selected;
            p.setPen(QPen(selected ? m_theme.accent : m_theme.text, selected ? 2 : 1));
            p.drawRect(QRectF(x0 - 3, top + 1, x1 - x0 + 6, lane.rowHeight - 2));
            p.setPen(Qt::NoPen);
        }
    }

    // Overflow: items that found no row leave a tick at the lane's foot, so nothing vanishes silently.
    if (!lane.overflowX.empty()) {
        QVector<QRectF> ticks;
        const double y = lane.top + lane.height - lane.overflowStrip();
        for (double x : lane.overflowX)
            ticks.append(QRectF(std::round(x), y, 1, lane.overflowStrip() - 1));
        p.setBrush(tint(color, m_theme.background, 0.7));
        p.drawRects(ticks);
        p.setBrush(Qt::NoBrush);
    }

    // drawStaticText lays out again unless the painter's font is the one the text was
    // prepared (and measured) with, so set it per label.
    const double textTop = (lane.rowHeight - QFontMetricsF(m_labelFont).height()) / 2;
    p.setFont(m_labelFont);
    bool bold = false;
    for (const PlacedLabel& label : lane.labels) {
        const int imp = importance[size_t(label.id)];
        if ((imp >= 5) != bold) {
            bold = imp >= 5;
            p.setFont(bold ? m_labelBoldFont : m_labelFont);
        }
        p.setPen(imp >= 3 || label.id == m_selected ? m_theme.text : m_theme.mutedText);
        p.drawStaticText(QPointF(label.x, lane.rowTop(label.row) + textTop), staticLabel(label.id));
    }
}

void TimelinePainter::paintHeaders(QPainter& p) const
{
    const QRectF& r = m_frame.rect;
    p.fillRect(QRectF(r.left(), m_frame.lanesTop, HEADER_WIDTH, r.bottom() - m_frame.lanesTop), m_theme.surface);
    p.translate(0, -m_verticalOffset);
    const QFontMetricsF fm(m_headerFont), small(m_smallFont);
    const bool zh = m_language == Language::Chinese;
    for (const LaneFrame& lane : m_frame.lanes) {
        const double top = lane.top;
        p.setPen(m_theme.grid);
        p.drawLine(QPointF(r.left(), top + lane.height - 0.5), QPointF(r.right(), top + lane.height - 0.5));
        // Collapse marker: a small triangle, right when collapsed, down when expanded.
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(m_theme.mutedText);
        // The first line is centred on the first row's middle, whatever the lane's metrics.
        const double mid = lane.density || lane.lane.collapsed ? top + 13 : lane.rowTop(0) + lane.rowHeight / 2;
        const QPointF c(r.left() + 10, mid);
        if (lane.lane.collapsed)
            p.drawPolygon(QPolygonF({ c + QPointF(-2, -4), c + QPointF(3, 0), c + QPointF(-2, 4) }));
        else
            p.drawPolygon(QPolygonF({ c + QPointF(-4, -2), c + QPointF(4, -2), c + QPointF(0, 3) }));
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillRect(QRectF(r.left() + 19, mid - 5, 10, 10), laneColor(lane.lane.key));
        p.setBrush(Qt::NoBrush);

        const double textX = r.left() + 35;
        const double nameWidth = HEADER_WIDTH - 35 - 8;
        QString name = laneName(lane.lane.key);
        // A long name first steps down to the narrower font, and is elided only past that.
        const bool narrow = fm.horizontalAdvance(name) > nameWidth;
        const QFont& nameFont = narrow ? m_headerNarrowFont : m_headerFont;
        const QFontMetricsF nameFm(nameFont);
        name = nameFm.elidedText(name, Qt::ElideRight, nameWidth);
        p.setFont(nameFont);
        p.setPen(m_theme.text);
        p.drawText(QPointF(textX, mid - nameFm.height() / 2 + nameFm.ascent()), name);
        if (lane.height >= 40) {
            QString info = zh ? QStringLiteral("%1 个事件").arg(groupedNumber(lane.lane.eventCount))
                              : QStringLiteral("%1 events").arg(groupedNumber(lane.lane.eventCount));
            if (lane.overflow)
                info += zh ? QStringLiteral(" · %1 未显示").arg(lane.overflow) : QStringLiteral(" · %1 not shown").arg(lane.overflow);
            p.setFont(m_smallFont);
            p.setPen(m_theme.mutedText);
            p.drawText(QPointF(textX, mid + 9 + small.ascent()), small.elidedText(info, Qt::ElideRight, HEADER_WIDTH - 35 - 8));
        }
    }
    p.translate(0, m_verticalOffset);
    p.setPen(m_theme.grid);
    p.drawLine(QPointF(r.left() + HEADER_WIDTH - 0.5, m_frame.lanesTop), QPointF(r.left() + HEADER_WIDTH - 0.5, r.bottom()));
}

void TimelinePainter::paintAxis(QPainter& p) const
{
    const QRectF& r = m_frame.rect;
    const TimeScale& s = m_frame.scale;
    const double right = s.x0 + s.width;
    p.fillRect(QRectF(r.left(), r.top(), r.width(), AXIS_HEIGHT), m_theme.background);
    p.fillRect(QRectF(r.left(), r.top(), HEADER_WIDTH, AXIS_HEIGHT + STRIP_HEIGHT), m_theme.surface);
    const double bottom = r.top() + AXIS_HEIGHT;
    if (m_dataset) {
        // The lane column's heading: what the file calls its lanes ("Group", "Category").
        const QString laneLabel = m_dataset->meta().laneLabel.text(m_language);
        if (!laneLabel.isEmpty()) {
            const QFontMetricsF fm(m_headerFont);
            p.setFont(m_headerFont);
            p.setPen(m_theme.mutedText);
            p.drawText(QPointF(r.left() + 10, r.top() + 4 + fm.ascent()), fm.elidedText(laneLabel, Qt::ElideRight, HEADER_WIDTH - 20));
        }
    }
    p.setPen(m_theme.axis);
    p.drawLine(QPointF(r.left(), bottom - 0.5), QPointF(r.right(), bottom - 0.5));

    // Major row: the label of the period running at the left edge is pinned there, and any
    // label that would run into the next boundary is dropped.
    const QFontMetricsF majorFm(m_axisMajorFont), minorFm(m_axisFont);
    p.setFont(m_axisMajorFont);
    const auto& major = m_frame.ticks.major;
    for (int k = 0; k < major.size(); ++k) {
        const double x = s.toX(major[k].time);
        const double next = k + 1 < major.size() ? s.toX(major[k + 1].time) : right;
        if (x >= s.x0) {
            p.setPen(m_theme.axis);
            p.drawLine(QPointF(std::round(x) + 0.5, r.top() + 2), QPointF(std::round(x) + 0.5, bottom));
        }
        const double lx = std::max(x, s.x0) + 5;
        const double w = majorFm.horizontalAdvance(major[k].label);
        if (lx + w > std::min(next, right) - 4)
            continue;
        p.setPen(m_theme.text);
        p.drawText(QPointF(lx, r.top() + 4 + majorFm.ascent()), major[k].label);
    }

    // Minor row: periods (days, months, years) are labelled in their middle, instants (Monday
    // of a week, hours) next to their tick.
    const TickStep step = m_frame.ticks.minorStep;
    const bool centred = step.unit == TickUnit::Day || step.unit == TickUnit::Month || (step.unit == TickUnit::Year && step.count == 1);
    const auto& minor = m_frame.ticks.minor;
    p.setFont(m_axisFont);
    double lastRight = s.x0;
    const double baseline = r.top() + 25 + minorFm.ascent();
    for (int k = 0; k < minor.size(); ++k) {
        const double x = s.toX(minor[k].time);
        p.setPen(m_theme.axis);
        p.drawLine(QPointF(std::round(x) + 0.5, bottom - 5), QPointF(std::round(x) + 0.5, bottom));
        const double w = minorFm.horizontalAdvance(minor[k].label);
        double lx = x + 4;
        if (centred) {
            const double next = s.toX(nextStep(minor[k].time, step));
            lx = (x + next - w) / 2;
        }
        if (lx < lastRight + 4 || lx + w > right - 2)
            continue;
        p.setPen(m_theme.mutedText);
        p.drawText(QPointF(lx, baseline), minor[k].label);
        lastRight = lx + w;
    }
    // A period that started before the left edge still gets its label when it fits.
    if (centred && !minor.isEmpty() && minor.first().time > m_range.start) {
        const TimeMs prev = floorToStep(m_range.start, step);
        const QString label = minorTickLabel(prev, step, m_language);
        const double w = minorFm.horizontalAdvance(label);
        const double lx = (std::max(s.toX(prev), s.x0) + s.toX(minor.first().time) - w) / 2;
        if (lx >= s.x0 + 2 && lx + w <= s.toX(minor.first().time) - 4) {
            p.setPen(m_theme.mutedText);
            p.drawText(QPointF(lx, baseline), label);
        }
    }
}

void TimelinePainter::paintStrip(QPainter& p)
{
    const QRectF& r = m_frame.rect;
    const TimeScale& s = m_frame.scale;
    const double top = r.top() + AXIS_HEIGHT;
    const double right = s.x0 + s.width;
    RowOccupancy occupied;
    const QFontMetricsF fm(m_smallFont);
    QFont bold = m_smallFont;
    bold.setBold(true);
    const QFontMetricsF boldFm(bold);

    if (m_today && m_range.contains(*m_today)) {
        const double todayX = s.toX(*m_today);
        const QString text = m_language == Language::Chinese ? QStringLiteral("今天") : QStringLiteral("Today");
        const double w = boldFm.horizontalAdvance(text);
        const double lx = todayX + 4 + w <= right ? todayX + 4 : todayX - 4 - w;
        occupied.occupy(lx - 2, lx + w + 2, -2);
        p.setFont(bold);
        p.setPen(m_theme.accent);
        p.drawText(QPointF(lx, top + 3 + boldFm.ascent()), text);
    }
    if (!m_dataset)
        return;
    p.setFont(bold);
    for (const Era& era : m_dataset->eras()) {
        const TimeMs end = era.end.isValid() ? era.end.endMs() : era.start.endMs();
        if (!m_range.intersects(era.start.ms, end))
            continue;
        const QString& title = era.title.text(m_language);
        const double w = boldFm.horizontalAdvance(title);
        // From the band's (visible) start; the strip is a row of its own, so a title may run
        // past a narrow band, but never into another title or the today tag.
        const double lx = std::max(s.x0, s.toX(era.start.ms)) + 4;
        if (title.isEmpty() || lx + w > right - 2 || !occupied.isFree(lx - 4, lx + w + 4))
            continue;
        occupied.occupy(lx - 2, lx + w + 2, -3);
        p.setPen(m_theme.text);
        p.drawText(QPointF(lx, top + 3 + boldFm.ascent()), title);
    }
}

void TimelinePainter::paintToday(QPainter& p) const
{
    if (!m_today || !m_range.contains(*m_today))
        return;
    const double x = std::round(m_frame.scale.toX(*m_today)) + 0.5;
    p.setPen(QPen(m_theme.accent, 1));
    p.drawLine(QPointF(x, m_frame.rect.top() + AXIS_HEIGHT), QPointF(x, m_frame.rect.bottom()));
}

void TimelinePainter::paintCursor(QPainter& p) const
{
    if (!m_cursor || !m_range.contains(*m_cursor))
        return;
    const double x = std::round(m_frame.scale.toX(*m_cursor)) + 0.5;
    p.setPen(QPen(m_theme.mutedText, 1, Qt::DashLine));
    p.drawLine(QPointF(x, m_frame.rect.top() + AXIS_HEIGHT), QPointF(x, m_frame.rect.bottom()));
}

void TimelinePainter::paintHiddenLanesNote(QPainter& p) const
{
    if (m_frame.hiddenLanes <= 0)
        return;
    const double top = m_frame.lanes.empty() ? m_frame.lanesTop : m_frame.lanes.back().top + m_frame.lanes.back().height;
    const QString text = m_language == Language::Chinese ? QStringLiteral("另有 %1 条泳道未显示").arg(m_frame.hiddenLanes)
        : m_frame.hiddenLanes == 1                       ? QStringLiteral("+1 more lane not shown")
                                                         : QStringLiteral("+%1 more lanes not shown").arg(m_frame.hiddenLanes);
    p.setFont(m_smallFont);
    p.setPen(m_theme.mutedText);
    const QFontMetricsF fm(m_smallFont);
    p.drawText(QPointF(m_frame.rect.left() + 35, top + (HIDDEN_LANES_NOTE_HEIGHT - fm.height()) / 2 + fm.ascent()), text);
}

} // namespace chrono::ui
