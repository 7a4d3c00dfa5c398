// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <atomic>
#include <memory>

namespace chrono::ui {

/**
 * @brief Loads files on the thread pool so the window stays responsive. Results come back
 * as values through queued signals; a newer load makes older results stale (generation
 * counter), and cancel() stops the running reader at its next progress check. A loaded
 * dataset arrives with its search index built (Dataset::searchIndex()).
 */
class DocumentLoader : public QObject {
    Q_OBJECT
public:
    explicit DocumentLoader(QObject* parent = nullptr);
    ~DocumentLoader() override;

    /// Loads and merges `files`; when `base` is set the files are merged into it (Import).
    /// `columnMap` (ImportOptions::columnMap, from the import mapping step) applies to every file.
    void load(const QStringList& files, chrono::DatasetPtr base = {}, const QHash<QString, QString>& columnMap = {});
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// Permille of the bytes read so far.
    void progress(int permille);
    /// A successful load; `diagnostics` holds its warnings.
    void loaded(chrono::DatasetPtr dataset, const QString& fileName, const QList<chrono::Diagnostic>& diagnostics);
    /// A failed load: the open document stays as it was.
    void loadFailed(const QString& fileName, const QList<chrono::Diagnostic>& diagnostics);

private:
    struct Job;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace chrono::ui
