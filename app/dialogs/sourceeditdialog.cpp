// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/sourceeditdialog.h"

#include "app/dialogs/formhelpers.h"
#include "core/data/validation.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

SourceEditDialog::SourceEditDialog(DatasetPtr dataset, const Source& source, const QString& originalId, QWidget* parent)
    : QDialog(parent)
    , m_dataset(dataset ? std::move(dataset) : DatasetBuilder().build())
    , m_originalId(originalId)
{
    setObjectName(QStringLiteral("SourceEditDialog"));
    setWindowTitle(originalId.isEmpty() ? tr("Add Source") : tr("Edit Source"));
    auto* outer = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    auto lineEdit = [this](const char* name, const QString& text) {
        auto* e = new QLineEdit(text, this);
        e->setObjectName(QString::fromLatin1(name));
        connect(e, &QLineEdit::textChanged, this, &SourceEditDialog::revalidate);
        return e;
    };
    m_id = lineEdit("id", source.id);
    m_publisher = lineEdit("publisher", source.publisher);
    m_title = lineEdit("title", source.title);
    m_date = lineEdit("date", source.date.isValid() ? source.date.toString() : QString());
    m_date->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown"));
    m_url = lineEdit("url", source.url);
    m_url->setPlaceholderText(QStringLiteral("https://…"));
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&URL:"), m_url);
    m_buttons = addProblemsAndButtons(this, outer, m_problemsLabel);
    revalidate();
}

SourceEditDialog::~SourceEditDialog() = default;

Source SourceEditDialog::source() const
{
    Source s;
    s.id = m_id->text();
    s.publisher = m_publisher->text().trimmed();
    s.title = m_title->text().trimmed();
    parseDateField(m_date->text(), false, s.date);
    s.url = m_url->text().trimmed();
    return s;
}

void SourceEditDialog::revalidate()
{
    if (!m_buttons)
        return;
    QStringList problems;
    Date date;
    const QString dateError = parseDateField(m_date->text(), false, date);
    if (!dateError.isEmpty())
        problems.append(tr("Date: %1").arg(dateError));
    problems += validateSource(source(), *m_dataset, m_originalId);
    m_problems = problems;
    showProblems(m_problemsLabel, problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace chrono::ui
