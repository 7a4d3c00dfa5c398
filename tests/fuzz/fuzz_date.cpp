// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: chrono::parseIsoDate. Oracles: a failure has a message and an offset inside
// the text; a success prints at its own precision and parses back to the same date.
#include "fuzzcommon.h"

#include "core/data/date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const chrono::DateParseResult r = chrono::parseIsoDate(text);
    if (!r.ok()) {
        fuzz::require(!r.error.isEmpty(), "a failure says why");
        fuzz::require(r.errorOffset >= 0 && r.errorOffset <= text.size(), "the error offset lies in the text");
        return 0;
    }
    fuzz::require(r.date.endMs() > r.date.ms, "a date covers a non-empty period");
    const QString printed = r.date.toString();
    const chrono::DateParseResult again = chrono::parseIsoDate(printed);
    fuzz::require(again.ok(), "a parsed date prints as parseable text");
    fuzz::require(again.date == r.date, "a parsed date survives print and parse");
    return 0;
}
