// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/theme.h"
#include "core/data/dataset.h"
#include "core/data/timerange.h"
#include "core/filter/filterspec.h"

#include <QtCore/QSet>
#include <QtCore/QSize>
#include <QtCore/QString>

#include <optional>

namespace chrono::ui {

/// How the lines of one series group are drawn.
enum class ChartKind {
    Line, ///< one line per series, measured solid with point markers, claims dashed
    StackedArea, ///< shares stacked, with an explicit "other / not reported" band up to 100
    StackedAreaRelative, ///< shares rescaled per date to 100 % of what is shown
    PriceStep, ///< a price holds until the next change (step line), optionally log scale
    Growth, ///< change relative to the value at or before a base date, in percent
};

/// Stable names for the command line and settings: "line", "stacked", "stacked-relative", "step", "growth".
QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(QStringView name);

/// Everything a chart depends on. Identical requests give identical pictures.
struct ChartRequest {
    DatasetPtr dataset;
    QString group; ///< series group (or a single series id)
    ChartKind kind = ChartKind::Line;
    bool logScale = false; ///< value axis in log10 (Line, PriceStep); non-positive values are dropped
    std::optional<TimeMs> growthBase; ///< Growth: base date; default: the first date of the group
    FilterSpec filter; ///< its company filter removes lines
    EventMask events; ///< events to mark (1 = mark); empty = none
    TimeRange visibleRange; ///< empty = the group's whole extent
    Language lang = Language::English;
    Theme theme = Theme::light();
    int selectedEvent = -1; ///< dataset event index highlighted, -1 = none
    QSet<QString> hiddenSeries; ///< series ids drawn hidden (their legend entry stays)
    QSize pixelSize { 1200, 675 }; ///< target size, decides decimation and tick counts
    QString title; ///< optional title above the plot
};

} // namespace chrono::ui
