// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtWidgets/QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace chrono::ui {

/**
 * @brief The form for one source: id, publisher, title, date (optional, any precision) and
 * URL (optional, http or https). OK is enabled only when the date parses and
 * validateSource() finds nothing. Object names: "id", "publisher", "title", "date", "url",
 * "problems".
 */
class SourceEditDialog : public QDialog {
    Q_OBJECT
public:
    /// @param originalId the edited source's id, empty when adding one.
    SourceEditDialog(DatasetPtr dataset, const Source& source, const QString& originalId, QWidget* parent = nullptr);
    ~SourceEditDialog() override;

    Source source() const;
    QStringList problems() const { return m_problems; }

private:
    void revalidate();

    DatasetPtr m_dataset;
    QString m_originalId;
    QStringList m_problems;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_publisher = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_date = nullptr;
    QLineEdit* m_url = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace chrono::ui
