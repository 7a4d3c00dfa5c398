// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/editactions.h"

#include "app/dialogs/entitylistdialog.h"
#include "app/dialogs/eventeditdialog.h"
#include "app/state/documenteditor.h"
#include "app/state/documentstate.h"
#include "app/state/editcommands.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtGui/QAction>
#include <QtGui/QUndoStack>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>

namespace chrono::ui {

EditActions::EditActions(DocumentEditor* editor, QWidget* window)
    : QObject(window)
    , m_editor(editor)
    , m_window(window)
{
    QUndoStack* stack = editor->undoStack();
    m_undo = stack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = stack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    auto make = [this](const QString& text, const QKeySequence& shortcut, void (EditActions::*slot)()) {
        auto* a = new QAction(text, this);
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_addEvent = make(tr("&Add Event…"), QKeySequence(tr("Ctrl+Shift+N")), &EditActions::addEvent);
    m_editEvent = new QAction(tr("&Edit Event…"), this);
    m_editEvent->setShortcut(QKeySequence(tr("Ctrl+Return")));
    connect(m_editEvent, &QAction::triggered, this, [this] { editEvent(-1); });
    m_deleteEvent = make(tr("&Delete Event"), QKeySequence::Delete, &EditActions::deleteSelectedEvent);
    m_companies = make(tr("&Companies…"), QKeySequence(), &EditActions::manageCompanies);
    m_categories = make(tr("Ca&tegories…"), QKeySequence(), &EditActions::manageCategories);
    m_sources = make(tr("&Sources…"), QKeySequence(), &EditActions::manageSources);
    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, [this] { m_editor->save(m_window); });
    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, [this] { m_editor->saveAs(m_window); });
    m_recent = new QMenu(tr("Open &Recent"), window);
    m_recent->setObjectName(QStringLiteral("RecentMenu"));

    DocumentState* state = editor->state();
    connect(state, &DocumentState::datasetChanged, this, &EditActions::updateEnabled);
    connect(state, &DocumentState::selectedEventChanged, this, &EditActions::updateEnabled);
    connect(editor, &DocumentEditor::modifiedChanged, this, &EditActions::updateEnabled);
    connect(editor, &DocumentEditor::recentFilesChanged, this, &EditActions::rebuildRecentMenu);
    updateEnabled();
    rebuildRecentMenu();
}

EditActions::~EditActions() = default;

void EditActions::addEditActionsTo(QMenu* menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_addEvent);
    menu->addAction(m_editEvent);
    menu->addAction(m_deleteEvent);
    menu->addSeparator();
    menu->addAction(m_companies);
    menu->addAction(m_categories);
    menu->addAction(m_sources);
}

void EditActions::updateEnabled()
{
    const DocumentState* state = m_editor->state();
    const bool open = state->dataset() != nullptr;
    const bool selected = open && state->selectedEvent() >= 0;
    m_addEvent->setEnabled(open);
    m_editEvent->setEnabled(selected);
    m_deleteEvent->setEnabled(selected);
    m_companies->setEnabled(open);
    m_categories->setEnabled(open);
    m_sources->setEnabled(open);
    m_save->setEnabled(open);
    m_saveAs->setEnabled(open);
}

void EditActions::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList files = m_editor->recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        // "&1 name.json" gives keyboard access; the full path is in the tooltip and status tip.
        // An '&' in a file name must show, not become a mnemonic.
        QString name = QFileInfo(path).fileName();
        name.replace(u'&', QStringLiteral("&&"));
        QAction* a = m_recent->addAction(QStringLiteral("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("1&0"), name));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        a->setData(path);
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT openRecentRequested(path); });
    }
    if (!files.isEmpty()) {
        m_recent->addSeparator();
        m_recent->addAction(tr("&Clear Menu"), m_editor, &DocumentEditor::clearRecentFiles);
    }
    m_recent->setEnabled(!files.isEmpty());
}

void EditActions::report(const QString& title, const QString& error) const
{
    QMessageBox box(QMessageBox::Warning, title, error, QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void EditActions::addEvent()
{
    DocumentState* state = m_editor->state();
    const DatasetPtr ds = state->dataset();
    if (!ds)
        return;
    // Start from the selected event's company: adding "the next thing this company did" is common.
    const int selected = state->selectedEvent();
    const QString company = selected >= 0 ? ds->event(selected).company : QString();
    EventEditDialog dialog(ds, EventEditDialog::newEventTemplate(*ds, company), QString(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_editor->execute(new AddEventCommand(state, dialog.event()), &error))
        report(tr("Add Event"), error);
}

void EditActions::editEvent(int eventIndex)
{
    DocumentState* state = m_editor->state();
    const DatasetPtr ds = state->dataset();
    if (eventIndex < 0)
        eventIndex = state->selectedEvent();
    if (!ds || eventIndex < 0 || eventIndex >= ds->eventCount())
        return;
    const Event event = ds->event(eventIndex);
    EventEditDialog dialog(ds, event, event.id, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!m_editor->execute(new EditEventCommand(state, event.id, dialog.event()), &error))
        report(tr("Edit Event"), error);
}

void EditActions::deleteSelectedEvent()
{
    DocumentState* state = m_editor->state();
    const DatasetPtr ds = state->dataset();
    const int index = state->selectedEvent();
    if (!ds || index < 0)
        return;
    // No confirmation: Undo brings it back, and the menu says what Undo would do.
    QString error;
    if (!m_editor->execute(new DeleteEventsCommand(state, { ds->eventId(index).toString() }), &error))
        report(tr("Delete Event"), error);
}

void EditActions::manageCompanies()
{
    EntityListDialog(m_editor, EntityListDialog::Kind::Companies, m_window).exec();
}

void EditActions::manageCategories()
{
    EntityListDialog(m_editor, EntityListDialog::Kind::Categories, m_window).exec();
}

void EditActions::manageSources()
{
    EntityListDialog(m_editor, EntityListDialog::Kind::Sources, m_window).exec();
}

bool EditActions::offerRecovery()
{
    for (const AutosaveInfo& autosave : DocumentEditor::recoverableAutosaves()) {
        const QString name = autosave.originalPath.isEmpty() ? tr("an untitled document") : QDir::toNativeSeparators(autosave.originalPath);
        QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"),
            tr("Chronoscope did not close normally. Unsaved changes to %1 were kept.").arg(name), QMessageBox::NoButton, m_window);
        box.setObjectName(QStringLiteral("RecoveryBox"));
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(tr("Autosaved %1.").arg(QLocale().toString(autosave.savedAt.toLocalTime(), QLocale::ShortFormat)));
        QPushButton* recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            DocumentEditor::discardAutosave(autosave);
        } else if (box.clickedButton() == recover) {
            QString error;
            if (m_editor->recover(autosave, &error))
                return true; // one document at a time; the others are offered next start
            report(tr("Recovery failed"), error);
        }
    }
    return false;
}

} // namespace chrono::ui
