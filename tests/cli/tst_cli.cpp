// SPDX-License-Identifier: GPL-3.0-or-later
// The command line contract of DESIGN.md, exercised on the real binary.
#include "core/io/csvtokenizer.h"
#include "core/io/embedded.h"
#include "testconfig.h"

#include <QtCore/QSet>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>

#include <catch2/catch.hpp>

using namespace chrono;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run chronoscope(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHRONOSCOPE_BINARY), args);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString dataFile(const char* name)
{
    return QDir(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR)).filePath(QString::fromUtf8(name));
}

// Share of pixels that differ from the most common colour: 0 for a blank image.
double inkRatio(const QImage& image)
{
    const QRgb background = image.pixel(1, 1);
    qint64 ink = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            ink += image.pixel(x, y) != background;
    }
    return double(ink) / (double(image.width() / 2) * (image.height() / 2));
}

} // namespace

TEST_CASE("version and help answer without a window", "[cli]")
{
    const Run v = chronoscope({ QStringLiteral("--version") });
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith(QStringLiteral("chronoscope ")));
    const Run h = chronoscope({ QStringLiteral("--help") });
    CHECK(h.exitCode == 0);
    CHECK(h.out.contains(QStringLiteral("chronoscope export")));
    CHECK(chronoscope({ QStringLiteral("--bogus") }).exitCode == 2);
}

TEST_CASE("list prints id, tab, name for the embedded dataset", "[cli]")
{
    const Run events = chronoscope({ QStringLiteral("list"), QStringLiteral("events") });
    REQUIRE(events.exitCode == 0);
    const QStringList lines = events.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() >= 100);
    for (const QString& line : lines)
        REQUIRE(line.count(u'\t') == 1);
    const Run companies = chronoscope({ QStringLiteral("list"), QStringLiteral("companies") });
    CHECK(companies.out.split(u'\n', Qt::SkipEmptyParts).size() >= 8);
    CHECK(companies.out.contains(QStringLiteral("deepseek\t")));
    CHECK(chronoscope({ QStringLiteral("list"), QStringLiteral("nonsense") }).exitCode == 2);
}

TEST_CASE("export writes a timeline PNG of the asked size that is not blank", "[cli][export]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("t.png"));
    const Run r = chronoscope({ QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("timeline"),
        QStringLiteral("--size"), QStringLiteral("1200x675"), QStringLiteral("-o"), out });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(out));
    const QImage image(out);
    REQUIRE(image.size() == QSize(1200, 675));
    CHECK(inkRatio(image) > 0.05);
}

TEST_CASE("export of a usage-share chart draws a real chart", "[cli][export]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("c.png"));
    const Run r = chronoscope({ QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("chart:similarweb-share"),
        QStringLiteral("--scale"), QStringLiteral("2"), QStringLiteral("--size"), QStringLiteral("800x450"), QStringLiteral("-o"), out });
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QImage image(out);
    REQUIRE(image.size() == QSize(1600, 900));
    CHECK(inkRatio(image) > 0.03);
}

TEST_CASE("export SVG keeps labels and footer as text, PDF opens", "[cli][export]")
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("t.svg"));
    REQUIRE(chronoscope({ QStringLiteral("export"), QStringLiteral("-o"), svg }).exitCode == 0);
    QFile f(svg);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    CHECK(text.contains(QStringLiteral("<svg")));
    CHECK(text.contains(QStringLiteral("Source:")));
    CHECK(text.contains(QStringLiteral("DeepSeek")));
    const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
    REQUIRE(chronoscope({ QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("report"), QStringLiteral("-o"), pdf }).exitCode == 0);
    QFile p(pdf);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("two exports with the same options are byte-identical", "[cli][export]")
{
    QTemporaryDir dir;
    for (const char* suffix : { "png", "svg" }) {
        const QString a = dir.filePath(QStringLiteral("a.") + QLatin1String(suffix));
        const QString b = dir.filePath(QStringLiteral("b.") + QLatin1String(suffix));
        REQUIRE(chronoscope({ QStringLiteral("export"), QStringLiteral("-o"), a }).exitCode == 0);
        REQUIRE(chronoscope({ QStringLiteral("export"), QStringLiteral("-o"), b }).exitCode == 0);
        QFile fa(a), fb(b);
        REQUIRE(fa.open(QIODevice::ReadOnly));
        REQUIRE(fb.open(QIODevice::ReadOnly));
        CHECK(fa.readAll() == fb.readAll());
    }
}

TEST_CASE("The company filter exports exactly that company's events as CSV", "[cli][filter]")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("deepseek.csv"));
    const Run r = chronoscope({ QStringLiteral("export"), QStringLiteral("--company"), QStringLiteral("DEEPSEEK"), QStringLiteral("-o"), out });
    REQUIRE(r.exitCode == 0);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CsvTokenizer csv(bytes, out);
    REQUIRE(csv.next());
    QStringList header;
    for (const CsvField& field : csv.fields())
        header.append(field.toString());
    const auto companyColumn = header.indexOf(QStringLiteral("company"));
    const auto idColumn = header.indexOf(QStringLiteral("id"));
    REQUIRE(companyColumn >= 0);
    REQUIRE(idColumn >= 0);
    QSet<QString> ids;
    while (csv.next()) {
        REQUIRE(csv.fields().size() == size_t(header.size()));
        CHECK(csv.fields()[size_t(companyColumn)].toString() == QStringLiteral("deepseek"));
        ids.insert(csv.fields()[size_t(idColumn)].toString());
    }
    REQUIRE_FALSE(csv.hasError());
    // Exactly the matching events: every DeepSeek event of the dataset, nothing else.
    const LoadResult embedded = loadEmbeddedDataset();
    REQUIRE(embedded.ok());
    QSet<QString> expected;
    const Dataset& ds = *embedded.data;
    const int deepseek = ds.companyIndex(u"deepseek");
    for (int i = 0; i < ds.eventCount(); ++i) {
        if (ds.companyColumn()[size_t(i)] == deepseek)
            expected.insert(ds.eventId(i).toString());
    }
    CHECK(ids == expected);
    CHECK(ids.size() > 10);
}

