// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QObject>

class QAction;
class QMenu;
class QWidget;

namespace chrono::ui {

class DocumentEditor;

/**
 * @brief The editing and saving actions of the main window, ready to be put in menus and
 * toolbars: Undo, Redo, Add / Edit / Delete event, Companies…, Categories…, Sources…,
 * Save, Save As and the Recent files menu. They open the edit dialogs, push commands on the
 * editor and keep themselves enabled only when they can act.
 *
 * The window keeps the decisions that are its own: what to do with openRecentRequested()
 * (maybeSave, then load), closing (maybeSave in closeEvent) and startup (offerRecovery()).
 */
class EditActions : public QObject {
    Q_OBJECT
public:
    /// @param window parent of the dialogs and message boxes.
    EditActions(DocumentEditor* editor, QWidget* window);
    ~EditActions() override;

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QAction* addEventAction() const { return m_addEvent; }
    QAction* editEventAction() const { return m_editEvent; }
    QAction* deleteEventAction() const { return m_deleteEvent; }
    QAction* companiesAction() const { return m_companies; }
    QAction* categoriesAction() const { return m_categories; }
    QAction* sourcesAction() const { return m_sources; }
    QAction* saveAction() const { return m_save; }
    QAction* saveAsAction() const { return m_saveAs; }
    /// File → Recent: one entry per recent file, then "Clear Menu"; rebuilt when the list changes.
    QMenu* recentMenu() const { return m_recent; }

    /// Appends Undo, Redo, a separator, the event actions, a separator and the entity lists.
    void addEditActionsTo(QMenu* menu) const;

public Q_SLOTS:
    void addEvent();
    /// Edits the event at `eventIndex` of the current snapshot; -1 edits the selected event.
    void editEvent(int eventIndex = -1);
    void deleteSelectedEvent();
    void manageCompanies();
    void manageCategories();
    void manageSources();
    /**
     * @brief At start, before opening anything: for each autosave left by a session that did not
     * close cleanly, asks Recover / Discard / Not now. Returns true when a document was
     * recovered (then do not open the default document over it).
     */
    bool offerRecovery();

Q_SIGNALS:
    /// The user picked a recent file; the window decides (maybeSave, then load it).
    void openRecentRequested(const QString& path);

private:
    void updateEnabled();
    void rebuildRecentMenu();
    void report(const QString& title, const QString& error) const;

    DocumentEditor* m_editor;
    QWidget* m_window;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_addEvent;
    QAction* m_editEvent;
    QAction* m_deleteEvent;
    QAction* m_companies;
    QAction* m_categories;
    QAction* m_sources;
    QAction* m_save;
    QAction* m_saveAs;
    QMenu* m_recent;
};

} // namespace chrono::ui
