// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/charts/chartpanel.h"
#include "app/dialogs/aboutdatasetdialog.h"
#include "app/dialogs/editactions.h"
#include "app/dialogs/importdialog.h"
#include "app/dialogs/lanechoicedialog.h"
#include "app/dialogs/exportdialog.h"
#include "app/i18n/uilanguage.h"
#include "app/i18n/widgettheme.h"
#include "app/pages/activefiltersbar.h"
#include "app/pages/claimspage.h"
#include "app/pages/eventdetails.h"
#include "app/pages/eventlistpage.h"
#include "app/pages/filterpanel.h"
#include "app/state/documenteditor.h"
#include "app/state/documentloader.h"
#include "app/state/editcommands.h"
#include "app/state/documentstate.h"
#include "app/state/viewstate.h"
#include "app/timeline/overviewstrip.h"
#include "app/timeline/timelineview.h"
#include "core/data/dateformat.h"
#include "core/io/embedded.h"
#include "core/io/importpreview.h"
#include "core/io/readerregistry.h"

#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
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
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyleFactory>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace chrono::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_state(new DocumentState(this))
    , m_loader(new DocumentLoader(this))
    , m_editor(new DocumentEditor(m_state, this))
    , m_edit(new EditActions(m_editor, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    resize(1440, 900);

    // Language and theme are settled before any widget exists, so nothing is built twice at
    // start. Connected first: the translator is installed before the pages hear the change.
    chooseStartupLook();
    connect(m_state, &DocumentState::languageChanged, this, &MainWindow::applyUiLanguage);
    connect(m_state, &DocumentState::themeChanged, this, &MainWindow::applyTheme);

    m_central = new QSplitter(Qt::Vertical, this);
    auto* timelineBox = new QWidget(m_central);
    m_timelineLayout = new QVBoxLayout(timelineBox);
    m_timelineLayout->setContentsMargins(0, 0, 0, 0);
    m_timelineLayout->setSpacing(0);
    m_overview = new OverviewStrip(timelineBox);
    m_timeline = new TimelineView(timelineBox);
    m_timelineLayout->addWidget(m_overview);
    m_timelineLayout->addWidget(m_timeline, 1);
    m_central->addWidget(timelineBox);
    m_central->setChildrenCollapsible(false);
    setCentralWidget(m_central);

    createDocks();
    createPages();
    m_central->setStretchFactor(0, 3);
    m_central->setStretchFactor(1, 2);
    createMenus();
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
        // An import is an undoable change of this document; an open replaces the document.
        if (m_importing)
            m_editor->execute(new ReplaceDatasetCommand(m_state, ds, tr("Import %1").arg(QFileInfo(name).fileName())), nullptr);
        else
            m_editor->setDocument(ds, name);
        onLoaded(name, diagnostics);
    });
    connect(m_loader, &DocumentLoader::loadFailed, this, [this](const QString& name, const QList<Diagnostic>& diagnostics) {
        m_progress->hide();
        m_cancelLoad->hide();
        showDiagnostics(tr("Could not open %1").arg(QFileInfo(name).fileName()), diagnostics);
    });
    restoreSettings();
    updateAccessibleNames();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    auto dock = [this](const char* objectName, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(this);
        d->setObjectName(QString::fromLatin1(objectName));
        addDockWidget(area, d);
        return d;
    };
    m_filterDock = dock("FiltersDock", Qt::LeftDockWidgetArea);
    m_detailsDock = dock("DetailsDock", Qt::RightDockWidgetArea);
    m_eventsDock = dock("EventsDock", Qt::BottomDockWidgetArea);
    m_claimsDock = dock("ClaimsDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_eventsDock, m_claimsDock);
    m_eventsDock->raise();
}

