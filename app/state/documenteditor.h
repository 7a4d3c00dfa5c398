// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <memory>

class QFileSystemWatcher;
class QTimer;
class QUndoStack;
class QWidget;

namespace chrono::ui {

class DatasetCommand;
class DocumentState;

/// An autosave left behind by a session that did not close cleanly.
struct AutosaveInfo {
    QString autosavePath; ///< the snapshot (native JSON)
    QString originalPath; ///< the file it belongs to; empty for an untitled document
    QDateTime savedAt; ///< when the snapshot was written (UTC)
    int eventCount = -1; ///< from the sidecar; -1 when not recorded
};

/**
 * @brief Everything about the open document that goes beyond viewing it: the undo stack,
 * the file it is saved to, the modified flag, saving, autosave and recovery, recent files
 * and noticing changes made to the file by other programs.
 *
 * It does not own the data: DocumentState holds the one current snapshot; edits are
 * DatasetCommands pushed here (execute()) that swap snapshots in the state.
 *
 * Saving writes the native format only, atomically (QSaveFile through
 * saveNativeJsonAtomically): the previous file stays complete until the new one is, and a
 * failed save leaves it untouched. A document opened from another format (CSV, JSON records,
 * …) has no save path until Save As, so it is never overwritten in a format it was not in.
 */
class DocumentEditor : public QObject {
    Q_OBJECT
public:
    /// How often a modified document is written to the autosave directory.
    static constexpr int AUTOSAVE_INTERVAL_MS = 60 * 1000;
    /// Entries kept in File → Recent.
    static constexpr int MAX_RECENT_FILES = 10;
    /// Undo steps kept; each holds a snapshot shared with its neighbours.
    static constexpr int UNDO_LIMIT = 200;

    explicit DocumentEditor(DocumentState* state, QObject* parent = nullptr);
    ~DocumentEditor() override;

    DocumentState* state() const { return m_state; }
    QUndoStack* undoStack() const { return m_undoStack; }

    /// The native file Save writes to; empty for untitled or imported documents.
    QString filePath() const { return m_filePath; }
    bool isModified() const;

    /**
     * @brief Makes `dataset` the open document (after Open, New or a recovery): clears the undo
     * history, marks it unmodified, watches `path` and adds it to the recent files.
     * @param path the file it was read from. When that is not a native JSON file the document
     *        gets no save path (Save asks for one).
     *
     * Calling DocumentState::setDataset() directly has the same effect (the editor follows
     * DocumentState::documentReset), so an undo can never reach into another document.
     */
    void setDocument(chrono::DatasetPtr dataset, const QString& path);

    /// Pushes an edit. Returns false (and sets `error`) when the command is invalid; a command
    /// that changes nothing is dropped and counts as success. Takes ownership in all cases.
    bool execute(DatasetCommand* command, QString* error = nullptr);

    /// Saves to filePath(); false with `error` when there is none or writing failed.
    bool save(QString* error = nullptr);
    /// Saves to `path` (native JSON) and makes it the document's file.
    bool saveAs(const QString& path, QString* error = nullptr);

    /// Interactive Save: asks for a path when there is none; reports failures in a message box.
    bool save(QWidget* parent);
    /// Interactive Save As with a file dialog.
    bool saveAs(QWidget* parent);
    /**
     * @brief Before closing or replacing the document: when modified, asks Save / Discard /
     * Cancel. Returns true when it is fine to go on (saved, discarded or not modified); a
     * discarded document's autosave is removed.
     */
    bool maybeSave(QWidget* parent);

    // --- autosave and recovery ---
    void setAutosaveInterval(int milliseconds);
    int autosaveInterval() const;
    /// Where this document's autosave goes: <AppDataLocation>/autosave/<key>.json.
    QString autosavePath() const;
    /// Writes the autosave now, on the calling thread, when the document differs from its file
    /// and from the autosave on disk; true when written or not needed. Waits for a background
    /// autosave in progress first.
    bool autosaveNow(QString* error = nullptr);
    /// True while an autosave is being written on the autosave thread.
    bool isAutosaving() const;
    /// The snapshot the autosave on disk holds; null when this editor has none on disk.
    chrono::DatasetPtr autosavedDataset() const { return m_autosaveOnDisk; }
    /// Removes this document's autosave (after a clean save, a discard, a clean close).
    void removeAutosave();
    static QString autosaveDirectory();
    /// Autosaves on disk, newest first (call before anything else autosaves, i.e. at start).
    static QList<AutosaveInfo> recoverableAutosaves();
    /// Opens an autosave as a modified document belonging to its original file.
    bool recover(const AutosaveInfo& autosave, QString* error = nullptr);
    /// Deletes an autosave and its sidecar (the user declined to recover it).
    static void discardAutosave(const AutosaveInfo& autosave);

    // --- recent files (QSettings "recentFiles", newest first, at most MAX_RECENT_FILES) ---
    QStringList recentFiles() const;
    void addRecentFile(const QString& path);
    void removeRecentFile(const QString& path);
    void clearRecentFiles();

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    void saved(const QString& path);
    void autosaved(const QString& autosavePath);
    /// A background autosave failed (the next one is tried after another interval).
    void autosaveFailed(const QString& message);
    void recentFilesChanged();
    /// The open file was changed, replaced or removed by another program (never by our saves).
    void fileChangedOnDisk(const QString& path);

private:
    void adoptDocument();
    void setFilePath(const QString& path);
    void updateModified();
    /// {"original", "savedAt", "events"} for the autosave about to be written.
    QByteArray sidecarJson() const;
    /// True when the document differs from its file and the autosave does not hold it yet.
    bool needsAutosave() const;
    /// Starts the interval timer when an autosave is needed and none is due; stops it when not.
    void scheduleAutosave();
    /// The interval ran out: write in the background now, or as soon as the running write ends.
    void onAutosaveDue();
    void startBackgroundAutosave();
    void finishBackgroundAutosave();
    /// Records a written autosave (`generation` is the one it was started in).
    void adoptWrittenAutosave(const QString& path, const chrono::DatasetPtr& written, int generation);
    void watch(const QString& path);
    void onWatchedFileChanged(const QString& path);
    void checkDiskChange();
    bool writeTo(const QString& path, QString* error);
    static QString autosaveKey(const QString& path);

    DocumentState* m_state;
    QUndoStack* m_undoStack;
    QTimer* m_autosaveTimer;
    QTimer* m_diskCheckTimer;
    QFileSystemWatcher* m_watcher;
    QString m_filePath;
    QString m_watchedPath; ///< the file the document came from or was last saved to
    QByteArray m_knownContentHash; ///< the watched file's content as we last read, wrote or reported it
    QString m_autosavePath; ///< the autosave this session wrote or recovered; only this one is removed
    /// What the autosave on disk holds: null when there is none (never written, or removed when
    /// the document became clean). "Needs an autosave" compares the current snapshot with it,
    /// so any dirty state the disk does not hold gets written, however it was reached.
    DatasetPtr m_autosaveOnDisk;
    /// Bumped whenever the autosave is removed or the document replaced: a background write
    /// started before that is stale when it ends, and its file is deleted.
    int m_autosaveGeneration = 0;
    bool m_autosaveDue = false; ///< the interval ran out while a write was still running
    struct BackgroundAutosave;
    std::unique_ptr<BackgroundAutosave> m_writing; ///< the write on the autosave thread, if any
    bool m_modified = false;
};

} // namespace chrono::ui
