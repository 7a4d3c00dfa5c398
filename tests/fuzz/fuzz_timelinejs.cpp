// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: TimelineJS JSON (core/io/timelinejs.h), HTML-to-text included.
#include "fuzzcommon.h"

#include "core/io/timelinejs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    fuzz::checkResult(chrono::importTimelineJsData(fuzz::bytes(data, size), name), name);
    return 0;
}
