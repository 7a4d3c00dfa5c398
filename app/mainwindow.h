// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/state/viewstate.h"
#include "core/data/localizedtext.h"
#include "core/io/diagnostic.h"

#include <QtWidgets/QMainWindow>

class QAction;
class QDockWidget;
class QSplitter;
class QVBoxLayout;
class QLabel;
class QProgressBar;
class QToolButton;

namespace chrono::ui {

class DocumentState;
class DocumentLoader;
class DocumentEditor;
class EditActions;
class TimelineView;
class OverviewStrip;
class ChartPanel;
class FilterPanel;
class EventDetails;
class EventListPage;
class ClaimsPage;
class ActiveFiltersBar;

/**
 * @brief The main window: timeline and chart on one time axis, filter panel, event
 * details, event list and claims. It wires views to the DocumentState; views never talk
 * to each other.
 */
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DocumentState* state() const { return m_state; }
    DocumentEditor* editor() const { return m_editor; }
    EditActions* editActions() const { return m_edit; }
    TimelineView* timelineView() const { return m_timeline; }
    ChartPanel* chartPanel() const { return m_chart; }
    FilterPanel* filterPanel() const { return m_filters; }
    EventDetails* eventDetails() const { return m_details; }
    EventListPage* eventList() const { return m_events; }
    ClaimsPage* claimsPage() const { return m_claims; }

public Q_SLOTS:
    void openEmbeddedDataset();
    /// Loads files off the UI thread; the current document stays until the load succeeds.
    void openFiles(const QStringList& files);
    void importFiles(const QStringList& files);
    /// What the window shows, as a view file / settings value.
    ViewState viewState() const;
    void applyViewState(const ViewState& view);
    bool saveViewFile(const QString& path);
    bool openViewFile(const QString& path);
    /// The last problem report the window showed (title, then one line per diagnostic), and
    /// how many it has shown; tests read them when CHRONOSCOPE_NO_DIALOGS skips the box.
    QString lastDiagnosticsText() const { return m_lastDiagnostics; }
    int diagnosticsShown() const { return m_diagnosticsShown; }

protected:
    /// QEvent::LanguageChange: rebuilds the menus and pages in the installed language.
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createDocks();
    /// (Re)creates the pages in the docks and the chart panel: on start and when the UI
    /// language changes, so every label, combo entry and tooltip is in the new language.
    void createPages();
    void setTabOrder();
    /// Installs the translator for @p language and retranslates the window.
    void applyUiLanguage(chrono::Language language);
    void applyTheme(const QString& name);
    void retranslateUi();
    void updateAccessibleNames();
    void connectState();
    void updateStatus();
    void updateTitle();
    void onLoaded(const QString& fileName, const QList<chrono::Diagnostic>& diagnostics);
    void showDiagnostics(const QString& title, const QList<chrono::Diagnostic>& diagnostics);
    void exportDialog();
    void aboutDataset();
    void zoomBy(double factor);
    void goToDate();
    /// Language and theme the user chose in the View menu, else the system's.
    void chooseStartupLook();
    void restoreSettings();
    void saveSettings() const;

    DocumentState* m_state;
    DocumentLoader* m_loader;
    DocumentEditor* m_editor;
    EditActions* m_edit;
    TimelineView* m_timeline = nullptr;
    OverviewStrip* m_overview = nullptr;
    ChartPanel* m_chart = nullptr;
    FilterPanel* m_filters = nullptr;
    EventDetails* m_details = nullptr;
    EventListPage* m_events = nullptr;
    ClaimsPage* m_claims = nullptr;
    QSplitter* m_central = nullptr;
    QVBoxLayout* m_timelineLayout = nullptr;
    ActiveFiltersBar* m_filtersBar = nullptr;
    QDockWidget* m_filterDock = nullptr;
    QDockWidget* m_detailsDock = nullptr;
    QDockWidget* m_eventsDock = nullptr;
    QDockWidget* m_claimsDock = nullptr;
    QLabel* m_statusCounts = nullptr;
    QLabel* m_statusRange = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelLoad = nullptr;
    bool m_importing = false;
    QString m_lastDiagnostics;
    int m_diagnosticsShown = 0;
    std::optional<TimeRange> m_pendingRange;
    /// The file m_pendingRange was seen in (last session); unset: any document (a view file).
    std::optional<QString> m_pendingRangeFile;
    /// The language the widgets were last built in (avoids rebuilding twice per switch).
    chrono::Language m_builtLanguage = chrono::Language::English;
};

} // namespace chrono::ui
