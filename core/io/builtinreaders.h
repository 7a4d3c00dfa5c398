// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace chrono {

/// Registers every reader the product ships (native JSON is registered by the registry
/// itself; this adds CSV, JSON records, TimelineJS and Timeline XML). Idempotent.
void registerBuiltinReaders();

} // namespace chrono
