// SPDX-License-Identifier: GPL-3.0-or-later
// The three exportable views behind one interface: the timeline, a chart, and the report
// that stacks both on one shared time axis.
#include "app/render/viewrenderer.h"

#include "app/charts/chartbuilder.h"
#include "app/charts/chartrenderer.h"
#include "app/charts/trendchart.h"
#include "app/timeline/timelinepainter.h"

#include <QtCharts/QChart>
#include <QtGui/QPainter>
#include <QtWidgets/QGraphicsLayout>
#include <QtWidgets/QGraphicsScene>

#include <cmath>
#include <limits>

namespace chrono::ui {

namespace {

constexpr qreal REPORT_GAP = 12; ///< between the timeline and the chart
constexpr qreal MIN_TIMELINE_SHARE = 0.35;
constexpr qreal MAX_TIMELINE_SHARE = 0.68; // room for the 26 lanes of the embedded story at 1200 px
constexpr qreal MIN_CHART_HEIGHT = 120;

class TimelineRenderer final : public ViewRenderer {
public:
    explicit TimelineRenderer(const RenderInput& input)
        : m_input(input)
    {
        m_painter.setDataset(input.dataset);
        m_painter.setMask(input.mask);
        m_painter.setLanguage(input.language);
        m_painter.setTheme(input.theme);
        m_painter.setVisibleRange(input.range);
        m_painter.setSelectedEvent(input.selectedEvent);
        m_painter.setToday(input.today); // none unless asked for: pictures are reproducible
        m_painter.setDropLanesThatDoNotFit(true); // a picture cannot scroll: no half-drawn lanes
    }

    void layout(const QSizeF& size) override { m_painter.layout(QRectF(QPointF(0, 0), size)); }
    void paint(QPainter& painter, const QRectF& rect) override { m_painter.paint(painter, rect); }
    QStringList sourceIds() const override { return eventSourceIds(*m_input.dataset, m_input.mask, m_input.range); }

    TimelinePainter& painter() { return m_painter; }

private:
    RenderInput m_input;
    TimelinePainter m_painter;
};

ChartKind defaultKind(const Dataset& dataset, const QString& group)
{
    const auto lines = dataset.seriesGroup(group);
    if (!lines.isEmpty() && lines.first()->kind == SeriesKind::Price)
        return ChartKind::PriceStep;
    return ChartKind::Line;
}

/// True when a group's positive values span two decades or more: on a linear axis its
/// cheapest lines would lie flat on zero, so a picture of it uses a log axis.
bool spansDecades(const Dataset& dataset, const QString& group)
{
    double lo = std::numeric_limits<double>::infinity(), hi = 0;
    for (const Series* s : dataset.seriesGroup(group)) {
        for (const SeriesPoint& p : s->points) {
            if (std::isfinite(p.value) && p.value > 0) {
                lo = std::min(lo, p.value);
                hi = std::max(hi, p.value);
            }
        }
    }
    return hi > 0 && hi / lo >= 100;
}

class ChartViewRenderer final : public ViewRenderer {
public:
    explicit ChartViewRenderer(const RenderInput& input)
    {
        m_request.dataset = input.dataset;
        m_request.group = input.chartGroup;
        m_request.kind = chartKindFromName(input.chartKind).value_or(defaultKind(*input.dataset, input.chartGroup));
        m_request.filter = input.filter;
        m_request.events = input.mask;
        m_request.visibleRange = input.range;
        m_request.lang = input.language;
        m_request.theme = input.theme;
        m_request.selectedEvent = input.selectedEvent;
        if (m_request.visibleRange.isEmpty())
            m_request.visibleRange = ChartBuilder::dataExtent(m_request);
        m_request.logScale = m_request.kind == ChartKind::PriceStep && spansDecades(*input.dataset, input.chartGroup);
    }

    void layout(const QSizeF& size) override
    {
        const QSize pixels = size.toSize();
        if (m_chart && pixels == m_request.pixelSize)
            return;
        m_request.pixelSize = pixels;
        m_chart = ChartBuilder::build(m_request);
    }

    void paint(QPainter& painter, const QRectF& rect) override
    {
        if (m_chart)
            ChartRenderer::render(*m_chart, m_request.pixelSize, &painter, rect);
    }

    QStringList sourceIds() const override
    {
        return pointSourceIds(*m_request.dataset, ChartBuilder::shownSeries(m_request), m_request.visibleRange);
    }

