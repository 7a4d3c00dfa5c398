// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Markwhen text timelines (core/io/markwhen.h).
#include "fuzzcommon.h"

#include "core/io/markwhen.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.mw");
    fuzz::checkResult(chrono::importMarkwhenData(fuzz::bytes(data, size), name), name);
    return 0;
}
