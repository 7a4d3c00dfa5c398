// SPDX-License-Identifier: GPL-3.0-or-later
// `chronoscope validate` on every file of the hostile corpus (tests/data/hostile/MANIFEST.tsv)
// and on huge files made at test time: the right exit status, the first problem as
// FILE:LINE:COLUMN: error:, a few seconds at most, and bounded memory. Peak memory is measured
// with GNU time (/usr/bin/time -f %M, the child's maximum resident set) when it is installed.
#include "../common/hostilemanifest.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>

namespace {

constexpr qint64 MAX_MS = 5000; ///< per file, generous for a Debug build on a loaded machine
constexpr qint64 MAX_RSS_KB = 512 * 1024;
constexpr int PARALLEL = 4;

const QString GNU_TIME = QStringLiteral("/usr/bin/time");

struct Run {
    QString file;
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    qint64 ms = 0;
    qint64 maxRssKb = -1; ///< -1 when not measured
};

/// Runs `chronoscope validate` on each file, PARALLEL at a time.
std::vector<Run> validateAll(const QStringList& files)
{
    const bool timed = QFileInfo(GNU_TIME).isExecutable();
    std::vector<Run> runs(size_t(files.size()));
    for (int begin = 0; begin < files.size(); begin += PARALLEL) {
        std::vector<std::unique_ptr<QProcess>> batch;
        std::vector<QElapsedTimer> timers;
        const int end = std::min(int(files.size()), begin + PARALLEL);
        for (int i = begin; i < end; ++i) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            p->setProcessEnvironment(env);
            QStringList args { QStringLiteral("validate"), files[i] };
            timers.emplace_back();
            timers.back().start();
            if (timed)
                p->start(GNU_TIME, QStringList { QStringLiteral("-f"), QStringLiteral("MAXRSS_KB %M"), QStringLiteral(CHRONOSCOPE_BINARY) } + args);
            else
                p->start(QStringLiteral(CHRONOSCOPE_BINARY), args);
            batch.push_back(std::move(p));
        }
        for (int i = begin; i < end; ++i) {
            QProcess& p = *batch[size_t(i - begin)];
            Run& r = runs[size_t(i)];
            r.file = files[i];
            const bool finished = p.waitForFinished(60000);
            r.ms = timers[size_t(i - begin)].elapsed();
            if (!finished)
                p.kill();
            r.crashed = !finished || p.exitStatus() != QProcess::NormalExit;
            r.exitCode = r.crashed ? -1 : p.exitCode();
            r.out = QString::fromUtf8(p.readAllStandardOutput());
            r.err = QString::fromUtf8(p.readAllStandardError());
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("MAXRSS_KB (\\d+)")).match(r.err);
            if (m.hasMatch())
                r.maxRssKb = m.captured(1).toLongLong();
            // GNU time reports a signal as "Command terminated by signal N".
            if (r.err.contains(QStringLiteral("terminated by signal")))
                r.crashed = true;
        }
    }
    return runs;
}

/// The first output line of the given severity ("error" or "warning").
QString firstLine(const QString& out, const QString& severity)
{
    const QString marker = QStringLiteral(": ") + severity + QStringLiteral(": ");
    for (const QString& line : out.split(u'\n')) {
        if (line.contains(marker))
            return line;
    }
    return {};
}

void checkResources(const Run& r)
{
    CHECK_FALSE(r.crashed);
    CHECK(r.ms < MAX_MS);
    if (r.maxRssKb >= 0)
        CHECK(r.maxRssKb < MAX_RSS_KB);
}

} // namespace

