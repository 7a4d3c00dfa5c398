// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtWidgets/QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace chrono::ui {

/**
 * @brief The form for a company or a category (both are an id, a name in two languages and
 * an optional colour). OK is enabled only when validateCompany() / validateCategory() find
 * nothing. Object names: "id", "nameEn", "nameZh", "color", "problems".
 */
class CompanyEditDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Company, Category };

    /// @param originalId the edited entity's id, empty when adding one.
    CompanyEditDialog(DatasetPtr dataset, const Company& company, const QString& originalId, QWidget* parent = nullptr);
    CompanyEditDialog(DatasetPtr dataset, const Category& category, const QString& originalId, QWidget* parent = nullptr);
    ~CompanyEditDialog() override;

    Kind kind() const { return m_kind; }
    Company company() const;
    Category category() const;
    QStringList problems() const { return m_problems; }

private:
    CompanyEditDialog(DatasetPtr dataset, Kind kind, const QString& originalId, QWidget* parent);
    void fill(const QString& id, const LocalizedText& name, const QString& color);
    void pickColor();
    void revalidate();

    DatasetPtr m_dataset;
    Kind m_kind;
    QString m_originalId;
    QStringList m_problems;
    QLineEdit* m_id = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QLineEdit* m_nameZh = nullptr;
    QLineEdit* m_color = nullptr;
    QToolButton* m_colorButton = nullptr;
    QLabel* m_problemsLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace chrono::ui
