// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/state/documenteditor.h"

#include "app/state/documentstate.h"
#include "app/state/editcommands.h"
#include "core/io/jsonreader.h"
#include "core/io/jsonwriter.h"
#include "core/io/readerregistry.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QFileSystemWatcher>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QFutureWatcher>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <QtGui/QUndoStack>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QMessageBox>

#include <algorithm>

namespace chrono::ui {

namespace {

const QString RECENT_FILES_KEY = QStringLiteral("recentFiles");
const QString SIDECAR_SUFFIX = QStringLiteral(".sidecar");
/// Editors and our own QSaveFile touch a file in several steps; look once things settled.
constexpr int DISK_CHECK_DELAY_MS = 250;

/// SHA-1 of a file's content; empty when it cannot be read (e.g. it was removed).
QByteArray contentHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}

/// Writes an autosave: the sidecar first (so a snapshot on disk always says whose it is), then
/// the snapshot, both through QSaveFile. Runs on the autosave thread or the caller's.
bool writeAutosaveFiles(const Dataset& dataset, const QString& path, const QByteArray& sidecar, QString* error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = DocumentEditor::tr("Cannot create the autosave folder '%1'.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QSaveFile side(path + SIDECAR_SUFFIX);
    if (!side.open(QIODevice::WriteOnly) || side.write(sidecar) < 0 || !side.commit()) {
        if (error)
            *error = DocumentEditor::tr("Could not autosave to '%1': %2").arg(QDir::toNativeSeparators(path + SIDECAR_SUFFIX), side.errorString());
        return false;
    }
    QString why;
    // Atomic as well: a crash in the middle of an autosave must not destroy the previous one.
    if (!saveNativeJsonAtomically(dataset, path, &why)) {
        if (error)
            *error = DocumentEditor::tr("Could not autosave to '%1': %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

void removeAutosaveFiles(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + SIDECAR_SUFFIX);
}

/// One thread for autosaves: writes happen one at a time and never wait behind other work.
QThreadPool* autosavePool()
{
    static QThreadPool* pool = [] {
        auto* p = new QThreadPool;
        p->setMaxThreadCount(1);
        p->setExpiryTimeout(-1);
        return p;
    }();
    return pool;
}

bool isNativeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return looksLikeNativeJson(file.read(SNIFF_BYTES));
}

} // namespace

/// An autosave being written on the autosave thread.
struct DocumentEditor::BackgroundAutosave {
    QString path;
    DatasetPtr dataset;
    int generation = 0;
    QFutureWatcher<QString> watcher; ///< the result is the error message, empty on success
};

DocumentEditor::DocumentEditor(DocumentState* state, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_undoStack(new QUndoStack(this))
    , m_autosaveTimer(new QTimer(this))
    , m_diskCheckTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_undoStack->setUndoLimit(UNDO_LIMIT);
    m_autosaveTimer->setInterval(AUTOSAVE_INTERVAL_MS);
    m_autosaveTimer->setSingleShot(true);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentEditor::onAutosaveDue);
    m_diskCheckTimer->setSingleShot(true);
    m_diskCheckTimer->setInterval(DISK_CHECK_DELAY_MS);
    connect(m_diskCheckTimer, &QTimer::timeout, this, &DocumentEditor::checkDiskChange);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DocumentEditor::onWatchedFileChanged);
    // A removed file drops out of the watch list; its folder tells when it comes back.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_watchedPath.isEmpty())
            m_diskCheckTimer->start();
    });
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &DocumentEditor::updateModified);
    connect(m_state, &DocumentState::documentReset, this, &DocumentEditor::adoptDocument);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &DocumentEditor::updateModified);
    // Any new snapshot (edit, undo, redo, import) may need an autosave, modified flag or not.
    connect(m_state, &DocumentState::datasetChanged, this, &DocumentEditor::scheduleAutosave);
}

DocumentEditor::~DocumentEditor()
{
    if (!m_writing)
        return;
    // Let the write end; its file stays only when it is still this document's autosave.
    m_writing->watcher.waitForFinished();
    if (m_writing->generation != m_autosaveGeneration)
        removeAutosaveFiles(m_writing->path);
}

bool DocumentEditor::isModified() const
{
    return !m_undoStack->isClean();
}

void DocumentEditor::updateModified()
{
    const bool modified = isModified();
    if (modified == m_modified)
        return;
    m_modified = modified;
    // Back at the saved state (saved, or undone to it): the autosave is stale.
    if (!modified)
        removeAutosave();
    scheduleAutosave();
    Q_EMIT modifiedChanged(modified);
}

