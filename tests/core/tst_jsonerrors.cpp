// SPDX-License-Identifier: GPL-3.0-or-later
// Broken native JSON: every error kind names the file, the line and column, and the cause;
// nothing is loaded; nothing crashes.
#include "../common/timebudget.h"
#include "core/io/jsonreader.h"
#include "core/io/readerregistry.h"
#include "core/io/jsontokenizer.h"

#include "testconfig.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>

#include <catch2/catch.hpp>

#include <random>

using namespace chrono;
using K = Diagnostic::Kind;

namespace {

QString dataPath(const char* name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/") + QLatin1String(name);
}

const Diagnostic* firstError(const LoadResult& r)
{
    for (const Diagnostic& d : r.diagnostics) {
        if (d.isError())
            return &d;
    }
    return nullptr;
}

QByteArray doc(const QByteArray& body)
{
    return QByteArray("{\"format\":\"chronoscope\",\"version\":1,") + body + '}';
}

} // namespace

TEST_CASE("Broken fixtures give the exact line and column", "[core][json][errors]")
{
    struct Case {
        const char* file;
        int line;
        int column;
        const char* message; ///< what the message says (documentation; tests match the kind)
        Diagnostic::Kind kind;
    };
    const auto c = GENERATE(Case { "broken-syntax.json", 6, 5, "expected ',' or ']'", K::Syntax },
        Case { "broken-date.json", 7, 16, "day 30 does not exist in 2025-02", K::BadDate },
        Case { "version3.json", 3, 14, "version 3 is newer", K::BadValue });
    QFile file(dataPath(c.file));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const LoadResult r = readNativeJson(file, QLatin1String(c.file));
    CHECK_FALSE(r.data);
    const Diagnostic* e = firstError(r);
    REQUIRE(e);
    INFO(e->toString().toStdString());
    CHECK(e->file == QLatin1String(c.file));
    CHECK(e->line == c.line);
    CHECK(e->column == c.column);
    CHECK(e->kind == c.kind);
    CHECK(e->toString().startsWith(QStringLiteral("%1:%2:%3: error: ").arg(QLatin1String(c.file)).arg(c.line).arg(c.column)));
}

