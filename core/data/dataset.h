// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/entities.h"
#include "core/data/eventcolumns.h"
#include "core/data/repeatedids.h"

#include <QtCore/QHash>
#include <QtCore/QList>

#include <array>
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace chrono {

class Dataset;
class DerivedCache;
class SearchIndex;
using DatasetPtr = std::shared_ptr<const Dataset>;

/**
 * @brief An immutable snapshot of everything a document holds: companies, categories,
 * sources, eras, events and series.
 *
 * Events are stored column-wise and **sorted by start** (then by id), which binary-search
 * based visibility, hit-testing and level of detail rely on. Event index `i` is stable for
 * the lifetime of the snapshot. Build one with DatasetBuilder.
 */
class Dataset {
public:
    Dataset() = default;

    const DatasetMeta& meta() const { return m_meta; }
    const QList<Company>& companies() const { return m_companies; }
    const QList<Category>& categories() const { return m_categories; }
    const QList<Source>& sources() const { return m_sources; }
    const QList<Era>& eras() const { return m_eras; }
    const QList<Series>& series() const { return m_series; }
    const QList<Claim>& claims() const { return m_claims; }

    int companyIndex(QStringView id) const; ///< -1 when unknown
    int categoryIndex(QStringView id) const; ///< -1 when unknown
    const Source* source(QStringView id) const; ///< nullptr when unknown
    const Series* findSeries(QStringView id) const; ///< nullptr when unknown
    /// Series of one chart: every series whose group (or id) is `groupOrId`, in dataset order.
    QList<const Series*> seriesGroup(QStringView groupOrId) const;
    /// Chart ids in dataset order, without repeats.
    QStringList seriesGroups() const;
    /// Index of `series` in series() when it is this snapshot's own object (not a copy), else -1.
    int ownSeriesIndex(const Series& series) const;
    /// Values derived from this snapshot, kept with it (see cachedPlotPoints); nullptr for a
    /// default-constructed Dataset. Shared by copies (their series are the same).
    DerivedCache* derivedCache() const { return m_derived.get(); }

    // --- events, column-wise ---
    int eventCount() const { return int(m_ev.size()); }
    /// Start of each event's start period, ms UTC, ascending.
    const std::vector<TimeMs>& starts() const { return m_ev.start; }
    /// Exclusive end of each event's last period (end date's period for ranges, the start
    /// period for point events), ms UTC.
    const std::vector<TimeMs>& ends() const { return m_ev.end; }
    const std::vector<quint16>& companyColumn() const { return m_ev.company; } ///< NO_INDEX when none
    const std::vector<quint16>& categoryColumn() const { return m_ev.category; } ///< NO_INDEX when none
    const std::vector<quint8>& importanceColumn() const { return m_ev.importance; }
    DatePrecision startPrecision(int i) const { return DatePrecision(m_ev.flags[size_t(i)] & 0x3); }
    bool isRange(int i) const { return m_ev.flags[size_t(i)] & EventColumns::RANGE_FLAG; }
    /// Longest event duration (ms); visibility queries widen their search by it.
    TimeMs maxDuration() const { return m_ev.maxDuration; }

    QStringView eventId(int i) const { return m_ev.text(size_t(i), EventColumns::Id); }
    /// One text field of event `i` as stored (no language fallback).
    QStringView eventText(int i, EventColumns::Field field) const { return m_ev.text(size_t(i), field); }
    /// Events with equal confidence, tags and sources share one interned "extras" entry: the
    /// entry of each event (0 = none of the three), for work done once per distinct value.
    const std::vector<quint32>& extrasColumn() const { return m_ev.extras; }
    int extrasCount() const { return int(m_ev.extrasCount()); }
    /// Confidence, Tags or Sources of extras entry `k` (lists joined by LIST_SEPARATOR).
    QStringView extrasText(quint32 k, EventColumns::Field field) const { return m_ev.extraText(k, field); }
    QStringView title(int i, Language lang) const;
    QStringView description(int i, Language lang) const;
    /// The whole event as a value (allocates; not for hot paths).
    Event event(int i) const;
    /// Index of the event with this id, or -1.
    int eventIndex(QStringView id) const;

    /// Smallest start and largest end over events, eras and series points; nullopt when empty.
    std::optional<std::pair<TimeMs, TimeMs>> timeExtent() const;

    /// Bytes held by the event columns and the string pool (for memory figures).
    size_t eventMemoryBytes() const;

    /**
     * @brief The folded text of the events for text search, built on the first call (about
     * 0.1 s per million events) and kept with the snapshot until releaseSearchIndex().
     *
     * Thread-safe: a loader builds it on its worker thread before handing the dataset over;
     * a caller that comes while another thread is building waits for that build instead of
     * starting a second one.
     */
    std::shared_ptr<const SearchIndex> searchIndex() const;
    /// Whether searchIndex() is built already (it would not block).
    bool hasSearchIndex() const;
    /// Frees the search index (a later searchIndex() builds it again); for snapshots kept
    /// only for undo. Holders of the pointer keep their copy alive. Does not wait: while
    /// another thread is building the index, it stays.
    void releaseSearchIndex() const;

private:
    friend class DatasetBuilder;
    QStringList listField(int i, EventColumns::Field f) const;

    DatasetMeta m_meta;
    QList<Company> m_companies;
    QList<Category> m_categories;
    QList<Source> m_sources;
    QList<Era> m_eras;
    QList<Series> m_series;
    QList<Claim> m_claims;
    QHash<QString, int> m_companyIndex, m_categoryIndex, m_sourceIndex, m_seriesIndex;

    EventColumns m_ev; ///< sorted by start, then id
    /// Derived values (chart forms of the series…), made on demand; shared by copies.
    std::shared_ptr<DerivedCache> m_derived;

    /// The lazily built search index. A copied Dataset builds its own.
    struct SearchIndexSlot {
        SearchIndexSlot() = default;
        SearchIndexSlot(const SearchIndexSlot&) { }
        SearchIndexSlot& operator=(const SearchIndexSlot&);
        std::mutex mutex;
        std::shared_ptr<const SearchIndex> index; ///< set once, under `mutex`
        std::atomic<bool> built { false };
    };
    mutable SearchIndexSlot m_search;
};

/**
 * @brief Collects entities in any order and produces an immutable, sorted Dataset.
 *
 * Unknown company or category ids referenced by events are added as companies / categories
 * named after the id (readers report them as warnings where it matters).
 */
class DatasetBuilder {
public:
    DatasetBuilder();
    /// Starts from an existing snapshot (for imports and edits).
    explicit DatasetBuilder(const Dataset& base);

    void setMeta(const DatasetMeta& meta) { m_meta = meta; }
    DatasetMeta& meta() { return m_meta; }
    /// Adds or replaces (same id) a company.
    void addCompany(const Company& company);
    void addCategory(const Category& category);
    void addSource(const Source& source);
    void addEra(const Era& era);
    void addSeries(const Series& series);
    /// Keeps a copy of the event in events() (editable until build()).
    void addEvent(const Event& event);
    /**
     * @brief Streams one event straight into the column store and the string pool; nothing of
     * the Event value is kept, so a reader can reuse or drop it at once. This is the loading
     * path for large files (1M events): no vector of Event values, no second copy at build().
     *
     * Streamed events are not visible in events(); address them by their streamed index
     * (0-based, in the order appended) with streamedEventId() and dropStreamedEvents().
     */
    void appendEvent(const Event& event);
    int streamedEventCount() const { return int(m_rows.size()); }
    /// Id of the streamed event `k` (0 <= k < streamedEventCount()).
    QStringView streamedEventId(int k) const { return m_rows.text(size_t(k), EventColumns::Id); }
    /// Streamed events whose id an earlier streamed event has, in streamed order.
    std::vector<RepeatedId> repeatedStreamedIds() const { return findRepeatedIds(m_rows); }
    /// Removes the streamed events whose entry is true (e.g. duplicate ids); keeps the order.
    /// @pre drop.size() == streamedEventCount()
    void dropStreamedEvents(const std::vector<bool>& drop);
    void addClaim(const Claim& claim) { m_claims.append(claim); }
    /// Reserves room for `count` streamed events (appendEvent()).
    void reserveEvents(int count);

    bool hasCompany(QStringView id) const { return m_companyIndex.contains(id.toString()); }
    bool hasCategory(QStringView id) const { return m_categoryIndex.contains(id.toString()); }
    bool hasSource(QStringView id) const { return m_sourceIndex.contains(id.toString()); }
    /// Events added so far: events() plus streamed ones.
    int eventCount() const { return int(m_events.size() + m_rows.size()); }
    const std::vector<Event>& events() const { return m_events; }
    std::vector<Event>& events() { return m_events; }
    QList<Series>& series() { return m_series; }
    QList<Company>& companies() { return m_companies; }
    QList<Category>& categories() { return m_categories; }
    QList<Source>& sources() { return m_sources; }
    QList<Era>& eras() { return m_eras; }
    QList<Claim>& claims() { return m_claims; }

    /// Sorts, interns and freezes. The builder is left empty.
    DatasetPtr build();

private:
    DatasetMeta m_meta;
    QList<Company> m_companies;
    QList<Category> m_categories;
    QList<Source> m_sources;
    QList<Era> m_eras;
    QList<Series> m_series;
    QList<Claim> m_claims;
    QHash<QString, int> m_companyIndex, m_categoryIndex, m_sourceIndex;
    std::vector<Event> m_events;
    /// Streamed events in insertion order. Their company and category columns hold indexes
    /// into m_rowCompanyIds / m_rowCategoryIds until build() resolves them.
    EventColumns m_rows;
    QStringList m_rowCompanyIds, m_rowCategoryIds;
    QHash<QString, quint16> m_rowCompanyKeys, m_rowCategoryKeys;
    /// Keys by the address of an id's characters, for ids whose data a string in
    /// m_rowCompanyIds / m_rowCategoryIds shares (which keeps it alive and unchanged): readers
    /// pass the same shared QString for every use of an id, so most lookups hash no text.
    struct RowKeyCache {
        std::array<std::pair<const QChar*, quint16>, 64> entries {};
    };
    RowKeyCache m_rowCompanyCache, m_rowCategoryCache;
    quint16 rowKey(const QString& id, QStringList& ids, QHash<QString, quint16>& keys, RowKeyCache& cache);
};

} // namespace chrono
