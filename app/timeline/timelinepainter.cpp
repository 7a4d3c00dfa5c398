// SPDX-License-Identifier: GPL-3.0-or-later
// TimelinePainter: state, caches and hit testing. Drawing is in timelinepainterdraw.cpp.
#include "app/timeline/timelinepainter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtGui/QFontMetricsF>
#include <QtGui/QPainter>

#include <algorithm>
#include <cmath>

namespace chrono::ui {

using namespace TimelineMetrics;

namespace {
/// Static texts kept at most; a full zoom-in never draws more than a few thousand labels.
constexpr int MAX_STATIC_LABELS = 20000;
}

TimelinePainter::TimelinePainter()
{
    setTheme(Theme::light());
}

void TimelinePainter::setDataset(DatasetPtr dataset)
{
    m_dataset = std::move(dataset);
    m_mask.clear();
    m_selected = m_hovered = -1;
    m_pyramid.clear();
    m_overlaps.clear();
    if (m_dataset) {
        m_pyramid.build(*m_dataset, m_mask);
        m_overlaps.build(*m_dataset);
    }
    // A new dataset starts fitted; whoever owns the visible range may set another one after.
    if (const TimeRange extent = dataExtent(); !extent.isEmpty())
        m_range = extent;
    m_lanesValid = false;
    invalidateText();
    invalidateLayout();
}

void TimelinePainter::setMask(const EventMask& mask)
{
    if (mask == m_mask)
        return;
    m_mask = mask;
    if (m_dataset)
        m_pyramid.build(*m_dataset, m_mask);
    m_lanesValid = false;
    invalidateLayout();
}

void TimelinePainter::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    m_lanesValid = false; // name ordering depends on the language
    invalidateText();
    invalidateLayout();
}

void TimelinePainter::setTheme(const Theme& theme)
{
    m_theme = theme;
    m_labelFont = theme.font(12);
    m_labelBoldFont = theme.font(12, true);
    m_axisFont = theme.font(11);
    m_axisMajorFont = theme.font(12, true);
    m_headerFont = theme.font(13, true);
    m_headerNarrowFont = theme.font(11, true);
    m_smallFont = theme.font(10);
    m_averageCharWidth = QFontMetricsF(m_labelFont).averageCharWidth();
    const QFontMetricsF small(m_smallFont);
    for (int d = 0; d < 10; ++d)
        m_countAdvance[size_t(d)] = small.horizontalAdvance(QChar(u'0' + d));
    m_countAdvance[10] = small.horizontalAdvance(QChar(u','));
    m_sprites.clear();
    m_countTexts.clear();
    invalidateText();
    invalidateLayout();
}

void TimelinePainter::setVisibleRange(const TimeRange& range)
{
    const TimeRange r = clampSpan(range);
    if (r == m_range)
        return;
    m_range = r;
    invalidateLayout();
}

void TimelinePainter::setSelectedEvent(int eventIndex)
{
    if (eventIndex == m_selected)
        return;
    m_selected = eventIndex;
    // The selected event's row and label are placed first, so the layout depends on it.
    invalidateLayout();
}

void TimelinePainter::setHoveredEvent(int eventIndex)
{
    m_hovered = eventIndex;
}

void TimelinePainter::setLaneOptions(const LaneOptions& options)
{
    if (options == m_laneOptions)
        return;
    m_laneOptions = options;
    m_lanesValid = false;
    invalidateLayout();
}

void TimelinePainter::setToday(std::optional<TimeMs> today)
{
    m_today = today;
}

void TimelinePainter::setDropLanesThatDoNotFit(bool drop)
{
    if (drop != m_dropLanesThatDoNotFit) {
        m_dropLanesThatDoNotFit = drop;
        invalidateLayout();
    }
}

void TimelinePainter::setFitToHeight(bool fit)
{
    if (fit != m_fitToHeight) {
        m_fitToHeight = fit;
        invalidateLayout();
    }
}

void TimelinePainter::setVerticalOffset(double offset)
{
    m_verticalOffset = std::max(0.0, offset);
}

void TimelinePainter::invalidateText()
{
    m_labelWidths.assign(m_dataset ? size_t(m_dataset->eventCount()) : 0, -1.0f);
    m_staticLabels.clear();
}

