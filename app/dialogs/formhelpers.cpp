// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/formhelpers.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QColor>
#include <QtGui/QPalette>
#include <QtWidgets/QDialog>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

QLabel* problemsLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problems"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

QDialogButtonBox* addProblemsAndButtons(QDialog* dialog, QVBoxLayout* layout, QLabel*& problems)
{
    problems = problemsLabel(dialog);
    layout->addWidget(problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

void showProblems(QLabel* label, const QStringList& problems)
{
    label->setText(problems.join(u'\n'));
    label->setVisible(!problems.isEmpty());
}

QStringList splitList(const QString& text, QChar separator)
{
    QStringList result;
    for (const QString& part : text.split(separator)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    return result;
}

void selectEntity(QComboBox* combo, const QString& id)
{
    int index = combo->findData(id);
    if (index < 0) {
        combo->addItem(QCoreApplication::translate("chrono::ui::EventEditDialog", "%1 (unknown)").arg(id), id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace chrono::ui