TEST_CASE("Each error kind is reported at the offending value", "[core][json][errors]")
{
    struct Case {
        const char* name;
        QByteArray text;
        int line;
        int column;
        const char* message; ///< what the message says (documentation; tests match the kind)
        Diagnostic::Kind kind;
    };
    const auto c = GENERATE(
        Case { "empty", "", 1, 1, "the file is empty", K::Syntax },
        Case { "blank", " \n\t ", 2, 3, "the file is empty", K::Syntax },
        Case { "not an object", "[1]", 1, 1, "not a Chronoscope file", K::NotThisFormat },
        Case { "wrong format", R"({"format":"timelinejs","version":1})", 1, 11, "\"format\" is \"timelinejs\"", K::NotThisFormat },
        Case { "missing format", R"({"version":1})", 1, 1, "\"format\" key is missing", K::NotThisFormat },
        Case { "missing version", R"({"format":"chronoscope"})", 1, 1, "\"version\" key is missing", K::BadValue },
        Case { "version 0", R"({"format":"chronoscope","version":0})", 1, 35, "version 0 does not exist", K::BadValue },
        Case { "fractional version", R"({"format":"chronoscope","version":1.5})", 1, 35, "whole number", K::BadValue },
        Case { "version string", R"({"format":"chronoscope","version":"1"})", 1, 35, "\"version\" must be a number, not a string", K::BadValue },
        Case { "events not array", doc(R"("events":{})"), 1, 46, "must be an array, not an object", K::BadValue },
        Case { "event not object", doc(R"("events":[3])"), 1, 47, "must be an object, not a number", K::BadValue },
        Case { "title number", doc(R"("events":[{"id":"a","start":"2025","title":5}])"), 1, 80, "event title must be a string or an object", K::BadValue },
        Case { "importance string", doc(R"("events":[{"id":"a","start":"2025","importance":"5"}])"), 1, 85, "must be a number", K::BadValue },
        Case { "tags not strings", doc(R"("events":[{"id":"a","start":"2025","tags":["x",2]}])"), 1, 84, "each entry of event tags must be a string", K::BadValue },
        Case { "month 13", doc(R"("events":[{"id":"a","start":"2025-13"}])"), 1, 65, "month 13 does not exist", K::BadDate },
        Case { "bad date", doc(R"("events":[{"id":"a","start":"yesterday"}])"), 1, 65, "four-digit year", K::BadDate },
        Case { "end before start", doc(R"("events":[{"id":"a","start":"2025-03-01","end":"2025-02-01"}])"), 1, 84, "the end 2025-02-01 is before the start 2025-03-01", K::BadDate },
        Case { "missing id", doc(R"("events":[{"start":"2025"}])"), 1, 47, "an event without an \"id\"", K::BadValue },
        Case { "empty id", doc(R"("events":[{"id":"","start":"2025"}])"), 1, 47, "an event without an \"id\"", K::BadValue },
        Case { "missing start", doc(R"("events":[{"id":"a"}])"), 1, 47, "event \"a\" has no start date", K::BadDate },
        Case { "duplicate event", doc("\"events\":[{\"id\":\"a\",\"start\":\"2025\"},\n{\"id\":\"a\",\"start\":\"2024\"}]"), 2, 7, "duplicate event id \"a\"", K::DuplicateId },
        Case { "duplicate company", doc(R"("companies":[{"id":"c"},{"id":"c"}])"), 1, 67, "duplicate company id \"c\"", K::DuplicateId },
        Case { "era end before start", doc(R"("eras":[{"id":"e","start":"2025-02","end":"2024"}])"), 1, 79, "is before the start", K::BadDate },
        Case { "point without value", doc(R"("series":[{"id":"s","points":[{"date":"2025"}]}])"), 1, 67, "without a \"value\"", K::BadValue },
        Case { "point without date", doc(R"("series":[{"id":"s","points":[{"value":1}]}])"), 1, 67, "without a \"date\"", K::BadValue },
        Case { "trailing garbage", R"({"format":"chronoscope","version":1} x)", 1, 38, "expected the end of the document", K::Syntax },
        Case { "second document", R"({"format":"chronoscope","version":1}{})", 1, 37, "expected the end of the document", K::Syntax },
        Case { "unclosed object", R"({"format":"chronoscope","version":1)", 1, 36, "an object is not closed", K::Syntax },
        Case { "unclosed string", R"({"format":"chronoscope)", 1, 11, "a string is not closed", K::Syntax },
        Case { "mismatched bracket", doc(R"("events":[})"), 1, 47, "expected a value", K::Syntax },
        Case { "stray close", R"({"format":"chronoscope"]})", 1, 24, "expected ',' or '}'", K::Syntax },
        Case { "trailing comma", doc(R"("events":[{"id":"a","start":"2025"},])"), 1, 73, "expected a value", K::Syntax },
        Case { "single quotes", R"({'format':1})", 1, 2, "expected a key in double quotes", K::Syntax },
        Case { "missing colon", R"({"format" "chronoscope"})", 1, 11, "expected ':'", K::Syntax },
        Case { "overflow", doc(R"("series":[{"id":"s","points":[{"date":"2025","value":1e400}]}])"), 1, 90, "number too large", K::Syntax },
        Case { "long overflow", doc(R"("meta":{"x":123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890})"), 1, 49, "number too large", K::Syntax },
        Case { "leading zero", doc(R"("meta":{"x":01})"), 1, 49, "leading zeros", K::Syntax },
        Case { "bare minus", doc(R"("meta":{"x":-})"), 1, 49, "expected a digit", K::Syntax },
        Case { "NaN literal", doc(R"("meta":{"x":NaN})"), 1, 49, "unexpected 'N'", K::Syntax },
        Case { "bad escape", doc(R"("meta":{"license":"a\qb"})"), 1, 57, "invalid escape", K::Syntax },
        Case { "lone surrogate", doc(R"("meta":{"license":"\ud800x"})"), 1, 56, "unpaired UTF-16 surrogate", K::Syntax },
        Case { "short unicode escape", doc(R"("meta":{"license":"\u12"})"), 1, 56, "four hexadecimal digits", K::Syntax },
        Case { "raw newline in string", doc("\"meta\":{\"license\":\"a\nb\"}"), 1, 57, "control character 0x0a", K::Syntax },
        Case { "invalid UTF-8", doc("\"meta\":{\"license\":\"caf\xC3\"}"), 1, 59, "invalid UTF-8", K::Syntax },
        Case { "overlong UTF-8", doc("\"meta\":{\"license\":\"\xC0\xAF\"}"), 1, 56, "invalid UTF-8", K::Syntax },
        Case { "UTF-8 surrogate", doc("\"meta\":{\"license\":\"\xED\xA0\x80\"}"), 1, 56, "invalid UTF-8", K::Syntax },
        Case { "NUL in string", doc(QByteArray("\"meta\":{\"license\":\"a\0b\"}", 25)), 1, 57, "NUL byte", K::Syntax },
        Case { "NUL outside", QByteArray("{\"format\"\0:1}", 13), 1, 10, "NUL byte", K::Syntax },
        Case { "NUL first", QByteArray("\0{}", 3), 1, 1, "NUL byte", K::Syntax },
        Case { "UTF-16", QByteArray("\xFF\xFE{\0}\0", 6), 1, 1, "UTF-16", K::Syntax },
        Case { "CJK columns count characters", "{\"meta\":{\"title\":\"数据\",\"asOf\":\"2025-13\"},\"format\":\"chronoscope\",\"version\":1}", 1, 30, "month 13", K::BadDate });
    INFO(c.name);
    const LoadResult r = readNativeJson(c.text, QStringLiteral("t.json"));
    CHECK_FALSE(r.data);
    const Diagnostic* e = firstError(r);
    REQUIRE(e);
    INFO(e->toString().toStdString());
    CHECK(e->file == QStringLiteral("t.json"));
    CHECK(e->kind == c.kind);
    CHECK(e->line == c.line);
    CHECK(e->column == c.column);
}

