// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/theme.h"
#include "core/data/dataset.h"
#include "core/data/timerange.h"
#include "core/filter/filterspec.h"

#include <QtCore/QRectF>
#include <QtCore/QStringList>

#include <memory>
#include <optional>

class QPainter;

namespace chrono::ui {

/// Everything a view needs to draw itself, as values: the same for the window and exports.
struct RenderInput {
    DatasetPtr dataset;
    FilterSpec filter;
    EventMask mask;
    TimeRange range;
    int selectedEvent = -1;
    Language language = Language::English;
    Theme theme = Theme::light();
    QString chartGroup; ///< for charts and reports
    QString chartKind; ///< line | stacked | stacked-relative | step | growth; empty = by kind
    std::optional<TimeMs> today; ///< the today line; unset = none (deterministic exports)
};

/// One drawable view (timeline, chart, or the stacked report) that paints into any QPainter.
class ViewRenderer {
public:
    virtual ~ViewRenderer() = default;
    /// Computes geometry for a target size in logical pixels (the "layout" stage).
    virtual void layout(const QSizeF& size) = 0;
    /// Paints into `rect` (same size as passed to layout()).
    virtual void paint(QPainter& painter, const QRectF& rect) = 0;
    /// Ids of the sources behind what is drawn, most used first, without repeats.
    virtual QStringList sourceIds() const = 0;
};

std::unique_ptr<ViewRenderer> createTimelineRenderer(const RenderInput& input);
std::unique_ptr<ViewRenderer> createChartRenderer(const RenderInput& input);
std::unique_ptr<ViewRenderer> createReportRenderer(const RenderInput& input);

/// Sources of the visible events inside the range, most used first.
QStringList eventSourceIds(const Dataset& dataset, const EventMask& mask, TimeRange range);
/// Sources of the points of the given series inside the range, most used first.
QStringList pointSourceIds(const Dataset& dataset, const QList<const Series*>& series, TimeRange range);

} // namespace chrono::ui
