// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/diagnostic.h"

#include <QtCore/QString>

namespace chrono {

/// The name diagnostics of the embedded dataset carry, so that a message points somewhere a
/// user can recognise rather than at a resource path.
QString embeddedDatasetFileName(); ///< "embedded:ai-race.json"

/// Qt resource path of the embedded dataset (":/data/ai-race.json").
QString embeddedDatasetPath();

/**
 * @brief Loads the dataset compiled into the program (resources/data/ai-race.json).
 *
 * Goes through the same native JSON reader as any file, so the embedded story is held to
 * the same rules; diagnostics name embeddedDatasetFileName().
 */
LoadResult loadEmbeddedDataset();

} // namespace chrono
