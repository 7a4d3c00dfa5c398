// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtWidgets/QWidget>

class QTableView;

namespace chrono {
class EventTableModel;
}

namespace chrono::ui {

class DocumentState;

/// The visible events as a sortable table (EventTableModel sorts itself, off the UI thread
/// where it takes long), its selection kept in step with the other views.
class EventListPage : public QWidget {
    Q_OBJECT
public:
    explicit EventListPage(DocumentState* state, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    EventTableModel* model() const { return m_model; }

private:
    void reload();
    void followSelection(int eventIndex);

    DocumentState* m_state;
    EventTableModel* m_model;
    QTableView* m_view;
    bool m_syncing = false;
};

} // namespace chrono::ui
