// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/charts/trendchart.h"

#include "app/charts/chartbuilder.h"
#include "app/charts/eventmarkeritem.h"
#include "core/axis/dateticks.h"
#include "core/lod/downsample.h"

#include <QtCharts/QAbstractSeries>
#include <QtCharts/QChart>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>
#include <QtCore/QLocale>

#include <algorithm>
#include <cmath>

namespace chrono::ui {

namespace {

/// A "nice" axis: bounds on multiples of a step of 1, 2 or 5 × 10^k, at most maxTicks ticks.
void niceRange(double& lo, double& hi, int maxTicks, int& tickCount)
{
    if (!(hi > lo)) {
        const double pad = std::max(1.0, std::abs(hi) * 0.1);
        lo -= pad;
        hi += pad;
    }
    const double raw = (hi - lo) / std::max(1, maxTicks - 1);
    const double decade = std::pow(10.0, std::floor(std::log10(raw)));
    double step = decade * 10;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        const double s = m * decade;
        if (std::ceil(hi / s - 1e-9) - std::floor(lo / s + 1e-9) <= maxTicks - 1) {
            step = s;
            break;
        }
    }
    lo = std::floor(lo / step + 1e-9) * step;
    hi = std::ceil(hi / step - 1e-9) * step;
    tickCount = int(std::lround((hi - lo) / step)) + 1;
}

} // namespace

TrendChart::TrendChart(const ChartRequest& request)
    : m_request(request)
{
}

TrendChart::~TrendChart()
{
    if (m_chart && !m_chart->scene())
        delete m_chart.data();
}

void TrendChart::setVisibleRange(const TimeRange& range)
{
    if (!m_chart)
        return;
    m_range = range.normalized();
    if (m_range.isEmpty())
        m_range.end = m_range.start + 1;
    const int columns = std::max(1, m_pixelWidth);
    // Qt Charts re-strokes a line's whole path (QPainterPathStroker, for its hit shape) on
    // every change of its points *and* of either axis' range. So the lines are decimated
    // first, emptied while the axes change (cheap), and each gets its points once, at the end.
    for (Line& line : m_lines) {
        if (m_decimate && line.plot)
            line.drawn = downsampleMinMax(line.points, line.begin, line.end, line.plot->measuredPyramid, double(m_range.start),
                double(m_range.end), columns);
        else if (m_decimate)
            line.drawn = downsampleMinMax(line.data(), line.size(), double(m_range.start), double(m_range.end), columns);
        else // every point; the same list for every range
            line.drawn = line.size() == line.points.size() ? line.points : line.points.mid(line.begin, line.size());
        if (m_decimate && line.series->count() > 0)
            line.series->clear();
    }
    updateTimeTicks();
    rescaleValueAxis();
    if (!m_suspended)
        fillLines();
}

void TrendChart::fillLines()
{
    for (const Line& line : std::as_const(m_lines))
        if (line.series->count() != line.drawn.size()) // replace(), never append() in a loop
            line.series->replace(line.drawn);
}

void TrendChart::suspendLines()
{
    m_suspended = true;
    for (const Line& line : std::as_const(m_lines))
        if (line.series->count() > 0)
            line.series->clear();
}

void TrendChart::resumeLines(int pixelWidth)
{
    m_suspended = false;
    if (pixelWidth > m_pixelWidth) // more columns than decimated for: decimate again
        setPixelWidth(pixelWidth);
    else
        fillLines();
}

void TrendChart::updateTimeTicks()
{
    const auto labels = m_timeAxis->categoriesLabels();
    for (const QString& label : labels)
        m_timeAxis->remove(label);
    m_timeAxis->setRange(double(m_range.start), double(m_range.end));
    m_timeAxis->setStartValue(double(m_range.start));
    const int width = std::max(1, m_pixelWidth);
    DateTicks ticks = computeDateTicksForCount(m_range, std::max(2, width / 95), m_request.lang);
    if (ticks.minorStep.unit < TickUnit::Month) // longer labels
        ticks = computeDateTicksForCount(m_range, std::max(2, width / 125), m_request.lang);
    for (const DateTick& t : std::as_const(ticks.minor))
        m_timeAxis->append(t.label, double(t.time));
}

void TrendChart::setPixelWidth(int width)
{
    // Decimating for more columns than there are pixels is still exact (just more points),
    // so a slightly narrower plot keeps the current points; a wider one needs new ones.
    if (width <= 0 || (width <= m_pixelWidth && width * 2 > m_pixelWidth))
        return;
    m_pixelWidth = width;
    setVisibleRange(m_range);
}

void TrendChart::rescaleValueAxis()
{
    double lo = qInf(), hi = -qInf();
    for (const Line& line : std::as_const(m_lines)) {
        if (!line.series->isVisible())
            continue;
        // The decimated points hold every column's extremes and the neighbours outside the
        // window, so their visible range is exactly that of all points, at a fraction of the cost.
        if (const auto r = visibleValueRange(line.drawn, double(m_range.start), double(m_range.end))) {
            lo = std::min(lo, r->first);
            hi = std::max(hi, r->second);
        }
    }
    const int ticks = std::clamp(m_request.pixelSize.height() / 70, 4, 11);
    if (auto* log = qobject_cast<QLogValueAxis*>(m_valueAxis)) {
        if (!(lo <= hi) || lo <= 0) {
            lo = 1;
            hi = 10;
        }
        // Whole decades keep the log labels readable.
        log->setRange(std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi * 1.0001))));
        return;
    }
    auto* axis = static_cast<QValueAxis*>(m_valueAxis);
    if (!(lo <= hi)) {
        lo = 0;
        hi = 1;
    }
    if (m_includeZero) {
        lo = std::min(lo, 0.0);
        hi = std::max(hi, 0.0);
    }
    if (m_stacked && m_request.kind == ChartKind::StackedAreaRelative)
        hi = 100;
    if (!m_stacked && hi > lo) { // breathing room above and below the lines
        const double pad = (hi - lo) * 0.04;
        hi += pad;
        lo = lo < 0 || !m_includeZero ? lo - pad : lo;
    }
    int tickCount = 0;
    niceRange(lo, hi, ticks, tickCount);
    axis->setRange(lo, hi);
    axis->setTickCount(tickCount);
}

