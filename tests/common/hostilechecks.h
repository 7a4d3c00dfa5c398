// SPDX-License-Identifier: GPL-3.0-or-later
// Checks shared by the hostile-input tests of tst_core (readers called directly) and tst_app
// (the reader registry, as the application opens files).
#pragma once

#include "hostilemanifest.h"

#include "core/io/diagnostic.h"

#include <catch2/catch.hpp>

#include <algorithm>

namespace hostile {

using chrono::Diagnostic;
using chrono::LoadResult;

inline const Diagnostic* first(const LoadResult& r, Diagnostic::Severity severity)
{
    for (const Diagnostic& d : r.diagnostics) {
        if (d.severity == severity)
            return &d;
    }
    return nullptr;
}

inline QString dump(const LoadResult& r)
{
    QStringList lines;
    for (const Diagnostic& d : r.diagnostics)
        lines.append(d.toString());
    return lines.join(u'\n');
}

enum class Place { InText, FileLevel };

/// What holds for any reader on any input: errors leave no data, no data means an error, and
/// every diagnostic names the file and a 1-based line. Exceptions to the line: a closing
/// "N more warnings not shown" summary, and file-level errors (too large, unreadable) when
/// @p place allows them.
inline void checkInvariants(const LoadResult& r, const QString& name, Place place = Place::InText)
{
    INFO(dump(r).toStdString());
    if (r.hasErrors())
        CHECK(r.data == nullptr);
    else
        CHECK(r.data != nullptr);
    CHECK(r.diagnostics.size() <= 202); // ImportOptions::maxDiagnostics, errors past it, a summary
    for (int i = 0; i < r.diagnostics.size(); ++i) {
        const Diagnostic& d = r.diagnostics[i];
        INFO(d.toString().toStdString());
        CHECK(d.file == name);
        const bool summary = !d.isError() && i == r.diagnostics.size() - 1 && d.kind == chrono::Diagnostic::Kind::MoreNotShown;
        if (!summary && !(place == Place::FileLevel && d.isError()))
            CHECK(d.line >= 1);
        CHECK(d.column >= 0);
        CHECK_FALSE(d.message.isEmpty());
    }
}

/// The manifest's expectation for one result.
inline void checkExpectation(const hostile::Entry& e, const LoadResult& r)
{
    INFO(e.file.toStdString() << ": " << e.description.toStdString());
    INFO(dump(r).toStdString());
    if (e.expect == u"ok") {
        CHECK(r.ok());
        return;
    }
    if (e.expect == u"dropped") {
        // The file loads; what is left out is said at its place (validate makes it an error).
        CHECK_FALSE(r.hasErrors());
        CHECK(r.data != nullptr);
        const auto d = std::find_if(r.diagnostics.cbegin(), r.diagnostics.cend(), [](const Diagnostic& x) { return x.dropsData(); });
        REQUIRE(d != r.diagnostics.cend());
        CHECK(d->file == e.file);
        CHECK(d->line == e.line);
        if (e.column > 0)
            CHECK(d->column == e.column);
        return;
    }
    const bool error = e.expect == u"error";
    if (error) {
        CHECK(r.data == nullptr);
    } else {
        CHECK_FALSE(r.hasErrors());
        CHECK(r.data != nullptr);
    }
    const Diagnostic* d = first(r, error ? Diagnostic::Severity::Error : Diagnostic::Severity::Warning);
    REQUIRE(d);
    CHECK(d->file == e.file);
    CHECK(d->line == e.line);
    if (e.column > 0)
        CHECK(d->column == e.column);
}

} // namespace hostile
