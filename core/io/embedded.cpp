// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/embedded.h"

#include "core/io/jsonreader.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>

namespace chrono {

QString embeddedDatasetFileName()
{
    return QStringLiteral("embedded:ai-race.json");
}

QString embeddedDatasetPath()
{
    return QStringLiteral(":/data/ai-race.json");
}

LoadResult loadEmbeddedDataset()
{
    QFile file(embeddedDatasetPath());
    if (!file.open(QIODevice::ReadOnly)) {
        // Only a broken build gets here (the resource is linked into chronoscope_core).
        LoadResult r;
        r.diagnostics.append(Diagnostic { Diagnostic::Severity::Error, embeddedDatasetFileName(), 0, 0,
            QCoreApplication::translate("chrono::JsonReader", "Cannot read '%1': %2").arg(embeddedDatasetPath(), file.errorString()),
            Diagnostic::Kind::Unreadable });
        return r;
    }
    return readNativeJson(file, embeddedDatasetFileName());
}

} // namespace chrono