void DocumentEditor::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void DocumentEditor::setDocument(DatasetPtr dataset, const QString& path)
{
    const QFileInfo info(path);
    m_state->setDataset(std::move(dataset), !path.isEmpty() && info.isFile() ? info.absoluteFilePath() : path);
    // adoptDocument() ran on documentReset.
}

void DocumentEditor::adoptDocument()
{
    removeAutosave(); // the previous document was saved or discarded by now (maybeSave)
    m_undoStack->clear();
    const QString path = m_state->fileName();
    const QFileInfo info(path);
    const bool isFile = !path.isEmpty() && info.isFile();
    const QString absolute = isFile ? info.absoluteFilePath() : QString();
    setFilePath(isFile && isNativeFile(absolute) ? absolute : QString());
    watch(absolute);
    if (isFile)
        addRecentFile(absolute);
    m_undoStack->setClean();
    updateModified();
}

bool DocumentEditor::execute(DatasetCommand* command, QString* error)
{
    if (!command->isValid()) {
        if (error)
            *error = command->error();
        delete command;
        return false;
    }
    if (command->changesNothing()) {
        delete command;
        return true;
    }
    m_undoStack->push(command);
    return true;
}

// --- saving ------------------------------------------------------------------------------------

bool DocumentEditor::writeTo(const QString& path, QString* error)
{
    const DatasetPtr dataset = m_state->dataset();
    if (!dataset) {
        if (error)
            *error = tr("There is no document to save.");
        return false;
    }
    QString why;
    if (!saveNativeJsonAtomically(*dataset, path, &why)) {
        if (error)
            *error = tr("Could not save '%1': %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    // Remember what we wrote, so the file watcher can tell our save from someone else's.
    m_knownContentHash = contentHash(path);
    m_undoStack->setClean();
    removeAutosave();
    scheduleAutosave();
    return true;
}

bool DocumentEditor::save(QString* error)
{
    if (m_filePath.isEmpty()) {
        if (error)
            *error = tr("The document has no file yet: use Save As.");
        return false;
    }
    if (!writeTo(m_filePath, error))
        return false;
    watch(m_filePath);
    Q_EMIT saved(m_filePath);
    return true;
}

bool DocumentEditor::saveAs(const QString& path, QString* error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!writeTo(absolute, error))
        return false;
    setFilePath(absolute);
    m_state->setFileName(absolute);
    watch(absolute);
    addRecentFile(absolute);
    Q_EMIT saved(absolute);
    return true;
}

static QString saveFilter()
{
    return DocumentEditor::tr("Chronoscope dataset (*.json)");
}

bool DocumentEditor::save(QWidget* parent)
{
    if (m_filePath.isEmpty())
        return saveAs(parent);
    QString error;
    if (save(&error))
        return true;
    QMessageBox box(QMessageBox::Critical, tr("Save failed"), error, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText); // the path and the OS message are not markup
    box.setInformativeText(tr("The file on disk was not changed."));
    box.exec();
    return false;
}

bool DocumentEditor::saveAs(QWidget* parent)
{
    QString suggestion = m_filePath;
    if (suggestion.isEmpty()) {
        // An imported CSV suggests its own name with .json beside it, never itself.
        const QFileInfo from(m_state->fileName());
        suggestion = from.fileName().isEmpty() ? tr("untitled.json") : from.absolutePath() + u'/' + from.completeBaseName() + QStringLiteral(".json");
    }
    QString path = QFileDialog::getSaveFileName(parent, tr("Save As"), suggestion, saveFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (saveAs(path, &error))
        return true;
    QMessageBox box(QMessageBox::Critical, tr("Save failed"), error, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return false;
}

bool DocumentEditor::maybeSave(QWidget* parent)
{
    if (!isModified())
        return true;
    const QString name = m_filePath.isEmpty() ? tr("The document") : tr("“%1”").arg(QFileInfo(m_filePath).fileName());
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), tr("%1 has unsaved changes.").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("MaybeSaveBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save(parent);
    case QMessageBox::Discard:
        removeAutosave();
        return true;
    default:
        return false;
    }
}

// --- autosave and recovery ---------------------------------------------------------------------

void DocumentEditor::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer->setInterval(std::max(milliseconds, 1));
}

int DocumentEditor::autosaveInterval() const
{
    return m_autosaveTimer->interval();
}

QString DocumentEditor::autosaveDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

QString DocumentEditor::autosaveKey(const QString& path)
{
    if (path.isEmpty())
        return QStringLiteral("untitled");
    const QByteArray hash = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString DocumentEditor::autosavePath() const
{
    return autosaveDirectory() + u'/' + autosaveKey(m_filePath) + QStringLiteral(".json");
}

QByteArray DocumentEditor::sidecarJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("original"), m_filePath);
    o.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("events"), m_state->dataset() ? m_state->dataset()->eventCount() : 0);
    return QJsonDocument(o).toJson();
}