TEST_CASE("Nesting is limited to MAX_JSON_DEPTH", "[core][json][errors]")
{
    const auto nest = [](int depth) {
        return doc("\"meta\":{\"x\":" + QByteArray(depth, '[') + QByteArray(depth, ']') + "}");
    };
    // The document and meta take two levels.
    CHECK(readNativeJson(nest(MAX_JSON_DEPTH - 2), QStringLiteral("d.json")).ok());
    const LoadResult deep = readNativeJson(nest(MAX_JSON_DEPTH - 1), QStringLiteral("d.json"));
    REQUIRE(deep.hasErrors());
    CHECK(firstError(deep)->kind == Diagnostic::Kind::Limit);
    CHECK(firstError(deep)->column == 49 + MAX_JSON_DEPTH - 2);
    // A hostile depth costs no stack: the tokenizer is not recursive.
    const LoadResult hostile = readNativeJson(QByteArray(10'000'000, '['), QStringLiteral("d.json"));
    CHECK(hostile.hasErrors());
}

TEST_CASE("Too many problems stop the flood", "[core][json][errors]")
{
    QByteArray events;
    for (int i = 0; i < 1000; ++i)
        events += QByteArray(i ? "," : "") + "{\"id\":\"e" + QByteArray::number(i) + "\",\"start\":\"2025-02-30\"}";
    ImportOptions options;
    options.maxDiagnostics = 10;
    const LoadResult r = readNativeJson(doc("\"events\":[" + events + "]"), QStringLiteral("f.json"), options);
    CHECK_FALSE(r.data);
    CHECK(r.diagnostics.size() == 11);
    CHECK(r.diagnostics.last().kind == Diagnostic::Kind::MoreNotShown);
    CHECK(firstError(r)->kind == Diagnostic::Kind::BadDate);

    // Warnings alone do not stop loading.
    QByteArray warned;
    for (int i = 0; i < 1000; ++i)
        warned += QByteArray(i ? "," : "") + "{\"id\":\"e" + QByteArray::number(i) + "\",\"start\":\"2025\",\"importance\":7}";
    const LoadResult w = readNativeJson(doc("\"events\":[" + warned + "]"), QStringLiteral("f.json"), options);
    REQUIRE(w.ok());
    CHECK(w.data->eventCount() == 1000);
    CHECK(w.diagnostics.size() == 11);
    CHECK(w.diagnostics.last().kind == Diagnostic::Kind::MoreNotShown);
    CHECK(w.diagnostics.first().kind == Diagnostic::Kind::Adjusted); // importance 7 is clamped
}

TEST_CASE("Progress is reported and cancelling gives an error", "[core][json][errors]")
{
    QByteArray events;
    for (int i = 0; i < 20000; ++i)
        events += QByteArray(i ? "," : "") + "{\"id\":\"e" + QByteArray::number(i) + "\",\"start\":\"2025-01-02\",\"title\":\"some title text here\"}";
    const QByteArray text = doc("\"events\":[" + events + "]");
    int calls = 0;
    qint64 lastDone = -1, lastTotal = 0;
    ImportOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        ++calls;
        CHECK(done >= lastDone);
        lastDone = done;
        lastTotal = total;
        return true;
    };
    REQUIRE(readNativeJson(text, QStringLiteral("p.json"), options).ok());
    CHECK(calls >= 2);
    CHECK(lastDone == lastTotal);

    options.progress = [](qint64, qint64) { return false; };
    const LoadResult cancelled = readNativeJson(text, QStringLiteral("p.json"), options);
    CHECK_FALSE(cancelled.data);
    REQUIRE(firstError(cancelled));
    CHECK(firstError(cancelled)->message == QStringLiteral("cancelled"));
}

