// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded story, read once per test process.
#pragma once

#include "core/io/embedded.h"

namespace chrono::test {

inline DatasetPtr embeddedStory()
{
    static const DatasetPtr data = loadEmbeddedDataset().data;
    return data;
}

} // namespace chrono::test
