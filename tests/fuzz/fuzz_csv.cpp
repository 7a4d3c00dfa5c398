// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the CSV importer (events, wide and long series; core/io/csvimport.h).
#include "fuzzcommon.h"

#include "core/io/csvimport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString name = QStringLiteral("fuzz.csv");
    fuzz::checkResult(chrono::importCsvData(fuzz::bytes(data, size), name), name);
    return 0;
}
