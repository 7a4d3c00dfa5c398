// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/state/documentloader.h"

#include "core/data/searchindex.h"
#include "core/io/readerregistry.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QMetaObject>
#include <QtCore/QPointer>

namespace chrono::ui {

DocumentLoader::DocumentLoader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<chrono::DatasetPtr>("chrono::DatasetPtr");
    qRegisterMetaType<QList<chrono::Diagnostic>>("QList<chrono::Diagnostic>");
}

DocumentLoader::~DocumentLoader()
{
    cancel();
}

void DocumentLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DocumentLoader::load(const QStringList& files, DatasetPtr base, const QHash<QString, QString>& columnMap)
{
    cancel();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = ++m_generation;
    m_busy = true;
    QPointer<DocumentLoader> self(this);
    auto cancelled = m_cancel;
    const QString name = files.size() == 1 ? files.first() : QFileInfo(files.first()).fileName() + QStringLiteral(" …");
    (void)QtConcurrent::run([self, files, base, columnMap, cancelled, generation, name] {
        QList<Diagnostic> diagnostics;
        DatasetPtr result = base;
        ImportOptions options;
        options.columnMap = columnMap;
        const int count = int(files.size());
        for (int f = 0; f < count; ++f) {
            options.progress = [self, cancelled, f, count](qint64 done, qint64 total) {
                if (total > 0 && self) {
                    const int permille = int((f * 1000 + 1000 * done / total) / count);
                    QMetaObject::invokeMethod(self.data(), "progress", Qt::QueuedConnection, Q_ARG(int, permille));
                }
                return !cancelled->load();
            };
            const LoadResult r = loadFile(files[f], options);
            diagnostics += r.diagnostics;
            if (!r.ok()) {
                result.reset();
                break;
            }
            if (!result) {
                result = r.data;
                continue;
            }
            const LoadResult merged = mergeDatasets(*result, *r.data);
            diagnostics += merged.diagnostics;
            result = merged.ok() ? merged.data : DatasetPtr();
            if (!result)
                break;
        }
        // The search index too, here rather than at the first search on the GUI thread.
        if (result && !cancelled->load())
            result->searchIndex();
        if (!self)
            return;
        // Back on the GUI thread; drop the result when a newer load has started meanwhile.
        QMetaObject::invokeMethod(self.data(), [self, result, diagnostics, generation, name] {
            if (!self || generation != self->m_generation)
                return;
            self->m_busy = false;
            if (result)
                Q_EMIT self->loaded(result, name, diagnostics);
            else
                Q_EMIT self->loadFailed(name, diagnostics);
        }, Qt::QueuedConnection);
    });
}

} // namespace chrono::ui
