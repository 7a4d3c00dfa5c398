// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/theme.h"
#include "core/data/dataset.h"
#include "core/filter/filterspec.h"
#include "core/layout/timescale.h"
#include "core/lod/eventbinning.h"

#include <QtWidgets/QWidget>

namespace chrono::ui {

/**
 * @brief A thin strip showing the density of the whole dataset with the visible window as a
 * rectangle. Dragging the window (or clicking beside it) pans; the wheel zooms the window.
 * Like TimelineView it only requests ranges (visibleRangeRequested) and is told the result.
 */
class OverviewStrip : public QWidget {
    Q_OBJECT
public:
    explicit OverviewStrip(QWidget* parent = nullptr);

    void setDataset(DatasetPtr dataset);
    void setMask(const EventMask& mask);
    void setTheme(const Theme& theme);
    /// The time the strip spans; by default the dataset's extent.
    TimeScale scale() const;

    QSize sizeHint() const override { return { 800, 36 }; }
    QSize minimumSizeHint() const override { return { 120, 24 }; }

public Q_SLOTS:
    void setVisibleRange(const chrono::TimeRange& range);

Q_SIGNALS:
    void visibleRangeRequested(chrono::TimeRange range);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    QRectF windowRect() const;

    DatasetPtr m_dataset;
    EventMask m_mask;
    DensityPyramid m_pyramid;
    Theme m_theme = Theme::light();
    TimeRange m_extent;
    TimeRange m_visible;
    bool m_dragging = false;
    double m_pressX = 0;
    TimeRange m_pressRange;
};

} // namespace chrono::ui
