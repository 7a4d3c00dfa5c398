// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/state/documentstate.h"

#include "core/data/searchindex.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDateTime>

#include <utility>

namespace chrono::ui {

static constexpr TimeMs MIN_VISIBLE_SPAN = 60LL * 60 * 1000; // one hour: the deepest zoom
static constexpr TimeMs MIN_ZOOM_OUT_SPAN = 365 * MS_PER_DAY; // a single date can still be seen in its year

TimeRange paddedExtent(const Dataset& dataset)
{
    const auto extent = dataset.timeExtent();
    if (!extent) {
        const TimeMs now = QDateTime::currentMSecsSinceEpoch();
        return { now - 183 * MS_PER_DAY, now + 183 * MS_PER_DAY };
    }
    const TimeMs span = std::max<TimeMs>(extent->second - extent->first, MS_PER_DAY);
    const TimeMs pad = span * 3 / 100;
    return { extent->first - pad, extent->second + pad };
}

DocumentState::DocumentState(QObject* parent)
    : QObject(parent)
{
}

void DocumentState::adoptSearchIndex(const DatasetPtr& previous)
{
    // Only the current snapshot is searched: one kept for undo need not hold its index.
    if (previous && previous != m_dataset)
        previous->releaseSearchIndex();
    // Loaded datasets come with their index (DocumentLoader); edits make new snapshots
    // without one. Build it off the UI thread; a search that comes first waits for this
    // build (Dataset::searchIndex() serialises them) rather than starting its own.
    if (m_dataset && !m_dataset->hasSearchIndex())
        (void)QtConcurrent::run([dataset = m_dataset] { dataset->searchIndex(); });
}

void DocumentState::setDataset(DatasetPtr dataset, const QString& fileName)
{
    const DatasetPtr previous = std::exchange(m_dataset, std::move(dataset));
    adoptSearchIndex(previous);
    m_fileName = fileName;
    if (m_filterFile != fileName)
        m_filter = FilterSpec {};
    m_filterFile = fileName;
    m_eventFilter.setDataset(m_dataset);
    m_selectedEvent = -1;
    m_hoveredEvent = -1;
    pruneToDataset();
    recomputeMask();
    m_fullRange = m_dataset ? paddedExtent(*m_dataset) : TimeRange {};
    m_visibleRange = m_fullRange;
    Q_EMIT datasetChanged();
    Q_EMIT filterChanged();
    Q_EMIT visibleRangeChanged(m_visibleRange);
    Q_EMIT selectedEventChanged(-1);
    Q_EMIT chartChanged();
    Q_EMIT documentReset();
}

void DocumentState::pruneToDataset()
{
    // Drop filter entries the new dataset does not know, so nothing stays hidden invisibly.
    if (!m_dataset)
        return;
    for (auto it = m_filter.companies.begin(); it != m_filter.companies.end();)
        it = m_dataset->companyIndex(*it) < 0 ? m_filter.companies.erase(it) : std::next(it);
    for (auto it = m_filter.categories.begin(); it != m_filter.categories.end();)
        it = m_dataset->categoryIndex(*it) < 0 ? m_filter.categories.erase(it) : std::next(it);
    if (!m_chartGroup.isEmpty() && m_dataset->seriesGroup(m_chartGroup).isEmpty())
        m_chartGroup.clear();
    if (m_chartGroup.isEmpty() && !m_dataset->seriesGroups().isEmpty())
        m_chartGroup = m_dataset->seriesGroups().constFirst();
}

void DocumentState::replaceDataset(DatasetPtr dataset)
{
    if (dataset == m_dataset)
        return;
    // Event indices are only valid within one snapshot: carry the selection over by id.
    const QString selectedId = m_dataset && m_selectedEvent >= 0 ? m_dataset->eventId(m_selectedEvent).toString() : QString();
    const QString chartGroup = m_chartGroup;
    const DatasetPtr previous = std::exchange(m_dataset, std::move(dataset));
    adoptSearchIndex(previous);
    m_eventFilter.setDataset(m_dataset);
    m_hoveredEvent = -1;
    pruneToDataset();
    recomputeMask();
    m_fullRange = m_dataset ? paddedExtent(*m_dataset) : TimeRange {};
    // Keep the user's view unless it no longer makes sense (the first events of an empty document).
    if (m_visibleRange.isEmpty())
        m_visibleRange = m_fullRange;
    const int selected = m_dataset && !selectedId.isEmpty() ? m_dataset->eventIndex(selectedId) : -1;
    m_selectedEvent = selected >= 0 && m_mask[size_t(selected)] ? selected : -1;
    Q_EMIT datasetChanged();
    Q_EMIT filterChanged();
    Q_EMIT visibleRangeChanged(m_visibleRange);
    Q_EMIT selectedEventChanged(m_selectedEvent);
    if (chartGroup != m_chartGroup)
        Q_EMIT chartChanged();
}

void DocumentState::setFileName(const QString& fileName)
{
    if (fileName == m_fileName)
        return;
    if (m_filterFile == m_fileName)
        m_filterFile = fileName; // the same document, saved elsewhere: its filter goes with it
    m_fileName = fileName;
    Q_EMIT fileNameChanged(fileName);
}

void DocumentState::recomputeMask()
{
    m_mask = m_dataset ? m_eventFilter.evaluate(m_filter) : EventMask {};
    m_visibleCount = countVisible(m_mask);
}

void DocumentState::setFilter(const FilterSpec& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    recomputeMask();
    if (m_selectedEvent >= 0 && !m_mask[size_t(m_selectedEvent)]) {
        m_selectedEvent = -1;
        Q_EMIT selectedEventChanged(-1);
    }
    Q_EMIT filterChanged();
}

void DocumentState::setCompanyVisible(const QString& companyId, bool visible)
{
    if (!m_dataset)
        return;
    FilterSpec f = m_filter;
    if (f.companies.isEmpty()) {
        // "All" is stored as the empty set; make it explicit before removing one.
        for (const Company& c : m_dataset->companies())
            f.companies.insert(c.id);
    }
    if (visible)
        f.companies.insert(companyId);
    else
        f.companies.remove(companyId);
    if (f.companies.size() == m_dataset->companies().size())
        f.companies.clear();
    setFilter(f);
}

TimeRange DocumentState::zoomBounds() const
{
    if (m_fullRange.isEmpty())
        return {};
    // The data's extent plus a tenth of it on each side (a year at least, for a single date):
    // the widest view, and the farthest a pan may go.
    const TimeMs extent = m_fullRange.delta() * 100 / 106; // m_fullRange is padded by 3 %
    const TimeMs span = std::max<TimeMs>(extent + extent / 5, MIN_ZOOM_OUT_SPAN);
    const TimeMs c = m_fullRange.center();
    return { c - span / 2, c + span / 2 };
}

void DocumentState::setVisibleRange(TimeRange range)
{
    range = range.normalized();
    if (range.delta() < MIN_VISIBLE_SPAN) {
        const TimeMs c = range.center();
        range = { c - MIN_VISIBLE_SPAN / 2, c + MIN_VISIBLE_SPAN / 2 };
    }
    // Zooming out stops at the bounds and panning stays inside them: a view never slides
    // into empty years (a zoom at the cursor moves the centre each step).
    const TimeRange bounds = zoomBounds();
    if (!bounds.isEmpty()) {
        if (range.delta() >= bounds.delta()) {
            range = bounds;
        } else if (range.start < bounds.start) {
            range = { bounds.start, bounds.start + range.delta() };
        } else if (range.end > bounds.end) {
            range = { bounds.end - range.delta(), bounds.end };
        }
    }
    if (range == m_visibleRange)
        return;
    m_visibleRange = range;
    Q_EMIT visibleRangeChanged(range);
}

void DocumentState::fitAll()
{
    setVisibleRange(m_fullRange);
}

void DocumentState::setSelectedEvent(int eventIndex)
{
    if (!m_dataset || eventIndex < -1 || eventIndex >= m_dataset->eventCount())
        eventIndex = -1;
    if (eventIndex == m_selectedEvent)
        return;
    m_selectedEvent = eventIndex;
    Q_EMIT selectedEventChanged(eventIndex);
}

void DocumentState::setHoveredEvent(int eventIndex)
{
    if (!m_dataset || eventIndex < -1 || eventIndex >= m_dataset->eventCount())
        eventIndex = -1;
    if (eventIndex == m_hoveredEvent)
        return;
    m_hoveredEvent = eventIndex;
    Q_EMIT hoveredEventChanged(eventIndex);
}

void DocumentState::setHoverTime(std::optional<TimeMs> time)
{
    if (time == m_hoverTime)
        return;
    m_hoverTime = time;
    Q_EMIT hoverTimeChanged();
}

void DocumentState::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    Q_EMIT languageChanged(language);
}

void DocumentState::setThemeName(const QString& name)
{
    if (name == m_themeName)
        return;
    m_themeName = name;
    Q_EMIT themeChanged(name);
}

void DocumentState::setChartGroup(const QString& group)
{
    if (group == m_chartGroup)
        return;
    m_chartGroup = group;
    Q_EMIT chartChanged();
}

void DocumentState::setChartKind(const QString& kind)
{
    if (kind == m_chartKind)
        return;
    m_chartKind = kind;
    Q_EMIT chartChanged();
}

} // namespace chrono::ui
