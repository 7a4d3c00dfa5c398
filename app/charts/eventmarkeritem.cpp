// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/charts/eventmarkeritem.h"

#include <QtCharts/QChart>
#include <QtCharts/QCategoryAxis>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>

#include <algorithm>

namespace chrono::ui {

namespace {

constexpr qreal LABEL_PX = 12;
constexpr qreal TITLE_PX = 17;
constexpr qreal LABEL_PAD = 4; ///< horizontal padding inside a label box
constexpr qreal LABEL_GAP = 6; ///< free space kept between two labels of a row
constexpr qreal MAX_LABEL_WIDTH = 200;
/// A key event's label may shrink to this (more of it elided) rather than be dropped.
constexpr qreal SHORT_LABEL_WIDTH = 110;
/// Importance from which an event counts as a key event for the label band.
constexpr int KEY_IMPORTANCE = 5;
constexpr qreal TICK = 6;
constexpr qreal TOP_PAD = 8;
/// Labels tried per layout; the rest only get ticks (the band cannot hold more anyway).
constexpr size_t MAX_LABEL_ATTEMPTS = 600;

} // namespace

EventMarkerItem::EventMarkerItem(QChart* chart, QCategoryAxis* timeAxis, DatasetPtr dataset, const EventMask& mask,
    Language lang, const Theme& theme)
    : QGraphicsObject(chart)
    , m_chart(chart)
    , m_axis(timeAxis)
    , m_dataset(std::move(dataset))
    , m_lang(lang)
    , m_theme(theme)
{
    setZValue(100); // above every series
    setAcceptedMouseButtons(Qt::NoButton); // the view hit-tests; the item only paints
    if (m_dataset) {
        const Dataset& d = *m_dataset;
        const size_t n = std::min(mask.size(), size_t(d.eventCount()));
        for (size_t i = 0; i < n; ++i) {
            if (!mask[i])
                continue;
            const quint16 company = d.companyColumn()[i];
            const QColor color = company == NO_INDEX ? m_theme.mutedText : Theme::companyColor(d.companies()[company]);
            m_candidates.push_back({ int(i), d.starts()[i], d.ends()[i], d.isRange(int(i)), d.importanceColumn()[i], color });
        }
    }
    connect(chart, &QChart::plotAreaChanged, this, [this] {
        prepareGeometryChange();
        update();
    });
    connect(chart, &QGraphicsWidget::geometryChanged, this, [this] { prepareGeometryChange(); });
    if (m_axis)
        connect(m_axis, &QValueAxis::rangeChanged, this, [this] { update(); });
}

qreal EventMarkerItem::reservedHeight(int rows) const
{
    const qreal row = QFontMetricsF(m_theme.font(LABEL_PX)).height() + 6;
    const qreal title = m_title.isEmpty() ? 0 : QFontMetricsF(m_theme.font(TITLE_PX, true)).height() + 8;
    if (rows < 0)
        rows = m_candidates.empty() ? 0 : m_rows;
    return TOP_PAD + title + row * std::min(rows, m_rows) + 6;
}

int EventMarkerItem::rowsUsed() const
{
    layout();
    int rows = 0;
    for (const Placed& p : m_placed)
        rows = std::max(rows, p.row + 1);
    return rows;
}

void EventMarkerItem::setTitle(const QString& title)
{
    m_title = title;
    update();
}

void EventMarkerItem::setNote(const QString& note)
{
    m_note = note;
    update();
}

void EventMarkerItem::setSelectedEvent(int eventIndex)
{
    if (eventIndex == m_selected)
        return;
    m_selected = eventIndex;
    update();
}

void EventMarkerItem::setCursorTime(std::optional<TimeMs> ms)
{
    if (ms == m_cursor)
        return;
    m_cursor = ms;
    update();
}

void EventMarkerItem::setReferenceLine(std::optional<TimeMs> ms, const QString& label)
{
    m_reference = ms;
    m_referenceLabel = label;
    update();
}

QRectF EventMarkerItem::boundingRect() const
{
    return m_chart ? QRectF(QPointF(0, 0), m_chart->size()) : QRectF();
}

qreal EventMarkerItem::timeToX(TimeMs ms) const
{
    const QRectF plot = m_chart->plotArea();
    const auto lo = TimeMs(m_axis->min());
    const auto hi = TimeMs(m_axis->max());
    if (hi <= lo)
        return plot.left();
    return plot.left() + double(ms - lo) / double(hi - lo) * plot.width();
}

void EventMarkerItem::layout() const
{
    if (!m_chart || !m_axis)
        return;
    const QRectF plot = m_chart->plotArea();
    const auto lo = TimeMs(m_axis->min());
    const auto hi = TimeMs(m_axis->max());
    if (plot == m_layoutPlot && lo == m_layoutMin && hi == m_layoutMax && m_selected == m_layoutSelected)
        return;
    m_layoutPlot = plot;
    m_layoutMin = lo;
    m_layoutMax = hi;
    m_layoutSelected = m_selected;
    m_placed.clear();

    std::vector<const Candidate*> visible;
    for (const Candidate& c : m_candidates)
        if (c.end > lo && c.start < hi)
            visible.push_back(&c);
    // Priority: the selected event, then importance, then time (stable and deterministic).
    std::sort(visible.begin(), visible.end(), [this](const Candidate* a, const Candidate* b) {
        if ((a->index == m_selected) != (b->index == m_selected))
            return a->index == m_selected;
        if (a->importance != b->importance)
            return a->importance > b->importance;
        return a->index < b->index;
    });

    const QFont font = m_theme.font(LABEL_PX);
    const QFontMetricsF fm(font);
    const qreal rowHeight = fm.height() + 6;
    const qreal bandBottom = plot.top() - 4;
    // Labels stay over the plot: in a report the chart's own rectangle may reach past the picture.
    const qreal leftLimit = plot.left();
    const qreal right = std::min(m_chart->size().width() - 2, plot.right());
    std::vector<std::vector<QRectF>> occupied;
    occupied.resize(size_t(m_rows));

    auto freeIn = [&](size_t row, const QRectF& r) {
        return std::none_of(occupied[row].cbegin(), occupied[row].cend(), [&](const QRectF& o) { return o.intersects(r); });
    };

    size_t attempts = 0;
    for (const Candidate* c : visible) {
        Placed p;
        p.index = c->index;
        if (c->range) {
            p.x = std::max(timeToX(c->start), plot.left());
            p.x2 = std::min(timeToX(c->end), plot.right());
        } else {
            p.x = p.x2 = timeToX(c->start + (c->end - c->start) / 2);
        }
        if (attempts++ < MAX_LABEL_ATTEMPTS) {
            // A label over the line of an event at least as important, still to be placed,
            // would cost that event its label (its leader line could not pass).
            const auto coversKey = [&](qreal left, qreal w) {
                for (size_t k = m_placed.size() + 1; k < visible.size() && visible[k]->importance >= c->importance; ++k) {
                    const qreal x = visible[k]->range ? std::max(timeToX(visible[k]->start), plot.left())
                                                      : timeToX(visible[k]->start + (visible[k]->end - visible[k]->start) / 2);
                    if (x > left - LABEL_GAP && x < left + w + LABEL_GAP)
                        return true;
                }
                return false;
            };
            const auto fits = [&](size_t row, qreal left, qreal w) {
                if (left < leftLimit || left + w > right)
                    return false;
                const QRectF box(left, bandBottom - qreal(row + 1) * rowHeight + 2, w, rowHeight - 4);
                // The leader line of a label crosses the rows below it: they must be free there.
                const QRectF line(p.x - 2, 0, 4, 1);
                bool ok = freeIn(row, box.adjusted(-LABEL_GAP / 2, 0, LABEL_GAP / 2, 0));
                for (size_t below = 0; ok && below < row; ++below)
                    ok = freeIn(below, line.translated(0, bandBottom - qreal(below + 1) * rowHeight + 2).adjusted(0, 0, 0, rowHeight - 5));
                return ok;
            };
            const QString title = m_dataset->title(c->index, m_lang).toString();
            // A key event that fits nowhere at the full width tries again with a shorter label.
            const qreal widths[] = { MAX_LABEL_WIDTH, c->importance >= KEY_IMPORTANCE ? SHORT_LABEL_WIDTH : MAX_LABEL_WIDTH };
            qreal lastWidth = -1;
            for (const qreal maxText : widths) {
                const qreal w = fm.horizontalAdvance(fm.elidedText(title, Qt::ElideRight, maxText)) + 2 * LABEL_PAD;
                if (w == lastWidth || !p.label.isEmpty())
                    break;
                lastWidth = w;
                // Right of the line first; left of it when the right is taken (or past the edge),
                // so a key event next to another one's label still gets its own.
                const qreal lefts[2] = { p.x, p.x - w };
                const bool covers[2] = { coversKey(lefts[0], w), coversKey(lefts[1], w) };
                // Places that leave the lines of pending key events free come first, lowest row
                // first. Otherwise the highest row first: a label there blocks no leader line.
                std::vector<std::pair<size_t, int>> order; // (row, side)
                for (int pass = 0; pass < 2; ++pass)
                    for (size_t r = 0; r < size_t(m_rows); ++r)
                        for (int side = 0; side < 2; ++side)
                            if (covers[side] == (pass == 1))
                                order.emplace_back(pass == 0 ? r : size_t(m_rows) - 1 - r, side);
                for (const auto& [row, side] : order) {
                    if (!fits(row, lefts[side], w))
                        continue;
                    const QRectF box(lefts[side], bandBottom - qreal(row + 1) * rowHeight + 2, w, rowHeight - 4);
                    occupied[row].push_back(box.adjusted(-LABEL_GAP / 2, 0, LABEL_GAP / 2, 0));
                    for (size_t below = 0; below < row; ++below)
                        occupied[below].push_back(QRectF(p.x - 2, bandBottom - qreal(below + 1) * rowHeight + 2, 4, rowHeight - 4));
                    p.label = box;
                    p.textWidth = maxText;
                    p.row = int(row);
                    break;
                }
            }
        }
        m_placed.push_back(p);
    }
}

int EventMarkerItem::labelledCount() const
{
    layout();
    return int(std::count_if(m_placed.cbegin(), m_placed.cend(), [](const Placed& p) { return !p.label.isEmpty(); }));
}

QList<QRectF> EventMarkerItem::labelRects() const
{
    layout();
    QList<QRectF> rects;
    for (const Placed& p : m_placed)
        if (!p.label.isEmpty())
            rects.append(p.label);
    return rects;
}

std::optional<QPointF> EventMarkerItem::labelCenter(int eventIndex) const
{
    layout();
    for (const Placed& p : m_placed)
        if (p.index == eventIndex && !p.label.isEmpty())
            return p.label.center();
    return std::nullopt;
}

int EventMarkerItem::eventAt(const QPointF& pos) const
{
    layout();
    if (!m_chart)
        return -1;
    const QRectF plot = m_chart->plotArea();
    // Labels first (they are what one aims at), then lines, then range spans.
    for (const Placed& p : m_placed)
        if (!p.label.isEmpty() && p.label.contains(pos))
            return p.index;
    if (pos.y() < plot.top() - 4 || pos.y() > plot.bottom())
        return -1;
    int best = -1;
    qreal bestDistance = 5; // pixels
    for (const Placed& p : m_placed) {
        if (p.label.isEmpty() && pos.y() > plot.top() + TICK + 2)
            continue; // an unlabelled event only has its tick
        const qreal d = std::abs(pos.x() - p.x);
        if (p.x == p.x2 && d < bestDistance) {
            bestDistance = d;
            best = p.index;
        }
    }
    if (best >= 0)
        return best;
    for (const Placed& p : m_placed)
        if (p.x != p.x2 && pos.x() >= p.x && pos.x() <= p.x2)
            return p.index;
    return -1;
}

void EventMarkerItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (!m_chart || !m_axis)
        return;
    layout();
    const QRectF plot = m_chart->plotArea();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (!m_title.isEmpty()) {
        painter->setFont(m_theme.font(TITLE_PX, true));
        painter->setPen(m_theme.text);
        const QFontMetricsF tfm(painter->font());
        painter->drawText(QPointF(plot.left(), TOP_PAD + tfm.ascent()), m_title);
    }

