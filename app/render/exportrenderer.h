// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/viewrenderer.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtGui/QFontMetricsF>
#include <QtGui/QImage>

#include <functional>

namespace chrono::ui {

/// How an image export looks. The CLI and the Export dialog fill the same struct.
struct ExportOptions {
    QString view = QStringLiteral("timeline"); ///< timeline | chart:ID | report
    QSize size { 1600, 900 }; ///< logical pixels (PNG pixels = size × scale)
    qreal scale = 1.0;
    QString title; ///< empty: the dataset's title (timeline/report) or the chart's title
    QString subtitle;
    bool footer = true;
    QString pageSize; ///< PDF only: "" (the image size), "A4" or "Letter"
};

/// Records one line per stage; the CLI prints them for --timings.
using StageTimer = std::function<void(const char* stage, qint64 ms)>;

/**
 * @brief Composes title, the view and the footer (sources, dataset name and as-of date)
 * into one picture and writes it as PNG, SVG or PDF (by the file's suffix).
 */
class ExportRenderer {
public:
    ExportRenderer(RenderInput input, ExportOptions options);

    /// Builds the view renderer and computes layout for the options' size.
    bool prepare(QString* error);
    /// Paints the whole picture into a painter whose device has the options' logical size.
    void paint(QPainter& painter);
    /// Renders to a QImage of size × scale (the preview and the clipboard use this too).
    QImage renderImage();
    /// Writes by suffix: .png .svg .pdf. Returns false and sets `error` on failure.
    bool write(const QString& path, QString* error, const StageTimer& timer = {});

    QString footerText() const { return m_footerText; }
    /// Where the view (timeline, chart or report) sits in the picture; valid after prepare().
    QRectF viewRect() const { return m_viewRect; }
    QString titleText() const;
    QStringList footerSources() const { return m_sourceIds; }

    static bool isImageSuffix(QStringView suffix);

private:
    QString composeFooter(const QFontMetricsF& metrics, qreal width) const;

    RenderInput m_input;
    ExportOptions m_options;
    std::unique_ptr<ViewRenderer> m_view;
    QStringList m_sourceIds;
    QString m_footerText;
    QRectF m_viewRect;
};

} // namespace chrono::ui
