// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/pages/eventlistpage.h"

#include "app/state/documentstate.h"
#include "core/models/eventtablemodel.h"

#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

EventListPage::EventListPage(DocumentState* state, QWidget* parent)
    : QWidget(parent)
    , m_state(state)
    , m_model(new EventTableModel(this))
    , m_view(new QTableView(this))
{
    // The model sorts itself: it keeps an order of all events per column and filters it in one
    // pass, so neither a search keystroke nor a header click sorts a million rows here.
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Visible events"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (m_syncing || !current.isValid())
            return;
        m_state->setSelectedEvent(current.data(EventTableModel::EventIndexRole).toInt());
    });
    // A sort (header click, or an order that arrived from its thread) resets the model.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_syncing)
            followSelection(m_state->selectedEvent());
    });
    connect(m_state, &DocumentState::datasetChanged, this, &EventListPage::reload);
    connect(m_state, &DocumentState::filterChanged, this, &EventListPage::reload);
    connect(m_state, &DocumentState::languageChanged, this, &EventListPage::reload);
    connect(m_state, &DocumentState::selectedEventChanged, this, &EventListPage::followSelection);
    reload();
}

void EventListPage::reload()
{
    m_syncing = true;
    m_model->setData(m_state->dataset(), m_state->mask(), m_state->language());
    m_syncing = false;
    followSelection(m_state->selectedEvent());
}

void EventListPage::followSelection(int eventIndex)
{
    m_syncing = true;
    const int row = m_model->rowOfEvent(eventIndex);
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = m_model->index(row, 0);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    }
    m_syncing = false;
}

} // namespace chrono::ui