    /// The plot area at the laid-out size, in the chart's own coordinates.
    QRectF plotArea()
    {
        if (!m_chart)
            return {};
        QChart* chart = m_chart->chart();
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(m_request.pixelSize)));
        if (QGraphicsLayout* l = chart->layout())
            l->activate();
        const QRectF plot = chart->plotArea();
        scene.removeItem(chart);
        return plot;
    }

private:
    ChartRequest m_request;
    std::unique_ptr<TrendChart> m_chart;
};

/// Timeline above, chart below, both mapping the same time range onto the same x pixels.
class ReportRenderer final : public ViewRenderer {
public:
    explicit ReportRenderer(const RenderInput& input)
        : m_timeline(input)
        , m_chart(withDefaultGroup(input))
        , m_wantsChart(!withDefaultGroup(input).chartGroup.isEmpty())
    {
    }

    void layout(const QSizeF& size) override
    {
        // Too little room for a readable chart: the report is the timeline alone.
        m_hasChart = m_wantsChart && size.height() * (1 - MAX_TIMELINE_SHARE) - REPORT_GAP >= MIN_CHART_HEIGHT;
        if (!m_hasChart) {
            m_timelineRect = QRectF(QPointF(0, 0), size);
            m_timeline.layout(size);
            return;
        }
        // The timeline gets the height its lanes need, within bounds; the chart the rest.
        m_timeline.layout(QSizeF(size.width(), size.height() * MAX_TIMELINE_SHARE));
        const qreal wanted = m_timeline.painter().frame().lanesTop + m_timeline.painter().contentHeight();
        const qreal timelineHeight = std::floor(std::clamp(wanted, size.height() * MIN_TIMELINE_SHARE, size.height() * MAX_TIMELINE_SHARE));
        m_timelineRect = QRectF(0, 0, size.width(), timelineHeight);
        m_timeline.layout(m_timelineRect.size());
        const TimeScale scale = m_timeline.painter().scale();

        // Place the chart so that its plot area spans exactly the timeline's time area: a
        // date then sits at the same x in both. Plot margins (axis labels, padding) hardly
        // depend on the width, so one correction after a first layout is enough.
        const qreal chartTop = timelineHeight + REPORT_GAP;
        const qreal chartHeight = size.height() - chartTop;
        m_chartRect = QRectF(0, chartTop, size.width(), chartHeight);
        m_chart.layout(m_chartRect.size());
        for (int pass = 0; pass < 2; ++pass) {
            const QRectF plot = m_chart.plotArea();
            const qreal marginLeft = plot.left();
            const qreal marginRight = m_chartRect.width() - plot.right();
            m_chartRect = QRectF(scale.x0 - marginLeft, chartTop, scale.width + marginLeft + marginRight, chartHeight);
            m_chart.layout(m_chartRect.size());
        }
    }

    void paint(QPainter& painter, const QRectF& rect) override
    {
        painter.save();
        painter.translate(rect.topLeft());
        painter.save();
        m_timeline.paint(painter, m_timelineRect);
        painter.restore();
        if (m_hasChart) {
            painter.save();
            m_chart.paint(painter, m_chartRect);
            painter.restore();
        }
        painter.restore();
    }

    QStringList sourceIds() const override
    {
        QStringList ids = m_timeline.sourceIds();
        if (m_hasChart) {
            for (const QString& id : m_chart.sourceIds()) {
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
        return ids;
    }

private:
    static RenderInput withDefaultGroup(RenderInput input)
    {
        if (input.chartGroup.isEmpty() && !input.dataset->seriesGroups().isEmpty())
            input.chartGroup = input.dataset->seriesGroups().constFirst();
        return input;
    }

    TimelineRenderer m_timeline;
    ChartViewRenderer m_chart;
    bool m_wantsChart;
    bool m_hasChart = false;
    QRectF m_timelineRect;
    QRectF m_chartRect;
};

} // namespace

std::unique_ptr<ViewRenderer> createTimelineRenderer(const RenderInput& input)
{
    return std::make_unique<TimelineRenderer>(input);
}

std::unique_ptr<ViewRenderer> createChartRenderer(const RenderInput& input)
{
    return std::make_unique<ChartViewRenderer>(input);
}

std::unique_ptr<ViewRenderer> createReportRenderer(const RenderInput& input)
{
    return std::make_unique<ReportRenderer>(input);
}

} // namespace chrono::ui
