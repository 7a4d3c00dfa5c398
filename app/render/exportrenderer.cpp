// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/exportrenderer.h"

#include "app/render/pngwriter.h"

#include <QtCore/QBuffer>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QSaveFile>
#include <QtGui/QFontMetricsF>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QPdfWriter>
#include <QtSvg/QSvgGenerator>

namespace chrono::ui {

namespace {

constexpr qreal MARGIN = 24;
constexpr qreal TITLE_PX = 22;
constexpr qreal SUBTITLE_PX = 14;
constexpr qreal FOOTER_PX = 11;
constexpr int MAX_FOOTER_LINES = 2;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("chrono::ui::ExportRenderer", text, disambiguation, n);
}

} // namespace

ExportRenderer::ExportRenderer(RenderInput input, ExportOptions options)
    : m_input(std::move(input))
    , m_options(std::move(options))
{
}

bool ExportRenderer::isImageSuffix(QStringView suffix)
{
    return suffix.compare(u"png", Qt::CaseInsensitive) == 0 || suffix.compare(u"svg", Qt::CaseInsensitive) == 0
        || suffix.compare(u"pdf", Qt::CaseInsensitive) == 0;
}

QString ExportRenderer::titleText() const
{
    if (!m_options.title.isEmpty())
        return m_options.title;
    const Dataset& ds = *m_input.dataset;
    if (m_options.view.startsWith(u"chart:")) {
        const auto lines = ds.seriesGroup(m_options.view.mid(6));
        if (!lines.isEmpty()) {
            // A one-line chart is titled by its line; a group by the group's unit.
            if (lines.size() == 1)
                return lines.first()->title.text(m_input.language);
            return lines.first()->unit;
        }
    }
    return ds.meta().title.text(m_input.language);
}

bool ExportRenderer::prepare(QString* error)
{
    if (!m_input.dataset) {
        if (error)
            *error = tr("nothing to export: no dataset");
        return false;
    }
    const QString& view = m_options.view;
    if (view == u"timeline") {
        m_view = createTimelineRenderer(m_input);
    } else if (view == u"report") {
        m_view = createReportRenderer(m_input);
    } else if (view.startsWith(u"chart:")) {
        const QString id = view.mid(6);
        if (m_input.dataset->seriesGroup(id).isEmpty()) {
            if (error) {
                *error = tr("unknown series '%1'; known: %2")
                             .arg(id, m_input.dataset->seriesGroups().join(QStringLiteral(", ")));
            }
            return false;
        }
        m_input.chartGroup = id;
        m_view = createChartRenderer(m_input);
    } else {
        if (error)
            *error = tr("unknown view '%1' (use timeline, chart:SERIES_ID or report)").arg(view);
        return false;
    }

    const QSizeF size(m_options.size);
    qreal top = MARGIN;
    top += TITLE_PX * 1.5;
    if (!m_options.subtitle.isEmpty())
        top += SUBTITLE_PX * 1.5;
    qreal bottom = size.height() - MARGIN / 2;
    m_view->layout(QSizeF(size.width() - 2 * MARGIN, 1)); // sources need a first layout
    m_sourceIds = m_view->sourceIds();
    if (m_options.footer) {
        const QFontMetricsF fm(m_input.theme.font(FOOTER_PX));
        m_footerText = composeFooter(fm, size.width() - 2 * MARGIN);
        const int lines = int(m_footerText.count(u'\n')) + 1;
        bottom -= lines * fm.lineSpacing() + MARGIN / 2;
    }
    m_viewRect = QRectF(MARGIN, top, size.width() - 2 * MARGIN, std::max<qreal>(40, bottom - top));
    m_view->layout(m_viewRect.size());
    return true;
}

QString ExportRenderer::composeFooter(const QFontMetricsF& metrics, qreal width) const
{
    const Dataset& ds = *m_input.dataset;
    // Publishers, de-duplicated, in the order of how much of the picture they support.
    QStringList publishers;
    for (const QString& id : m_sourceIds) {
        const Source* s = ds.source(id);
        if (!s)
            continue;
        const QString name = s->publisher.isEmpty() ? s->title : s->publisher;
        if (!name.isEmpty() && !publishers.contains(name))
            publishers.append(name);
    }
    QString tail = ds.meta().title.text(m_input.language);
    if (ds.meta().asOf.isValid())
        tail += tr(", as of %1").arg(ds.meta().asOf.toString());
    const QString prefix = tr("Source: ");
    const QString sep = QStringLiteral("; ");
    // Greedily fit publishers into MAX_FOOTER_LINES lines, the last line ending in the tail.
    QStringList lines;
    QString line = prefix;
    int used = 0;
    for (; used < publishers.size(); ++used) {
        const QString piece = (line == prefix ? QString() : sep) + publishers[used];
        const bool lastLine = lines.size() == MAX_FOOTER_LINES - 1;
        const QString more = tr(" and %n more", nullptr, int(publishers.size() - used - 1));
        const qreal reserve = lastLine ? metrics.horizontalAdvance(more + QStringLiteral(" — ") + tail) : 0;
        if (metrics.horizontalAdvance(line + piece) + reserve <= width) {
            line += piece;
            continue;
        }
        if (lastLine || line == prefix)
            break;
        lines.append(line);
        line = publishers[used];
    }
    if (publishers.isEmpty())
        line = tr("Source: no sources recorded for what is shown");
    else if (used < publishers.size())
        line += tr(" and %n more", nullptr, int(publishers.size() - used));
    const QString full = line + QStringLiteral(" — ") + tail;
    if (metrics.horizontalAdvance(full) <= width || lines.size() >= MAX_FOOTER_LINES - 1)
        lines.append(metrics.elidedText(full, Qt::ElideRight, width));
    else {
        lines.append(line);
        lines.append(metrics.elidedText(tail, Qt::ElideRight, width));
    }
    return lines.join(u'\n');
}

