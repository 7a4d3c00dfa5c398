// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/charts/chartbuilder.h"

#include <QtGui/QImage>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace chrono::ui {

/**
 * @brief Paints a complete chart (lines, axes, legend, event markers) without a window,
 * for PNG, SVG and PDF export and for tests.
 *
 * The chart is laid out in a QGraphicsScene of its own at `request.pixelSize` (a QChartView
 * that is never shown lays out a tiny chart, TOOLCHAIN.md pitfall 3), then the scene is
 * painted into the target rectangle. No animation, no timers: identical requests give
 * identical pictures.
 */
class ChartRenderer {
public:
    /// Lays out the request's chart at request.pixelSize and paints it scaled into `target`.
    static void render(const ChartRequest& request, QPainter* painter, const QRectF& target,
        const ChartBuilder::Options& options = {});
    /// Same for a chart already built (its QChart must not be shown in a view).
    static void render(TrendChart& chart, const QSize& size, QPainter* painter, const QRectF& target);
    /// An ARGB32 image of request.pixelSize × devicePixelRatio, background filled.
    static QImage renderImage(const ChartRequest& request, qreal devicePixelRatio = 1.0, const ChartBuilder::Options& options = {});
};

} // namespace chrono::ui
