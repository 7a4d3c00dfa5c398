// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

namespace chrono {

/// First day of the synthetic data: 2022-01-01 UTC. Events spread over four years from here.
constexpr TimeMs SYNTHETIC_START_MS = 18993LL * MS_PER_DAY;
constexpr TimeMs SYNTHETIC_END_MS = 20454LL * MS_PER_DAY; ///< 2026-01-01 UTC

/**
 * @brief A deterministic dataset of `count` events for tests and benchmarks.
 *
 * Events fall between 2022 and 2026 in `lanes` companies ("c01".., coloured from the palette)
 * with bursts around a few dates per lane, about 10 % ranges (a day to three months), mixed
 * start precision (mostly days, some months, few years, some minutes), importance skewed
 * towards 1 (about 1 % are 5), and bilingual titles. The same arguments give the same
 * dataset on every machine (own xorshift generator, no std distributions).
 * @param count number of events (>= 0)
 * @param lanes number of companies, 1..200
 */
DatasetPtr generateSyntheticEvents(int count, int lanes = 12, quint32 seed = 1);

} // namespace chrono
