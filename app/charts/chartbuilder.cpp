// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/charts/chartbuilder.h"

#include "app/charts/eventmarkeritem.h"
#include "core/layout/seriestransform.h"
#include "core/lod/plotpointcache.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QLogValueAxis>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <iterator>
#include <cmath>

namespace chrono::ui {

namespace {

/// Series with at most this many points get point markers (the facts ask for markers on
/// sparse, irregular data; on dense series they would only be noise).
constexpr qsizetype MARKER_LIMIT = 400;
constexpr qreal LINE_WIDTH = 2.0;
constexpr qreal MARKER_SIZE = 7.0;
/// More lines than this and the legend names companies instead of lines.
constexpr qsizetype MAX_LEGEND_LINES = 12;

QString pick(Language lang, const char* en, const char* zh)
{
    return lang == Language::Chinese ? QString::fromUtf8(zh) : QString::fromUtf8(en);
}

/// Steps change at the start of their day; everything else sits in the middle of the period
/// it stands for (a monthly figure belongs to mid-month).
PlotAnchor anchorOf(ChartKind kind)
{
    return kind == ChartKind::PriceStep ? PlotAnchor::PeriodStart : PlotAnchor::PeriodMiddle;
}

QColor seriesColor(const Dataset& d, const Series& s, QHash<QString, int>& uses)
{
    const int company = s.company.isEmpty() ? -1 : d.companyIndex(s.company);
    QColor base = company >= 0 ? Theme::companyColor(d.companies()[company]) : Theme::paletteColor(s.id);
    // Several lines of one company (e.g. two models' prices) must stay apart: vary lightness,
    // within bounds and cycling, so that the 20th line of a company is not black or white.
    static constexpr int VARIANTS[] = { 0, -35, 35, -65, 60, -90 }; // darker < 0 < lighter, percent
    const int n = uses[company >= 0 ? s.company : s.id]++;
    const int v = VARIANTS[n % int(std::size(VARIANTS))];
    if (v < 0)
        base = base.darker(100 - v);
    else if (v > 0)
        base = base.lighter(100 + v);
    return base;
}

} // namespace

/// Does the building; a friend of TrendChart.
class ChartBuilderPrivate {
public:
    ChartBuilderPrivate(TrendChart& t, const ChartRequest& r, const ChartBuilder::Options& o)
        : m_t(t)
        , m_r(r)
        , m_o(o)
    {
    }

    void run();

private:
    void styleAxes();
    void addLines(const QList<const Series*>& series);
    void addStacked(const QList<const Series*>& series, bool relative);
    /// A line through points[begin, end) (all of them with end < 0); `plot` when `points` is its
    /// unchanged measured list, so that decimation can use the pyramid.
    QLineSeries* addLine(const QString& id, const QString& name, const QList<QPointF>& points, const QColor& color, bool dashed,
        bool inLegend, qsizetype begin = 0, qsizetype end = -1, const std::shared_ptr<const PlotPoints>& plot = {});
    /// The series' points as drawn, from the dataset's cache (made once per snapshot).
    std::shared_ptr<const PlotPoints> plotPointsOf(const Series& s, bool positiveOnly) const
    {
        return cachedPlotPoints(*m_r.dataset, s, anchorOf(m_r.kind), positiveOnly);
    }
    void addMarkers(const QString& id, const QList<QPointF>& points, const QList<int>& index, const QColor& color, bool hollow,
        QAbstractSeries* attach);
    void attach(QAbstractSeries* s, const QString& id)
    {
        m_t.m_chart->addSeries(s);
        s->attachAxis(m_t.m_timeAxis);
        s->attachAxis(m_t.m_valueAxis);
        m_t.m_seriesIds.insert(s, id);
    }
    void hideFromLegend(QAbstractSeries* s)
    {
        for (QLegendMarker* m : m_t.m_chart->legend()->markers(s))
            m->setVisible(false);
    }
    QString unitTitle(const QList<const Series*>& series) const;
    /// One legend entry per company (with its line count) instead of one per line.
    void addCompanyLegend(const QStringList& companies, const QHash<QString, int>& lineCounts, int total);

