// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/entities.h"

#include <QtCore/QStringList>
#include <QtWidgets/QComboBox>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QVBoxLayout;
class QWidget;

namespace chrono::ui {

/// Small pieces shared by the edit dialogs.

/// A label for validation problems: plain text (data is untrusted), wrapped, hidden when none.
QLabel* problemsLabel(QWidget* parent);
/// The foot of an edit dialog, added to `layout`: a problems label (returned in `problems`) and
/// OK / Cancel buttons wired to accept and reject. The dialog enables OK as it validates.
QDialogButtonBox* addProblemsAndButtons(QDialog* dialog, QVBoxLayout* layout, QLabel*& problems);
/// Shows `problems` one per line, or hides the label when there are none.
void showProblems(QLabel* label, const QStringList& problems);
/// Splits a comma- or line-separated field into trimmed, non-empty, unique entries.
QStringList splitList(const QString& text, QChar separator);

/// Fills a combo box with "(none)" (empty id) and then "Name (id)" per entity, id as item data.
template<typename T>
void fillEntityCombo(QComboBox* combo, const QList<T>& entities, const QString& noneText)
{
    combo->clear();
    combo->addItem(noneText, QString());
    for (const T& e : entities) {
        const QString& name = e.name.text(Language::English);
        combo->addItem(name.isEmpty() || name == e.id ? e.id : QStringLiteral("%1 (%2)").arg(name, e.id), e.id);
    }
}

/// Selects the entry with id `id`; an id the combo does not list is added (marked unknown) so
/// that the form shows the truth and validation can flag it.
void selectEntity(QComboBox* combo, const QString& id);

} // namespace chrono::ui
