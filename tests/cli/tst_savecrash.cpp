// SPDX-License-Identifier: GPL-3.0-or-later
// Crash-safe saving: a child process saves a large dataset over and over through
// saveNativeJsonAtomically() (QSaveFile) and is killed with SIGKILL at random moments. After
// every kill the file on disk must be complete: the generation announced last, or the next one
// (whose rename may have happened just before the kill), never a torn mix or a partial file.
#include "../common/timebudget.h"
#include "core/io/jsonreader.h"

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>

#include <catch2/catch.hpp>

#include <random>

using namespace chrono;

namespace {

constexpr int EVENTS = 4000; // ~1 MB of JSON: a save takes long enough to be hit mid-write
constexpr int ITERATIONS = 50;

/// The generation a complete file holds, or -1 with `why` set.
int generationOnDisk(const QString& path, QString& why)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        why = f.errorString();
        return -1;
    }
    const LoadResult r = readNativeJson(f, QStringLiteral("stress.json"));
    if (!r.ok()) {
        why = r.firstError();
        return -1;
    }
    const QString title = r.data->meta().title.en;
    if (!title.startsWith(QStringLiteral("generation "))) {
        why = QStringLiteral("unexpected title ") + title;
        return -1;
    }
    const QString tag = title.mid(11);
    if (r.data->eventCount() != EVENTS) {
        why = QStringLiteral("%1 events instead of %2").arg(r.data->eventCount()).arg(EVENTS);
        return -1;
    }
    for (int i = 0; i < r.data->eventCount(); ++i) {
        if (r.data->description(i, Language::English) != tag) {
            why = QStringLiteral("event %1 is from another generation").arg(i);
            return -1;
        }
    }
    return tag.toInt();
}

/// Milliseconds from starting a saving child to its first announced save, in this build (an
/// ASan build starts and saves several times slower): the kill delays are drawn around it.
/// Leaves a first complete file (generation `first`) at `path`.
qint64 timeToFirstSave(const QString& path, int first)
{
    QProcess child;
    QElapsedTimer timer;
    timer.start();
    child.start(QStringLiteral(CHRONOSCOPE_SAVESTRESS), { path, QString::number(EVENTS), QString::number(first) });
    QByteArray out;
    while (!out.contains("saved ") && child.waitForReadyRead(int(chrono::test::boundMs(30000))))
        out += child.readAllStandardOutput();
    const qint64 ms = timer.elapsed();
    child.kill();
    child.waitForFinished(int(chrono::test::boundMs(5000)));
    return out.contains("saved ") ? ms : -1;
}

} // namespace

TEST_CASE("A save killed at any moment leaves the old or the new file, never a torn one", "[cli][savecrash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("stress.json"));
    const qint64 firstSave = timeToFirstSave(path, 1);
    REQUIRE(firstSave > 0);
    QString why;
    int previous = generationOnDisk(path, why);
    REQUIRE(previous >= 1);
    // From half the time to the first save (killed before any rename: the old file stays) to
    // three times it (killed during a later save, at any point of it).
    std::mt19937 rng(20250120);
    std::uniform_int_distribution<int> delayMs(int(firstSave / 2), int(firstSave * 3));
    QElapsedTimer total;
    total.start();
    int killedMidSave = 0, checked = 0;
    for (int i = 0; i < ITERATIONS; ++i) {
        // Each run counts its generations from its own base, so no two runs write the same one.
        const int first = (i + 1) * 100000;
        QProcess child;
        child.start(QStringLiteral(CHRONOSCOPE_SAVESTRESS), { path, QString::number(EVENTS), QString::number(first) });
        REQUIRE(child.waitForStarted(5000));
        QThread::msleep(ulong(delayMs(rng)));
        child.kill(); // SIGKILL: no handler, no flush, no cleanup
        REQUIRE(child.waitForFinished(int(chrono::test::boundMs(5000))));
        CHECK(child.exitStatus() == QProcess::CrashExit);
        const QString out = QString::fromLatin1(child.readAllStandardOutput());
        int announced = 0;
        const QRegularExpression saved(QStringLiteral("saved (\\d+)"));
        for (auto it = saved.globalMatch(out); it.hasNext();)
            announced = it.next().captured(1).toInt();
        REQUIRE(QFile::exists(path)); // the calibration run left a complete file
        const int onDisk = generationOnDisk(path, why);
        INFO("iteration " << i << ": announced " << announced << ", on disk " << onDisk << " " << why.toStdString());
        REQUIRE(onDisk > 0);
        if (announced > 0) {
            // The last completed save, or the next one whose rename beat the kill.
            CHECK((onDisk == announced || onDisk == announced + 1));
            killedMidSave += onDisk == announced;
        } else {
            // Nothing completed in this run: the previous file, or this run's first save.
            CHECK((onDisk == previous || onDisk == first));
        }
        previous = onDisk;
        ++checked;
    }
    INFO("killed mid-save " << killedMidSave << " of " << checked);
    CHECK(checked == ITERATIONS);
    CHECK(total.elapsed() < chrono::test::boundMs(90000));
    // QSaveFile's temporary files may be left behind by a kill; they must never be the target.
    const QStringList leftovers = QDir(dir.path()).entryList(QDir::Files);
    WARN("first save after " << firstSave << " ms; " << checked << " kills checked, " << killedMidSave << " between two announced saves, " << leftovers.size() - 1 << " temporary files left, "
                 << total.elapsed() << " ms");
}
