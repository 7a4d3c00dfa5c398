// SPDX-License-Identifier: GPL-3.0-or-later
// Inputs shared by the Catch benchmarks: generated once per size and process.
#pragma once

#include "core/data/syntheticdata.h"

#include <map>

namespace chrono::bench {

/// generateSyntheticEvents(n), made once per n and kept for the process.
inline DatasetPtr syntheticEvents(int n)
{
    static std::map<int, DatasetPtr> cache;
    DatasetPtr& ds = cache[n];
    if (!ds)
        ds = generateSyntheticEvents(n);
    return ds;
}

} // namespace chrono::bench
