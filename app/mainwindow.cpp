// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/charts/chartpanel.h"
#include "app/dialogs/aboutdatasetdialog.h"
#include "app/dialogs/exportdialog.h"
#include "app/pages/activefiltersbar.h"
#include "app/pages/claimspage.h"
#include "app/pages/eventdetails.h"
#include "app/pages/eventlistpage.h"
#include "app/pages/filterpanel.h"
#include "app/state/documentloader.h"
#include "app/state/documentstate.h"
#include "app/state/viewstate.h"
#include "app/timeline/overviewstrip.h"
#include "app/timeline/timelineview.h"
#include "core/data/dateformat.h"
#include "core/io/embedded.h"
#include "core/io/readerregistry.h"

#include <QtCore/QFileInfo>
#include <QtCore/QMimeData>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtGui/QAction>
#include <QtGui/QActionGroup>
#include <QtGui/QCloseEvent>
#include <QtGui/QDragEnterEvent>
#include <QtGui/QDropEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_state(new DocumentState(this))
    , m_loader(new DocumentLoader(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    resize(1440, 900);

    auto* central = new QSplitter(Qt::Vertical, this);
    auto* timelineBox = new QWidget(central);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    m_overview = new OverviewStrip(timelineBox);
    m_timeline = new TimelineView(timelineBox);
    timelineLayout->addWidget(new ActiveFiltersBar(m_state, timelineBox));
    timelineLayout->addWidget(m_overview);
    timelineLayout->addWidget(m_timeline, 1);
    m_chart = new ChartPanel(m_state, central);
    central->addWidget(timelineBox);
    central->addWidget(m_chart);
    central->setStretchFactor(0, 3);
    central->setStretchFactor(1, 2);
    setCentralWidget(central);

    createDocks();
    createActions();
    connectState();

    m_statusCounts = new QLabel(this);
    m_statusRange = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancelLoad = new QToolButton(this);
    m_cancelLoad->setText(tr("Cancel"));
    m_cancelLoad->hide();
    statusBar()->addWidget(m_statusCounts);
    statusBar()->addWidget(m_statusRange, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelLoad);
    connect(m_cancelLoad, &QToolButton::clicked, m_loader, &DocumentLoader::cancel);
    connect(m_loader, &DocumentLoader::progress, m_progress, &QProgressBar::setValue);
    connect(m_loader, &DocumentLoader::loaded, this, [this](DatasetPtr ds, const QString& name, const QList<Diagnostic>& diagnostics) {
        m_progress->hide();
        m_cancelLoad->hide();
        m_state->setDataset(std::move(ds), name);
        onLoaded(name, diagnostics);
    });
    connect(m_loader, &DocumentLoader::loadFailed, this, [this](const QString& name, const QList<Diagnostic>& diagnostics) {
        m_progress->hide();
        m_cancelLoad->hide();
        showDiagnostics(tr("Could not open %1").arg(QFileInfo(name).fileName()), diagnostics);
    });
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_filters = new FilterPanel(m_state, this);
    auto* filterDock = new QDockWidget(tr("Filters"), this);
    filterDock->setObjectName(QStringLiteral("FiltersDock"));
    filterDock->setWidget(m_filters);
    addDockWidget(Qt::LeftDockWidgetArea, filterDock);

    m_details = new EventDetails(m_state, this);
    auto* detailsDock = new QDockWidget(tr("Details"), this);
    detailsDock->setObjectName(QStringLiteral("DetailsDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);

    m_events = new EventListPage(m_state, this);
    auto* eventsDock = new QDockWidget(tr("Events"), this);
    eventsDock->setObjectName(QStringLiteral("EventsDock"));
    eventsDock->setWidget(m_events);
    addDockWidget(Qt::BottomDockWidgetArea, eventsDock);

    m_claims = new ClaimsPage(m_state, this);
    auto* claimsDock = new QDockWidget(tr("Claims"), this);
    claimsDock->setObjectName(QStringLiteral("ClaimsDock"));
    claimsDock->setWidget(m_claims);
    addDockWidget(Qt::BottomDockWidgetArea, claimsDock);
    tabifyDockWidget(eventsDock, claimsDock);
    eventsDock->raise();
    connect(m_claims, &ClaimsPage::chartRequested, this, [this] { m_chart->setFocus(); });
    connect(m_claims, &ClaimsPage::eventsRequested, this, [this] { m_timeline->setFocus(); });
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open"), QString(), fileDialogFilters().join(QStringLiteral(";;")));
        if (!files.isEmpty())
            openFiles(files);
    });
    file->addAction(tr("&Import…"), QKeySequence(tr("Ctrl+I")), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import into this dataset"), QString(), fileDialogFilters().join(QStringLiteral(";;")));
        if (!files.isEmpty())
            importFiles(files);
    });
    file->addAction(tr("Open the &embedded story"), this, &MainWindow::openEmbeddedDataset);
    file->addSeparator();
    file->addAction(tr("Open &View…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open view"), QString(), tr("Chronoscope views (*.view.json *.json)"));
        if (!path.isEmpty())
            openViewFile(path);
    });
    file->addAction(tr("Save &View…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save view"), QStringLiteral("chronoscope.view.json"), tr("Chronoscope views (*.view.json)"));
        if (!path.isEmpty())
            saveViewFile(path);
    });
    file->addSeparator();
    file->addAction(tr("&Export…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, this, [this] { zoomBy(0.5); });
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, this, [this] { zoomBy(2.0); });
    view->addAction(tr("&Fit All"), QKeySequence(tr("Ctrl+0")), m_state, &DocumentState::fitAll);
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(this);
    QAction* en = language->addAction(QStringLiteral("English"), this, [this] { m_state->setLanguage(Language::English); });
    QAction* zh = language->addAction(QStringLiteral("简体中文"), this, [this] { m_state->setLanguage(Language::Chinese); });
    for (QAction* a : { en, zh }) {
        a->setCheckable(true);
        languages->addAction(a);
    }
    en->setChecked(true);
    connect(m_state, &DocumentState::languageChanged, this, [en, zh](Language l) {
        (l == Language::Chinese ? zh : en)->setChecked(true);
    });
    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(this);
    QAction* light = theme->addAction(tr("Light"), this, [this] { m_state->setThemeName(QStringLiteral("light")); });
    QAction* dark = theme->addAction(tr("Dark"), this, [this] { m_state->setThemeName(QStringLiteral("dark")); });
    for (QAction* a : { light, dark }) {
        a->setCheckable(true);
        themes->addAction(a);
    }
    light->setChecked(true);
    connect(m_state, &DocumentState::themeChanged, this, [light, dark](const QString& name) {
        (name == u"dark" ? dark : light)->setChecked(true);
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About this &dataset"), this, &MainWindow::aboutDataset);
    help->addAction(tr("&About Chronoscope"), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About Chronoscope"));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("Chronoscope %1\nDated events and the trends around them.").arg(QCoreApplication::applicationVersion()));
        box.exec();
    });
}

void MainWindow::connectState()
{
    // State -> views.
    auto pushAll = [this] {
        const Theme theme = Theme::byName(m_state->themeName());
        m_timeline->setTheme(theme);
        m_overview->setTheme(theme);
        m_timeline->setLanguage(m_state->language());
        m_timeline->setDataset(m_state->dataset());
        m_overview->setDataset(m_state->dataset());
        m_timeline->setMask(m_state->mask());
        m_overview->setMask(m_state->mask());
        m_timeline->setVisibleRange(m_state->visibleRange());
        m_overview->setVisibleRange(m_state->visibleRange());
        m_timeline->setSelectedEvent(m_state->selectedEvent());
    };
    connect(m_state, &DocumentState::datasetChanged, this, pushAll);
    connect(m_state, &DocumentState::filterChanged, this, [this] {
        m_timeline->setMask(m_state->mask());
        m_overview->setMask(m_state->mask());
        updateStatus();
    });
    connect(m_state, &DocumentState::visibleRangeChanged, this, [this](TimeRange r) {
        m_timeline->setVisibleRange(r);
        m_overview->setVisibleRange(r);
        updateStatus();
    });
    connect(m_state, &DocumentState::selectedEventChanged, m_timeline, &TimelineView::setSelectedEvent);
    connect(m_state, &DocumentState::hoveredEventChanged, m_timeline, &TimelineView::setHoveredEvent);
    connect(m_state, &DocumentState::languageChanged, this, [this](Language l) {
        m_timeline->setLanguage(l);
        updateStatus();
    });
    connect(m_state, &DocumentState::themeChanged, this, [this](const QString& name) {
        const Theme theme = Theme::byName(name);
        m_timeline->setTheme(theme);
        m_overview->setTheme(theme);
    });
    connect(m_state, &DocumentState::datasetChanged, this, &MainWindow::updateTitle);
    // The last session's range applies once, to the first dataset that opens.
    connect(m_state, &DocumentState::datasetChanged, this, [this] {
        if (m_pendingRange && m_state->dataset()) {
            const TimeRange r = *m_pendingRange;
            m_pendingRange.reset();
            if (m_state->fullRange().intersects(r.start, r.end))
                m_state->setVisibleRange(r);
        }
    });

    // Views -> state (requests).
    connect(m_timeline, &TimelineView::visibleRangeRequested, m_state, &DocumentState::setVisibleRange);
    connect(m_overview, &OverviewStrip::visibleRangeRequested, m_state, &DocumentState::setVisibleRange);
    connect(m_timeline, &TimelineView::eventActivated, m_state, &DocumentState::setSelectedEvent);
    connect(m_timeline, &TimelineView::hoveredEventChanged, m_state, &DocumentState::setHoveredEvent);
    // A range selected on the timeline zooms to it and becomes the date filter, so the
    // From / Until fields follow it; the filter chip clears it in one click.
    connect(m_timeline, &TimelineView::rangeSelected, this, [this](TimeRange r) {
        FilterSpec f = m_state->filter();
        f.from = r.start;
        f.to = r.end;
        m_state->setFilter(f);
        m_state->setVisibleRange(r);
    });
}

void MainWindow::zoomBy(double factor)
{
    const TimeRange r = m_state->visibleRange();
    const TimeMs half = TimeMs(double(r.delta()) * factor / 2);
    m_state->setVisibleRange({ r.center() - half, r.center() + half });
}

void MainWindow::updateStatus()
{
    const DatasetPtr& ds = m_state->dataset();
    if (!ds) {
        m_statusCounts->clear();
        m_statusRange->clear();
        return;
    }
    m_statusCounts->setText(tr("%1 of %2 events").arg(m_state->visibleCount()).arg(ds->eventCount()));
    const TimeRange r = m_state->visibleRange();
    const Language l = m_state->language();
    m_statusRange->setText(tr("Showing %1 – %2")
                               .arg(formatDate(Date::fromMs(r.start, DatePrecision::Day), l),
                                   formatDate(Date::fromMs(r.end, DatePrecision::Day), l)));
}

void MainWindow::updateTitle()
{
    const DatasetPtr& ds = m_state->dataset();
    QString name = m_state->fileName().isEmpty() ? QString() : QFileInfo(m_state->fileName()).fileName();
    if (ds && name.isEmpty())
        name = ds->meta().title.text(m_state->language());
    setWindowTitle(name.isEmpty() ? QStringLiteral("Chronoscope") : tr("%1 — Chronoscope").arg(name));
    updateStatus();
}

void MainWindow::openEmbeddedDataset()
{
    const LoadResult r = loadEmbeddedDataset();
    if (!r.ok()) {
        showDiagnostics(tr("The embedded dataset could not be read"), r.diagnostics);
        return;
    }
    m_state->setDataset(r.data, QString());
}

void MainWindow::openFiles(const QStringList& files)
{
    m_importing = false;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelLoad->show();
    m_loader->load(files);
}

void MainWindow::importFiles(const QStringList& files)
{
    m_importing = true;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelLoad->show();
    m_loader->load(files, m_state->dataset());
}

void MainWindow::onLoaded(const QString& fileName, const QList<Diagnostic>& diagnostics)
{
    if (!diagnostics.isEmpty())
        showDiagnostics(tr("%1 opened with warnings").arg(QFileInfo(fileName).fileName()), diagnostics);
    statusBar()->showMessage(tr("Opened %1").arg(fileName), 5000);
}

void MainWindow::showDiagnostics(const QString& title, const QList<Diagnostic>& diagnostics)
{
    QStringList lines;
    for (const Diagnostic& d : diagnostics) {
        if (lines.size() == 20) {
            lines.append(tr("… and %1 more").arg(diagnostics.size() - 20));
            break;
        }
        lines.append(d.toString());
    }
    QMessageBox box(diagnostics.isEmpty() || !diagnostics.first().isError() ? QMessageBox::Warning : QMessageBox::Critical,
        title, title, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(lines.join(u'\n'));
    box.setObjectName(QStringLiteral("DiagnosticsBox"));
    if (qEnvironmentVariableIsSet("CHRONOSCOPE_NO_DIALOGS"))
        return; // tests read the message from stderr-free state instead of a modal box
    box.exec();
}

void MainWindow::exportDialog()
{
    ExportDialog dialog(m_state, this);
    dialog.exec();
}

void MainWindow::aboutDataset()
{
    const DatasetPtr& ds = m_state->dataset();
    if (!ds)
        return;
    AboutDatasetDialog dialog(*ds, m_state->language(), this);
    dialog.exec();
}

ViewState MainWindow::viewState() const
{
    ViewState v;
    v.filter = m_state->filter();
    v.range = m_state->visibleRange();
    v.chartGroup = m_state->chartGroup();
    v.chartKind = m_state->chartKind();
    // The window shows the timeline above the chart: the report view draws the same.
    v.view = v.chartGroup.isEmpty() ? QStringLiteral("timeline") : QStringLiteral("report");
    v.theme = m_state->themeName();
    v.language = m_state->language();
    return v;
}

void MainWindow::applyViewState(const ViewState& v)
{
    m_state->setLanguage(v.language);
    m_state->setThemeName(v.theme);
    m_state->setFilter(v.filter);
    if (!v.chartGroup.isEmpty())
        m_state->setChartGroup(v.chartGroup);
    if (!v.chartKind.isEmpty())
        m_state->setChartKind(v.chartKind);
    if (v.range && m_state->dataset())
        m_state->setVisibleRange(*v.range);
    else if (v.range)
        m_pendingRange = v.range;
}

bool MainWindow::saveViewFile(const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(viewState().toJson()) < 0 || !file.commit()) {
        showDiagnostics(tr("Could not save the view"), { Diagnostic { Diagnostic::Severity::Error, path, 0, 0, file.errorString() } });
        return false;
    }
    statusBar()->showMessage(tr("Saved view to %1").arg(path), 5000);
    return true;
}

bool MainWindow::openViewFile(const QString& path)
{
    QFile file(path);
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
    } else if (const auto v = ViewState::fromJson(file.readAll(), &error)) {
        applyViewState(*v);
        return true;
    }
    showDiagnostics(tr("Could not open the view"), { Diagnostic { Diagnostic::Severity::Error, path, 0, 0, error } });
    return false;
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray view = settings.value(QStringLiteral("view/state")).toByteArray();
    if (view.isEmpty())
        return;
    QString error;
    if (const auto v = ViewState::fromJson(view, &error))
        applyViewState(*v);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/state"), viewState().toJson());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    m_loader->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (!files.isEmpty())
        openFiles(files);
}

} // namespace chrono::ui
