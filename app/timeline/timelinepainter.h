// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/theme.h"
#include "app/timeline/timelinelayout.h"

#include <QtCore/QHash>
#include <QtCore/QPointF>
#include <QtCore/QRectF>
#include <QtGui/QFont>
#include <QtGui/QImage>
#include <QtGui/QStaticText>

#include <array>
#include <optional>

class QPainter;

namespace chrono::ui {

/**
 * @brief Paints the complete timeline — axis, eras, lanes, events, labels, density, today
 * line — into any QPainter: a widget, a QImage, an SVG or a PDF. Independent of widgets, so
 * the export draws exactly what the screen shows.
 *
 * The layout (ticks, lanes, stacking, labels, density) is cached and recomputed only when the
 * data, mask, language, theme, lane options, visible range or size change; hover and
 * selection only repaint. All dataset text is drawn as plain text.
 */
class TimelinePainter {
public:
    TimelinePainter();

    /// Shows a new snapshot, fitted to its extent; clears mask, selection and hover.
    void setDataset(DatasetPtr dataset);
    const DatasetPtr& dataset() const { return m_dataset; }
    /// Visibility per event (empty = all). Rebuilds the density pyramid (O(events)).
    void setMask(const EventMask& mask);
    void setLanguage(Language language);
    Language language() const { return m_language; }
    const EventMask& mask() const { return m_mask; }
    void setTheme(const Theme& theme);
    const Theme& theme() const { return m_theme; }
    void setVisibleRange(const TimeRange& range);
    TimeRange visibleRange() const { return m_range; }
    void setSelectedEvent(int eventIndex); ///< -1: none
    int selectedEvent() const { return m_selected; }
    void setHoveredEvent(int eventIndex); ///< -1: none
    int hoveredEvent() const { return m_hovered; }
    void setLaneOptions(const LaneOptions& options);
    const LaneOptions& laneOptions() const { return m_laneOptions; }
    /// Where the today line is drawn; nullopt (the default) draws none, so a picture depends
    /// only on its inputs. The window passes the current date.
    void setToday(std::optional<TimeMs> today);
    /// The shared hover cursor (a time another view, e.g. the chart, is pointing at); nullopt = none.
    void setCursorTime(std::optional<TimeMs> time) { m_cursor = time; }
    std::optional<TimeMs> cursorTime() const { return m_cursor; }
    std::optional<TimeMs> today() const;
    /// Leave out lanes the height would cut and say how many (for pictures, which cannot scroll).
    void setDropLanesThatDoNotFit(bool drop);
    /// Reduce rows per lane until all lanes fit the height (default on).
    void setFitToHeight(bool fit);
    /// Lanes scrolled up by this many pixels (the axis stays).
    void setVerticalOffset(double offset);
    double verticalOffset() const { return m_verticalOffset; }

    /// Paints into `rect` of `painter`. Lays out first when needed.
    void paint(QPainter& painter, const QRectF& rect);
    /// Lays out for `rect` without painting (hit tests need a layout).
    const TimelineFrame& layout(const QRectF& rect);
    const TimelineFrame& frame() const { return m_frame; }

    /// The event under a point of the last laid-out rect, if any.
    std::optional<int> eventAt(const QPointF& pos) const;
    /// The drawn rectangle of event `eventIndex` (mark, and label when one is drawn); empty when not drawn.
    QRectF eventRect(int eventIndex) const;
    /// The density column under a point: the time range it covers and its count.
    std::optional<std::pair<TimeRange, int>> densityAt(const QPointF& pos) const;
    /// The lane key (company index, or noCompanyLaneKey) whose header is under `pos`, or -1.
    int laneHeaderAt(const QPointF& pos) const;
    TimeScale scale() const { return m_frame.scale; }
    /// Height the lanes need, px (for a scroll bar).
    double contentHeight() const { return m_frame.contentHeight; }
    /// The full time extent of the dataset (events, eras, series), or an empty range.
    TimeRange dataExtent() const;

    /// Lane name in the current language ("No company" for the no-company lane).
    QString laneName(int key) const;

private:
    void invalidateLayout() { m_layoutValid = false; }
    void invalidateText();
    QString labelText(int eventIndex) const;
    double labelWidth(int eventIndex);
    double estimatedLabelWidth(int eventIndex) const;
    QFont labelFont(int eventIndex) const;
    const QStaticText& staticLabel(int eventIndex);
    QColor laneColor(int key) const;
    const QImage& dotSprite(const QColor& color, int diameter, qreal devicePixelRatio);
    double countWidth(const QString& digits) const;
    const QStaticText& countText(const QString& digits) const;

    void paintAxis(QPainter& p) const;
    void paintStrip(QPainter& p);
    void paintLaneBackgrounds(QPainter& p) const;
    void paintEras(QPainter& p) const;
    void paintLane(QPainter& p, const LaneFrame& lane);
    void paintDensity(QPainter& p, const LaneFrame& lane) const;
    void paintItems(QPainter& p, const LaneFrame& lane);
    void paintHeaders(QPainter& p) const;
    void paintToday(QPainter& p) const;
    void paintCursor(QPainter& p) const;
    void paintHiddenLanesNote(QPainter& p) const;

    DatasetPtr m_dataset;
    EventMask m_mask;
    DensityPyramid m_pyramid;
    OverlapIndex m_overlaps;
    Language m_language = Language::English;
    Theme m_theme;
    TimeRange m_range;
    LaneOptions m_laneOptions;
    int m_selected = -1;
    int m_hovered = -1;
    std::optional<TimeMs> m_today;
    std::optional<TimeMs> m_cursor;
    bool m_fitToHeight = true;
    bool m_dropLanesThatDoNotFit = false;
    double m_verticalOffset = 0;

    bool m_layoutValid = false;
    QRectF m_layoutRect;
    TimelineFrame m_frame;
    LaneSet m_lanes;
    bool m_lanesValid = false;

    QFont m_labelFont, m_labelBoldFont, m_axisFont, m_axisMajorFont, m_headerFont, m_headerNarrowFont, m_smallFont;
    std::vector<float> m_labelWidths; ///< per event, -1 = not measured yet
    QHash<int, QStaticText> m_staticLabels; ///< bounded; cleared when it grows too big
    QHash<quint64, QImage> m_sprites;
    mutable QHash<QString, QStaticText> m_countTexts; ///< density counts, bounded
    std::array<double, 11> m_countAdvance {}; ///< advance of '0'..'9' and ',' in the small font
    double m_averageCharWidth = 7;
};

} // namespace chrono::ui
