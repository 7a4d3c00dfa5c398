// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/data/timerange.h"
#include "core/filter/filterspec.h"

#include <QtCore/QObject>
#include <QtCore/QString>

#include <optional>

namespace chrono::ui {

/**
 * @brief The one document state every view follows: dataset, filter, visible time range,
 * selection, hover, language, theme and chosen chart.
 *
 * Views never talk to each other. A view asks for a change through a setter; the state
 * applies it (ignoring no-op changes, so there are no signal loops) and notifies all views.
 */
class DocumentState : public QObject {
    Q_OBJECT
public:
    explicit DocumentState(QObject* parent = nullptr);

    const DatasetPtr& dataset() const { return m_dataset; }
    const QString& fileName() const { return m_fileName; }
    const FilterSpec& filter() const { return m_filter; }
    /// Visibility of each event under the current filter (dataset order).
    const EventMask& mask() const { return m_mask; }
    int visibleCount() const { return m_visibleCount; }
    const EventFilter& eventFilter() const { return m_eventFilter; }
    TimeRange visibleRange() const { return m_visibleRange; }
    /// The whole extent of the dataset, a little padded; what "fit all" shows.
    TimeRange fullRange() const { return m_fullRange; }
    /// The widest view, and how far a pan may go: the data's extent plus a tenth of it on each
    /// side (at least a year). setVisibleRange() keeps every range inside; empty without data.
    TimeRange zoomBounds() const;
    int selectedEvent() const { return m_selectedEvent; }
    int hoveredEvent() const { return m_hoveredEvent; }
    std::optional<TimeMs> hoverTime() const { return m_hoverTime; }
    Language language() const { return m_language; }
    QString themeName() const { return m_themeName; }
    QString chartGroup() const { return m_chartGroup; }
    QString chartKind() const { return m_chartKind; }

public Q_SLOTS:
    /// Replaces the document (after a successful load only: a failed load never gets here).
    /// A document from another file than the one the filter was made for starts unfiltered:
    /// a search or a date range from another file must not make it look empty.
    void setDataset(chrono::DatasetPtr dataset, const QString& fileName = QString());
    /**
     * Swaps in the next snapshot of the same document (an edit, an undo, an import): unlike
     * setDataset() it keeps the file name, the filter (minus ids the new snapshot lacks), the
     * visible range and the selection (followed by event id, since indices move on edits).
     */
    void replaceDataset(chrono::DatasetPtr dataset);
    /// The document now lives in another file (Save As). Emits fileNameChanged.
    void setFileName(const QString& fileName);
    void setFilter(const chrono::FilterSpec& filter);
    /// The filter set before any document (a restored session) is for @p fileName: it applies
    /// to the first document only when that comes from this file.
    void setFilterFile(const QString& fileName) { m_filterFile = fileName; }
    /// The file the current filter was made for.
    QString filterFile() const { return m_filterFile; }
    void setCompanyVisible(const QString& companyId, bool visible);
    void setVisibleRange(chrono::TimeRange range);
    void fitAll();
    void setSelectedEvent(int eventIndex);
    void setHoveredEvent(int eventIndex);
    void setHoverTime(std::optional<chrono::TimeMs> time);
    void setLanguage(chrono::Language language);
    void setThemeName(const QString& name);
    void setChartGroup(const QString& group);
    void setChartKind(const QString& kind);

Q_SIGNALS:
    void datasetChanged();
    void fileNameChanged(const QString& fileName);
    /// setDataset() put a different document in place (after datasetChanged and the others);
    /// replaceDataset() does not emit it. DocumentEditor resets its history on it.
    void documentReset();
    void filterChanged();
    void visibleRangeChanged(chrono::TimeRange range);
    void selectedEventChanged(int eventIndex);
    void hoveredEventChanged(int eventIndex);
    void hoverTimeChanged();
    void languageChanged(chrono::Language language);
    void themeChanged(const QString& name);
    void chartChanged();

private:
    /// Frees the previous snapshot's search index and starts building the new one's.
    void adoptSearchIndex(const DatasetPtr& previous);
    void recomputeMask();
    /// Drops filter entries and a chart group the current dataset does not know.
    void pruneToDataset();

    DatasetPtr m_dataset;
    QString m_fileName;
    EventFilter m_eventFilter;
    FilterSpec m_filter;
    QString m_filterFile;
    EventMask m_mask;
    int m_visibleCount = 0;
    TimeRange m_visibleRange;
    TimeRange m_fullRange;
    int m_selectedEvent = -1;
    int m_hoveredEvent = -1;
    std::optional<TimeMs> m_hoverTime;
    Language m_language = Language::English;
    QString m_themeName = QStringLiteral("light");
    QString m_chartGroup;
    QString m_chartKind = QStringLiteral("line");
};

/// The dataset's extent padded by 3 % on each side (a year around "now" when empty).
TimeRange paddedExtent(const Dataset& dataset);

} // namespace chrono::ui