    auto colorOf = [this](int index) {
        const quint16 company = m_dataset->companyColumn()[size_t(index)];
        return company == NO_INDEX ? m_theme.mutedText : Theme::companyColor(m_dataset->companies()[company]);
    };

    painter->setClipRect(QRectF(0, 0, m_chart->size().width(), plot.bottom()));
    // Range spans under everything else.
    for (const Placed& p : m_placed) {
        if (p.x == p.x2)
            continue;
        QColor fill = p.index == m_selected ? m_theme.accent : colorOf(p.index);
        fill.setAlpha(p.index == m_selected ? 48 : 26);
        painter->fillRect(QRectF(QPointF(p.x, plot.top()), QPointF(p.x2, plot.bottom())), fill);
    }
    // Ticks for every marked event, labelled or not.
    for (const Placed& p : m_placed) {
        painter->setPen(QPen(p.index == m_selected ? m_theme.accent : colorOf(p.index), 1.5));
        painter->drawLine(QPointF(p.x, plot.top()), QPointF(p.x, plot.top() + TICK));
    }
    // Leader lines and labels.
    const QFont font = m_theme.font(LABEL_PX);
    const QFontMetricsF fm(font);
    painter->setFont(font);
    for (auto it = m_placed.crbegin(); it != m_placed.crend(); ++it) { // highest priority painted last
        const Placed& p = *it;
        if (p.label.isEmpty())
            continue;
        const bool selected = p.index == m_selected;
        QColor color = selected ? m_theme.accent : colorOf(p.index);
        QPen line(color, selected ? 2.0 : 1.0, selected ? Qt::SolidLine : Qt::DashLine);
        if (!selected)
            line.setColor(QColor(color.red(), color.green(), color.blue(), 170));
        painter->setPen(line);
        painter->drawLine(QPointF(p.x, p.label.bottom()), QPointF(p.x, plot.bottom()));

        painter->setPen(QPen(color, selected ? 1.5 : 1.0));
        painter->setBrush(selected ? QBrush(color) : QBrush(m_theme.background));
        painter->drawRoundedRect(p.label, 3, 3);
        painter->setPen(selected ? m_theme.background : m_theme.text);
        const QString text = fm.elidedText(m_dataset->title(p.index, m_lang).toString(), Qt::ElideRight, p.textWidth);
        painter->drawText(p.label.adjusted(LABEL_PAD, 0, -LABEL_PAD + 1, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }

    painter->setClipRect(plot.adjusted(0, 0, 1, 1));
    if (m_reference && m_reference >= m_layoutMin && m_reference <= m_layoutMax) {
        const qreal x = timeToX(*m_reference);
        painter->setPen(QPen(m_theme.axis, 1.5));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(m_theme.mutedText);
        painter->drawText(QPointF(x + 4, plot.bottom() - 6), m_referenceLabel);
    }
    if (!m_note.isEmpty()) {
        painter->setFont(m_theme.font(LABEL_PX));
        painter->setPen(m_theme.accent);
        painter->drawText(plot.adjusted(8, TICK + 4, -8, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_note);
    }
    if (m_cursor && m_cursor >= m_layoutMin && m_cursor <= m_layoutMax) {
        const qreal x = timeToX(*m_cursor);
        painter->setPen(QPen(m_theme.mutedText, 1, Qt::DotLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    painter->restore();
}

} // namespace chrono::ui
