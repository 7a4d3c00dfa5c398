// SPDX-License-Identifier: GPL-3.0-or-later
// Time bounds in tests catch pathological behaviour (a quadratic scan, a hang, reading a 2 GB
// file), not speed: speed is measured by the benchmarks. Sanitizer builds run several times
// slower, so every bound a test asserts goes through boundMs().
#pragma once

#include <QtCore/QtGlobal>

namespace chrono::test {

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 SANITIZER_SLOWDOWN = 6;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr qint64 SANITIZER_SLOWDOWN = 6;
#else
constexpr qint64 SANITIZER_SLOWDOWN = 1;
#endif
#else
constexpr qint64 SANITIZER_SLOWDOWN = 1;
#endif

/// A test's time bound in milliseconds, widened for sanitizer builds.
constexpr qint64 boundMs(qint64 ms)
{
    return ms * SANITIZER_SLOWDOWN;
}

} // namespace chrono::test
