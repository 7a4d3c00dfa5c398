// SPDX-License-Identifier: GPL-3.0-or-later
// Autosave never misses a dirty state: an editing session in a child process
// (tests/tools/autosavechild.cpp) is walked to each moment where the document differs from its
// file — undo to the saved state then redo, an edit after a failed save, an edit while the
// autosave thread is writing, a Save in progress — and killed with SIGKILL. The next session
// must recover the edit.
#include "../common/timebudget.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>

#include <catch2/catch.hpp>

namespace {

constexpr int INTERVAL_MS = 200;

/// One child session with its autosaves in `dir`/data.
class Session {
public:
    explicit Session(const QTemporaryDir& dir)
        : m_dir(dir.path())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir + QStringLiteral("/data"));
        m_child.setProcessEnvironment(env);
        m_child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    }
    ~Session()
    {
        if (m_child.state() != QProcess::NotRunning) {
            m_child.kill();
            m_child.waitForFinished(5000);
        }
    }
    void start(const char* scenario, int events)
    {
        m_child.start(QStringLiteral(CHRONOSCOPE_AUTOSAVECHILD), { m_dir, QString::fromLatin1(scenario), QString::number(events), QString::number(INTERVAL_MS) });
        REQUIRE(m_child.waitForStarted(5000));
    }
    /// Waits for a line starting with `prefix`; false on timeout or exit.
    bool waitFor(const QByteArray& prefix, qint64 ms = chrono::test::boundMs(20000))
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            while (m_child.canReadLine()) {
                const QByteArray line = m_child.readLine().trimmed();
                m_log += line + '\n';
                if (line.startsWith(prefix))
                    return true;
            }
            const qint64 left = ms - timer.elapsed();
            if (left <= 0 || m_child.state() == QProcess::NotRunning)
                return false;
            m_child.waitForReadyRead(int(std::min<qint64>(left, 100)));
        }
    }
    /// SIGKILL: no handler, no flush, no cleanup.
    void kill()
    {
        m_child.kill();
        REQUIRE(m_child.waitForFinished(int(chrono::test::boundMs(5000))));
        CHECK(m_child.exitStatus() == QProcess::CrashExit);
        m_log += m_child.readAllStandardOutput();
    }
    /// The next session: "recovered EDITS from …" / "nothing to recover", then "file EDITS".
    QString recover()
    {
        QProcess next;
        next.setProcessEnvironment(m_child.processEnvironment());
        next.start(QStringLiteral(CHRONOSCOPE_AUTOSAVECHILD), { m_dir, QStringLiteral("recover") });
        REQUIRE(next.waitForFinished(int(chrono::test::boundMs(30000))));
        return QString::fromUtf8(next.readAllStandardOutput());
    }
    const QByteArray& log() const { return m_log; }

private:
    QString m_dir;
    QProcess m_child;
    QByteArray m_log;
};

} // namespace

TEST_CASE("Autosave after undo to the saved state and redo survives kill -9", "[cli][autosave][autosavecrash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s(dir);
    s.start("undo-redo", 2000);
    REQUIRE(s.waitFor("autosaved 1"));
    REQUIRE(s.waitFor("undone to clean"));
    REQUIRE(s.waitFor("redone"));
    // The redone edit differs from the file again: its autosave comes within the interval.
    INFO(s.log().toStdString());
    REQUIRE(s.waitFor("autosaved 2", chrono::test::boundMs(INTERVAL_MS + 10000)));
    s.kill();
    const QString out = s.recover();
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("recovered edit1 from ")));
    CHECK(out.contains(QStringLiteral("file none")));
}

TEST_CASE("An edit after a failed save is autosaved and survives kill -9", "[cli][autosave][autosavecrash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Session s(dir);
    s.start("failed-save", 2000);
    REQUIRE(s.waitFor("autosaved 1"));
    REQUIRE(s.waitFor("save failed"));
    REQUIRE(s.waitFor("edited"));
    INFO(s.log().toStdString());
    REQUIRE(s.waitFor("autosaved 2", chrono::test::boundMs(INTERVAL_MS + 10000)));
    s.kill();
    const QString out = s.recover();
    INFO(out.toStdString());
    CHECK(out.contains(QStringLiteral("recovered edit1,edit2 from ")));
}

TEST_CASE("An edit made while the autosave thread writes gets its own autosave", "[cli][autosave][autosavecrash]")
{
    // Big enough that writing takes a while: the edit lands in the middle of it.
    constexpr int EVENTS = 60000;
    SECTION("killed in the middle of that write: the previous autosave or the new one, complete")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        Session s(dir);
        s.start("during-autosave", EVENTS);
        REQUIRE(s.waitFor("autosaved 1"));
        INFO(s.log().toStdString());
        REQUIRE(s.waitFor("edited during autosave"));
        s.kill();
        const QString out = s.recover();
        INFO(out.toStdString());
        const bool previous = out.contains(QStringLiteral("recovered edit0 from "));
        const bool written = out.contains(QStringLiteral("recovered edit0,edit1 from "));
        CHECK((previous || written));
    }
    SECTION("killed after the interval: the edit made during the write is recovered")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        Session s(dir);
        s.start("during-autosave", EVENTS);
        REQUIRE(s.waitFor("autosaved 1"));
        INFO(s.log().toStdString());
        REQUIRE(s.waitFor("edited during autosave"));
        REQUIRE(s.waitFor("autosaved 2")); // the write that was running (edit1)
        REQUIRE(s.waitFor("autosaved 3", chrono::test::boundMs(INTERVAL_MS + 20000))); // edit2's
        s.kill();
        const QString out = s.recover();
        INFO(out.toStdString());
        CHECK(out.contains(QStringLiteral("recovered edit0,edit1,edit2 from ")));
    }
}

TEST_CASE("A Save killed at any moment keeps the edit in the file or in the autosave", "[cli][autosave][autosavecrash]")
{
    constexpr int EVENTS = 60000;
    // Calibrate: how long this build takes to save the document.
    qint64 saveMs = 0;
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        Session s(dir);
        s.start("during-save", EVENTS);
        REQUIRE(s.waitFor("saving"));
        QElapsedTimer timer;
        timer.start();
        REQUIRE(s.waitFor("saved"));
        saveMs = timer.elapsed();
        s.kill();
        const QString out = s.recover();
        INFO(out.toStdString());
        // Saved: the autosave is retired and the file holds the edit.
        CHECK(out.contains(QStringLiteral("nothing to recover")));
        CHECK(out.contains(QStringLiteral("file edit1")));
    }
    int keptInFile = 0, keptInAutosave = 0;
    for (int i = 0; i < 6; ++i) {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        Session s(dir);
        s.start("during-save", EVENTS);
        REQUIRE(s.waitFor("saving"));
        QThread::msleep(ulong(saveMs * i / 5)); // from the start of the save to its end
        s.kill();
        const QString out = s.recover();
        INFO("kill " << i << " after " << saveMs * i / 5 << " ms: " << out.toStdString());
        const bool inFile = out.contains(QStringLiteral("file edit1"));
        const bool inAutosave = out.contains(QStringLiteral("recovered edit1 from "));
        CHECK((inFile || inAutosave));
        CHECK_FALSE(out.contains(QStringLiteral("file unreadable")));
        keptInFile += inFile;
        keptInAutosave += inAutosave;
    }
    WARN("save of " << EVENTS << " events: " << saveMs << " ms; edit kept in the file " << keptInFile << ", in the autosave " << keptInAutosave << " times");
}