std::optional<TimeMs> TimelinePainter::today() const
{
    return m_today;
}

TimeRange TimelinePainter::dataExtent() const
{
    if (!m_dataset)
        return {};
    const auto extent = m_dataset->timeExtent();
    if (!extent)
        return {};
    // A little air on both sides so the first and last marks are not cut by the edges.
    const TimeMs pad = std::max<TimeMs>((extent->second - extent->first) / 40, MS_PER_DAY);
    return clampSpan(TimeRange { extent->first - pad, extent->second + pad });
}

QFont TimelinePainter::labelFont(int eventIndex) const
{
    return m_dataset->importanceColumn()[size_t(eventIndex)] >= 5 ? m_labelBoldFont : m_labelFont;
}

QString TimelinePainter::labelText(int eventIndex) const
{
    // Elided once, here, so the layout measures exactly the text that is drawn.
    return QFontMetricsF(labelFont(eventIndex))
        .elidedText(m_dataset->title(eventIndex, m_language).toString(), Qt::ElideRight, MAX_LABEL_WIDTH);
}

double TimelinePainter::labelWidth(int eventIndex)
{
    float& w = m_labelWidths[size_t(eventIndex)];
    if (w < 0)
        w = float(QFontMetricsF(labelFont(eventIndex)).horizontalAdvance(labelText(eventIndex)));
    return w;
}

double TimelinePainter::estimatedLabelWidth(int eventIndex) const
{
    const float w = m_labelWidths[size_t(eventIndex)];
    if (w >= 0)
        return w;
    // Wide (CJK) characters take about two average Latin characters.
    double units = 0;
    for (QChar c : m_dataset->title(eventIndex, m_language))
        units += c.unicode() >= 0x2E80 ? 2.0 : 1.0;
    return std::min(units * m_averageCharWidth, MAX_LABEL_WIDTH);
}

const QStaticText& TimelinePainter::staticLabel(int eventIndex)
{
    auto it = m_staticLabels.find(eventIndex);
    if (it != m_staticLabels.end())
        return *it;
    if (m_staticLabels.size() >= MAX_STATIC_LABELS)
        m_staticLabels.clear();
    QStaticText text(labelText(eventIndex));
    text.setTextFormat(Qt::PlainText); // titles are untrusted data: never rich text
    text.setPerformanceHint(QStaticText::AggressiveCaching);
    text.prepare(QTransform(), labelFont(eventIndex));
    return *m_staticLabels.insert(eventIndex, text);
}

QString TimelinePainter::laneName(int key) const
{
    if (!m_dataset || key < 0 || key >= m_dataset->companies().size()) {
        // A file whose lanes are groups or categories has events "without group", not "without company".
        const QString label = m_dataset ? m_dataset->meta().laneLabel.text(m_language) : QString();
        if (!label.isEmpty())
            return QCoreApplication::translate("chrono::ui::TimelinePainter", "No %1").arg(m_language == Language::Chinese ? label : label.toLower());
        return m_language == Language::Chinese ? QStringLiteral("无公司") : QStringLiteral("No company");
    }
    const Company& c = m_dataset->companies()[key];
    const QString& name = c.name.text(m_language);
    return name.isEmpty() ? c.id : name;
}

QColor TimelinePainter::laneColor(int key) const
{
    if (!m_dataset || key < 0 || key >= m_dataset->companies().size())
        return m_theme.mutedText;
    return Theme::companyColor(m_dataset->companies()[key]);
}

const TimelineFrame& TimelinePainter::layout(const QRectF& rect)
{
    if (m_layoutValid && rect == m_layoutRect)
        return m_frame;
    if (m_dataset && !m_lanesValid) {
        m_lanes = buildLanes(*m_dataset, m_mask, m_laneOptions, m_language);
        m_lanesValid = true;
    }
    LayoutInputs in;
    in.dataset = m_dataset.get();
    in.mask = &m_mask;
    in.pyramid = &m_pyramid;
    in.overlaps = &m_overlaps;
    in.lanes = m_lanes;
    in.range = m_range;
    in.rect = rect;
    in.fitToHeight = m_fitToHeight;
    in.dropLanesThatDoNotFit = m_dropLanesThatDoNotFit;
    in.selectedEvent = m_selected;
    in.language = m_language;
    // The widest minor label of any step, plus air: ticks never crowd their labels.
    const QFontMetricsF fm(m_axisFont);
    in.minorLabelSpacing = std::max({ fm.horizontalAdvance(QStringLiteral("00:00")), fm.horizontalAdvance(QStringLiteral("2025年")),
                               fm.horizontalAdvance(QStringLiteral("12月")), fm.horizontalAdvance(QStringLiteral("Sep")) })
        + 16;
    in.labelWidth = [this](int i) { return labelWidth(i); };
    in.estimatedLabelWidth = [this](int i) { return estimatedLabelWidth(i); };
    m_frame = computeTimelineFrame(in);
    m_layoutRect = rect;
    m_layoutValid = true;
    return m_frame;
}

