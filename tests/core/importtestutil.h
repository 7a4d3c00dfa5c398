// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers of the importer tests: where fixtures and real samples are, and loading them.
#pragma once

#include "core/io/diagnostic.h"
#include "core/io/importoptions.h"
#include "testconfig.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

namespace chrono::test {

inline QString importFixture(const char* name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/import/") + QLatin1String(name);
}

/// Path of a real sample file in tests/data/samples (part of the repository: see its README.md).
inline QString samplePath(const char* name)
{
    return QDir::cleanPath(QStringLiteral(CHRONOSCOPE_SAMPLES_DIR "/") + QLatin1String(name));
}

inline QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Loads @p path with @p reader (any importer taking QIODevice&, file name, options).
template<typename Reader>
LoadResult loadWith(Reader reader, const QString& path, const ImportOptions& options = {})
{
    QFile f(path);
    return reader(f, QFileInfo(path).fileName(), options);
}

inline int countWarnings(const LoadResult& r)
{
    return r.warningCount();
}

/// The first diagnostic of @p kind, or nullptr.
inline const Diagnostic* findKind(const LoadResult& r, Diagnostic::Kind kind)
{
    for (const Diagnostic& d : r.diagnostics)
        if (d.kind == kind)
            return &d;
    return nullptr;
}

/// The first diagnostic whose message contains @p text, or nullptr.
inline const Diagnostic* findDiagnostic(const LoadResult& r, const QString& text)
{
    for (const Diagnostic& d : r.diagnostics)
        if (d.message.contains(text))
            return &d;
    return nullptr;
}

} // namespace chrono::test