    TrendChart& m_t;
    const ChartRequest& m_r;
    const ChartBuilder::Options& m_o;
    QHash<QString, int> m_colorUses;
    const TimeRange m_extent = ChartBuilder::dataExtent(m_r); ///< one pass over the points, not one per use
};

void ChartBuilderPrivate::addCompanyLegend(const QStringList& companies, const QHash<QString, int>& lineCounts, int total)
{
    const Dataset& d = *m_r.dataset;
    for (const QString& id : companies) {
        const int c = id.isEmpty() ? -1 : d.companyIndex(id);
        QString name = id.isEmpty() ? pick(m_r.lang, "Other", "其他") : id;
        if (c >= 0 && !d.companies()[c].name.text(m_r.lang).isEmpty())
            name = d.companies()[c].name.text(m_r.lang);
        const int n = lineCounts.value(id);
        // A legend-only entry: no points, the company's base colour, no series id (not clickable).
        auto* entry = new QLineSeries;
        entry->setName(m_r.lang == Language::Chinese
                ? QStringLiteral("%1（%2 条）").arg(name).arg(n)
                : QStringLiteral("%1 (%2 %3)").arg(name).arg(n).arg(n == 1 ? QStringLiteral("line") : QStringLiteral("lines")));
        entry->setPen(QPen(c >= 0 ? Theme::companyColor(d.companies()[c]) : m_r.theme.mutedText, LINE_WIDTH));
        m_t.m_chart->addSeries(entry);
        entry->attachAxis(m_t.m_timeAxis);
        entry->attachAxis(m_t.m_valueAxis);
        m_t.m_inLegend.insert(entry);
    }
    if (m_t.m_note.isEmpty()) {
        m_t.m_note = pick(m_r.lang, "%1 lines: one colour per company, one shade per line",
            "共 %1 条线：每家公司一种颜色，每条线一种深浅")
                         .arg(total);
        m_t.m_markers->setNote(m_t.m_note);
    }
}

QLineSeries* ChartBuilderPrivate::addLine(const QString& id, const QString& name, const QList<QPointF>& points, const QColor& color,
    bool dashed, bool inLegend, qsizetype begin, qsizetype end, const std::shared_ptr<const PlotPoints>& plot)
{
    if (end < 0)
        end = points.size();
    auto* line = new QLineSeries;
    line->setName(name);
    // Round joins matter on sparse lines (few, visible corners); on dense ones they are
    // invisible and make Qt's stroker (run on every geometry update) far slower.
    const bool sparse = end - begin <= MARKER_LIMIT;
    QPen pen(color, LINE_WIDTH, dashed ? Qt::DashLine : Qt::SolidLine, sparse ? Qt::RoundCap : Qt::FlatCap,
        sparse ? Qt::RoundJoin : Qt::BevelJoin);
    line->setPen(pen);
    attach(line, id);
    if (inLegend)
        m_t.m_inLegend.insert(line);
    else
        hideFromLegend(line);
    m_t.m_lines.append({ line, points, begin, end, plot, {} });
    return line;
}

void ChartBuilderPrivate::addMarkers(const QString& id, const QList<QPointF>& points, const QList<int>& index, const QColor& color,
    bool hollow, QAbstractSeries* attachTo)
{
    if (points.isEmpty())
        return;
    m_t.m_hoverLines.append({ id, attachTo, points, index });
    if (points.size() > MARKER_LIMIT)
        return;
    auto* scatter = new QScatterSeries;
    scatter->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    scatter->setMarkerSize(hollow ? MARKER_SIZE + 1 : MARKER_SIZE);
    scatter->setPen(QPen(color, hollow ? 1.6 : 1.0));
    scatter->setBrush(hollow ? QBrush(m_r.theme.background) : QBrush(color));
    attach(scatter, id);
    hideFromLegend(scatter);
    // Markers are few (<= MARKER_LIMIT): not decimated, but still filled with replace().
    scatter->replace(points);
}

QString ChartBuilderPrivate::unitTitle(const QList<const Series*>& series) const
{
    for (const Series* s : series)
        if (!s->unit.isEmpty())
            return s->unit;
    return {};
}

void ChartBuilderPrivate::addLines(const QList<const Series*>& series)
{
    const Dataset& d = *m_r.dataset;
    const bool step = m_r.kind == ChartKind::PriceStep;
    const bool growth = m_r.kind == ChartKind::Growth;
    const TimeRange extent = m_extent;
    std::optional<TimeMs> base = m_r.growthBase;
    QString baseLabel = base ? Date::fromMs(*base, DatePrecision::Day).toString() : QString();
    QStringList withoutBase;

    // A group of many lines (e.g. every model's price) cannot name each one readably: the
    // legend then names the companies, one entry each with its line count, and says so.
    const bool byCompany = series.size() > MAX_LEGEND_LINES;
    QStringList companyOrder;
    QHash<QString, int> linesPerCompany;
    for (const Series* s : series) {
        const std::shared_ptr<const PlotPoints> sp = plotPointsOf(*s, m_r.logScale && !growth);
        // Implicitly shared with the cache: copied only if growth rebases them below.
        QList<QPointF> measured = sp->measured;
        QList<QPointF> claims = sp->claims;
        if (byCompany) {
            if (!linesPerCompany.contains(s->company))
                companyOrder.append(s->company);
            ++linesPerCompany[s->company];
        }
        const QColor color = seriesColor(d, *s, m_colorUses);
        const QString title = s->title.text(m_r.lang).isEmpty() ? s->id : s->title.text(m_r.lang);

        if (growth) {
            if (!base) { // default base: the first data point of the chart, named at its own precision
                for (const Series* other : series)
                    for (const SeriesPoint& p : other->points)
                        if (p.date.isValid() && (!base || p.date.midMs() < *base)) {
                            base = p.date.midMs();
                            baseLabel = p.date.toString();
                        }
            }
            // Claims are stated against the same base value as the measured line.
            const QList<QPointF>& reference = measured.isEmpty() ? claims : measured;
            const auto g = growthIndex(reference, double(*base));
            if (!g) {
                withoutBase.append(title);
                continue;
            }
            auto rebase = [&](QList<QPointF>& pts) {
                for (QPointF& p : pts)
                    p.setY(p.y() / g->baseValue * 100.0 - 100.0);
            };
            rebase(measured);
            rebase(claims);
        }

        bool legendShown = false;
        QAbstractSeries* anchor = nullptr;
        if (!measured.isEmpty()) {
            if (step) {
                anchor = addLine(s->id, title, stepExpand(measured, double(extent.end)), color, false, !byCompany);
            } else {
                // A gap longer than k× the median spacing breaks the line: nothing is known there.
                // Segments are ranges of the one list (gaps depend on x only, so growth keeps them);
                // the pyramid holds for the cached values only.
                const std::shared_ptr<const PlotPoints> plot = growth ? nullptr : sp;
                qsizetype from = 0;
                for (qsizetype k = 0; k <= sp->measuredGaps.size(); ++k) {
                    const qsizetype to = k < sp->measuredGaps.size() ? sp->measuredGaps[k] : measured.size();
                    QLineSeries* line = addLine(s->id, title, measured, color, false, !legendShown && !byCompany, from, to, plot);
                    legendShown = true;
                    anchor = anchor ? anchor : line;
                    from = to;
                }
            }
            legendShown = true;
            addMarkers(s->id, measured, sp->measuredIndex, color, false, anchor);
        }
        if (!claims.isEmpty()) {
            const QList<QPointF> pts = step ? stepExpand(claims) : claims;
            QLineSeries* line = addLine(s->id, claimSeriesName(title, m_r.lang), pts, color, true, !byCompany);
            addMarkers(s->id, claims, sp->claimIndex, color, true, line);
        }
        m_t.m_order.append(s->id);
    }
    if (byCompany)
        addCompanyLegend(companyOrder, linesPerCompany, int(series.size()));

    if (growth && base) {
        const QString& date = baseLabel;
        m_t.m_markers->setReferenceLine(*base, pick(m_r.lang, "Base ", "基准 ") + date);
        m_t.m_valueAxis->setTitleText(pick(m_r.lang, "Change since %1 (%)", "相对 %1 的变化（%）").arg(date));
        m_t.m_includeZero = true;
    } else {
        m_t.m_valueAxis->setTitleText(unitTitle(series));
        // Shares, prices and counts are read against zero; other quantities get the data's range.
        m_t.m_includeZero = !m_r.logScale && std::any_of(series.cbegin(), series.cend(), [](const Series* s) {
            return s->kind == SeriesKind::Share || s->kind == SeriesKind::Price || s->kind == SeriesKind::Count;
        });
    }
    if (!withoutBase.isEmpty()) {
        m_t.m_note = pick(m_r.lang, "Not drawn, no value at or before the base date: %1", "未绘制，基准日期及之前没有数值：%1")
                         .arg(withoutBase.join(QStringLiteral(", ")));
        m_t.m_markers->setNote(m_t.m_note); // said on the chart itself, so exports carry it
    }
}

void ChartBuilderPrivate::addStacked(const QList<const Series*>& series, bool relative)
{
    const Dataset& d = *m_r.dataset;
    QList<QList<QPointF>> measured;
    QList<std::shared_ptr<const PlotPoints>> splits;
    QList<QColor> colors;
    const bool percent = std::all_of(series.cbegin(), series.cend(), [](const Series* s) { return s->kind == SeriesKind::Share; });
    QList<const Series*> stacked; // series with measurements; claim-only lines are not stacked
    QList<const Series*> claimOnly;
    for (const Series* s : series)
        (plotPointsOf(*s, false)->measured.isEmpty() ? claimOnly : stacked).append(s);
    for (const Series* s : stacked + claimOnly) {
        splits.append(plotPointsOf(*s, false));
        if (splits.size() <= stacked.size())
            measured.append(splits.last()->measured);
        colors.append(seriesColor(d, *s, m_colorUses));
    }
    const StackedShares st = stackShares(measured, relative ? StackMode::Relative : StackMode::Absolute,
        percent ? std::optional<double>(100.0) : std::nullopt);

    auto bandPoints = [&](const QList<double>& ys) {
        QList<QPointF> pts;
        pts.reserve(st.x.size());
        for (qsizetype i = 0; i < st.x.size(); ++i)
            pts.append(QPointF(st.x[i], ys[i]));
        return pts;
    };
    auto addBand = [&](const QString& id, const QString& name, int band, const QColor& color, const QBrush& brush) {
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        auto* area = new QAreaSeries(upper, lower);
        // QAreaSeries does not own its boundary lines: parent them, or every stacked chart leaks
        // two line series per band (found by LeakSanitizer in the monkey test).
        upper->setParent(area);
        lower->setParent(area);
        area->setName(name);
        area->setPen(QPen(color.darker(115), 1.0));
        area->setBrush(brush);
        attach(area, id);
        m_t.m_inLegend.insert(area);
        const QList<QPointF> top = bandPoints(st.upper[band]);
        const QList<QPointF> bottom = bandPoints(st.lower[band]);
        m_t.m_lines.append({ upper, top, 0, top.size(), nullptr, {} });
        m_t.m_lines.append({ lower, bottom, 0, bottom.size(), nullptr, {} });
        return area;
    };

    const QList<const Series*> ordered = stacked + claimOnly;
    for (int i = 0; i < stacked.size(); ++i) {
        const Series* s = stacked[i];
        const QString title = s->title.text(m_r.lang).isEmpty() ? s->id : s->title.text(m_r.lang);
        QColor fill = colors[i];
        fill.setAlpha(210);
        QAreaSeries* area = addBand(s->id, title, i, colors[i], QBrush(fill));
        // Hover shows the reported value at the top of its band.
        QList<QPointF> tops;
        QList<int> index;
        for (int k = 0; k < splits[i]->measured.size(); ++k) {
            const auto at = std::lower_bound(st.x.cbegin(), st.x.cend(), splits[i]->measured[k].x()) - st.x.cbegin();
            tops.append(QPointF(st.x[at], st.upper[i][at]));
            index.append(splits[i]->measuredIndex.isEmpty() ? k : splits[i]->measuredIndex[k]);
        }
        m_t.m_hoverLines.append({ s->id, area, tops, index });
        m_t.m_order.append(s->id);
    }
    if (st.hasRemainder()) {
        QColor grey = m_r.theme.mutedText;
        QBrush hatch(grey, Qt::BDiagPattern);
        addBand(QString(), pick(m_r.lang, "Other / not reported", "其他 / 未报告"), int(stacked.size()), grey, hatch);
    }
    // Claims are figures, not shares of a whole that can be stacked: drawn as unstacked
    // dashed lines over the absolute stack, left out of the relative one.
    if (!relative) {
        for (int i = 0; i < ordered.size(); ++i) {
            const PlotPoints& sp = *splits[i];
            if (sp.claims.isEmpty())
                continue;
            const Series* s = ordered[i];
            const QString title = s->title.text(m_r.lang).isEmpty() ? s->id : s->title.text(m_r.lang);
            QLineSeries* line = addLine(s->id, claimSeriesName(title, m_r.lang), sp.claims, colors[i], true, true);
            addMarkers(s->id, sp.claims, sp.claimIndex, colors[i], true, line);
            if (!m_t.m_order.contains(s->id))
                m_t.m_order.append(s->id);
        }
    }
    m_t.m_stacked = true;
    m_t.m_includeZero = true;
    m_t.m_valueAxis->setTitleText(relative ? pick(m_r.lang, "Share of the lines shown (%)", "占所示各项合计的比例（%）")
                                           : unitTitle(series));
}

void ChartBuilderPrivate::styleAxes()
{
    const Theme& th = m_r.theme;
    for (QAbstractAxis* axis : { static_cast<QAbstractAxis*>(m_t.m_timeAxis), m_t.m_valueAxis }) {
        axis->setLabelsFont(th.font(12));
        axis->setLabelsColor(th.mutedText);
        axis->setTitleFont(th.font(12));
        axis->setTitleBrush(th.mutedText);
        axis->setGridLineColor(th.grid);
        axis->setMinorGridLineColor(th.grid);
        axis->setLinePen(QPen(th.axis, 1));
        axis->setShadesVisible(false);
    }
    m_t.m_timeAxis->setGridLineVisible(false);
}

void ChartBuilderPrivate::run()
{
    auto* chart = new QChart;
    m_t.m_chart = chart;
    const Theme& th = m_r.theme;
    chart->setAnimationOptions(QChart::NoAnimation); // animations would make exports depend on timing
    chart->setBackgroundBrush(th.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setLocalizeNumbers(false);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(th.font(12));
    chart->legend()->setLabelColor(th.text);
    chart->legend()->setBackgroundVisible(false);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);

    m_t.m_timeAxis = new QCategoryAxis;
    m_t.m_timeAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    if (m_r.logScale && (m_r.kind == ChartKind::Line || m_r.kind == ChartKind::PriceStep)) {
        auto* log = new QLogValueAxis;
        log->setBase(10);
        log->setLabelFormat(QStringLiteral("%g"));
        log->setMinorTickCount(-1);
        m_t.m_valueAxis = log;
    } else {
        auto* value = new QValueAxis;
        value->setLabelFormat(QStringLiteral("%g"));
        m_t.m_valueAxis = value;
    }
    chart->addAxis(m_t.m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_t.m_valueAxis, Qt::AlignLeft);
    styleAxes();

    m_t.m_markers = new EventMarkerItem(chart, m_t.m_timeAxis, m_r.dataset, m_r.events, m_r.lang, th);
    m_t.m_markers->setTitle(m_r.title);
    m_t.m_markers->setSelectedEvent(m_r.selectedEvent);

    const QList<const Series*> series = ChartBuilder::shownSeries(m_r);
    switch (m_r.kind) {
    case ChartKind::StackedArea:
        addStacked(series, false);
        break;
    case ChartKind::StackedAreaRelative:
        addStacked(series, true);
        break;
    case ChartKind::Line:
    case ChartKind::PriceStep:
    case ChartKind::Growth:
        addLines(series);
        break;
    }

    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (auto* area = qobject_cast<QAreaSeries*>(marker->series())) {
            marker->setShape(QLegend::MarkerShapeRectangle);
            marker->setBrush(area->brush());
            marker->setPen(area->pen());
        }
    }
    // Legend markers of hidden lines stay, faded, so a click can bring the line back.
    for (const QString& id : std::as_const(m_r.hiddenSeries))
        m_t.setSeriesHidden(id, true);

