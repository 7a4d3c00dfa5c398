// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/builtinreaders.h"

#include "core/io/importers.h"
#include "core/io/readerregistry.h"

namespace chrono {

void registerBuiltinReaders()
{
    // registerReader() replaces entries with the same id, so calling this twice is harmless.
    for (const ImporterDescriptor& d : builtinImporters()) {
        ReaderInfo info;
        info.id = d.id;
        info.description = d.description;
        info.extensions = d.extensions;
        info.confidence = d.sniff;
        info.read = d.load;
        registerReader(info);
    }
}

} // namespace chrono
