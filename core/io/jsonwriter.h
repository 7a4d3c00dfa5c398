// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QByteArray>
#include <QtCore/QIODevice>
#include <QtCore/QString>

namespace chrono {

/**
 * @brief Writes a dataset as native JSON (docs/data-format.md), version NATIVE_JSON_VERSION.
 *
 * The output is deterministic: keys in a fixed order, entities in dataset order (events by
 * start, then id), no timestamps, 2-space indentation, UTF-8 with CJK text unescaped, dates
 * at their own precision, numbers in their shortest round-trip form. Empty optional fields
 * are left out. readNativeJson() of the result gives back an equal dataset.
 */
QByteArray writeNativeJson(const Dataset& dataset);
/// Writes to an open device; false with `error` set when the device fails.
bool writeNativeJson(const Dataset& dataset, QIODevice& device, QString* error = nullptr);
/// Writes to `path` through QSaveFile: the old file stays intact until the new one is complete.
bool saveNativeJsonAtomically(const Dataset& dataset, const QString& path, QString* error = nullptr);

} // namespace chrono
