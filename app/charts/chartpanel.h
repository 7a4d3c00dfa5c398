// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/charts/chartrequest.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QLabel;

namespace chrono::ui {

class DocumentState;
class SeriesChartView;

/**
 * @brief The chart area of the main window: a series picker, the chart kind, log scale and
 * growth base controls above the interactive chart. It turns the document state into a
 * ChartRequest and the chart's requests back into state changes.
 */
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(DocumentState* state, QWidget* parent = nullptr);

    SeriesChartView* view() const { return m_view; }
    QComboBox* seriesPicker() const { return m_group; }
    QComboBox* kindPicker() const { return m_kind; }
    /// The request the chart currently shows.
    ChartRequest currentRequest() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    /// Sets every fixed text; called on construction and on QEvent::LanguageChange.
    void retranslateUi();
    void rebuildGroups();
    void updateRequest();
    void syncKindFromState();

    DocumentState* m_state;
    QComboBox* m_group;
    QComboBox* m_kind;
    QCheckBox* m_log;
    QLineEdit* m_base;
    QLabel* m_baseLabel;
    QLabel* m_seriesLabel;
    SeriesChartView* m_view;
    QSet<QString> m_hidden;
    bool m_syncing = false;
};

/// A readable name for a series group: the line's title when it has one line, else its unit.
QString seriesGroupName(const Dataset& dataset, const QString& group, Language language);

} // namespace chrono::ui
