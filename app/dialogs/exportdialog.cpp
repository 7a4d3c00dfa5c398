// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/exportdialog.h"

#include "app/state/documentstate.h"
#include "app/state/viewstate.h"
#include "core/io/dataexport.h"

#include <QtCore/QFileInfo>
#include <QtCore/QTimer>
#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtGui/QPainter>
#include <QtPrintSupport/QPrintDialog>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>

namespace chrono::ui {

namespace {

struct Preset {
    const char* name;
    int width;
    int height;
    const char* page; // PDF page, or nullptr
};

// Sizes in logical pixels at 96 dpi; A4 and Letter are landscape pages for PDF.
constexpr Preset PRESETS[] = {
    { QT_TRANSLATE_NOOP("chrono::ui::ExportDialog", "1200 × 675 (article, 16:9)"), 1200, 675, nullptr },
    { QT_TRANSLATE_NOOP("chrono::ui::ExportDialog", "1920 × 1080 (slide, full HD)"), 1920, 1080, nullptr },
    { QT_TRANSLATE_NOOP("chrono::ui::ExportDialog", "1080 × 1080 (square)"), 1080, 1080, nullptr },
    { QT_TRANSLATE_NOOP("chrono::ui::ExportDialog", "A4 landscape (PDF)"), 1123, 794, "A4" },
    { QT_TRANSLATE_NOOP("chrono::ui::ExportDialog", "Letter landscape (PDF)"), 1056, 816, "Letter" },
    { QT_TRANSLATE_NOOP("chrono::ui::ExportDialog", "Custom"), 0, 0, nullptr },
};

} // namespace

ExportDialog::ExportDialog(DocumentState* state, QWidget* parent)
    : QDialog(parent)
    , m_state(state)
{
    setWindowTitle(tr("Export"));
    auto* form = new QFormLayout;
    m_what = new QComboBox(this);
    m_what->addItem(tr("Timeline"), QStringLiteral("timeline"));
    if (!m_state->chartGroup().isEmpty())
        m_what->addItem(tr("Chart: %1").arg(m_state->chartGroup()), QString(QStringLiteral("chart:") + m_state->chartGroup()));
    m_what->addItem(tr("Report (timeline and chart on one time axis)"), QStringLiteral("report"));
    m_format = new QComboBox(this);
    for (const char* f : { "PNG", "SVG", "PDF", "CSV", "JSON" })
        m_format->addItem(QLatin1String(f), QString::fromLatin1(f).toLower());
    m_preset = new QComboBox(this);
    for (const Preset& p : PRESETS)
        m_preset->addItem(tr(p.name));
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    m_width->setRange(200, 10000);
    m_height->setRange(150, 10000);
    m_width->setValue(1200);
    m_height->setValue(675);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    m_scale = new QDoubleSpinBox(this);
    m_scale->setRange(1, 4);
    m_scale->setSingleStep(0.5);
    m_scale->setSuffix(QStringLiteral("×"));
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(m_state->themeName() == u"dark" ? 1 : 0);
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh"));
    m_language->setCurrentIndex(m_state->language() == Language::Chinese ? 1 : 0);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Default: the dataset's or chart's title"));
    m_subtitle = new QLineEdit(this);
    m_footer = new QCheckBox(tr("Sources footer"), this);
    m_footer->setChecked(true);
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(QString(), m_footer);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(480, 270);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Export preview"));
    m_command = new QLabel(this);
    m_command->setTextFormat(Qt::PlainText);
    m_command->setWordWrap(true);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    QPushButton* copy = buttons->addButton(tr("&Copy image"), QDialogButtonBox::ActionRole);
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(copy, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(printButton, &QPushButton::clicked, this, &ExportDialog::print);

    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_command);
    layout->addWidget(buttons);

    // Previews are debounced: typing a title should not re-render on every key.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(debounce, &QTimer::timeout, this, &ExportDialog::updatePreview);
    auto later = [debounce] { debounce->start(); };
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this, later](int i) {
        const Preset& p = PRESETS[i];
        const bool custom = p.width == 0;
        m_width->setEnabled(custom);
        m_height->setEnabled(custom);
        if (!custom) {
            m_width->setValue(p.width);
            m_height->setValue(p.height);
        }
        if (p.page)
            m_format->setCurrentIndex(m_format->findData(QStringLiteral("pdf")));
        later();
    });
    for (QComboBox* c : { m_what, m_format, m_theme, m_language })
        connect(c, &QComboBox::currentIndexChanged, this, later);
    for (QSpinBox* s : { m_width, m_height })
        connect(s, &QSpinBox::valueChanged, this, later);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, later);
    connect(m_title, &QLineEdit::textChanged, this, later);
    connect(m_subtitle, &QLineEdit::textChanged, this, later);
    connect(m_footer, &QCheckBox::toggled, this, later);
    m_preset->setCurrentIndex(0);
    m_width->setEnabled(false);
    m_height->setEnabled(false);
    updatePreview();
}

