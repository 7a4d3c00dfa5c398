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
#include <QtCore/QTimer>
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

bool isNativeFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return looksLikeNativeJson(file.read(SNIFF_BYTES));
}

} // namespace

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
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
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
}

DocumentEditor::~DocumentEditor() = default;

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
    if (modified) {
        m_autosaveTimer->start();
    } else {
        m_autosaveTimer->stop();
        // Back at the saved state (saved, or undone to it): the autosave is stale.
        removeAutosave();
    }
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
    m_autosavedDataset = m_state->dataset();
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
    m_autosavedDataset = dataset;
    m_undoStack->setClean();
    removeAutosave();
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

void DocumentEditor::writeSidecar(const QString& autosaveFile, QString* error) const
{
    QJsonObject o;
    o.insert(QStringLiteral("original"), m_filePath);
    o.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("events"), m_state->dataset() ? m_state->dataset()->eventCount() : 0);
    QSaveFile file(autosaveFile + SIDECAR_SUFFIX);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
    }
}

bool DocumentEditor::autosaveNow(QString* error)
{
    const DatasetPtr dataset = m_state->dataset();
    if (!isModified() || !dataset || dataset == m_autosavedDataset)
        return true;
    const QString path = autosavePath();
    if (!QDir().mkpath(autosaveDirectory())) {
        if (error)
            *error = tr("Cannot create the autosave folder '%1'.").arg(QDir::toNativeSeparators(autosaveDirectory()));
        return false;
    }
    QString why;
    // Atomic as well: a crash in the middle of an autosave must not destroy the previous one.
    if (!saveNativeJsonAtomically(*dataset, path, &why)) {
        if (error)
            *error = tr("Could not autosave to '%1': %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    writeSidecar(path, error);
    if (!m_autosavePath.isEmpty() && m_autosavePath != path) {
        QFile::remove(m_autosavePath);
        QFile::remove(m_autosavePath + SIDECAR_SUFFIX);
    }
    m_autosavePath = path;
    m_autosavedDataset = dataset;
    Q_EMIT autosaved(path);
    return true;
}

void DocumentEditor::removeAutosave()
{
    // Only what this session wrote or recovered: other autosaves may await recovery.
    if (m_autosavePath.isEmpty())
        return;
    QFile::remove(m_autosavePath);
    QFile::remove(m_autosavePath + SIDECAR_SUFFIX);
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
    m_autosavedDataset = r.data;
    // Differs from the file on disk without any undo step: never clean until saved.
    m_undoStack->resetClean();
    updateModified();
    return true;
}

void DocumentEditor::discardAutosave(const AutosaveInfo& autosave)
{
    QFile::remove(autosave.autosavePath);
    QFile::remove(autosave.autosavePath + SIDECAR_SUFFIX);
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
