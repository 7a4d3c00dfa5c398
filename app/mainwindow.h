// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/state/viewstate.h"
#include "core/io/diagnostic.h"

#include <QtWidgets/QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QToolButton;

namespace chrono::ui {

class DocumentState;
class DocumentLoader;
class TimelineView;
class OverviewStrip;
class ChartPanel;
class FilterPanel;
class EventDetails;
class EventListPage;
class ClaimsPage;

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

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void connectState();
    void updateStatus();
    void updateTitle();
    void onLoaded(const QString& fileName, const QList<chrono::Diagnostic>& diagnostics);
    void showDiagnostics(const QString& title, const QList<chrono::Diagnostic>& diagnostics);
    void exportDialog();
    void aboutDataset();
    void zoomBy(double factor);
    void restoreSettings();
    void saveSettings() const;

    DocumentState* m_state;
    DocumentLoader* m_loader;
    TimelineView* m_timeline = nullptr;
    OverviewStrip* m_overview = nullptr;
    ChartPanel* m_chart = nullptr;
    FilterPanel* m_filters = nullptr;
    EventDetails* m_details = nullptr;
    EventListPage* m_events = nullptr;
    ClaimsPage* m_claims = nullptr;
    QLabel* m_statusCounts = nullptr;
    QLabel* m_statusRange = nullptr;
    QProgressBar* m_progress = nullptr;
    QToolButton* m_cancelLoad = nullptr;
    bool m_importing = false;
    std::optional<TimeRange> m_pendingRange;
};

} // namespace chrono::ui
