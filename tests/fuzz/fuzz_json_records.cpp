// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: JSON arrays of records (core/io/jsonrecords.h).
#include "fuzzcommon.h"

#include "core/io/jsonrecords.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.json");
    fuzz::checkResult(chrono::importJsonRecordsData(fuzz::bytes(data, size), name), name);
    return 0;
}
