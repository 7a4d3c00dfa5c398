// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/filter/filterspec.h"
#include "core/models/eventsortorder.h"

#include <QtCore/QAbstractTableModel>

#include <memory>
#include <vector>

namespace chrono {

/**
 * @brief The visible events as a table: one row per event that passes the filter, in the
 * order of the sorted column. The model sorts itself (sort()), no proxy in between.
 *
 * Sorting keeps one order of *all* events per dataset snapshot, column, direction and language
 * (eventSortOrder()); the rows are that order with the filter applied, one linear pass. A
 * filter change (a search keystroke) therefore never sorts. Orders that take long on big
 * datasets (titles) are made on the thread pool: until the order arrives the rows stay in
 * dataset order, then the model resets once more (sortReady()).
 */
class EventTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { DateColumn = 0, TitleColumn, CompanyColumn, CategoryColumn, ImportanceColumn, ColumnCount };
    enum Roles {
        EventIndexRole = Qt::UserRole, ///< int: the event's index in the dataset
        SortRole, ///< a value that sorts naturally (ms for dates, int for importance)
    };

    explicit EventTableModel(QObject* parent = nullptr);
    ~EventTableModel() override;

    /// Resets the model: aggregates are computed once here, never in data().
    void setData(DatasetPtr dataset, const EventMask& mask, Language language);
    /// Row of an event index, or -1 when the event is not visible.
    int rowOfEvent(int eventIndex) const;
    int eventAtRow(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// True when the rows are in the requested order (false while an order is being made).
    bool isSorted() const { return m_sorted; }
    /// Below this many events every order is made on the calling thread.
    static constexpr int THREADED_SORT_MIN_EVENTS = 20000;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The rows were put in the requested order after it was made on a thread.
    void sortReady();

private:
    struct Inbox;
    /// Makes sure m_order is the order for the current dataset/column/direction/language, or
    /// starts making it on a thread (m_sorted false until then).
    void ensureOrder();
    void rebuildRows();
    void adoptOrder(quint64 generation, std::shared_ptr<const std::vector<int>> order);

    DatasetPtr m_dataset;
    EventMask m_mask;
    Language m_language = Language::English;
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    /// All events in the sorted order; null means dataset order (the date column, ascending).
    std::shared_ptr<const std::vector<int>> m_order;
    bool m_sorted = true;
    std::vector<int> m_rows; ///< visible events, in display order
    std::vector<int> m_rowOf; ///< event → row, -1 when hidden (empty: rows are in dataset order)
    quint64 m_orderGeneration = 0; ///< bumped whenever the wanted order changes
    std::shared_ptr<Inbox> m_inbox; ///< where a thread delivers an order; cut off at destruction
};

} // namespace chrono
