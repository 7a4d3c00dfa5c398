// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/timebudget.h"
#include "core/io/csvtokenizer.h"

#include <catch2/catch.hpp>

#include <QtCore/QElapsedTimer>

using namespace chrono;

namespace {

/// All records of @p data as strings.
QList<QStringList> readRecords(const QByteArray& data, char delimiter = 0, CsvTokenizer** keep = nullptr)
{
    static std::unique_ptr<CsvTokenizer> last;
    static QByteArray buffer;
    buffer = data;
    last = std::make_unique<CsvTokenizer>(buffer, QStringLiteral("t.csv"), delimiter);
    QList<QStringList> out;
    while (last->next()) {
        QStringList row;
        for (const CsvField& f : last->fields())
            row.append(f.toString());
        out.append(row);
    }
    if (keep)
        *keep = last.get();
    return out;
}

} // namespace

TEST_CASE("CSV: plain records with their line and column", "[core][csv]")
{
    QByteArray data("a,bb,ccc\n1,22,333\n");
    CsvTokenizer t(data, QStringLiteral("t.csv"));
    REQUIRE(t.next());
    REQUIRE(t.fields().size() == 3);
    CHECK(t.fields()[2].toString() == QStringLiteral("ccc"));
    CHECK(t.fields()[2].line == 1);
    CHECK(t.fields()[2].column == 6);
    REQUIRE(t.next());
    CHECK(t.recordLine() == 2);
    CHECK(t.fields()[1].column == 3);
    CHECK_FALSE(t.next());
    CHECK_FALSE(t.hasError());
}

TEST_CASE("CSV: every line ending and none at the end", "[core][csv]")
{
    const auto data = GENERATE(QByteArray("a,b\nc,d\n"), QByteArray("a,b\r\nc,d\r\n"), QByteArray("a,b\r\nc,d\n"), QByteArray("a,b\rc,d"),
        QByteArray("a,b\nc,d"), QByteArray("a,b\n\n\nc,d\n\n"));
    const QList<QStringList> rows = readRecords(data);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == QStringList { QStringLiteral("a"), QStringLiteral("b") });
    CHECK(rows[1] == QStringList { QStringLiteral("c"), QStringLiteral("d") });
}

TEST_CASE("CSV: quoted fields with delimiters, doubled quotes and line breaks", "[core][csv]")
{
    CsvTokenizer* t = nullptr;
    const QList<QStringList> rows = readRecords("h1,h2,h3\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\nnext,\"\",x\r\n", 0, &t);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][0] == QStringLiteral("a,b"));
    CHECK(rows[1][1] == QStringLiteral("say \"hi\""));
    CHECK(rows[1][2] == QStringLiteral("two\nlines")); // CRLF inside quotes becomes LF
    CHECK(rows[2] == QStringList { QStringLiteral("next"), QString(), QStringLiteral("x") });
    CHECK(t->recordLine() == 4); // the quoted line break counts
}

TEST_CASE("CSV: empty fields and trailing delimiters", "[core][csv]")
{
    const QList<QStringList> rows = readRecords("a,,c,\n,\n");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].size() == 4);
    CHECK(rows[0][3].isEmpty());
    CHECK(rows[1] == QStringList { QString(), QString() });
}

TEST_CASE("CSV: the byte order mark is skipped and columns count code points", "[core][csv]")
{
    QByteArray data("\xef\xbb\xbf" "\xc3\xa9t\xc3\xa9,x\n");
    CsvTokenizer t(data, QStringLiteral("t.csv"));
    REQUIRE(t.next());
    CHECK(t.fields()[0].toString() == QString::fromUtf8("\xc3\xa9t\xc3\xa9"));
    CHECK(t.fields()[0].column == 1);
    CHECK(t.fields()[1].column == 5);
}

TEST_CASE("CSV: the delimiter is sniffed, quote-aware", "[core][csv]")
{
    struct Case {
        const char* data;
        char expected;
    };
    const auto c = GENERATE(Case { "a,b,c\n1,2,3\n", ',' }, Case { "a;b;c\n1;2;3\n", ';' }, Case { "a\tb\tc\n1\t2\t3\n", '\t' },
        Case { "\"x,y\";b\n\"1,5\";2\n\"3,5\";4\n", ';' }, Case { "title;note\n\"a, b, c\";1\n", ';' }, Case { "single\nvalue\n", ',' });
    CHECK(CsvTokenizer::sniffDelimiter(c.data) == c.expected);
}

TEST_CASE("CSV: an unbalanced quote is an error where the quote opened", "[core][csv]")
{
    QByteArray data("a,b\n1,2\nx,\"never closed\n3,4\n5,6\n");
    CsvTokenizer t(data, QStringLiteral("t.csv"));
    while (t.next()) { }
    REQUIRE(t.hasError());
    CHECK(t.error().line == 3);
    CHECK(t.error().column == 3);
    CHECK(t.error().kind == chrono::Diagnostic::Kind::Syntax);
    CHECK(t.error().file == QStringLiteral("t.csv"));
}

TEST_CASE("CSV: NUL bytes and invalid UTF-8 are errors with line and column", "[core][csv]")
{
    struct Case {
        QByteArray data;
        int line, column;
        const char* words;
    };
    const auto c = GENERATE(Case { QByteArray("a,b\nxy\0z,1\n", 11), 2, 3, "NUL" }, Case { QByteArray("a,b\n\xc3\xa9,\xff\n"), 2, 3, "UTF-8" },
        Case { QByteArray("a\r\nb\r\n\xe2\x82"), 3, 1, "UTF-8" }, Case { QByteArray("\xed\xa0\x80"), 1, 1, "UTF-8" });
    CsvTokenizer t(c.data, QStringLiteral("t.csv"));
    CHECK_FALSE(t.next());
    REQUIRE(t.hasError());
    CHECK(t.error().line == c.line);
    CHECK(t.error().column == c.column);
    CHECK(t.error().kind == chrono::Diagnostic::Kind::Syntax); // NUL bytes and bad UTF-8
}

TEST_CASE("CSV: a hostile huge line is refused quickly", "[core][csv]")
{
    QByteArray data("a,b\n");
    data.append(QByteArray(10 * 1024 * 1024, 'x'));
    data.append(",1\n");
    QElapsedTimer timer;
    timer.start();
    CsvTokenizer t(data, QStringLiteral("t.csv"));
    REQUIRE(t.next());
    CHECK_FALSE(t.next());
    REQUIRE(t.hasError());
    CHECK(t.error().line == 2);
    CHECK(t.error().kind == chrono::Diagnostic::Kind::Limit);
    CHECK(timer.elapsed() < chrono::test::boundMs(2000));

    QByteArray quoted("a\n\"");
    quoted.append(QByteArray(CSV_MAX_FIELD_BYTES + 10, 'y'));
    quoted.append("\"\n");
    CsvTokenizer q(quoted, QStringLiteral("q.csv"));
    REQUIRE(q.next());
    CHECK_FALSE(q.next());
    CHECK(q.hasError());
}

TEST_CASE("CSV: text after a closing quote is kept with a warning", "[core][csv]")
{
    CsvTokenizer* t = nullptr;
    const QList<QStringList> rows = readRecords("\"ab\"cd,e\n", 0, &t);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0][0] == QStringLiteral("abcd"));
    CHECK(rows[0][1] == QStringLiteral("e"));
    REQUIRE(t->warnings().size() == 1);
    CHECK(t->warnings()[0].column == 5);
}