    chart->setMargins(QMargins(12, int(std::ceil(m_t.m_markers->reservedHeight())), 24, 6));
    m_t.m_pixelWidth = m_r.pixelSize.width();
    TimeRange range = m_r.visibleRange.isEmpty() ? m_extent : m_r.visibleRange.normalized();
    if (range.isEmpty()) { // nothing to draw: still a valid, labelled empty chart
        const TimeMs now = m_r.dataset && m_r.dataset->timeExtent() ? m_r.dataset->timeExtent()->first : 0;
        range = { now, now + 365 * MS_PER_DAY };
    }
    m_t.setVisibleRange(range);
}

QString claimSeriesName(const QString& title, Language lang)
{
    return lang == Language::Chinese ? title + QString::fromUtf8("（声称）") : title + QStringLiteral(" (claim)");
}

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Line:
        return QStringLiteral("line");
    case ChartKind::StackedArea:
        return QStringLiteral("stacked");
    case ChartKind::StackedAreaRelative:
        return QStringLiteral("stacked-relative");
    case ChartKind::PriceStep:
        return QStringLiteral("step");
    case ChartKind::Growth:
        return QStringLiteral("growth");
    }
    return QStringLiteral("line");
}

std::optional<ChartKind> chartKindFromName(QStringView name)
{
    for (ChartKind k : { ChartKind::Line, ChartKind::StackedArea, ChartKind::StackedAreaRelative, ChartKind::PriceStep, ChartKind::Growth })
        if (name == chartKindName(k))
            return k;
    return std::nullopt;
}

