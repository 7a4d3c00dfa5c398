// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/charts/chartrenderer.h"

#include "app/charts/eventmarkeritem.h"

#include <QtCharts/QChart>

#include <cmath>
#include <QtGui/QPainter>
#include <QtWidgets/QGraphicsLayout>
#include <QtWidgets/QGraphicsScene>

namespace chrono::ui {

void ChartRenderer::render(TrendChart& chart, const QSize& size, QPainter* painter, const QRectF& target)
{
    QChart* qchart = chart.chart();
    if (!qchart || !painter || size.isEmpty())
        return;
    // Laid out with empty lines: Qt Charts would re-stroke each line on every layout pass.
    chart.suspendLines();
    QGraphicsScene scene;
    scene.addItem(qchart);
    qchart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    // Lay out now rather than on the next event loop turn (there is none during export).
    if (QGraphicsLayout* layout = qchart->layout())
        layout->activate();
    // Exports keep only the label rows they use (the view keeps room for more while panning).
    if (EventMarkerItem* markers = chart.markers()) {
        const int top = int(std::ceil(markers->reservedHeight(markers->rowsUsed())));
        if (top < qchart->margins().top()) {
            QMargins margins = qchart->margins();
            margins.setTop(top);
            qchart->setMargins(margins);
            if (QGraphicsLayout* layout = qchart->layout())
                layout->activate();
        }
    }
    chart.resumeLines(int(qchart->plotArea().width()));
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    scene.render(painter, target, scene.sceneRect(), Qt::IgnoreAspectRatio);
    // Hand the chart back to the TrendChart (the scene would delete it).
    scene.removeItem(qchart);
}

void ChartRenderer::render(const ChartRequest& request, QPainter* painter, const QRectF& target, const ChartBuilder::Options& options)
{
    std::unique_ptr<TrendChart> chart = ChartBuilder::build(request, options);
    render(*chart, request.pixelSize, painter, target);
}

QImage ChartRenderer::renderImage(const ChartRequest& request, qreal devicePixelRatio, const ChartBuilder::Options& options)
{
    const QSize pixels = (QSizeF(request.pixelSize) * devicePixelRatio).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(request.theme.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    render(request, &painter, QRectF(QPointF(0, 0), QSizeF(request.pixelSize)), options);
    painter.end();
    return image;
}

} // namespace chrono::ui
