// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QStringList>
#include <QtGui/QUndoCommand>

#include <optional>

namespace chrono::ui {

class DocumentState;

/**
 * @brief An undoable edit: turns the document's current snapshot into the next one.
 *
 * The next snapshot is computed once, in the constructor, from the state's dataset at that
 * moment (so a command is built right before it is pushed). redo() and undo() then swap whole
 * immutable snapshots through DocumentState::replaceDataset(): undo restores exactly the
 * previous Dataset (the same object), nothing is recomputed, and consecutive commands share
 * their snapshots (one command's after is the next one's before).
 *
 * A command that cannot be applied (an id clash, a company still in use, an unknown event)
 * has isValid() false and error() says why; DocumentEditor::execute() refuses it.
 */
class DatasetCommand : public QUndoCommand {
public:
    bool isValid() const { return m_after != nullptr; }
    /// Why the command cannot be applied; empty when valid.
    const QString& error() const { return m_error; }
    /// True when the edit would leave the dataset as it is (e.g. OK without changes).
    bool changesNothing() const { return m_noChange; }
    const DatasetPtr& before() const { return m_before; }
    const DatasetPtr& after() const { return m_after; }

    void redo() override;
    void undo() override;

protected:
    DatasetCommand(DocumentState* state, const QString& text, QUndoCommand* parent);
    /// Sets the result; `selectAfter` / `selectBefore` are event ids selected after redo / undo.
    void setResult(DatasetPtr after, const QString& selectAfter = {}, const QString& selectBefore = {});
    void fail(const QString& error) { m_error = error; }
    void setNoChange() { m_noChange = true; }
    void select(const DatasetPtr& dataset, const QString& eventId) const;

    DocumentState* m_state;
    DatasetPtr m_before;
    DatasetPtr m_after;
    QString m_selectAfter;
    QString m_selectBefore;
    QString m_error;
    bool m_noChange = false;
};

/// Replaces the whole dataset (e.g. Import merges another file into the document).
class ReplaceDatasetCommand : public DatasetCommand {
public:
    ReplaceDatasetCommand(DocumentState* state, DatasetPtr next, const QString& text, QUndoCommand* parent = nullptr);
};

class AddEventCommand : public DatasetCommand {
public:
    /// Refused when validateEvent() finds a problem (id taken, unknown company, …).
    AddEventCommand(DocumentState* state, const Event& event, QUndoCommand* parent = nullptr);
};

/**
 * @brief Replaces the event `originalId` by `event` (which may carry a new id; claims that
 * name the event follow the rename).
 *
 * Consecutive edits of the same single field of the same event merge into one undo step
 * (typing a title in several goes, nudging the importance), and a merge that returns to the
 * original value drops the step altogether.
 */
class EditEventCommand : public DatasetCommand {
public:
    static constexpr int COMMAND_ID = 1001;
    EditEventCommand(DocumentState* state, const QString& originalId, const Event& event, QUndoCommand* parent = nullptr);
    int id() const override { return COMMAND_ID; }
    bool mergeWith(const QUndoCommand* other) override;

    /// Which fields differ between two versions of an event (bit per field, see .cpp).
    static quint32 changedFields(const Event& a, const Event& b);

private:
    QString m_originalId;
    Event m_old;
    Event m_new;
    quint32 m_fields = 0;
};

/// Deletes events by id; claims that name them drop the reference.
class DeleteEventsCommand : public DatasetCommand {
public:
    DeleteEventsCommand(DocumentState* state, const QStringList& eventIds, QUndoCommand* parent = nullptr);
};

/*
 * Companies, categories and sources. Edits may rename the id: every reference follows
 * (events, series, series points, claims). Deletes are refused while anything refers to the
 * entity, with the reason in error(), unless `reassignTo` is given: then the references move
 * to that entity in the same undo step (an empty `reassignTo` clears them: events without a
 * company / category, or without that source).
 */

class AddCompanyCommand : public DatasetCommand {
public:
    AddCompanyCommand(DocumentState* state, const Company& company, QUndoCommand* parent = nullptr);
};
class EditCompanyCommand : public DatasetCommand {
public:
    EditCompanyCommand(DocumentState* state, const QString& originalId, const Company& company, QUndoCommand* parent = nullptr);
};
class DeleteCompanyCommand : public DatasetCommand {
public:
    DeleteCompanyCommand(DocumentState* state, const QString& companyId, const std::optional<QString>& reassignTo = std::nullopt,
        QUndoCommand* parent = nullptr);
};

class AddCategoryCommand : public DatasetCommand {
public:
    AddCategoryCommand(DocumentState* state, const Category& category, QUndoCommand* parent = nullptr);
};
class EditCategoryCommand : public DatasetCommand {
public:
    EditCategoryCommand(DocumentState* state, const QString& originalId, const Category& category, QUndoCommand* parent = nullptr);
};
class DeleteCategoryCommand : public DatasetCommand {
public:
    DeleteCategoryCommand(DocumentState* state, const QString& categoryId, const std::optional<QString>& reassignTo = std::nullopt,
        QUndoCommand* parent = nullptr);
};

class AddSourceCommand : public DatasetCommand {
public:
    AddSourceCommand(DocumentState* state, const Source& source, QUndoCommand* parent = nullptr);
};
class EditSourceCommand : public DatasetCommand {
public:
    EditSourceCommand(DocumentState* state, const QString& originalId, const Source& source, QUndoCommand* parent = nullptr);
};
class DeleteSourceCommand : public DatasetCommand {
public:
    DeleteSourceCommand(DocumentState* state, const QString& sourceId, const std::optional<QString>& reassignTo = std::nullopt,
        QUndoCommand* parent = nullptr);
};

} // namespace chrono::ui
