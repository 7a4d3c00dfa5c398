// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: vis-timeline items (core/io/vistimeline.h).
#include "fuzzcommon.h"

#include "core/io/vistimeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    fuzz::checkResult(chrono::importVisTimelineData(fuzz::bytes(data, size), name), name);
    return 0;
}
