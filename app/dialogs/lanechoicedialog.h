// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;

namespace chrono::ui {

/**
 * @brief "Lanes from": which of a file's own groupings makes the lanes (docs/import.md),
 * asked before importing a Timeline, vis-timeline or Markwhen file.
 *
 * Lists the groupings the file's reader offers (laneGroupings(), its default first) and,
 * live, the lanes the chosen one gives. choice() is what `--map lane=…` takes. Object names:
 * "laneChoice" (the list), "lanePreview".
 */
class LaneChoiceDialog : public QDialog {
    Q_OBJECT
public:
    explicit LaneChoiceDialog(const QString& path, QWidget* parent = nullptr);

    /// The groupings offered; empty when the file's reader makes lanes one way only.
    QStringList choices() const { return m_choices; }
    QString choice() const;
    void setChoice(const QString& grouping);
    /// What the preview says (the lanes of the current choice).
    QString previewText() const;

private:
    void updatePreview();

    QString m_path;
    QStringList m_choices;
    QComboBox* m_combo = nullptr;
    QLabel* m_preview = nullptr;
};

} // namespace chrono::ui
