// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtWidgets/QDialog>

class QListWidget;
class QPushButton;

namespace chrono::ui {

class DocumentEditor;

/**
 * @brief Edit → Companies… / Categories… / Sources…: the list of one kind of entity with
 * Add, Edit and Delete. Every change is an undoable command on the editor's stack, and the
 * list follows the document (undo included) while the dialog is open.
 *
 * Deleting an entity that is still in use asks where its references should go (another
 * entity, or none); declining leaves everything as it was.
 */
class EntityListDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Companies, Categories, Sources };

    EntityListDialog(DocumentEditor* editor, Kind kind, QWidget* parent = nullptr);
    ~EntityListDialog() override;

    Kind kind() const { return m_kind; }
    QListWidget* list() const { return m_list; }
    /// Id of the selected entity, empty when none.
    QString selectedId() const;

public Q_SLOTS:
    void addEntity();
    void editSelected();
    void deleteSelected();

private:
    void reload();
    void updateButtons();
    QStringList ids() const;
    void report(const QString& error);

    DocumentEditor* m_editor;
    Kind m_kind;
    QListWidget* m_list = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace chrono::ui
