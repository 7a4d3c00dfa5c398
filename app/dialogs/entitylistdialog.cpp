// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/entitylistdialog.h"

#include "app/dialogs/companyeditdialog.h"
#include "app/dialogs/sourceeditdialog.h"
#include "app/state/documenteditor.h"
#include "app/state/documentstate.h"
#include "app/state/editcommands.h"
#include "core/data/validation.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace chrono::ui {

EntityListDialog::EntityListDialog(DocumentEditor* editor, Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("EntityListDialog"));
    switch (kind) {
    case Kind::Companies:
        setWindowTitle(tr("Companies"));
        break;
    case Kind::Categories:
        setWindowTitle(tr("Categories"));
        break;
    case Kind::Sources:
        setWindowTitle(tr("Sources"));
        break;
    }
    resize(520, 420);
    auto* outer = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    outer->addLayout(row, 1);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("entities"));
    row->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    row->addLayout(buttons);
    auto* add = new QPushButton(tr("&Add…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_delete = new QPushButton(tr("&Delete"), this);
    add->setObjectName(QStringLiteral("add"));
    m_edit->setObjectName(QStringLiteral("edit"));
    m_delete->setObjectName(QStringLiteral("delete"));
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    outer->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &EntityListDialog::addEntity);
    connect(m_edit, &QPushButton::clicked, this, &EntityListDialog::editSelected);
    connect(m_delete, &QPushButton::clicked, this, &EntityListDialog::deleteSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &EntityListDialog::editSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &EntityListDialog::updateButtons);
    connect(editor->state(), &DocumentState::datasetChanged, this, &EntityListDialog::reload);
    reload();
}

EntityListDialog::~EntityListDialog() = default;

QStringList EntityListDialog::ids() const
{
    QStringList result;
    const DatasetPtr& ds = m_editor->state()->dataset();
    if (!ds)
        return result;
    switch (m_kind) {
    case Kind::Companies:
        for (const Company& c : ds->companies())
            result.append(c.id);
        break;
    case Kind::Categories:
        for (const Category& c : ds->categories())
            result.append(c.id);
        break;
    case Kind::Sources:
        for (const Source& s : ds->sources())
            result.append(s.id);
        break;
    }
    return result;
}

void EntityListDialog::reload()
{
    const QString keep = selectedId();
    const DatasetPtr& ds = m_editor->state()->dataset();
    m_list->clear();
    if (ds) {
        for (const QString& id : ids()) {
            QString label = id;
            if (m_kind == Kind::Companies) {
                const QString& name = ds->companies()[ds->companyIndex(id)].name.text(m_editor->state()->language());
                label = name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
            } else if (m_kind == Kind::Categories) {
                const QString& name = ds->categories()[ds->categoryIndex(id)].name.text(m_editor->state()->language());
                label = name.isEmpty() || name == id ? id : QStringLiteral("%1 (%2)").arg(name, id);
            } else if (const Source* s = ds->source(id)) {
                const QString what = QStringList { s->publisher, s->title }.join(QStringLiteral(": "));
                label = what.size() > 2 ? QStringLiteral("%1 — %2").arg(id, what) : id;
            }
            auto* item = new QListWidgetItem(label, m_list); // list items are plain text
            item->setData(Qt::UserRole, id);
            if (id == keep)
                m_list->setCurrentItem(item);
        }
    }
    updateButtons();
}

QString EntityListDialog::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void EntityListDialog::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_edit->setEnabled(any);
    m_delete->setEnabled(any);
}

void EntityListDialog::report(const QString& error)
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), error, QMessageBox::Ok, this);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void EntityListDialog::addEntity()
{
    const DatasetPtr ds = m_editor->state()->dataset();
    DocumentState* state = m_editor->state();
    QString error;
    bool ok = true;
    if (m_kind == Kind::Sources) {
        SourceEditDialog dialog(ds, Source {}, QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = m_editor->execute(new AddSourceCommand(state, dialog.source()), &error);
    } else if (m_kind == Kind::Companies) {
        CompanyEditDialog dialog(ds, Company {}, QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = m_editor->execute(new AddCompanyCommand(state, dialog.company()), &error);
    } else {
        CompanyEditDialog dialog(ds, Category {}, QString(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = m_editor->execute(new AddCategoryCommand(state, dialog.category()), &error);
    }
    if (!ok)
        report(error);
}

void EntityListDialog::editSelected()
{
    const QString id = selectedId();
    const DatasetPtr ds = m_editor->state()->dataset();
    if (id.isEmpty() || !ds)
        return;
    DocumentState* state = m_editor->state();
    QString error;
    bool ok = true;
    if (m_kind == Kind::Sources) {
        SourceEditDialog dialog(ds, *ds->source(id), id, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = m_editor->execute(new EditSourceCommand(state, id, dialog.source()), &error);
    } else if (m_kind == Kind::Companies) {
        CompanyEditDialog dialog(ds, ds->companies()[ds->companyIndex(id)], id, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = m_editor->execute(new EditCompanyCommand(state, id, dialog.company()), &error);
    } else {
        CompanyEditDialog dialog(ds, ds->categories()[ds->categoryIndex(id)], id, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        ok = m_editor->execute(new EditCategoryCommand(state, id, dialog.category()), &error);
    }
    if (!ok)
        report(error);
}

void EntityListDialog::deleteSelected()
{
    const QString id = selectedId();
    const DatasetPtr ds = m_editor->state()->dataset();
    if (id.isEmpty() || !ds)
        return;
    DocumentState* state = m_editor->state();
    auto command = [&](const std::optional<QString>& reassignTo) -> DatasetCommand* {
        switch (m_kind) {
        case Kind::Companies:
            return new DeleteCompanyCommand(state, id, reassignTo);
        case Kind::Categories:
            return new DeleteCategoryCommand(state, id, reassignTo);
        case Kind::Sources:
            break;
        }
        return new DeleteSourceCommand(state, id, reassignTo);
    };
    const QStringList uses = m_kind == Kind::Companies ? eventsOfCompany(*ds, id) + seriesOfCompany(*ds, id)
        : m_kind == Kind::Categories                   ? eventsOfCategory(*ds, id)
                                                       : usesOfSource(*ds, id);
    std::optional<QString> reassignTo;
    if (!uses.isEmpty()) {
        // Refusing outright would leave the user to hunt down every reference; offer to move them.
        const QString none = m_kind == Kind::Sources ? tr("(none: drop the citations)") : tr("(none: leave them without one)");
        QStringList choices { none };
        for (const QString& other : ids()) {
            if (other != id)
                choices.append(other);
        }
        bool ok = false;
        // The id goes in the window title only: QInputDialog's label would render markup in it.
        const QString choice = QInputDialog::getItem(this, tr("“%1” is in use").arg(id),
            tr("%n item(s) refer to it. Move them to:", nullptr, int(uses.size())), choices, 0, false, &ok);
        if (!ok)
            return;
        reassignTo = choice == none ? QString() : choice;
    }
    QString error;
    if (!m_editor->execute(command(reassignTo), &error))
        report(error);
}

} // namespace chrono::ui