TEST_CASE("an unknown company is refused with exit 2 and the valid ids", "[cli][filter]")
{
    QTemporaryDir dir;
    const Run r = chronoscope({ QStringLiteral("export"), QStringLiteral("--company"), QStringLiteral("nosuchlab"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.png")) });
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("nosuchlab")));
    CHECK(r.err.contains(QStringLiteral("deepseek")));
}

TEST_CASE("Timings print one line per stage in the contract's form", "[cli][timings]")
{
    QTemporaryDir dir;
    const Run r = chronoscope({ QStringLiteral("export"), QStringLiteral("--timings"), QStringLiteral("-o"), dir.filePath(QStringLiteral("t.png")) });
    REQUIRE(r.exitCode == 0);
    for (const char* stage : { "load", "filter", "layout", "render", "write" }) {
        const QRegularExpression re(QStringLiteral("^timing: %1 \\d+ ms$").arg(QLatin1String(stage)), QRegularExpression::MultilineOption);
        CHECK(re.match(r.err).hasMatch());
    }
}

TEST_CASE("validate reports a broken file with line and column and exits 1", "[cli][validate]")
{
    const QString broken = dataFile("broken-date.json");
    REQUIRE(QFile::exists(broken));
    const Run r = chronoscope({ QStringLiteral("validate"), broken });
    CHECK(r.exitCode == 1);
    const QRegularExpression re(QStringLiteral("broken-date\\.json:\\d+:\\d+: error: "));
    CHECK(re.match(r.out).hasMatch());
    const Run ok = chronoscope({ QStringLiteral("validate") });
    INFO(ok.out.toStdString());
    CHECK(ok.exitCode == 0);
    CHECK_FALSE(ok.out.contains(QStringLiteral("no source")));
}

TEST_CASE("validate on real samples and every import format: exit status, grouped warnings, whole lines", "[cli][validate][samples]")
{
    struct Case {
        const char* file; ///< under tests/data
        int exitCode; ///< 1 when loading would leave something out
        const char* mustContain;
    };
    const auto c = GENERATE(Case { "samples/statcounter_browser_ww_monthly_200807-201508.csv", 0, "no event or series point names a source (2" },
        Case { "samples/timelinejs_women_in_computing.json", 0, "no event or series point names a source" },
        Case { "samples/thetimelineproj_versions.timeline", 0, "no event or series point names a source" },
        Case { "samples/owid_technology_diffusion_long.csv", 0, "no event or series point names a source" },
        Case { "samples/epoch_notable_ai_models.csv", 0, "3 events name no source (of 954); the first: event \"row-2863\" names no source" },
        Case { "import/vis_groups.json", 1, "vis_groups.json:" }, Case { "import/markwhen_small.mw", 1, "markwhen_small.mw:25:1: error: " },
        Case { "import/bilingual_events.json", 1, "bilingual_events.json:42:" }, Case { "import/timeline_old.timeline", 1, "timeline_old.timeline:10:7: error: " });
    const QString path = dataFile(c.file);
    REQUIRE(QFile::exists(path));
    const Run r = chronoscope({ QStringLiteral("validate"), path });
    INFO(c.file << "\nstdout:\n" << r.out.toStdString() << "stderr:\n" << r.err.toStdString());
    CHECK(r.exitCode == c.exitCode);
    CHECK(r.out.contains(QString::fromUtf8(c.mustContain)));
    // Every line ends with a newline, none is printed twice, and thousands of equal findings are a few lines.
    CHECK((r.out.isEmpty() || r.out.endsWith(u'\n')));
    CHECK(r.err.endsWith(u'\n'));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(QSet<QString>(lines.cbegin(), lines.cend()).size() == lines.size());
    CHECK(lines.size() <= 12);
    // Warnings are for what is kept: whatever is left out is an error line.
    for (const QString& line : lines) {
        if (line.contains(QStringLiteral("skipped")) || line.contains(QStringLiteral("left out")))
            CHECK(line.contains(QStringLiteral(": error: ")));
    }
}

TEST_CASE("bad usage exits 2", "[cli]")
{
    CHECK(chronoscope({ QStringLiteral("export") }).exitCode == 2);
    CHECK(chronoscope({ QStringLiteral("export"), QStringLiteral("-o"), QStringLiteral("x.docx") }).exitCode == 2);
    CHECK(chronoscope({ QStringLiteral("export"), QStringLiteral("--size"), QStringLiteral("huge"), QStringLiteral("-o"), QStringLiteral("x.png") }).exitCode == 2);
    CHECK(chronoscope({ QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("chart:nope"), QStringLiteral("-o"), QStringLiteral("x.png") }).exitCode == 2);
}