void MainWindow::createPages()
{
    // The pages build their texts in their constructors and follow the state from then on,
    // so a fresh page is a complete retranslation; the state keeps everything that matters.
    const auto replace = [](auto*& member, auto* fresh) {
        delete member;
        member = fresh;
    };
    m_filterDock->setWindowTitle(tr("Filters"));
    m_detailsDock->setWindowTitle(tr("Details"));
    m_eventsDock->setWindowTitle(tr("Events"));
    m_claimsDock->setWindowTitle(tr("Claims"));

    replace(m_filters, new FilterPanel(m_state, m_filterDock));
    m_filterDock->setWidget(m_filters);
    replace(m_details, new EventDetails(m_state, m_detailsDock));
    m_detailsDock->setWidget(m_details);
    replace(m_events, new EventListPage(m_state, m_eventsDock));
    m_eventsDock->setWidget(m_events);
    replace(m_claims, new ClaimsPage(m_state, m_claimsDock));
    m_claimsDock->setWidget(m_claims);
    connect(m_claims, &ClaimsPage::chartRequested, this, [this] { m_chart->setFocus(); });
    connect(m_claims, &ClaimsPage::eventsRequested, this, [this] { m_timeline->setFocus(); });

    replace(m_filtersBar, new ActiveFiltersBar(m_state, m_timelineLayout->parentWidget()));
    m_timelineLayout->insertWidget(0, m_filtersBar);
    if (!m_chart) {
        m_chart = new ChartPanel(m_state, m_central);
        m_central->addWidget(m_chart);
    }
    m_builtLanguage = installedUiLanguage();
    setTabOrder();
}

void MainWindow::setTabOrder()
{
    // Reading order: find, filters, the timeline, the chart, the event list, details, claims.
    QWidget::setTabOrder(m_filters->searchField(), m_filters->fromField());
    QWidget::setTabOrder(m_filters->fromField(), m_filters->toField());
    QWidget::setTabOrder(m_filters->toField(), m_filters->companyList());
    QWidget::setTabOrder(m_filters->companyList(), m_timeline);
    QWidget::setTabOrder(m_timeline, m_chart);
    QWidget::setTabOrder(m_chart, m_events);
    QWidget::setTabOrder(m_events, m_details);
    QWidget::setTabOrder(m_details, m_claims);
}

