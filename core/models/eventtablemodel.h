// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/filter/filterspec.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace chrono {

/**
 * @brief The visible events as a table: one row per event that passes the filter, in
 * dataset (start) order. Sorting is left to a QSortFilterProxyModel over SortRole.
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

    /// Resets the model: aggregates are computed once here, never in data().
    void setData(DatasetPtr dataset, const EventMask& mask, Language language);
    /// Row of an event index, or -1 when the event is not visible.
    int rowOfEvent(int eventIndex) const;
    int eventAtRow(int row) const { return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DatasetPtr m_dataset;
    std::vector<int> m_rows;
    Language m_language = Language::English;
};

} // namespace chrono