QList<const Series*> ChartBuilder::shownSeries(const ChartRequest& request)
{
    QList<const Series*> out;
    if (!request.dataset)
        return out;
    for (const Series* s : request.dataset->seriesGroup(request.group))
        if (request.filter.companies.isEmpty() || s->company.isEmpty() || request.filter.companies.contains(s->company))
            out.append(s);
    return out;
}

TimeRange ChartBuilder::dataExtent(const ChartRequest& request)
{
    TimeMs lo = std::numeric_limits<TimeMs>::max();
    TimeMs hi = std::numeric_limits<TimeMs>::min();
    // Points are sorted by date (start, then coarser first), so the extent is found at the
    // ends: the first valid point starts it; walking back from the last, only points that
    // start less than a year (the longest period) before the latest end can end later.
    constexpr TimeMs LONGEST_PERIOD = 366 * MS_PER_DAY;
    for (const Series* s : shownSeries(request)) {
        const QList<SeriesPoint>& pts = s->points;
        for (const SeriesPoint& p : pts)
            if (p.date.isValid()) {
                lo = std::min(lo, p.date.ms);
                break;
            }
        TimeMs latestEnd = std::numeric_limits<TimeMs>::min();
        for (qsizetype i = pts.size() - 1; i >= 0; --i) {
            const Date& date = pts[i].date;
            if (!date.isValid())
                continue;
            if (latestEnd != std::numeric_limits<TimeMs>::min() && date.ms + LONGEST_PERIOD < latestEnd)
                break;
            latestEnd = std::max(latestEnd, date.endMs());
        }
        hi = std::max(hi, latestEnd);
    }
    if (request.kind == ChartKind::Growth && request.growthBase && lo <= hi) {
        lo = std::min(lo, *request.growthBase);
        hi = std::max(hi, *request.growthBase);
    }
    if (lo > hi)
        return {};
    const TimeMs pad = std::max<TimeMs>((hi - lo) / 40, MS_PER_DAY);
    return { lo - pad, hi + pad };
}

std::unique_ptr<TrendChart> ChartBuilder::build(const ChartRequest& request)
{
    return build(request, Options());
}

std::unique_ptr<TrendChart> ChartBuilder::build(const ChartRequest& request, const Options& options)
{
    std::unique_ptr<TrendChart> chart(new TrendChart(request));
    chart->m_decimate = options.decimate;
    ChartBuilderPrivate(*chart, chart->m_request, options).run();
    return chart;
}

} // namespace chrono::ui
