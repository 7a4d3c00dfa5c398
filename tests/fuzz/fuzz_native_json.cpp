// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the native JSON reader (core/io/jsonreader.h). A file it accepts must also
// survive a write and a second read (the writer must never produce what the reader refuses).
#include "fuzzcommon.h"

#include "core/io/jsonreader.h"
#include "core/io/jsonwriter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    const chrono::LoadResult r = chrono::readNativeJson(fuzz::bytes(data, size), name);
    fuzz::checkResult(r, name);
    if (r.data) {
        const chrono::LoadResult again = chrono::readNativeJson(chrono::writeNativeJson(*r.data), name);
        fuzz::require(again.ok(), "what the writer writes, the reader reads");
        fuzz::require(again.data->eventCount() == r.data->eventCount(), "the round trip keeps every event");
    }
    return 0;
}
