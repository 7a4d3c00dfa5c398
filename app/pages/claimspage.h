// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/entities.h"

#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace chrono::ui {

class DocumentState;

/**
 * @brief The claims view: each claim of the source article in its exact wording, an
 * English or Chinese rendering, its verdict, the evidence with sources, and buttons that
 * show the relevant chart or events in the other views.
 */
class ClaimsPage : public QWidget {
    Q_OBJECT
public:
    explicit ClaimsPage(DocumentState* state, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    /// Selects the claim at `row` (for keyboard users and tests).
    void selectClaim(int row);
    /// Shows the chart of the current claim; false when it names none.
    bool showChart();
    /// Zooms the timeline to the current claim's events and selects the first; false when none.
    bool showEvents();

    static QString verdictLabel(Verdict verdict, Language language);
    static QColor verdictColor(Verdict verdict);

Q_SIGNALS:
    void chartRequested();
    void eventsRequested();

private:
    void rebuild();
    void showClaim(int row);
    const Claim* currentClaim() const;

    DocumentState* m_state;
    QTreeWidget* m_list;
    QLabel* m_quote;
    QLabel* m_claim;
    QLabel* m_verdict;
    QLabel* m_evidence;
    QLabel* m_sources;
    QPushButton* m_showChart;
    QPushButton* m_showEvents;
};

} // namespace chrono::ui
