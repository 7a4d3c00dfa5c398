// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: thetimelineproj XML (core/io/timelinexml.h).
#include "fuzzcommon.h"

#include "core/io/timelinexml.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.timeline");
    fuzz::checkResult(chrono::importTimelineXmlData(fuzz::bytes(data, size), name), name);
    return 0;
}
