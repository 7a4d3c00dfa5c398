// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/companyeditdialog.h"

#include "app/dialogs/formhelpers.h"
#include "core/data/validation.h"

#include <QtGui/QColor>
#include <QtGui/QPixmap>
#include <QtWidgets/QColorDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

CompanyEditDialog::CompanyEditDialog(DatasetPtr dataset, Kind kind, const QString& originalId, QWidget* parent)
    : QDialog(parent)
    , m_dataset(dataset ? std::move(dataset) : DatasetBuilder().build())
    , m_kind(kind)
    , m_originalId(originalId)
{
    setObjectName(QStringLiteral("CompanyEditDialog"));
    const bool adding = originalId.isEmpty();
    if (kind == Kind::Company)
        setWindowTitle(adding ? tr("Add Company") : tr("Edit Company"));
    else
        setWindowTitle(adding ? tr("Add Category") : tr("Edit Category"));

    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    auto lineEdit = [this](const char* name) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textChanged, this, &CompanyEditDialog::revalidate);
        return e;
    };
    m_id = lineEdit("id");
    m_nameEn = lineEdit("nameEn");
    m_nameZh = lineEdit("nameZh");
    m_color = lineEdit("color");
    m_color->setPlaceholderText(tr("#rrggbb, or empty for an automatic colour"));
    m_colorButton = new QToolButton(this);
    m_colorButton->setText(tr("Pick…"));
    m_colorButton->setToolTip(tr("Pick a colour"));
    m_colorButton->setAccessibleName(tr("Pick a colour"));
    m_colorButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_colorButton, &QToolButton::clicked, this, &CompanyEditDialog::pickColor);
    auto* colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(m_colorButton);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("Name (&English):"), m_nameEn);
    form->addRow(tr("Name (&Chinese):"), m_nameZh);
    auto* colorLabel = new QLabel(tr("C&olour:"), this);
    colorLabel->setBuddy(m_color); // a row holding a layout gets no buddy by itself
    form->addRow(colorLabel, colorRow);
    m_buttons = addProblemsAndButtons(this, outer, m_problemsLabel);
}

CompanyEditDialog::CompanyEditDialog(DatasetPtr dataset, const Company& company, const QString& originalId, QWidget* parent)
    : CompanyEditDialog(std::move(dataset), Kind::Company, originalId, parent)
{
    fill(company.id, company.name, company.color);
}

CompanyEditDialog::CompanyEditDialog(DatasetPtr dataset, const Category& category, const QString& originalId, QWidget* parent)
    : CompanyEditDialog(std::move(dataset), Kind::Category, originalId, parent)
{
    fill(category.id, category.name, category.color);
}

CompanyEditDialog::~CompanyEditDialog() = default;

void CompanyEditDialog::fill(const QString& id, const LocalizedText& name, const QString& color)
{
    m_id->setText(id);
    m_nameEn->setText(name.en);
    m_nameZh->setText(name.zh);
    m_color->setText(color);
    revalidate();
}

Company CompanyEditDialog::company() const
{
    return Company { m_id->text(), { m_nameEn->text().trimmed(), m_nameZh->text().trimmed() }, m_color->text().trimmed().toLower() };
}

Category CompanyEditDialog::category() const
{
    return Category { m_id->text(), { m_nameEn->text().trimmed(), m_nameZh->text().trimmed() }, m_color->text().trimmed().toLower() };
}

void CompanyEditDialog::pickColor()
{
    const QColor initial(m_color->text().trimmed());
    const QColor chosen = QColorDialog::getColor(initial.isValid() ? initial : QColor(Qt::gray), this, windowTitle());
    if (chosen.isValid())
        m_color->setText(chosen.name(QColor::HexRgb));
}

void CompanyEditDialog::revalidate()
{
    m_problems = m_kind == Kind::Company ? validateCompany(company(), *m_dataset, m_originalId)
                                         : validateCategory(category(), *m_dataset, m_originalId);
    showProblems(m_problemsLabel, m_problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
    // A swatch beside the field shows what the colour will look like.
    const QColor c(m_color->text().trimmed());
    QPixmap swatch(16, 16);
    swatch.fill(isHexColor(m_color->text().trimmed()) ? c : QColor(Qt::transparent));
    m_colorButton->setIcon(QIcon(swatch));
}

} // namespace chrono::ui