void MainWindow::createMenus()
{
    // A fresh menu bar on every language change: QMainWindow deletes the old one and with it
    // every menu, action and action group below it.
    auto* bar = new QMenuBar(this);
    setMenuBar(bar);

    QMenu* file = bar->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Open"), QString(), fileDialogFilters().join(QStringLiteral(";;")));
        if (!files.isEmpty())
            openFiles(files);
    });
    open->setShortcuts(QKeySequence::Open);
    file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import into this dataset"), QString(), fileDialogFilters().join(QStringLiteral(";;")));
        if (!files.isEmpty())
            importFiles(files);
    });
    file->addAction(tr("Open the &embedded story"), this, [this] {
        if (m_editor->maybeSave(this))
            openEmbeddedDataset();
    });
    file->addMenu(m_edit->recentMenu());
    file->addSeparator();
    file->addAction(m_edit->saveAction());
    file->addAction(m_edit->saveAsAction());
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
    file->addAction(tr("&Export…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::exportDialog);
    file->addAction(tr("&Print…"), this, &MainWindow::exportDialog)->setShortcuts(QKeySequence::Print);
    file->addSeparator();
    file->addAction(tr("&Quit"), this, &QWidget::close)->setShortcuts(QKeySequence::Quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    m_edit->addEditActionsTo(edit);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), this, [this] {
        m_filterDock->show();
        m_filterDock->raise();
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
    find->setShortcuts(QKeySequence::Find);
    edit->addAction(tr("Find &Next"), this, [this] { m_filters->stepMatch(+1); })->setShortcuts(QKeySequence::FindNext);
    edit->addAction(tr("Find Pre&vious"), this, [this] { m_filters->stepMatch(-1); })->setShortcuts(QKeySequence::FindPrevious);
    edit->addSeparator();
    edit->addAction(tr("&Clear Filters"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace), this,
        [this] { m_state->setFilter(FilterSpec {}); });

    QMenu* view = bar->addMenu(tr("&View"));
    view->addAction(tr("Zoom &In"), this, [this] { zoomBy(0.5); })->setShortcuts(QKeySequence::ZoomIn);
    view->addAction(tr("Zoom &Out"), this, [this] { zoomBy(2.0); })->setShortcuts(QKeySequence::ZoomOut);
    view->addAction(tr("&Fit All"), QKeySequence(Qt::CTRL | Qt::Key_0), m_state, &DocumentState::fitAll);
    view->addAction(tr("&Go to Date…"), QKeySequence(Qt::CTRL | Qt::Key_G), this, &MainWindow::goToDate);
    QMenu* lanes = view->addMenu(tr("&Lanes"));
    auto* orders = new QActionGroup(lanes);
    const std::pair<LaneOrder, QString> orderNames[] = { { LaneOrder::Dataset, tr("In &dataset order") },
        { LaneOrder::FirstEvent, tr("By &first event") }, { LaneOrder::Name, tr("By &name") },
        { LaneOrder::EventCount, tr("By event &count") } };
    for (const auto& [order, text] : orderNames) {
        QAction* a = lanes->addAction(text, this, [this, order = order] {
            LaneOptions o = m_timeline->painter().laneOptions();
            o.order = order;
            m_timeline->setLaneOptions(o);
        });
        a->setCheckable(true);
        a->setChecked(m_timeline->painter().laneOptions().order == order);
        orders->addAction(a);
    }
    lanes->addSeparator();
    QAction* hideEmpty = lanes->addAction(tr("&Hide empty lanes"), this, [this](bool on) {
        LaneOptions o = m_timeline->painter().laneOptions();
        o.hideEmpty = on;
        m_timeline->setLaneOptions(o);
    });
    hideEmpty->setCheckable(true);
    hideEmpty->setChecked(m_timeline->painter().laneOptions().hideEmpty);
    lanes->addAction(tr("E&xpand all lanes"), this, [this] {
        LaneOptions o = m_timeline->painter().laneOptions();
        o.collapsed.clear();
        m_timeline->setLaneOptions(o);
    });
    view->addSeparator();
    QMenu* panels = view->addMenu(tr("&Panels"));
    // The docks name their toggle actions after their titles; give them mnemonics here
    // (a dock's title changes only in createPages, which is always followed by this).
    const std::pair<QDockWidget*, QString> docks[] = { { m_filterDock, tr("&Filters") }, { m_detailsDock, tr("&Details") },
        { m_eventsDock, tr("&Events") }, { m_claimsDock, tr("&Claims") } };
    for (const auto& [dock, text] : docks) {
        dock->toggleViewAction()->setText(text);
        panels->addAction(dock->toggleViewAction());
    }
    QAction* fullScreen = view->addAction(tr("F&ull Screen"), this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });
    fullScreen->setShortcuts(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    fullScreen->setChecked(isFullScreen());
    view->addSeparator();

    // Language names are written in their own language, so each is findable from the other.
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const auto addLanguage = [&](const QString& name, Language l) {
        QAction* a = language->addAction(name, this, [this, l] {
            QSettings().setValue(QStringLiteral("ui/language"), languageCode(l));
            // Queued: the switch replaces this menu bar, which must outlive its own signal.
            QMetaObject::invokeMethod(m_state, [this, l] { m_state->setLanguage(l); }, Qt::QueuedConnection);
        });
        a->setCheckable(true);
        a->setChecked(m_state->language() == l);
        languages->addAction(a);
    };
    addLanguage(QStringLiteral("&English"), Language::English);
    addLanguage(QStringLiteral("简体中文 (&C)"), Language::Chinese);

    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(theme);
    const auto addTheme = [&](const QString& label, const QString& name) {
        QAction* a = theme->addAction(label, this, [this, name] {
            QSettings().setValue(QStringLiteral("ui/theme"), name);
            m_state->setThemeName(name);
        });
        a->setCheckable(true);
        a->setChecked(m_state->themeName() == name);
        themes->addAction(a);
    };
    addTheme(tr("&Light"), QStringLiteral("light"));
    addTheme(tr("&Dark"), QStringLiteral("dark"));
    connect(m_state, &DocumentState::themeChanged, themes, [themes](const QString& name) {
        const QList<QAction*> actions = themes->actions();
        actions.at(name == u"dark" ? 1 : 0)->setChecked(true);
    });

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addAction(tr("About this &dataset"), this, &MainWindow::aboutDataset);
    help->addAction(tr("&About Chronoscope"), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About Chronoscope"));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("Chronoscope %1\nDated events and the trends around them.").arg(QCoreApplication::applicationVersion()));
        box.exec();
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::chooseStartupLook()
{
    QSettings settings;
    const auto chosen = languageFromCode(settings.value(QStringLiteral("ui/language")).toString());
    const Language language = chosen ? *chosen : systemLanguage();
    const QString storedTheme = settings.value(QStringLiteral("ui/theme")).toString();
    const QString theme = storedTheme == u"light" || storedTheme == u"dark" ? storedTheme : systemThemeName();
    m_state->setLanguage(language);
    m_state->setThemeName(theme);
    installUiLanguage(language);
    applyWidgetTheme(theme);
}

void MainWindow::applyUiLanguage(Language language)
{
    installUiLanguage(language);
    // Qt posts LanguageChange to top-level widgets; retranslating right away keeps the
    // window consistent for code that runs before the event loop delivers it.
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    if (!m_filters || m_builtLanguage == installedUiLanguage())
        return;
    const bool searchHadFocus = m_filters->searchField()->hasFocus();
    createPages();
    createMenus();
    // The chart panel retranslates on LanguageChange; Qt only posts that event, so send it now.
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(m_chart, &change);
    m_cancelLoad->setText(tr("Cancel"));
    updateTitle();
    updateAccessibleNames();
    if (searchHadFocus)
        m_filters->searchField()->setFocus();
}

void MainWindow::applyTheme(const QString& name)
{
    applyWidgetTheme(name);
    const Theme theme = Theme::byName(name);
    m_timeline->setTheme(theme);
    m_overview->setTheme(theme);
    // The palette change repaints ordinary widgets; the custom views paint from Theme.
    m_timeline->update();
    m_overview->update();
    m_chart->update();
}

void MainWindow::connectState()
{
    // Editing: these outlive the menus, which are rebuilt on a language switch.
    connect(m_edit, &EditActions::openRecentRequested, this, [this](const QString& path) {
        if (m_editor->maybeSave(this))
            openFiles({ path });
    });
    connect(m_editor, &DocumentEditor::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_state, &DocumentState::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_editor, &DocumentEditor::fileChangedOnDisk, this, [this](const QString& path) {
        // Unmodified: follow the file quietly. Modified: the user decides.
        if (m_editor->isModified()) {
            QMessageBox box(QMessageBox::Question, tr("File changed on disk"),
                tr("%1 was changed by another program. Reload it and lose your changes?").arg(QFileInfo(path).fileName()),
                QMessageBox::Yes | QMessageBox::No, this);
            box.setTextFormat(Qt::PlainText);
            if (box.exec() != QMessageBox::Yes)
                return;
        }
        openFiles({ path });
    });

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
        updateTitle();
    });
    connect(m_state, &DocumentState::chartChanged, this, &MainWindow::updateAccessibleNames);
    connect(m_state, &DocumentState::datasetChanged, this, &MainWindow::updateTitle);
    // The last session's range applies once, to the first dataset that opens, and only when it
    // is the file that range was seen in: another file opens showing all of its own data.
    connect(m_state, &DocumentState::datasetChanged, this, [this] {
        if (m_pendingRange && m_state->dataset()) {
            const TimeRange r = *m_pendingRange;
            const bool sameFile = !m_pendingRangeFile || *m_pendingRangeFile == m_state->fileName();
            m_pendingRange.reset();
            m_pendingRangeFile.reset();
            if (sameFile && m_state->fullRange().intersects(r.start, r.end))
                m_state->setVisibleRange(r);
        }
    });

    // Views -> state (requests).
    connect(m_timeline, &TimelineView::visibleRangeRequested, m_state, &DocumentState::setVisibleRange);
    connect(m_overview, &OverviewStrip::visibleRangeRequested, m_state, &DocumentState::setVisibleRange);
    connect(m_timeline, &TimelineView::eventActivated, m_state, &DocumentState::setSelectedEvent);
    connect(m_timeline, &TimelineView::hoveredEventChanged, m_state, &DocumentState::setHoveredEvent);
    // One hover cursor for timeline and chart: each view reports the time under the mouse,
    // the state keeps it, and both draw it.
    connect(m_timeline, &TimelineView::hoverTimeChanged, m_state, &DocumentState::setHoverTime);
    connect(m_state, &DocumentState::hoverTimeChanged, this, [this] { m_timeline->setCursorTime(m_state->hoverTime()); });
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

void MainWindow::goToDate()
{
    if (!m_state->dataset())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to Date"),
        tr("Date (YYYY, YYYY-MM or YYYY-MM-DD):"), QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const DateParseResult r = parseIsoDate(text.trimmed());
    if (!r.ok()) {
        showDiagnostics(tr("Not a date"), { Diagnostic { Diagnostic::Severity::Error, text.trimmed(), 1, r.errorOffset + 1, r.error } });
        return;
    }
    // A year or a month is shown whole; a day keeps the current span, centred on it.
    const Date& d = r.date;
    if (d.precision < DatePrecision::Day) {
        const TimeMs pad = (d.endMs() - d.ms) / 20;
        m_state->setVisibleRange({ d.ms - pad, d.endMs() + pad });
    } else {
        const TimeRange current = m_state->visibleRange();
        m_state->setVisibleRange({ d.midMs() - current.delta() / 2, d.midMs() + current.delta() / 2 });
    }
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
        updateAccessibleNames();
        return;
    }
    m_statusCounts->setText(tr("%1 of %n event(s)", nullptr, ds->eventCount()).arg(QLocale().toString(m_state->visibleCount())));
    const TimeRange r = m_state->visibleRange();
    const Language l = m_state->language();
    m_statusRange->setText(tr("Showing %1 – %2")
                               .arg(formatDate(Date::fromMs(r.start, DatePrecision::Day), l),
                                   formatDate(Date::fromMs(r.end, DatePrecision::Day), l)));
    updateAccessibleNames();
}

void MainWindow::updateAccessibleNames()
{
    // Screen readers get what the custom views show, not just what they are.
    const DatasetPtr& ds = m_state->dataset();
    if (!ds) {
        m_timeline->setAccessibleName(tr("Timeline: no dataset"));
        m_overview->setAccessibleName(tr("Overview: no dataset"));
        m_chart->setAccessibleName(tr("Chart: no dataset"));
        return;
    }
    const Language l = m_state->language();
    const auto day = [l](TimeMs ms) { return formatDate(Date::fromMs(ms, DatePrecision::Month), l); };
    // Lanes are companies with at least one visible event (plus one for events without).
    std::vector<bool> lanes(size_t(ds->companies().size()) + 1, false);
    const EventMask& mask = m_state->mask();
    const auto& companies = ds->companyColumn();
    for (size_t i = 0; i < mask.size() && i < companies.size(); ++i) {
        if (mask[i])
            lanes[std::min(size_t(companies[i]), lanes.size() - 1)] = true;
    }
    const int laneCount = int(std::count(lanes.begin(), lanes.end(), true));
    const TimeRange r = m_state->visibleRange();
    m_timeline->setAccessibleName(tr("Timeline: %n event(s) in %1 lanes, %2 – %3", nullptr, m_state->visibleCount())
                                      .arg(laneCount)
                                      .arg(day(r.start), day(r.end)));
    const TimeRange all = m_state->fullRange();
    m_overview->setAccessibleName(tr("Overview: density of %n event(s), %1 – %2", nullptr, ds->eventCount())
                                      .arg(day(all.start), day(all.end)));
    const QString group = m_state->chartGroup();
    m_chart->setAccessibleName(group.isEmpty() ? tr("Chart: no series") : tr("Chart: %1").arg(seriesGroupName(*ds, group, l)));
}

void MainWindow::updateTitle()
{
    const DatasetPtr& ds = m_state->dataset();
    QString name = m_state->fileName().isEmpty() ? QString() : QFileInfo(m_state->fileName()).fileName();
    if (ds && name.isEmpty())
        name = ds->meta().title.text(m_state->language());
    // [*] shows the unsaved-changes mark that setWindowModified() toggles.
    setWindowTitle(name.isEmpty() ? QStringLiteral("Chronoscope[*]") : tr("%1[*] — Chronoscope").arg(name));
    updateStatus();
}

void MainWindow::openEmbeddedDataset()
{
    const LoadResult r = loadEmbeddedDataset();
    if (!r.ok()) {
        showDiagnostics(tr("The embedded dataset could not be read"), r.diagnostics);
        return;
    }
    m_editor->setDocument(r.data, QString());
}

void MainWindow::openFiles(const QStringList& files)
{
    if (!m_editor->maybeSave(this))
        return;
    m_importing = false;
    m_progress->setValue(0);
    m_progress->show();
    m_cancelLoad->show();
    m_loader->load(files);
}

void MainWindow::importFiles(const QStringList& files)
{
    m_importing = true;
    // CSV and JSON records get the mapping step first: detected roles, overrides, a preview.
    QHash<QString, QString> columnMap;
    if (files.size() == 1 && recordFormatOf(files.first()) != RecordFormat::None && !qEnvironmentVariableIsSet("CHRONOSCOPE_NO_DIALOGS")) {
        ImportDialog dialog(files.first(), {}, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        columnMap = dialog.columnMap();
    }
    // Timeline, vis-timeline and Markwhen files: which of the file's groupings makes the lanes.
    if (files.size() == 1 && !qEnvironmentVariableIsSet("CHRONOSCOPE_NO_DIALOGS")) {
        LaneChoiceDialog lanes(files.first(), this);
        if (!lanes.choices().isEmpty()) {
            if (lanes.exec() != QDialog::Accepted)
                return;
            columnMap.insert(QStringLiteral("lane"), lanes.choice());
        }
    }
    m_progress->setValue(0);
    m_progress->show();
    m_cancelLoad->show();
    m_loader->load(files, m_state->dataset(), columnMap);
}

void MainWindow::onLoaded(const QString& fileName, const QList<Diagnostic>& diagnostics)
{
    bool dropped = false;
    for (const Diagnostic& d : diagnostics)
        dropped = dropped || d.dropsData();
    if (dropped)
        showDiagnostics(tr("%1 opened, but some of it was left out").arg(QFileInfo(fileName).fileName()), diagnostics);
    else if (!diagnostics.isEmpty())
        showDiagnostics(tr("%1 opened with warnings").arg(QFileInfo(fileName).fileName()), diagnostics);
    statusBar()->showMessage(tr("Opened %1").arg(fileName), 5000);
}

void MainWindow::showDiagnostics(const QString& title, const QList<Diagnostic>& diagnostics)
{
    // A file that opened: what was left out of it comes first, each at its place; then the
    // rest, equal ones folded. A file that did not open: the problems in file order.
    bool failed = false;
    for (const Diagnostic& d : diagnostics)
        failed = failed || d.isError();
    QStringList left, other;
    for (const Diagnostic& d : groupDiagnostics(diagnostics))
        (d.dropsData() && !failed ? left : other).append(d.toString());
    const auto listed = [this](const QStringList& all) {
        QStringList out = all.mid(0, 20);
        if (all.size() > 20)
            out.append(tr("… and %1 more").arg(all.size() - 20));
        return out;
    };
    QStringList lines;
    if (!left.isEmpty()) {
        lines.append(tr("Left out of the file:"));
        lines += listed(left);
        if (!other.isEmpty())
            lines.append(tr("Other warnings:"));
    }
    lines += listed(other);
    QMessageBox box(diagnostics.isEmpty() || !diagnostics.first().isError() ? QMessageBox::Warning : QMessageBox::Critical,
        title, title, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(lines.join(u'\n'));
    box.setObjectName(QStringLiteral("DiagnosticsBox"));
    m_lastDiagnostics = title + u'\n' + lines.join(u'\n');
    ++m_diagnosticsShown;
    if (qEnvironmentVariableIsSet("CHRONOSCOPE_NO_DIALOGS"))
        return; // tests read lastDiagnosticsText() instead of a modal box
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
    else if (v.range) {
        m_pendingRange = v.range;
        m_pendingRangeFile.reset(); // a view file applies to whatever opens next
    }
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
    if (const auto v = ViewState::fromJson(view, &error)) {
        // Language and theme come from ui/language and ui/theme (chooseStartupLook): the
        // view state always records them, which would hide the system's choice.
        m_state->setFilter(v->filter);
        m_state->setFilterFile(settings.value(QStringLiteral("view/file")).toString());
        if (!v->chartGroup.isEmpty())
            m_state->setChartGroup(v->chartGroup);
        if (!v->chartKind.isEmpty())
            m_state->setChartKind(v->chartKind);
        m_pendingRange = v->range;
        m_pendingRangeFile = settings.value(QStringLiteral("view/file")).toString();
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/state"), viewState().toJson());
    settings.setValue(QStringLiteral("view/file"), m_state->fileName());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_editor->maybeSave(this)) {
        event->ignore();
        return;
    }
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
