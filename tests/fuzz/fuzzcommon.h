// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the libFuzzer targets: the invariants every reader keeps on any input. A broken
// invariant aborts, so libFuzzer saves the input as a crash like any sanitizer finding.
#pragma once

#include "core/io/diagnostic.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

/// Errors leave no data, no data means an error, and every diagnostic names the file and a
/// 1-based line: the product's contract for untrusted input.
inline void checkResult(const chrono::LoadResult& r, const QString& fileName)
{
    require(r.hasErrors() == (r.data == nullptr), "data is null exactly when there are errors");
    for (qsizetype i = 0; i < r.diagnostics.size(); ++i) {
        const chrono::Diagnostic& d = r.diagnostics[i];
        require(d.file == fileName, "the diagnostic names the file");
        // The one diagnostic without a place: the closing "N more warnings not shown".
        const bool summary = !d.isError() && i == r.diagnostics.size() - 1 && d.kind == chrono::Diagnostic::Kind::MoreNotShown;
        require(summary || d.line >= 1, "the diagnostic has a 1-based line");
        require(d.column >= 0, "the column is not negative");
        require(!d.message.isEmpty(), "the diagnostic has a message");
    }
}

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    // A deep copy: QByteArray::fromRawData would let a reader read past `size` unnoticed
    // when it relies on a terminating NUL; a copy puts the end where ASan can see it.
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

} // namespace fuzz