TEST_CASE("validate reports the first problem of every hostile file at its line and column", "[cli][hostile]")
{
    const QList<hostile::Entry> entries = hostile::manifest();
    REQUIRE(entries.size() >= 60);
    QStringList files;
    for (const hostile::Entry& e : entries)
        files.append(e.path());
    const std::vector<Run> runs = validateAll(files);
    qint64 slowest = 0, biggest = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const hostile::Entry& e = entries[i];
        const Run& r = runs[size_t(i)];
        slowest = std::max(slowest, r.ms);
        biggest = std::max(biggest, r.maxRssKb);
        INFO(e.file.toStdString() << " (" << e.description.toStdString() << "), " << r.ms << " ms, " << r.maxRssKb << " KB");
        INFO("stdout:\n" << r.out.toStdString() << "stderr:\n" << r.err.toStdString());
        checkResources(r);
        if (e.expect == u"ok") {
            CHECK(r.exitCode == 0);
            CHECK(firstLine(r.out, QStringLiteral("error")).isEmpty());
            continue;
        }
        // What loading would leave out is an error for validate: the exit status says data would be lost.
        const bool dropped = e.expect == u"dropped";
        const QString severity = dropped ? QStringLiteral("error") : e.expect;
        CHECK(r.exitCode == (e.expect == u"error" || dropped ? 1 : 0));
        const QString line = firstLine(r.out, severity);
        CHECK_FALSE(line.isEmpty());
        // FILE:LINE:COLUMN: severity: message; an unpinned column may also be unknown (left out).
        const QString column = e.column > 0 ? u':' + QString::number(e.column) : QStringLiteral("(:\\d+)?");
        const QRegularExpression where(u'^' + QRegularExpression::escape(e.path()) + u':' + QString::number(e.line) + column
            + QStringLiteral(": ") + severity + QStringLiteral(": \\S"));
        CHECK(where.match(line).hasMatch());
    }
    WARN("hostile corpus: " << entries.size() << " files, slowest " << slowest << " ms, largest peak RSS " << biggest << " KB");
}

TEST_CASE("validate refuses huge files quickly, without reading them into memory", "[cli][hostile][big]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QStringList files;
    // A 10 MB CSV record on one line.
    files.append(dir.filePath(QStringLiteral("long_line.csv")));
    {
        QFile f(files.last());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("title,start\n");
        f.write(QByteArray(10 * 1024 * 1024, 'x'));
    }
    // 2 GiB sparse files (no disk used) that start like each format.
    const std::pair<const char*, QByteArray> sparse[] = { { "sparse_2g.csv", "title,start\nA,2025-01-01\n" },
        { "sparse_2g.json", "{\"format\":\"chronoscope\",\"version\":1,\"events\":[" }, { "sparse_2g_records.json", "[{\"title\":\"a\"," },
        { "sparse_2g.timeline", "<?xml version=\"1.0\"?>\n<timeline><timetype>gregoriantime</timetype><events>" } };
    for (const auto& [name, head] : sparse) {
        files.append(dir.filePath(QLatin1String(name)));
        QFile f(files.last());
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(head);
        REQUIRE(f.resize(qint64(2) * 1024 * 1024 * 1024));
    }
    const std::vector<Run> runs = validateAll(files);
    for (const Run& r : runs) {
        INFO(r.file.toStdString() << ": " << r.ms << " ms, " << r.maxRssKb << " KB\nstdout:\n" << r.out.toStdString() << "stderr:\n" << r.err.toStdString());
        checkResources(r);
        CHECK(r.exitCode == 1);
        const QString line = firstLine(r.out, QStringLiteral("error"));
        CHECK(line.startsWith(r.file + u':'));
        if (r.file.contains(QStringLiteral("sparse"))) {
            CHECK(r.ms < 3000);
            if (r.maxRssKb >= 0)
                CHECK(r.maxRssKb < 256 * 1024); // far below the 2 GiB a full read would take
        } else {
            CHECK(line.startsWith(r.file + QStringLiteral(":2:")));
        }
    }
}

TEST_CASE("validate of the whole corpus in one run names every broken file", "[cli][hostile]")
{
    QStringList files;
    for (const hostile::Entry& e : hostile::manifest()) {
        if (e.expect == u"error")
            files.append(e.path());
    }
    QProcess p;
    p.start(QStringLiteral(CHRONOSCOPE_BINARY), QStringList { QStringLiteral("validate"), QStringLiteral("--quiet") } + files);
    REQUIRE(p.waitForFinished(60000));
    CHECK(p.exitStatus() == QProcess::NormalExit);
    CHECK(p.exitCode() == 1);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString& f : files) {
        INFO(f.toStdString());
        CHECK(out.contains(f + u':'));
    }
}