TEST_CASE("Oversized input is refused before it is read", "[core][json][errors]")
{
    // A sparse 2 GB file that starts like a native document: refused by its size at once,
    // without mapping or reading it.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    file.write(R"({"format": "chronoscope", "version": 1, "events": [)");
    REQUIRE(file.resize(qint64(2) << 30));
    file.close();

    QElapsedTimer timer;
    timer.start();
    const LoadResult viaRegistry = loadFile(path);
    CHECK(timer.elapsed() < chrono::test::boundMs(1000));
    CHECK_FALSE(viaRegistry.data);
    REQUIRE(viaRegistry.hasErrors());
    CHECK(viaRegistry.firstError().contains(QStringLiteral("the file is 2048 MiB; native JSON files are read up to 1024 MiB")));
    CHECK(viaRegistry.diagnostics[0].file == path);
    CHECK(MAX_NATIVE_JSON_BYTES == qint64(1) << 30);
}

TEST_CASE("Random and truncated input never crashes", "[core][json][errors]")
{
    QFile file(dataPath("native-sample.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    std::mt19937 rng(12345);
    for (int i = 0; i < 400; ++i) {
        QByteArray mutated = good;
        const int edits = 1 + int(rng() % 4);
        for (int k = 0; k < edits; ++k)
            mutated[int(rng() % mutated.size())] = char(rng() % 256);
        const LoadResult r = readNativeJson(mutated.left(int(rng() % (mutated.size() + 1))), QStringLiteral("m.json"));
        if (!r.data)
            REQUIRE(r.hasErrors());
        for (const Diagnostic& d : r.diagnostics)
            REQUIRE((d.line >= 1 || d.kind == Diagnostic::Kind::MoreNotShown));
    }
}

TEST_CASE("The tokenizer reads every JSON value kind", "[core][json][tokenizer]")
{
    const QByteArray text = R"( {"a": [true, false, null, -0.5e2, "x\u00e9\ud83d\ude00\n"], "b": {}} )";
    JsonTokenizer tok(text);
    const JsonToken expected[] = { JsonToken::ObjectBegin, JsonToken::Key, JsonToken::ArrayBegin, JsonToken::True,
        JsonToken::False, JsonToken::Null, JsonToken::Number, JsonToken::String, JsonToken::ArrayEnd, JsonToken::Key,
        JsonToken::ObjectBegin, JsonToken::ObjectEnd, JsonToken::ObjectEnd, JsonToken::End };
    for (JsonToken t : expected) {
        REQUIRE(tok.next() == t);
        if (t == JsonToken::Number)
            CHECK(tok.number() == -50.0);
        if (t == JsonToken::String)
            CHECK(tok.string() == QStringLiteral("x\u00e9\U0001F600\n"));
    }
    CHECK(tok.next() == JsonToken::End);

    JsonTokenizer underflow("1e-400");
    REQUIRE(underflow.next() == JsonToken::Number);
    CHECK(underflow.number() == 0.0);
}

TEST_CASE("Line index counts characters, not bytes", "[core][json][tokenizer]")
{
    const QByteArray text = "ab\n数据x\r\n\ny";
    const JsonLineIndex index(text);
    CHECK(index.locate(0).line == 1);
    CHECK(index.locate(1).column == 2);
    const JsonLocation x = index.locate(text.indexOf('x'));
    CHECK(x.line == 2);
    CHECK(x.column == 3);
    const JsonLocation y = index.locate(text.indexOf('y'));
    CHECK(y.line == 4);
    CHECK(y.column == 1);
    // Asking out of order still gives the right answer.
    CHECK(index.locate(text.indexOf('x')).column == 3);
}

TEST_CASE("Strings are scanned right at every position of the 8-byte fast path", "[core][json][tokenizer]")
{
    for (int k = 0; k < 20; ++k) {
        const QByteArray pad(k, 'a');
        INFO("prefix length " << k);
        const QByteArray plainText = "\"" + pad + "\""; // the tokenizer keeps a view: the bytes must outlive it
        JsonTokenizer plain(plainText);
        REQUIRE(plain.next() == JsonToken::String);
        CHECK(plain.stringBytes().size() == k);
        const QByteArray escapedText = "\"" + pad + "\\\"b\"";
        JsonTokenizer escaped(escapedText);
        REQUIRE(escaped.next() == JsonToken::String);
        CHECK(escaped.string() == QString::fromLatin1(pad + "\"b"));
        const QByteArray cjkText = "\"" + pad + "中\"";
        JsonTokenizer cjk(cjkText);
        REQUIRE(cjk.next() == JsonToken::String);
        CHECK(cjk.string() == QString::fromLatin1(pad) + QStringLiteral("中"));
        const QByteArray controlText = "\"" + pad + "\x1f" + "bbbbbbbbb\"";
        JsonTokenizer control(controlText);
        CHECK(control.next() == JsonToken::Error);
        CHECK(control.errorOffset() == k + 1);
        const QByteArray badText = "\"" + pad + "\xff" + "bbbbbbbbb\"";
        JsonTokenizer bad(badText);
        CHECK(bad.next() == JsonToken::Error);
        CHECK(bad.errorOffset() == k + 1);
    }
}
