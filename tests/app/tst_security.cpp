// SPDX-License-Identifier: GPL-3.0-or-later
// Untrusted data stays data (DESIGN.md, "Safety"): markup in titles is shown and exported as
// text, only http/https links are ever offered, exported CSV cells cannot become formulas, and
// the program opens no network connection.
#include "testconfig.h"

#include "app/pages/eventdetails.h"
#include "app/state/documentstate.h"
#include "core/io/builtinreaders.h"
#include "core/io/dataexport.h"
#include "core/io/jsonwriter.h"
#include "core/io/readerregistry.h"

#include <QtCore/QBuffer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtWidgets/QLabel>

#include <catch2/catch.hpp>

using namespace chrono;

namespace {

const QString IMG = QStringLiteral("<img src=x onerror=alert(1)>");
const QString ANCHOR = QStringLiteral("<a href=\"javascript:alert(1)\">x</a>");

/// Two key events whose titles, description, links and source are attacks.
DatasetPtr hostileDataset()
{
    DatasetBuilder b;
    b.meta().title.en = QStringLiteral("<script>alert('meta')</script>");
    b.addCompany(Company { QStringLiteral("evil"), LocalizedText { QStringLiteral("<b>Evil</b> Corp"), {} }, QString() });
    b.addSource(Source { QStringLiteral("s"), QStringLiteral("<i>Publisher</i>"), QStringLiteral("<img src=y>"), Date::fromYmd(2025, 1, 1),
        QStringLiteral("javascript:alert(2)") });
    Event a;
    a.id = QStringLiteral("img");
    a.start = Date::fromYmd(2025, 1, 20);
    a.company = QStringLiteral("evil");
    a.title.en = IMG;
    a.description.en = QStringLiteral("<script>alert(3)</script>");
    a.importance = 5;
    a.sources = { QStringLiteral("s") };
    a.links = { QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"), QStringLiteral("https://example.org/ok"),
        QStringLiteral("data:text/html,<script>alert(4)</script>") };
    b.addEvent(a);
    Event c = a;
    c.id = QStringLiteral("anchor");
    c.start = Date::fromYmd(2025, 3, 1);
    c.title.en = ANCHOR;
    c.links = { QStringLiteral("JAVASCRIPT:alert(1)"), QStringLiteral("http://example.org/plain") };
    b.addEvent(c);
    return b.build();
}

QString writeHostileFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("hostile.json"));
    QString error;
    REQUIRE(saveNativeJsonAtomically(*hostileDataset(), path, &error));
    return path;
}

