// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: thetimelineproj's older text format (core/io/timelinetext.h).
#include "fuzzcommon.h"

#include "core/io/timelinetext.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.timeline");
    fuzz::checkResult(chrono::importTimelineTextData(fuzz::bytes(data, size), name), name);
    return 0;
}
