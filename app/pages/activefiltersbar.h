// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtWidgets/QWidget>

class QHBoxLayout;
class QLabel;

namespace chrono::ui {

class DocumentState;

/// A row of chips, one per active filter, each cleared with one click; hidden when none.
class ActiveFiltersBar : public QWidget {
    Q_OBJECT
public:
    explicit ActiveFiltersBar(DocumentState* state, QWidget* parent = nullptr);

    /// The chips' texts, in order (for tests and accessibility).
    QStringList chipTexts() const;

private:
    void rebuild();
    void addChip(const QString& text, const std::function<void()>& clear);

    DocumentState* m_state;
    QHBoxLayout* m_layout;
    QLabel* m_label;
    QList<QWidget*> m_chips;
};

} // namespace chrono::ui
