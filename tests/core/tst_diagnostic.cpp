// SPDX-License-Identifier: GPL-3.0-or-later
// Diagnostics as a person reads them (core/io/diagnostic.h, diagnosticsink.h).
#include "core/io/diagnostic.h"
#include "core/io/diagnosticsink.h"

#include <catch2/catch.hpp>

#include <QtCore/QRegularExpression>

using namespace chrono;
using K = Diagnostic::Kind;

namespace {
Diagnostic warning(int line, const QString& message, K kind = K::MissingSource)
{
    return Diagnostic { Diagnostic::Severity::Warning, QStringLiteral("f.csv"), line, 3, message, kind };
}
} // namespace

TEST_CASE("Equal warnings fold into one line with a count and the first place", "[core][diagnostic]")
{
    QList<Diagnostic> in;
    for (int i = 0; i < 2322; ++i)
        in.append(warning(10 + i, QStringLiteral("series \"s-%1\": point 2008-%2 names no source").arg(i % 27).arg(i % 12 + 1)));
    in.append(warning(5, QStringLiteral("colour \"x\" is not of the form #rrggbb"), K::Adjusted));
    in.append(in.first()); // an exact repeat, as a second pass may add
    const QList<Diagnostic> out = groupDiagnostics(in);
    REQUIRE(out.size() == 2);
    CHECK(out[0].count == 2322);
    CHECK(out[0].line == 10);
    CHECK(out[0].kind == K::MissingSource);
    INFO(out[0].toString().toStdString());
    CHECK(out[0].toString().startsWith(QStringLiteral("f.csv:10:3: warning: series \"s-0\": point 2008-1 names no source (")));
    // The count in the locale's digits ("2322", "2,322"), then what it means.
    CHECK(out[0].message.contains(QRegularExpression(QStringLiteral("\\(2.?322 like this; the first is here\\)$"))));
    CHECK(out[1].count == 1);
    CHECK(out[1].line == 5);
}

TEST_CASE("Errors and what leaves data out are never folded: each keeps its place", "[core][diagnostic]")
{
    QList<Diagnostic> in;
    for (int i = 0; i < 5; ++i)
        in.append(warning(i + 2, QStringLiteral("bad date \"x\"; row skipped"), K::DroppedRow));
    in.append(in.first());
    const QList<Diagnostic> out = groupDiagnostics(in);
    REQUIRE(out.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(out[i].line == i + 2);
        CHECK(out[i].dropsData());
    }
    CHECK_FALSE(warning(1, QStringLiteral("x"), K::Adjusted).dropsData());
    CHECK(warning(1, QStringLiteral("x"), K::DroppedColumn).dropsData());
    CHECK(warning(1, QStringLiteral("x"), K::DroppedValue).dropsData());
}

TEST_CASE("The sink folds while reading and counts what passes its cap", "[core][diagnostic]")
{
    DiagnosticSink sink(QStringLiteral("f.json"), 3);
    for (int i = 0; i < 1000; ++i)
        sink.warning(i + 1, 1, QStringLiteral("unknown key \"k%1\" ignored").arg(i), K::Adjusted);
    for (int i = 0; i < 10; ++i)
        sink.droppedRow(i + 1, 1, QStringLiteral("record %1: no title; row skipped").arg(i));
    CHECK(sink.droppedData());
    const QList<Diagnostic> out = sink.take();
    REQUIRE(out.size() == 4);
    CHECK(out[0].count == 1000);
    CHECK(out[1].kind == K::DroppedRow);
    CHECK(out[3].kind == K::MoreNotShown);
    CHECK(out[3].message.contains(QStringLiteral("8")));
    CHECK(diagnosticKindName(K::DroppedRow) == QStringLiteral("dropped-row"));
}