std::optional<int> TimelinePainter::eventAt(const QPointF& pos) const
{
    if (!m_layoutValid || !m_dataset || pos.x() < m_frame.scale.x0 || pos.y() < m_frame.lanesTop)
        return std::nullopt;
    const double y = pos.y() + m_verticalOffset;
    const int l = m_frame.laneAt(y);
    if (l < 0)
        return std::nullopt;
    const LaneFrame& lane = m_frame.lanes[size_t(l)];
    if (lane.density)
        return std::nullopt;
    const int row = int(std::floor((y - lane.rowTop(0)) / lane.rowHeight));
    if (row < 0 || row >= lane.rowCount)
        return std::nullopt;
    // Marks first (with a little tolerance), then labels, which also stand for their event.
    constexpr double TOLERANCE = 2;
    for (const LayoutItem& it : lane.items) {
        if (it.row == row && pos.x() >= it.x0 - TOLERANCE && pos.x() <= it.x1 + TOLERANCE)
            return it.event;
    }
    for (const PlacedLabel& label : lane.labels) {
        if (label.row == row && pos.x() >= label.x && pos.x() <= label.x + label.width)
            return label.id;
    }
    return std::nullopt;
}

QRectF TimelinePainter::eventRect(int eventIndex) const
{
    if (!m_layoutValid || eventIndex < 0)
        return {};
    for (const LaneFrame& lane : m_frame.lanes) {
        for (const LayoutItem& it : lane.items) {
            if (it.event != eventIndex)
                continue;
            const double top = lane.rowTop(it.row) - m_verticalOffset;
            QRectF r(QPointF(it.x0, top + 3), QPointF(it.x1, top + lane.rowHeight - 3));
            for (const PlacedLabel& label : lane.labels) {
                if (label.id == eventIndex)
                    r = r.united(QRectF(label.x, top + 3, label.width, lane.rowHeight - 6));
            }
            return r;
        }
    }
    return {};
}

std::optional<std::pair<TimeRange, int>> TimelinePainter::densityAt(const QPointF& pos) const
{
    if (!m_layoutValid || pos.x() < m_frame.scale.x0 || pos.y() < m_frame.lanesTop)
        return std::nullopt;
    const int l = m_frame.laneAt(pos.y() + m_verticalOffset);
    if (l < 0 || !m_frame.lanes[size_t(l)].density)
        return std::nullopt;
    const auto& bins = m_frame.lanes[size_t(l)].bins;
    // Accept a click within a few pixels of a column: columns are only 2 px wide.
    constexpr double REACH = 4;
    const DensityBin* best = nullptr;
    for (const DensityBin& b : bins) {
        const double d = std::abs(b.x + DENSITY_COLUMN_PX / 2 - pos.x());
        if (d <= REACH && (!best || d < std::abs(best->x + DENSITY_COLUMN_PX / 2 - pos.x())))
            best = &b;
    }
    if (!best)
        return std::nullopt;
    const TimeScale& s = m_frame.scale;
    return std::make_pair(TimeRange { s.toTime(best->x), s.toTime(best->x + DENSITY_COLUMN_PX) }, best->count);
}

int TimelinePainter::laneHeaderAt(const QPointF& pos) const
{
    if (!m_layoutValid || pos.x() >= m_frame.scale.x0 || pos.y() < m_frame.lanesTop)
        return -1;
    const int l = m_frame.laneAt(pos.y() + m_verticalOffset);
    return l < 0 ? -1 : m_frame.lanes[size_t(l)].lane.key;
}

} // namespace chrono::ui