int runChronoscope(const QStringList& args, QString* out = nullptr)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHRONOSCOPE_BINARY), args);
    REQUIRE(p.waitForFinished(120000));
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString readText(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("Only http and https URLs with a host are openable", "[app][security]")
{
    using ui::EventDetails;
    CHECK(EventDetails::isOpenableUrl(QStringLiteral("https://example.org/a?b=c")));
    CHECK(EventDetails::isOpenableUrl(QStringLiteral("http://example.org")));
    CHECK(EventDetails::isOpenableUrl(QStringLiteral("HTTPS://EXAMPLE.ORG/")));
    const char* refused[] = { "javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "file:///etc/passwd",
        "file://host/share", "data:text/html,<script>alert(1)</script>", "ftp://example.org/", "vbscript:msgbox(1)",
        "http:/no-host", "https://", "//example.org/protocol-relative", "example.org", "", "mailto:a@example.org",
        "smb://server/share", "jar:file:///x!/y" };
    for (const char* url : refused) {
        INFO(url);
        CHECK_FALSE(EventDetails::isOpenableUrl(QString::fromUtf8(url)));
    }
}

TEST_CASE("Markup in titles is shown as plain text and only web links are offered", "[app][security]")
{
    ui::DocumentState state;
    ui::EventDetails details(&state);
    state.setDataset(hostileDataset(), QStringLiteral("hostile.json"));
    const DatasetPtr ds = state.dataset();
    REQUIRE(ds);
    for (const QString& id : { QStringLiteral("img"), QStringLiteral("anchor") }) {
        const int index = ds->eventIndex(id);
        REQUIRE(index >= 0);
        state.setSelectedEvent(index);
        INFO(id.toStdString());
        CHECK(details.titleText() == (id == u"img" ? IMG : ANCHOR));
        CHECK(details.descriptionText() == QStringLiteral("<script>alert(3)</script>"));
        // Every label showing data text must be plain text: QLabel's AutoText would render it.
        bool titleShown = false;
        for (const QLabel* label : details.findChildren<QLabel*>()) {
            if (label->text() == details.titleText()) {
                titleShown = true;
                CHECK(label->textFormat() == Qt::PlainText);
            }
            if (label->textFormat() != Qt::PlainText) {
                // The one rich-text label (sources) is built from escaped pieces.
                INFO(label->text().toStdString());
                CHECK_FALSE(label->text().contains(QStringLiteral("<img"), Qt::CaseInsensitive));
                CHECK_FALSE(label->text().contains(QStringLiteral("<script"), Qt::CaseInsensitive));
                CHECK_FALSE(label->text().contains(QRegularExpression(QStringLiteral("href=\"(?!https?://)"), QRegularExpression::CaseInsensitiveOption)));
            }
        }
        CHECK(titleShown);
        for (const QString& link : details.linkTargets()) {
            INFO(link.toStdString());
            CHECK(ui::EventDetails::isOpenableUrl(link));
        }
        CHECK(details.linkTargets() == (id == u"img" ? QStringList { QStringLiteral("https://example.org/ok") }
                                                     : QStringList { QStringLiteral("http://example.org/plain") }));
    }
}

TEST_CASE("A third-party file with script titles loads and shows as text", "[app][security]")
{
    registerBuiltinReaders();
    const QString path = QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/hostile/native_html_title.json");
    const LoadResult r = loadFile(path);
    INFO(r.firstError().toStdString());
    REQUIRE(r.ok());
    ui::DocumentState state;
    ui::EventDetails details(&state);
    state.setDataset(r.data, path);
    const int index = r.data->eventIndex(QStringLiteral("y"));
    REQUIRE(index >= 0);
    state.setSelectedEvent(index);
    CHECK(details.titleText() == ANCHOR);
    CHECK(details.linkTargets() == QStringList { QStringLiteral("https://example.org/ok") });
}

TEST_CASE("Exported SVG holds titles as escaped text, never as markup", "[app][security][export]")
{
    QTemporaryDir dir;
    const QString input = writeHostileFile(dir);
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    QString log;
    REQUIRE(runChronoscope({ QStringLiteral("export"), QStringLiteral("--input"), input, QStringLiteral("--size"), QStringLiteral("1600x900"),
                QStringLiteral("-o"), svg },
                &log)
        == 0);
    const QString text = readText(svg);
    INFO(log.toStdString());
    CHECK(text.contains(QStringLiteral("&lt;img")));
    // QSvgGenerator's <title> and <desc> take the text verbatim: the exporter must escape it.
    CHECK(text.contains(QStringLiteral("<title>&lt;script&gt;alert('meta')&lt;/script&gt;</title>")));
    CHECK(text.contains(QStringLiteral("&lt;a href=")));
    for (const char* tag : { "<img", "<a ", "<script", "<foreignObject", "javascript:alert(1)\"" }) {
        INFO(tag);
        CHECK_FALSE(text.contains(QLatin1String(tag), Qt::CaseInsensitive));
    }
}

TEST_CASE("Exported CSV neutralises cells that a spreadsheet would run", "[app][security][export]")
{
    DatasetBuilder b;
    const QStringList titles = { QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"), QStringLiteral("+1+1"), QStringLiteral("-2+3"),
        QStringLiteral("@SUM(A1:A2)"), QStringLiteral("\t=1"), QStringLiteral("\r=1"), QStringLiteral("plain, with comma") };
    for (int i = 0; i < titles.size(); ++i) {
        Event e;
        e.id = QStringLiteral("e%1").arg(i);
        e.start = Date::fromYmd(2025, 1, 1 + i);
        e.title.en = titles[i];
        b.addEvent(e);
    }
    const DatasetPtr ds = b.build();
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(writeEventsCsv(*ds, EventMask(size_t(ds->eventCount()), 1), Language::English, buffer));
    const QString csv = QString::fromUtf8(buffer.data());
    INFO(csv.toStdString());
    // Spreadsheets look at the first character of a cell's value, quoted or not.
    const QRegularExpression formulaCell(QStringLiteral("(^|,)\"?[=+\\-@]"));
    const QStringList rows = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(rows.size() == titles.size() + 1);
    for (const QString& row : rows.mid(1)) {
        INFO(row.toStdString());
        CHECK_FALSE(formulaCell.match(row).hasMatch());
    }
    for (const char* neutralised : { "'=HYPERLINK", "'+1+1", "'-2+3", "'@SUM", "'\t=1", "\"plain, with comma\"" }) {
        INFO(neutralised);
        CHECK(csv.contains(QString::fromUtf8(neutralised)));
    }
    CHECK(csvCell(QStringLiteral("=1")) == QStringLiteral("'=1"));
    CHECK(csvCell(QStringLiteral("safe")) == QStringLiteral("safe"));

    // The same through the command line, from a CSV that carries a formula title.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QString log;
    REQUIRE(runChronoscope({ QStringLiteral("export"), QStringLiteral("--input"), QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/hostile/csv_formula_title.csv"),
                QStringLiteral("-o"), out },
                &log)
        == 0);
    const QString exported = readText(out);
    INFO(exported.toStdString());
    CHECK(exported.contains(QStringLiteral("'=HYPERLINK")));
    for (const QString& row : exported.split(QRegularExpression(QStringLiteral("\r?\n")), Qt::SkipEmptyParts).mid(1)) {
        INFO(row.toStdString());
        CHECK_FALSE(formulaCell.match(row).hasMatch());
    }
}

TEST_CASE("The program opens no network connection", "[app][security]")
{
    // Static: the binary does not link Qt Network, so QNetworkAccessManager, QTcpSocket and
    // friends cannot be reached at all.
    QProcess ldd;
    ldd.start(QStringLiteral("ldd"), { QStringLiteral(CHRONOSCOPE_BINARY) });
    REQUIRE(ldd.waitForFinished(30000));
    const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
    REQUIRE(libs.contains(QStringLiteral("libQt6Core")));
    CHECK_FALSE(libs.contains(QStringLiteral("libQt6Network")));

    // Dynamic: an import and export under strace opens no IPv4/IPv6 socket (local AF_UNIX ones,
    // e.g. to D-Bus or fontconfig, are not network connections).
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty()) {
        WARN("strace is not installed: only the static check ran");
        return;
    }
    QTemporaryDir dir;
    const QString input = writeHostileFile(dir);
    const QString trace = dir.filePath(QStringLiteral("trace.txt"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // LeakSanitizer cannot run under ptrace (asan builds): the leak check is other tests' job.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"), asan.isEmpty() ? QStringLiteral("detect_leaks=0") : asan + QStringLiteral(":detect_leaks=0"));
    p.setProcessEnvironment(env);
    p.start(strace, { QStringLiteral("-f"), QStringLiteral("-e"), QStringLiteral("trace=socket,connect,sendto,sendmsg"), QStringLiteral("-o"), trace,
                        QStringLiteral(CHRONOSCOPE_BINARY), QStringLiteral("export"), QStringLiteral("--input"), input, QStringLiteral("--view"),
                        QStringLiteral("report"), QStringLiteral("-o"), dir.filePath(QStringLiteral("r.pdf")) });
    REQUIRE(p.waitForFinished(120000));
    const QString log = readText(trace);
    if (p.exitCode() != 0 && log.contains(QStringLiteral("PTRACE"))) {
        WARN("strace cannot trace here (ptrace refused): only the static check ran");
        return;
    }
    CHECK(p.exitCode() == 0);
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("exited with 0")));
    CHECK_FALSE(log.contains(QStringLiteral("AF_INET"))); // and AF_INET6
}