bool DocumentEditor::needsAutosave() const
{
    const DatasetPtr& dataset = m_state->dataset();
    return dataset && isModified() && dataset != m_autosaveOnDisk;
}

void DocumentEditor::scheduleAutosave()
{
    if (!needsAutosave()) {
        m_autosaveTimer->stop();
        m_autosaveDue = false;
        return;
    }
    // The oldest unsaved change sets the clock: a change made while the timer runs is written
    // with the earlier one, so none waits longer than the interval (plus a running write).
    if (!m_autosaveTimer->isActive() && !m_autosaveDue)
        m_autosaveTimer->start();
}

void DocumentEditor::onAutosaveDue()
{
    m_autosaveDue = true;
    startBackgroundAutosave();
}

bool DocumentEditor::isAutosaving() const
{
    return m_writing != nullptr;
}

void DocumentEditor::startBackgroundAutosave()
{
    if (m_writing)
        return; // finishBackgroundAutosave() starts the next one
    m_autosaveDue = false;
    if (!needsAutosave())
        return;
    m_writing = std::make_unique<BackgroundAutosave>();
    m_writing->path = autosavePath();
    m_writing->dataset = m_state->dataset();
    m_writing->generation = m_autosaveGeneration;
    connect(&m_writing->watcher, &QFutureWatcher<QString>::finished, this, &DocumentEditor::finishBackgroundAutosave);
    // The snapshot is immutable and shared: the thread writes it while edits make new ones.
    m_writing->watcher.setFuture(QtConcurrent::run(autosavePool(), [dataset = m_writing->dataset, path = m_writing->path, sidecar = sidecarJson()] {
        QString error;
        writeAutosaveFiles(*dataset, path, sidecar, &error);
        return error;
    }));
}

void DocumentEditor::finishBackgroundAutosave()
{
    if (!m_writing)
        return;
    const std::unique_ptr<BackgroundAutosave> done = std::move(m_writing);
    const QString error = done->watcher.result();
    if (!error.isEmpty()) {
        if (done->generation != m_autosaveGeneration)
            removeAutosaveFiles(done->path); // its sidecar may be there
        Q_EMIT autosaveFailed(error);
    } else {
        adoptWrittenAutosave(done->path, done->dataset, done->generation);
    }
    // Edits made while it was written (or an interval that ran out meanwhile) come next.
    if (m_autosaveDue)
        startBackgroundAutosave();
    scheduleAutosave();
}

void DocumentEditor::adoptWrittenAutosave(const QString& path, const DatasetPtr& written, int generation)
{
    if (generation != m_autosaveGeneration) {
        // The document became clean or was replaced while this was written: it is stale. (A
        // newer autosave to the same path cannot exist: writes never overlap.)
        removeAutosaveFiles(path);
        return;
    }
    if (!m_autosavePath.isEmpty() && m_autosavePath != path)
        removeAutosaveFiles(m_autosavePath);
    m_autosavePath = path;
    m_autosaveOnDisk = written;
    Q_EMIT autosaved(path);
}

bool DocumentEditor::autosaveNow(QString* error)
{
    if (m_writing) {
        m_writing->watcher.waitForFinished();
        finishBackgroundAutosave();
    }
    if (!needsAutosave())
        return true;
    const DatasetPtr dataset = m_state->dataset();
    const QString path = autosavePath();
    if (!writeAutosaveFiles(*dataset, path, sidecarJson(), error))
        return false;
    adoptWrittenAutosave(path, dataset, m_autosaveGeneration);
    scheduleAutosave();
    return true;
}

void DocumentEditor::removeAutosave()
{
    // A write still running is stale from now on; it deletes its own file when it ends.
    ++m_autosaveGeneration;
    m_autosaveOnDisk.reset();
    // Only what this session wrote or recovered: other autosaves may await recovery.
    if (m_autosavePath.isEmpty())
        return;
    removeAutosaveFiles(m_autosavePath);
    m_autosavePath.clear();
}