void ExportRenderer::paint(QPainter& painter)
{
    const Theme& theme = m_input.theme;
    const QSizeF size(m_options.size);
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), size), theme.background);
    painter.setRenderHint(QPainter::TextAntialiasing, true);

    qreal y = MARGIN;
    painter.setPen(theme.text);
    painter.setFont(theme.font(TITLE_PX, true));
    painter.drawText(QRectF(MARGIN, y, size.width() - 2 * MARGIN, TITLE_PX * 1.5), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetricsF(painter.font()).elidedText(titleText(), Qt::ElideRight, size.width() - 2 * MARGIN));
    y += TITLE_PX * 1.5;
    if (!m_options.subtitle.isEmpty()) {
        painter.setPen(theme.mutedText);
        painter.setFont(theme.font(SUBTITLE_PX));
        painter.drawText(QRectF(MARGIN, y, size.width() - 2 * MARGIN, SUBTITLE_PX * 1.5),
            Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(painter.font()).elidedText(m_options.subtitle, Qt::ElideRight, size.width() - 2 * MARGIN));
    }
    painter.restore();

    painter.save();
    m_view->paint(painter, m_viewRect);
    painter.restore();

    if (m_options.footer && !m_footerText.isEmpty()) {
        painter.save();
        painter.setPen(theme.mutedText);
        painter.setFont(theme.font(FOOTER_PX));
        const QFontMetricsF fm(painter.font());
        const QStringList lines = m_footerText.split(u'\n');
        qreal fy = size.height() - MARGIN / 2 - lines.size() * fm.lineSpacing();
        for (const QString& l : lines) {
            painter.drawText(QPointF(MARGIN, fy + fm.ascent()), l);
            fy += fm.lineSpacing();
        }
        painter.restore();
    }
}

QImage ExportRenderer::renderImage()
{
    const QSize pixels = (QSizeF(m_options.size) * m_options.scale).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_input.theme.background);
    QPainter painter(&image);
    painter.scale(m_options.scale, m_options.scale);
    paint(painter);
    painter.end();
    return image;
}

static bool commit(QSaveFile& file, QString* error)
{
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("chrono::ui::ExportRenderer", "Cannot write '%1': %2")
                         .arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

bool ExportRenderer::write(const QString& path, QString* error, const StageTimer& timer)
{
    QElapsedTimer clock;
    const QString suffix = QFileInfo(path).suffix().toLower();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write '%1': %2").arg(path, file.errorString());
        return false;
    }
    clock.start();
    if (suffix == u"png") {
        const QImage image = renderImage();
        if (timer)
            timer("render", clock.restart());
        // The picture is opaque: without an alpha channel the file is about a third smaller.
        // Png::writeOpaque stores unfiltered rows, smaller and ~10× faster than Qt's writer at
        // its highest level on these flat pictures — same pixels, still deterministic.
        if (!Png::writeOpaque(image, &file)) {
            if (error)
                *error = tr("Cannot encode PNG for '%1'").arg(path);
            file.cancelWriting();
            return false;
        }
    } else if (suffix == u"svg") {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(m_options.size);
        svg.setViewBox(QRect(QPoint(0, 0), m_options.size));
        svg.setResolution(96); // QSvgGenerator defaults to 72 dpi: text would come out small
        // QSvgGenerator writes title and description into <title> and <desc> verbatim: a data
        // title "<script>…" would become a live element of the SVG. Escape them here.
        svg.setTitle(titleText().toHtmlEscaped());
        svg.setDescription(m_footerText.toHtmlEscaped());
        QPainter painter(&svg);
        paint(painter);
        painter.end();
        if (timer)
            timer("render", clock.restart());
    } else if (suffix == u"pdf") {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Chronoscope"));
        pdf.setTitle(titleText());
        pdf.setResolution(96);
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        if (m_options.pageSize.compare(u"A4", Qt::CaseInsensitive) == 0
            || m_options.pageSize.compare(u"Letter", Qt::CaseInsensitive) == 0) {
            const auto id = m_options.pageSize.compare(u"A4", Qt::CaseInsensitive) == 0 ? QPageSize::A4 : QPageSize::Letter;
            pdf.setPageLayout(QPageLayout(QPageSize(id), QPageLayout::Landscape, QMarginsF(0, 0, 0, 0)));
            // Lay the picture out for the page's own size at 96 dpi.
            const QRect page = pdf.pageLayout().fullRectPixels(96);
            m_options.size = page.size();
            QString prepareError;
            if (!prepare(&prepareError)) {
                if (error)
                    *error = prepareError;
                file.cancelWriting();
                return false;
            }
        } else {
            const QSizeF points = QSizeF(m_options.size) * 72.0 / 96.0;
            pdf.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        }
        QPainter painter(&pdf);
        const QRect target = pdf.pageLayout().fullRectPixels(96);
        painter.scale(target.width() / qreal(m_options.size.width()), target.height() / qreal(m_options.size.height()));
        paint(painter);
        painter.end();
        if (timer)
            timer("render", clock.restart());
    } else {
        if (error)
            *error = tr("Cannot tell the format of '%1': use .png, .svg or .pdf").arg(path);
        file.cancelWriting();
        return false;
    }
    const bool ok = commit(file, error);
    if (timer)
        timer("write", clock.restart());
    return ok;
}

} // namespace chrono::ui