void TrendChart::setSelectedEvent(int eventIndex)
{
    m_request.selectedEvent = eventIndex;
    m_markers->setSelectedEvent(eventIndex);
}

void TrendChart::setCursorTime(std::optional<TimeMs> ms)
{
    m_markers->setCursorTime(ms);
}

void TrendChart::setSeriesHidden(const QString& seriesId, bool hidden)
{
    if (hidden)
        m_request.hiddenSeries.insert(seriesId);
    else
        m_request.hiddenSeries.remove(seriesId);
    for (QAbstractSeries* s : qtSeries(seriesId)) {
        s->setVisible(!hidden);
        for (QLegendMarker* marker : m_chart->legend()->markers(s)) {
            // Qt shows or hides a legend entry with its series; keep exactly the primary
            // entries, faded while hidden, so that a click can bring the line back.
            const bool primary = m_inLegend.contains(s);
            marker->setVisible(primary);
            if (!primary)
                continue;
            QColor label = m_request.theme.text;
            label.setAlpha(hidden ? 90 : 255);
            marker->setLabelBrush(label);
        }
    }
    rescaleValueAxis();
}

QStringList TrendChart::seriesIds() const
{
    return m_order;
}

QList<QAbstractSeries*> TrendChart::qtSeries(const QString& seriesId) const
{
    QList<QAbstractSeries*> out;
    if (!m_chart)
        return out;
    for (QAbstractSeries* s : m_chart->series())
        if (m_seriesIds.value(s) == seriesId && m_seriesIds.contains(s))
            out.append(s);
    return out;
}

QString TrendChart::seriesIdOf(const QAbstractSeries* series) const
{
    return m_seriesIds.value(series);
}

qsizetype TrendChart::drawnPointCount() const
{
    qsizetype n = 0;
    for (const Line& line : m_lines)
        n += line.series->count();
    return n;
}

int TrendChart::eventAt(const QPointF& chartPos) const
{
    return m_markers ? m_markers->eventAt(chartPos) : -1;
}

std::optional<TimeMs> TrendChart::timeAt(const QPointF& chartPos) const
{
    if (!m_chart)
        return std::nullopt;
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(chartPos) || plot.width() <= 0)
        return std::nullopt;
    return m_range.start + TimeMs(double(m_range.delta()) * (chartPos.x() - plot.left()) / plot.width());
}

std::optional<ChartHover> TrendChart::hoverAt(const QPointF& chartPos, qreal maxDistance) const
{
    if (!m_chart || !m_chart->plotArea().adjusted(-maxDistance, -maxDistance, maxDistance, maxDistance).contains(chartPos))
        return std::nullopt;
    std::optional<ChartHover> best;
    qreal bestDistance = maxDistance;
    for (const HoverLine& line : m_hoverLines) {
        if (!line.attach || !line.attach->isVisible() || line.points.isEmpty())
            continue;
        const double x = m_chart->mapToValue(chartPos, line.attach).x();
        auto it = std::lower_bound(line.points.cbegin(), line.points.cend(), x, [](const QPointF& p, double v) { return p.x() < v; });
        const qsizetype at = it - line.points.cbegin();
        for (qsizetype i = std::max<qsizetype>(0, at - 2); i < std::min(line.points.size(), at + 2); ++i) {
            const QPointF pos = m_chart->mapToPosition(line.points[i], line.attach);
            const qreal d = std::hypot(pos.x() - chartPos.x(), pos.y() - chartPos.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = ChartHover { line.seriesId, line.dataIndex.isEmpty() ? int(i) : line.dataIndex[i], pos };
            }
        }
    }
    return best;
}

QString TrendChart::hoverText(const ChartHover& hover) const
{
    const Dataset* d = m_request.dataset.get();
    const Series* s = d ? d->findSeries(hover.seriesId) : nullptr;
    if (!s || hover.pointIndex < 0 || hover.pointIndex >= s->points.size())
        return {};
    const bool zh = m_request.lang == Language::Chinese;
    const SeriesPoint& p = s->points[hover.pointIndex];
    QStringList lines;
    const QString title = s->title.text(m_request.lang).isEmpty() ? s->id : s->title.text(m_request.lang);
    lines << (p.status == PointStatus::Claim ? claimSeriesName(title, m_request.lang) : title);
    QString value = QLocale::c().toString(p.value, 'g', 6);
    if (!s->unit.isEmpty())
        value += QLatin1Char(' ') + s->unit;
    lines << value;
    lines << p.date.toString();
    for (const QString& id : p.sources) { // one line per source the point cites
        QString line = id;
        if (const Source* src = d->source(id)) {
            line = src->publisher;
            if (!src->title.isEmpty())
                line += (line.isEmpty() ? QString() : QStringLiteral(" — ")) + src->title;
        }
        lines << (zh ? QString::fromUtf8("来源：") : QStringLiteral("Source: ")) + line;
    }
    if (p.status == PointStatus::Claim) {
        const QString label = zh ? QString::fromUtf8("声称，未经核实") : QStringLiteral("Reported claim, not a measurement");
        lines << (p.note.isEmpty() ? label : label + QStringLiteral(": ") + p.note);
    } else if (!p.note.isEmpty()) {
        lines << p.note;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace chrono::ui