QList<AutosaveInfo> DocumentEditor::recoverableAutosaves()
{
    QList<AutosaveInfo> result;
    const QDir dir(autosaveDirectory());
    const QFileInfoList files = dir.entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Time);
    for (const QFileInfo& file : files) {
        AutosaveInfo info;
        info.autosavePath = file.absoluteFilePath();
        info.savedAt = file.lastModified().toUTC();
        QFile sidecar(info.autosavePath + SIDECAR_SUFFIX);
        if (sidecar.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(sidecar.read(64 * 1024)).object();
            info.originalPath = o.value(QStringLiteral("original")).toString();
            const QDateTime at = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
            if (at.isValid())
                info.savedAt = at.toUTC();
            info.eventCount = o.value(QStringLiteral("events")).toInt(-1);
        }
        result.append(info);
    }
    std::stable_sort(result.begin(), result.end(), [](const AutosaveInfo& a, const AutosaveInfo& b) { return a.savedAt > b.savedAt; });
    return result;
}

bool DocumentEditor::recover(const AutosaveInfo& autosave, QString* error)
{
    const LoadResult r = loadFile(autosave.autosavePath);
    if (!r.ok()) {
        if (error)
            *error = r.firstError().isEmpty() ? tr("Cannot read the autosave '%1'.").arg(autosave.autosavePath) : r.firstError();
        return false;
    }
    setDocument(r.data, autosave.originalPath);
    // The original may be gone; Save should still recreate it where it was.
    if (!autosave.originalPath.isEmpty() && m_filePath.isEmpty() && !QFileInfo::exists(autosave.originalPath)) {
        setFilePath(QFileInfo(autosave.originalPath).absoluteFilePath());
        m_state->setFileName(m_filePath);
    }
    m_autosavePath = autosave.autosavePath;
    m_autosaveOnDisk = r.data; // the autosave holds exactly this snapshot
    // Differs from the file on disk without any undo step: never clean until saved.
    m_undoStack->resetClean();
    updateModified();
    return true;
}

void DocumentEditor::discardAutosave(const AutosaveInfo& autosave)
{
    removeAutosaveFiles(autosave.autosavePath);
}

// --- recent files --------------------------------------------------------------------------------

QStringList DocumentEditor::recentFiles() const
{
    return QSettings().value(RECENT_FILES_KEY).toStringList();
}

void DocumentEditor::addRecentFile(const QString& path)
{
    if (path.isEmpty())
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MAX_RECENT_FILES)
        files.removeLast();
    QSettings().setValue(RECENT_FILES_KEY, files);
    Q_EMIT recentFilesChanged();
}

void DocumentEditor::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    if (files.removeAll(QFileInfo(path).absoluteFilePath()) == 0)
        return;
    QSettings().setValue(RECENT_FILES_KEY, files);
    Q_EMIT recentFilesChanged();
}

void DocumentEditor::clearRecentFiles()
{
    QSettings().remove(RECENT_FILES_KEY);
    Q_EMIT recentFilesChanged();
}

// --- watching the file -----------------------------------------------------------------------------

void DocumentEditor::watch(const QString& path)
{
    if (path != m_watchedPath) {
        if (!m_watcher->files().isEmpty())
            m_watcher->removePaths(m_watcher->files());
        if (!m_watcher->directories().isEmpty())
            m_watcher->removePaths(m_watcher->directories());
        m_watchedPath = path;
        m_knownContentHash = path.isEmpty() ? QByteArray() : contentHash(path);
        if (!path.isEmpty())
            m_watcher->addPath(QFileInfo(path).absolutePath());
    }
    // QFileSystemWatcher drops a path whose file was replaced (QSaveFile renames over it).
    if (!path.isEmpty() && QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
}

void DocumentEditor::onWatchedFileChanged(const QString& path)
{
    if (path == m_watchedPath)
        m_diskCheckTimer->start();
}

void DocumentEditor::checkDiskChange()
{
    if (m_watchedPath.isEmpty())
        return;
    const QByteArray hash = contentHash(m_watchedPath);
    watch(m_watchedPath);
    // Our own saves leave exactly the content we hashed after writing: nothing to report.
    if (hash == m_knownContentHash)
        return;
    m_knownContentHash = hash;
    Q_EMIT fileChangedOnDisk(m_watchedPath);
}

} // namespace chrono::ui
