// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/eventtablemodel.h"

#include "core/data/dateformat.h"

#include <algorithm>

namespace chrono {

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EventTableModel::setData(DatasetPtr dataset, const EventMask& mask, Language language)
{
    beginResetModel();
    m_dataset = std::move(dataset);
    m_language = language;
    m_rows.clear();
    if (m_dataset) {
        const int n = m_dataset->eventCount();
        m_rows.reserve(size_t(n));
        for (int i = 0; i < n; ++i) {
            if (mask.empty() || mask[size_t(i)])
                m_rows.push_back(i);
        }
    }
    endResetModel();
}

int EventTableModel::rowOfEvent(int eventIndex) const
{
    // Rows are in dataset order, so the event's row is a binary search away.
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), eventIndex);
    return it != m_rows.end() && *it == eventIndex ? int(it - m_rows.begin()) : -1;
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int event = m_rows[size_t(index.row())];
    const Dataset& ds = *m_dataset;
    if (role == EventIndexRole)
        return event;
    const quint16 company = ds.companyColumn()[size_t(event)];
    const quint16 category = ds.categoryColumn()[size_t(event)];
    if (role == SortRole) {
        switch (index.column()) {
        case DateColumn:
            return ds.starts()[size_t(event)];
        case ImportanceColumn:
            return int(ds.importanceColumn()[size_t(event)]);
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn: {
        const Date start = Date::fromMs(ds.starts()[size_t(event)], ds.startPrecision(event));
        return formatDate(start, m_language);
    }
    case TitleColumn:
        return ds.title(event, m_language).toString();
    case CompanyColumn:
        return company == NO_INDEX ? QString() : ds.companies()[company].name.text(m_language);
    case CategoryColumn:
        return category == NO_INDEX ? QString() : ds.categories()[category].name.text(m_language);
    case ImportanceColumn:
        return int(ds.importanceColumn()[size_t(event)]);
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case CompanyColumn:
        return tr("Company");
    case CategoryColumn:
        return tr("Category");
    case ImportanceColumn:
        return tr("Importance");
    default:
        return {};
    }
}

} // namespace chrono