RenderInput ExportDialog::renderInput() const
{
    RenderInput in;
    in.dataset = m_state->dataset();
    in.filter = m_state->filter();
    in.mask = m_state->mask();
    in.range = m_state->visibleRange();
    in.selectedEvent = -1; // publication images show no selection
    in.language = languageFromCode(m_language->currentData().toString()).value_or(Language::English);
    in.theme = Theme::byName(m_theme->currentData().toString());
    in.chartGroup = m_state->chartGroup();
    in.chartKind = m_state->chartKind();
    return in;
}

ExportOptions ExportDialog::exportOptions() const
{
    ExportOptions o;
    o.view = m_what->currentData().toString();
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    o.title = m_title->text();
    o.subtitle = m_subtitle->text();
    o.footer = m_footer->isChecked();
    const char* page = PRESETS[m_preset->currentIndex()].page;
    o.pageSize = page ? QString::fromLatin1(page) : QString();
    return o;
}

void ExportDialog::updatePreview()
{
    const QString format = m_format->currentData().toString();
    m_command->setText(tr("Command line: %1").arg(commandLine(QStringLiteral("out.") + format)));
    if (!m_state->dataset())
        return;
    if (format == u"csv" || format == u"json") {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("%1 of the %2 visible events (and the shown series) as %3.")
                               .arg(format == u"csv" ? tr("A table") : tr("A Chronoscope dataset"))
                               .arg(m_state->visibleCount())
                               .arg(format.toUpper()));
        return;
    }
    ExportOptions o = exportOptions();
    o.scale = 1;
    ExportRenderer renderer(renderInput(), o);
    QString error;
    if (!renderer.prepare(&error)) {
        m_preview->setText(error);
        return;
    }
    const QImage image = renderer.renderImage();
    m_preview->setPixmap(QPixmap::fromImage(image.scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

QString ExportDialog::commandLine(const QString& outPath) const
{
    const ExportOptions o = exportOptions();
    const FilterSpec& f = m_state->filter();
    QStringList args { QStringLiteral("chronoscope"), QStringLiteral("export"), QStringLiteral("--view"), o.view };
    if (!m_state->fileName().isEmpty())
        args << QStringLiteral("--input") << m_state->fileName();
    if (!f.companies.isEmpty()) {
        QStringList ids(f.companies.begin(), f.companies.end());
        ids.sort();
        args << QStringLiteral("--company") << ids.join(u',');
    }
    if (!f.categories.isEmpty()) {
        QStringList ids(f.categories.begin(), f.categories.end());
        ids.sort();
        args << QStringLiteral("--category") << ids.join(u',');
    }
    if (!f.text.isEmpty())
        args << QStringLiteral("--search") << f.text;
    args << QStringLiteral("--size") << QStringLiteral("%1x%2").arg(o.size.width()).arg(o.size.height());
    if (o.scale != 1)
        args << QStringLiteral("--scale") << QString::number(o.scale);
    args << QStringLiteral("--theme") << m_theme->currentData().toString() << QStringLiteral("--lang")
         << m_language->currentData().toString();
    if (!o.title.isEmpty())
        args << QStringLiteral("--title") << o.title;
    if (!o.subtitle.isEmpty())
        args << QStringLiteral("--subtitle") << o.subtitle;
    if (!o.footer)
        args << QStringLiteral("--no-footer");
    if (!o.pageSize.isEmpty())
        args << QStringLiteral("--page") << o.pageSize;
    args << QStringLiteral("-o") << outPath;
    for (QString& a : args) {
        if (a.contains(u' ') || a.contains(u'\''))
            a = u'\'' + QString(a).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    }
    return args.join(u' ');
}

bool ExportDialog::exportTo(const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"csv" || suffix == u"json") {
        const QString what = m_what->currentData().toString();
        return saveFilteredData(path, *m_state->dataset(), m_state->mask(), m_state->filter(), renderInput().language,
            what.startsWith(u"chart:") ? what.mid(6) : QString(), error);
    }
    ExportRenderer renderer(renderInput(), exportOptions());
    return renderer.prepare(error) && renderer.write(path, error);
}

void ExportDialog::chooseFileAndExport()
{
    const QString format = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), QStringLiteral("chronoscope.") + format,
        tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        QMessageBox box(QMessageBox::Critical, tr("Export failed"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    accept();
}

void ExportDialog::copyToClipboard()
{
    ExportRenderer renderer(renderInput(), exportOptions());
    QString error;
    if (renderer.prepare(&error))
        QGuiApplication::clipboard()->setImage(renderer.renderImage());
}

void ExportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ExportRenderer renderer(renderInput(), exportOptions());
    QString error;
    if (!renderer.prepare(&error))
        return;
    QPainter painter(&printer);
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    const QSizeF logical = QSizeF(exportOptions().size);
    const qreal s = std::min(page.width() / logical.width(), page.height() / logical.height());
    painter.scale(s, s);
    renderer.paint(painter);
}

} // namespace chrono::ui
