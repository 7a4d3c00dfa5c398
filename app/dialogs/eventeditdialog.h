// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace chrono::ui {

/**
 * @brief The form for adding or editing one event.
 *
 * Every change re-runs validateEvent() (core/data/validation.h) against the dataset and lists
 * the problems under the form; OK stays disabled until there are none, so what the dialog
 * returns can always be applied. Companies, categories and sources are picked from what the
 * dataset knows. All text is plain: nothing typed here is ever shown as rich text.
 *
 * Child widgets carry object names ("id", "start", "end", "company", "category",
 * "importance", "confidence", "titleEn", "titleZh", "descriptionEn", "descriptionZh", "tags",
 * "links", "sources", "problems") for tests and accessibility tools.
 */
class EventEditDialog : public QDialog {
    Q_OBJECT
public:
    /// @param originalId the edited event's id, or empty when `event` is a new one.
    EventEditDialog(DatasetPtr dataset, const Event& event, const QString& originalId, QWidget* parent = nullptr);
    ~EventEditDialog() override;

    /// The event as the form describes it (complete only when problems() is empty).
    Event event() const;
    QStringList problems() const { return m_problems; }
    QString originalId() const { return m_originalId; }
    bool isNew() const { return m_originalId.isEmpty(); }

    /// A new event's defaults: a free id, today's date, the given company, importance 3.
    static Event newEventTemplate(const Dataset& dataset, const QString& company = {});

private:
    void buildForm();
    void fill(const Event& event);
    void revalidate();

    DatasetPtr m_dataset;
    QString m_originalId;
    Event m_initial;
    QStringList m_problems;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_end = nullptr;
    QComboBox* m_company = nullptr;
    QComboBox* m_category = nullptr;
    QSpinBox* m_importance = nullptr;
    QLineEdit* m_confidence = nullptr;
    QLineEdit* m_titleEn = nullptr;
    QLineEdit* m_titleZh = nullptr;
    QPlainTextEdit* m_descriptionEn = nullptr;
    QPlainTextEdit* m_descriptionZh = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_links = nullptr;
    QListWidget* m_sources = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace chrono::ui
