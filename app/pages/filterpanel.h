// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtWidgets/QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QLabel;
class QHBoxLayout;

namespace chrono::ui {

class DocumentState;

/**
 * @brief Company list (colour, event count, checkbox, "only this", all / none, a search box
 * for long lists), category chips and a text search. Writes the filter into the document
 * state and follows it back, so the panel never disagrees with the other views.
 */
class FilterPanel : public QWidget {
    Q_OBJECT
public:
    explicit FilterPanel(DocumentState* state, QWidget* parent = nullptr);

    /// The list of companies (for tests and keyboard focus).
    QListWidget* companyList() const { return m_companies; }
    QLineEdit* searchField() const { return m_search; }
    QLineEdit* fromField() const { return m_from; }
    QLineEdit* toField() const { return m_to; }
    /// Selects the next (or previous) visible event after the selection and centres it.
    void stepMatch(int direction);

private:
    void rebuild();
    void syncFromState();
    void onItemChanged(QListWidgetItem* item);
    void showOnly(const QString& companyId);
    void setAll(bool visible);
    void filterCompanyList(const QString& text);
    void rebuildCategories();
    void applyDates();

    DocumentState* m_state;
    QLineEdit* m_companySearch;
    QListWidget* m_companies;
    QLabel* m_companiesLabel = nullptr; ///< "Companies", or what the file calls its lanes
    QWidget* m_categoryBox;
    QHBoxLayout* m_categoryLayout;
    QLineEdit* m_search;
    QLabel* m_matchCount;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QLabel* m_dateError;
    QComboBox* m_importance;
    bool m_syncing = false;
};

} // namespace chrono::ui
