// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/eventtablemodel.h"

#include "core/data/dateformat.h"

#include <QtCore/QMutex>
#include <QtCore/QThreadPool>

#include <algorithm>

namespace chrono {

/// Lets a sorting thread hand its result to the model, or find it gone.
struct EventTableModel::Inbox {
    QMutex mutex;
    EventTableModel* model = nullptr;
    std::shared_ptr<std::atomic<bool>> cancel; ///< of the order being made, if any
};

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_inbox(std::make_shared<Inbox>())
{
    m_inbox->model = this;
}

EventTableModel::~EventTableModel()
{
    QMutexLocker lock(&m_inbox->mutex);
    m_inbox->model = nullptr;
    if (m_inbox->cancel)
        m_inbox->cancel->store(true);
}

void EventTableModel::setData(DatasetPtr dataset, const EventMask& mask, Language language)
{
    const bool orderStale = dataset != m_dataset || language != m_language;
    beginResetModel();
    m_dataset = std::move(dataset);
    m_mask = mask;
    m_language = language;
    if (orderStale) {
        m_order.reset();
        m_sorted = m_sortColumn == DateColumn && m_sortOrder == Qt::AscendingOrder;
        ensureOrder();
    }
    rebuildRows();
    endResetModel();
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_order.reset();
    m_sorted = column == DateColumn && order == Qt::AscendingOrder;
    ensureOrder();
    rebuildRows();
    endResetModel();
}

void EventTableModel::ensureOrder()
{
    ++m_orderGeneration;
    {
        QMutexLocker lock(&m_inbox->mutex);
        if (m_inbox->cancel)
            m_inbox->cancel->store(true); // an earlier order nobody wants any more
        m_inbox->cancel.reset();
    }
    if (m_sorted || !m_dataset)
        return;
    const auto column = EventSortColumn(m_sortColumn);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (!isSlowSortColumn(column) || m_dataset->eventCount() < THREADED_SORT_MIN_EVENTS) {
        m_order = std::make_shared<const std::vector<int>>(eventSortOrder(*m_dataset, column, descending, m_language));
        m_sorted = true;
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    {
        QMutexLocker lock(&m_inbox->mutex);
        m_inbox->cancel = cancel;
    }
    // Rows stay in dataset order until the order arrives.
    QThreadPool::globalInstance()->start([inbox = m_inbox, cancel, dataset = m_dataset, column, descending, language = m_language, generation = m_orderGeneration] {
        auto order = std::make_shared<const std::vector<int>>(eventSortOrder(*dataset, column, descending, language, cancel.get()));
        QMutexLocker lock(&inbox->mutex);
        if (cancel->load() || !inbox->model)
            return;
        // Posted while the model cannot be destroyed; a destroyed model's posted calls are dropped.
        QMetaObject::invokeMethod(inbox->model, [model = inbox->model, generation, order] { model->adoptOrder(generation, order); }, Qt::QueuedConnection);
    });
}

void EventTableModel::adoptOrder(quint64 generation, std::shared_ptr<const std::vector<int>> order)
{
    if (generation != m_orderGeneration || !m_dataset || order->size() != size_t(m_dataset->eventCount()))
        return;
    beginResetModel();
    m_order = std::move(order);
    m_sorted = true;
    rebuildRows();
    endResetModel();
    Q_EMIT sortReady();
}

void EventTableModel::rebuildRows()
{
    m_rows.clear();
    m_rowOf.clear();
    if (!m_dataset)
        return;
    const int n = m_dataset->eventCount();
    const bool all = m_mask.size() != size_t(n);
    m_rows.reserve(size_t(all ? n : countVisible(m_mask)));
    if (!m_order) {
        for (int i = 0; i < n; ++i) {
            if (all || m_mask[size_t(i)])
                m_rows.push_back(i);
        }
        return;
    }
    m_rowOf.assign(size_t(n), -1);
    for (int i : *m_order) {
        if (all || m_mask[size_t(i)]) {
            m_rowOf[size_t(i)] = int(m_rows.size());
            m_rows.push_back(i);
        }
    }
}

int EventTableModel::rowOfEvent(int eventIndex) const
{
    if (eventIndex < 0)
        return -1;
    if (!m_rowOf.empty())
        return size_t(eventIndex) < m_rowOf.size() ? m_rowOf[size_t(eventIndex)] : -1;
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
