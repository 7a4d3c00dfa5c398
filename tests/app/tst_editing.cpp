// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/state/documenteditor.h"
#include "app/state/documentstate.h"
#include "app/state/editcommands.h"
#include "app/i18n/uilanguage.h"
#include "core/data/validation.h"
#include "core/io/jsonwriter.h"
#include "core/io/readerregistry.h"

#include <catch2/catch.hpp>

#include <QtCore/QDir>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMessageBox>
#include <QtCore/QTimer>

#include <unistd.h>

using namespace chrono;
using namespace chrono::ui;

namespace {

Event makeEvent(const QString& id, const char* start, const QString& company, const QString& title)
{
    Event e;
    e.id = id;
    e.start = parseIsoDate(QString::fromLatin1(start)).date;
    e.company = company;
    e.title = { title, QString() };
    e.importance = 3;
    e.sources = { QStringLiteral("paper") };
    return e;
}

DatasetPtr sampleDataset()
{
    DatasetBuilder b;
    b.meta().title = { QStringLiteral("Editing fixture"), QString() };
    b.addCompany({ QStringLiteral("deepseek"), { QStringLiteral("DeepSeek"), QStringLiteral("深度求索") }, QStringLiteral("#4d6bfe") });
    b.addCompany({ QStringLiteral("openai"), { QStringLiteral("OpenAI"), QString() }, QString() });
    b.addCompany({ QStringLiteral("unused"), { QStringLiteral("Nobody"), QString() }, QString() });
    b.addCategory({ QStringLiteral("model"), { QStringLiteral("Model"), QString() }, QString() });
    b.addSource({ QStringLiteral("paper"), QStringLiteral("DeepSeek"), QStringLiteral("Report"), Date {}, QStringLiteral("https://example.com/p") });
    b.addSource({ QStringLiteral("blog"), QStringLiteral("OpenAI"), QStringLiteral("Post"), Date {}, QString() });
    Event v3 = makeEvent(QStringLiteral("v3"), "2024-12-26", QStringLiteral("deepseek"), QStringLiteral("DeepSeek-V3"));
    v3.category = QStringLiteral("model");
    b.addEvent(v3);
    b.addEvent(makeEvent(QStringLiteral("r1"), "2025-01-20", QStringLiteral("deepseek"), QStringLiteral("DeepSeek-R1")));
    Event o3 = makeEvent(QStringLiteral("o3"), "2025-01-31", QStringLiteral("openai"), QStringLiteral("o3-mini"));
    o3.sources = { QStringLiteral("blog") };
    b.addEvent(o3);
    Series s;
    s.id = QStringLiteral("share");
    s.company = QStringLiteral("openai");
    s.points = { SeriesPoint { parseIsoDate(u"2025-01").date, 60.0, { QStringLiteral("blog") }, PointStatus::Measured, QString() } };
    b.addSeries(s);
    Claim c;
    c.id = QStringLiteral("S1");
    c.events = { QStringLiteral("r1") };
    c.sources = { QStringLiteral("paper") };
    b.addClaim(c);
    return b.build();
}

std::vector<Event> eventsOf(const Dataset& ds)
{
    std::vector<Event> events;
    for (int i = 0; i < ds.eventCount(); ++i)
        events.push_back(ds.event(i));
    return events;
}

/// Whole-dataset equality through the public API (Dataset has no operator==).
void requireSameData(const Dataset& a, const Dataset& b)
{
    REQUIRE(a.meta() == b.meta());
    REQUIRE(a.companies() == b.companies());
    REQUIRE(a.categories() == b.categories());
    REQUIRE(a.sources() == b.sources());
    REQUIRE(a.eras() == b.eras());
    REQUIRE(a.series() == b.series());
    REQUIRE(a.claims() == b.claims());
    REQUIRE(eventsOf(a) == eventsOf(b));
}

/// A state holding the sample, an editor on it, and a clean slate for autosaves.
struct Fixture {
    DocumentState state;
    DocumentEditor editor { &state };
    QTemporaryDir dir;
    Fixture()
    {
        QDir(DocumentEditor::autosaveDirectory()).removeRecursively();
        editor.setDocument(sampleDataset(), QString());
    }
    ~Fixture() { QDir(DocumentEditor::autosaveDirectory()).removeRecursively(); }
    QString path(const char* name) const { return dir.filePath(QString::fromLatin1(name)); }
    /// Pushes `command`, checks it applied, undoes and redoes it, checking both snapshots.
    void roundTrip(DatasetCommand* command)
    {
        const DatasetPtr before = state.dataset();
        const DatasetPtr copyBefore = DatasetBuilder(*before).build();
        const bool wasModified = editor.isModified();
        QString error;
        INFO(command->error().toStdString());
        REQUIRE(editor.execute(command, &error));
        const DatasetPtr after = state.dataset();
        REQUIRE(after != before);
        REQUIRE(editor.isModified());
        editor.undoStack()->undo();
        REQUIRE(state.dataset() == before);
        requireSameData(*state.dataset(), *copyBefore);
        REQUIRE(editor.isModified() == wasModified);
        editor.undoStack()->redo();
        REQUIRE(state.dataset() == after);
    }
};

} // namespace

TEST_CASE("Event commands apply, undo and redo exactly", "[app][editing]")
{
    Fixture f;
    SECTION("add")
    {
        Event e = makeEvent(QStringLiteral("v2"), "2024-05-07", QStringLiteral("deepseek"), QStringLiteral("DeepSeek-V2"));
        f.roundTrip(new AddEventCommand(&f.state, e));
        REQUIRE(f.state.dataset()->eventCount() == 4);
        CHECK(f.state.dataset()->event(0) == e); // sorted by start: first
        CHECK(f.state.selectedEvent() == 0);
        CHECK(f.editor.undoStack()->undoText().contains(QLatin1String("DeepSeek-V2")));
    }
    SECTION("edit, with a rename that claims follow")
    {
        Event e = f.state.dataset()->event(f.state.dataset()->eventIndex(u"r1"));
        e.id = QStringLiteral("deepseek-r1");
        e.importance = 5;
        e.end = parseIsoDate(u"2025-01-22").date;
        f.roundTrip(new EditEventCommand(&f.state, QStringLiteral("r1"), e));
        const DatasetPtr& ds = f.state.dataset();
        REQUIRE(ds->eventIndex(u"r1") < 0);
        CHECK(ds->event(ds->eventIndex(u"deepseek-r1")) == e);
        CHECK(ds->claims().first().events == QStringList { QStringLiteral("deepseek-r1") });
        CHECK(f.state.selectedEvent() == ds->eventIndex(u"deepseek-r1"));
    }
    SECTION("delete, dropping claim references")
    {
        f.roundTrip(new DeleteEventsCommand(&f.state, { QStringLiteral("r1"), QStringLiteral("o3") }));
        REQUIRE(f.state.dataset()->eventCount() == 1);
        CHECK(f.state.dataset()->claims().first().events.isEmpty());
        f.editor.undoStack()->undo();
        CHECK(f.state.selectedEvent() == f.state.dataset()->eventIndex(u"r1"));
    }
}

TEST_CASE("Invalid and empty edits are refused or dropped", "[app][editing]")
{
    Fixture f;
    QString error;
    Event dup = makeEvent(QStringLiteral("v3"), "2025-02-01", QString(), QStringLiteral("Twice"));
    CHECK_FALSE(f.editor.execute(new AddEventCommand(&f.state, dup), &error));
    CHECK(error.contains(QLatin1String("already used")));
    CHECK_FALSE(f.editor.execute(new EditEventCommand(&f.state, QStringLiteral("gone"), dup), &error));
    CHECK_FALSE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("gone") }), &error));
    const Event same = f.state.dataset()->event(0);
    CHECK(f.editor.execute(new EditEventCommand(&f.state, same.id, same), &error));
    CHECK(f.editor.undoStack()->count() == 0);
    CHECK_FALSE(f.editor.isModified());
}

TEST_CASE("Consecutive edits of one field merge into one undo step", "[app][editing]")
{
    Fixture f;
    const DatasetPtr original = f.state.dataset();
    Event e = original->event(original->eventIndex(u"o3"));
    for (const char* title : { "o3", "o3-mini launch", "o3-mini launches" }) {
        e.title.en = QString::fromLatin1(title);
        REQUIRE(f.editor.execute(new EditEventCommand(&f.state, e.id, e)));
    }
    CHECK(f.editor.undoStack()->count() == 1);
    e.importance = 4; // another field: a step of its own
    REQUIRE(f.editor.execute(new EditEventCommand(&f.state, e.id, e)));
    CHECK(f.editor.undoStack()->count() == 2);
    f.editor.undoStack()->undo();
    f.editor.undoStack()->undo();
    CHECK(f.state.dataset() == original);

    // Typing back to the original value makes the merged step obsolete.
    Fixture g;
    Event t = g.state.dataset()->event(0);
    const QString old = t.title.en;
    t.title.en = QStringLiteral("changed");
    REQUIRE(g.editor.execute(new EditEventCommand(&g.state, t.id, t)));
    t.title.en = old;
    REQUIRE(g.editor.execute(new EditEventCommand(&g.state, t.id, t)));
    CHECK(g.editor.undoStack()->count() == 0);
    CHECK_FALSE(g.editor.isModified());
}

TEST_CASE("Company, category and source commands apply, undo and redo exactly", "[app][editing]")
{
    Fixture f;
    SECTION("add company")
    {
        f.roundTrip(new AddCompanyCommand(&f.state, { QStringLiteral("google"), { QStringLiteral("Google"), QString() }, QString() }));
        CHECK(f.state.dataset()->companyIndex(u"google") >= 0);
    }
    SECTION("rename company: events and series follow")
    {
        f.roundTrip(new EditCompanyCommand(&f.state, QStringLiteral("openai"), { QStringLiteral("oai"), { QStringLiteral("OpenAI"), QString() }, QStringLiteral("#10a37f") }));
        const DatasetPtr& ds = f.state.dataset();
        CHECK(ds->companyIndex(u"openai") < 0);
        CHECK(ds->event(ds->eventIndex(u"o3")).company == u"oai");
        CHECK(ds->series().first().company == u"oai");
    }
    SECTION("delete unused company")
    {
        f.roundTrip(new DeleteCompanyCommand(&f.state, QStringLiteral("unused")));
        CHECK(f.state.dataset()->companies().size() == 2);
    }
    SECTION("delete company with reassignment")
    {
        f.roundTrip(new DeleteCompanyCommand(&f.state, QStringLiteral("openai"), QStringLiteral("deepseek")));
        const DatasetPtr& ds = f.state.dataset();
        CHECK(ds->companyIndex(u"openai") < 0);
        CHECK(ds->event(ds->eventIndex(u"o3")).company == u"deepseek");
        CHECK(ds->series().first().company == u"deepseek");
    }
    SECTION("category: add, rename, delete clearing references")
    {
        f.roundTrip(new AddCategoryCommand(&f.state, { QStringLiteral("infra"), { QStringLiteral("Infrastructure"), QString() }, QString() }));
        f.roundTrip(new EditCategoryCommand(&f.state, QStringLiteral("model"), { QStringLiteral("release"), { QStringLiteral("Release"), QString() }, QString() }));
        CHECK(f.state.dataset()->event(f.state.dataset()->eventIndex(u"v3")).category == u"release");
        f.roundTrip(new DeleteCategoryCommand(&f.state, QStringLiteral("release"), QString()));
        CHECK(f.state.dataset()->event(f.state.dataset()->eventIndex(u"v3")).category.isEmpty());
    }
    SECTION("source: rename follows into events, points and claims; delete with reassignment")
    {
        f.roundTrip(new EditSourceCommand(&f.state, QStringLiteral("blog"), { QStringLiteral("post"), QStringLiteral("OpenAI"), QStringLiteral("Post"), Date {}, QString() }));
        const DatasetPtr ds = f.state.dataset();
        CHECK(ds->event(ds->eventIndex(u"o3")).sources == QStringList { QStringLiteral("post") });
        CHECK(ds->series().first().points.first().sources == QStringList { QStringLiteral("post") });
        f.roundTrip(new DeleteSourceCommand(&f.state, QStringLiteral("paper"), QStringLiteral("post")));
        const DatasetPtr after = f.state.dataset();
        CHECK(after->event(after->eventIndex(u"r1")).sources == QStringList { QStringLiteral("post") });
        CHECK(after->claims().first().sources == QStringList { QStringLiteral("post") });
    }
}

TEST_CASE("Deleting a company or source still in use is refused with the reason", "[app][editing]")
{
    Fixture f;
    QString error;
    CHECK_FALSE(f.editor.execute(new DeleteCompanyCommand(&f.state, QStringLiteral("deepseek")), &error));
    CHECK(error.contains(QLatin1String("deepseek")));
    CHECK(error.contains(QLatin1String("v3")));
    CHECK_FALSE(f.editor.execute(new DeleteSourceCommand(&f.state, QStringLiteral("blog")), &error));
    CHECK(error.contains(QLatin1String("series share")));
    CHECK_FALSE(f.editor.execute(new DeleteCompanyCommand(&f.state, QStringLiteral("openai"), QStringLiteral("openai")), &error));
    CHECK_FALSE(f.editor.execute(new DeleteCompanyCommand(&f.state, QStringLiteral("openai"), QStringLiteral("acme")), &error));
    CHECK(f.editor.undoStack()->count() == 0);
}

TEST_CASE("Edits keep the filter, range and selection where still valid", "[app][editing]")
{
    Fixture f;
    FilterSpec filter;
    filter.companies = { QStringLiteral("deepseek"), QStringLiteral("openai") };
    f.state.setFilter(filter);
    const TimeRange range { f.state.visibleRange().start + MS_PER_DAY, f.state.visibleRange().end - MS_PER_DAY };
    f.state.setVisibleRange(range);
    f.state.setSelectedEvent(f.state.dataset()->eventIndex(u"o3"));
    Event early = makeEvent(QStringLiteral("v1"), "2023-11-29", QStringLiteral("deepseek"), QStringLiteral("DeepSeek LLM"));
    early.sources.clear();
    REQUIRE(f.editor.execute(new AddEventCommand(&f.state, early)));
    f.state.setSelectedEvent(f.state.dataset()->eventIndex(u"o3"));
    REQUIRE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("v1") })));
    CHECK(f.state.visibleRange() == range);
    CHECK(f.state.filter().companies == filter.companies);
    CHECK(f.state.selectedEvent() == f.state.dataset()->eventIndex(u"o3"));
    // A company that disappears leaves the filter with it.
    REQUIRE(f.editor.execute(new DeleteCompanyCommand(&f.state, QStringLiteral("openai"), QString())));
    CHECK(f.state.filter().companies == QSet<QString> { QStringLiteral("deepseek") });
}

TEST_CASE("Save, undo, save gives the original file's dataset back", "[app][editing][save]")
{
    Fixture f;
    const QString path = f.path("doc.json");
    QSignalSpy modified(&f.editor, &DocumentEditor::modifiedChanged);
    REQUIRE(f.editor.saveAs(path));
    CHECK(f.editor.filePath() == QFileInfo(path).absoluteFilePath());
    CHECK(f.state.fileName() == f.editor.filePath());
    const LoadResult original = loadFile(path);
    REQUIRE(original.ok());
    requireSameData(*original.data, *sampleDataset());

    Event e = makeEvent(QStringLiteral("v2"), "2024-05-07", QStringLiteral("deepseek"), QStringLiteral("DeepSeek-V2"));
    REQUIRE(f.editor.execute(new AddEventCommand(&f.state, e)));
    CHECK(f.editor.isModified());
    REQUIRE(f.editor.save());
    CHECK_FALSE(f.editor.isModified());
    const LoadResult edited = loadFile(path);
    REQUIRE(edited.ok());
    CHECK(edited.data->eventCount() == 4);

    f.editor.undoStack()->undo();
    CHECK(f.editor.isModified()); // the saved state is now one step ahead
    REQUIRE(f.editor.save());
    const LoadResult back = loadFile(path);
    REQUIRE(back.ok());
    requireSameData(*back.data, *original.data);
    CHECK(modified.count() >= 4);
}

/// Makes a folder unwritable for the test's duration: permissions for a normal user; root
/// ignores those, so then the immutable attribute (ext2/3/4, needs chattr).
class FolderLock {
public:
    explicit FolderLock(const QString& folder)
        : m_folder(folder)
    {
        if (::geteuid() != 0)
            m_locked = QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        else
            m_locked = QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("+i"), folder }) == 0;
    }
    ~FolderLock()
    {
        if (!m_locked)
            return;
        if (::geteuid() != 0)
            QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        else
            QProcess::execute(QStringLiteral("chattr"), { QStringLiteral("-i"), m_folder });
    }
    bool isLocked() const { return m_locked; }

private:
    QString m_folder;
    bool m_locked = false;
};

TEST_CASE("A failed save leaves the old file intact and says why", "[app][editing][save]")
{
    Fixture f;
    const QString folder = f.path("locked");
    REQUIRE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/doc.json");
    REQUIRE(f.editor.saveAs(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    REQUIRE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("o3") })));
    QString error;
    {
        // QSaveFile writes a temporary file beside the target: an unwritable folder stops it.
        FolderLock lock(folder);
        if (!lock.isLocked())
            WARN("cannot make the folder unwritable here; only the missing-folder case is checked");
        else
            CHECK_FALSE(f.editor.save(&error));
    }
    if (!error.isEmpty()) {
        CHECK(error.contains(QLatin1String("doc.json")));
        CHECK(f.editor.isModified());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.readAll() == before);
        file.close();
        CHECK(QDir(folder).entryList(QDir::Files) == QStringList { QStringLiteral("doc.json") }); // no temp file left
    }
    // A folder that does not exist fails the same way, and the document keeps its path.
    CHECK_FALSE(f.editor.saveAs(f.path("missing/doc.json"), &error));
    CHECK(error.contains(QLatin1String("missing")));
    CHECK(f.editor.filePath() == QFileInfo(path).absoluteFilePath());
    CHECK(f.editor.isModified());
}

TEST_CASE("Documents from other formats get no save path", "[app][editing][save]")
{
    Fixture f;
    const QString csv = f.path("events.csv");
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("title,start\nR1,2025-01-20\n");
    file.close();
    f.editor.setDocument(sampleDataset(), csv);
    CHECK(f.editor.filePath().isEmpty());
    CHECK(f.state.fileName() == QFileInfo(csv).absoluteFilePath());
    QString error;
    CHECK_FALSE(f.editor.save(&error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Autosave writes while modified and recovery restores the edits", "[app][editing][autosave]")
{
    Fixture f;
    const QString path = f.path("doc.json");
    REQUIRE(f.editor.saveAs(path));
    QString error;
    REQUIRE(f.editor.autosaveNow(&error)); // clean: nothing to write
    CHECK_FALSE(QFile::exists(f.editor.autosavePath()));

    f.editor.setAutosaveInterval(50);
    QSignalSpy autosaved(&f.editor, &DocumentEditor::autosaved);
    Event e = makeEvent(QStringLiteral("v2"), "2024-05-07", QStringLiteral("deepseek"), QStringLiteral("DeepSeek-V2"));
    REQUIRE(f.editor.execute(new AddEventCommand(&f.state, e)));
    REQUIRE(autosaved.wait(5000));
    const QString autosave = f.editor.autosavePath();
    CHECK(autosaved.first().first().toString() == autosave);
    REQUIRE(QFile::exists(autosave));
    const DatasetPtr edited = f.state.dataset();

    // A new session (the first one "crashed" and left its autosave behind).
    DocumentState state2;
    DocumentEditor editor2(&state2);
    const QList<AutosaveInfo> found = DocumentEditor::recoverableAutosaves();
    REQUIRE(found.size() == 1);
    CHECK(found.first().originalPath == QFileInfo(path).absoluteFilePath());
    CHECK(found.first().eventCount == 4);
    REQUIRE(editor2.recover(found.first(), &error));
    CHECK(editor2.isModified());
    CHECK(editor2.filePath() == QFileInfo(path).absoluteFilePath());
    requireSameData(*state2.dataset(), *edited);
    // Saving the recovered document writes it to its file and retires the autosave.
    REQUIRE(editor2.save(&error));
    CHECK_FALSE(QFile::exists(autosave));
    CHECK(DocumentEditor::recoverableAutosaves().isEmpty());
    requireSameData(*loadFile(path).data, *edited);
}

TEST_CASE("Undoing back to the saved state removes the autosave", "[app][editing][autosave]")
{
    Fixture f;
    REQUIRE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("o3") })));
    REQUIRE(f.editor.autosaveNow());
    const QString autosave = f.editor.autosavePath();
    CHECK(autosave.endsWith(QLatin1String("untitled.json")));
    REQUIRE(QFile::exists(autosave));
    f.editor.undoStack()->undo();
    CHECK_FALSE(QFile::exists(autosave));
    // Declined recoveries are deleted on request.
    REQUIRE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("o3") })));
    REQUIRE(f.editor.autosaveNow());
    const QList<AutosaveInfo> found = DocumentEditor::recoverableAutosaves();
    REQUIRE(found.size() == 1);
    CHECK(found.first().originalPath.isEmpty());
    DocumentEditor::discardAutosave(found.first());
    CHECK(DocumentEditor::recoverableAutosaves().isEmpty());
}

TEST_CASE("Autosave follows every dirty state: undo to clean then redo, failed save, edit during a write", "[app][editing][autosave]")
{
    Fixture f;
    const QString path = f.path("doc.json");
    REQUIRE(f.editor.saveAs(path));
    f.editor.setAutosaveInterval(20);
    QSignalSpy autosaved(&f.editor, &DocumentEditor::autosaved);
    Event e = makeEvent(QStringLiteral("v2"), "2024-05-07", QStringLiteral("deepseek"), QStringLiteral("DeepSeek-V2"));
    REQUIRE(f.editor.execute(new AddEventCommand(&f.state, e)));
    REQUIRE(autosaved.wait(5000));
    const QString autosave = f.editor.autosavePath();
    REQUIRE(QFile::exists(autosave));
    const DatasetPtr edited = f.state.dataset();

    // Undo to the saved state retires the autosave; redo makes the same snapshot current again,
    // which differs from the file: it must be written again.
    f.editor.undoStack()->undo();
    CHECK_FALSE(f.editor.isModified());
    CHECK_FALSE(QFile::exists(autosave));
    CHECK(f.editor.autosavedDataset() == nullptr);
    f.editor.undoStack()->redo();
    REQUIRE(f.state.dataset() == edited);
    REQUIRE(autosaved.wait(5000));
    REQUIRE(QFile::exists(autosave));
    CHECK(f.editor.autosavedDataset() == edited);
    requireSameData(*loadFile(autosave).data, *edited);

    // A failed save changes nothing; the next edit is autosaved.
    QString error;
    CHECK_FALSE(f.editor.saveAs(f.path("missing/doc.json"), &error));
    REQUIRE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("o3") })));
    REQUIRE(autosaved.wait(5000));
    requireSameData(*loadFile(autosave).data, *f.state.dataset());
}

TEST_CASE("A big document's autosave is written off the UI thread, and an edit meanwhile is written next", "[app][editing][autosave]")
{
    DocumentState state;
    DocumentEditor editor(&state);
    QDir(DocumentEditor::autosaveDirectory()).removeRecursively();
    DatasetBuilder b;
    b.addCompany({ QStringLiteral("c"), { QStringLiteral("C"), QString() }, QString() });
    for (int i = 0; i < 60000; ++i) {
        Event e;
        e.id = QStringLiteral("e%1").arg(i);
        e.start = Date::fromYmd(2000 + i % 25, 1 + i % 12, 1 + i % 28);
        e.company = QStringLiteral("c");
        e.title = { QStringLiteral("Event number %1 with a title").arg(i), QString() };
        b.addEvent(e);
    }
    editor.setDocument(b.build(), QString());
    editor.setAutosaveInterval(10);
    QSignalSpy autosaved(&editor, &DocumentEditor::autosaved);
    REQUIRE(editor.execute(new DeleteEventsCommand(&state, { QStringLiteral("e1") })));
    // The event loop keeps running while the thread writes: this loop sees the write going on.
    QElapsedTimer timer;
    timer.start();
    while (!editor.isAutosaving() && autosaved.isEmpty() && timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    REQUIRE(editor.isAutosaving());
    REQUIRE(editor.execute(new DeleteEventsCommand(&state, { QStringLiteral("e2") })));
    const DatasetPtr latest = state.dataset();
    REQUIRE(autosaved.wait(20000)); // the write that was running: without e1
    CHECK(editor.autosavedDataset() != latest);
    REQUIRE((autosaved.size() >= 2 || autosaved.wait(20000))); // and the one with the edit made meanwhile
    CHECK(editor.autosavedDataset() == latest);
    const LoadResult onDisk = loadFile(editor.autosavePath());
    REQUIRE(onDisk.ok());
    CHECK(onDisk.data->eventCount() == 59998);
    // Saving retires it.
    const QString autosave = editor.autosavePath();
    QTemporaryDir dir;
    REQUIRE(editor.saveAs(dir.filePath(QStringLiteral("big.json"))));
    CHECK_FALSE(QFile::exists(autosave));
    CHECK_FALSE(editor.isAutosaving());
}

TEST_CASE("maybeSave does not ask when the document is clean", "[app][editing]")
{
    Fixture f;
    // A modal box would block this test forever; with a clean document none may appear.
    CHECK(f.editor.maybeSave(nullptr));
}

TEST_CASE("maybeSave asks when modified: Cancel stops, Discard goes on", "[app][editing]")
{
    Fixture f;
    REQUIRE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("o3") })));
    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->objectName() == u"MaybeSaveBox")
                    box->button(button)->click();
            }
        });
    };
    answer(QMessageBox::Cancel);
    CHECK_FALSE(f.editor.maybeSave(nullptr));
    CHECK(f.editor.isModified());
    answer(QMessageBox::Discard);
    CHECK(f.editor.maybeSave(nullptr));
}

TEST_CASE("A document set directly on the state resets the history", "[app][editing]")
{
    Fixture f;
    REQUIRE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("o3") })));
    REQUIRE(f.editor.isModified());
    // E.g. File → Open the embedded story, done through DocumentState alone.
    f.state.setDataset(sampleDataset(), QString());
    CHECK(f.editor.undoStack()->count() == 0);
    CHECK_FALSE(f.editor.isModified());
    CHECK(f.editor.filePath().isEmpty());
    const QString path = f.path("direct.json");
    REQUIRE(saveNativeJsonAtomically(*sampleDataset(), path));
    f.state.setDataset(sampleDataset(), path);
    CHECK(f.editor.filePath() == QFileInfo(path).absoluteFilePath());
    CHECK(f.editor.recentFiles().contains(QFileInfo(path).absoluteFilePath()));
}

TEST_CASE("Recent files: newest first, no repeats, at most ten", "[app][editing]")
{
    Fixture f;
    f.editor.clearRecentFiles();
    QSignalSpy changed(&f.editor, &DocumentEditor::recentFilesChanged);
    for (int i = 0; i < 12; ++i)
        f.editor.addRecentFile(f.path("f%1.json").arg(i));
    f.editor.addRecentFile(f.path("f5.json"));
    const QStringList recent = f.editor.recentFiles();
    REQUIRE(recent.size() == DocumentEditor::MAX_RECENT_FILES);
    CHECK(recent.first() == f.path("f5.json"));
    CHECK(recent.at(1) == f.path("f11.json"));
    CHECK(recent.count(f.path("f5.json")) == 1);
    CHECK_FALSE(recent.contains(f.path("f0.json")));
    f.editor.removeRecentFile(f.path("f5.json"));
    CHECK_FALSE(f.editor.recentFiles().contains(f.path("f5.json")));
    CHECK(changed.count() == 14);
    f.editor.clearRecentFiles();
    CHECK(f.editor.recentFiles().isEmpty());
}

TEST_CASE("fileChangedOnDisk fires on an external write, not on our own save", "[app][editing][watch]")
{
    Fixture f;
    const QString path = f.path("watched.json");
    REQUIRE(f.editor.saveAs(path));
    QSignalSpy changed(&f.editor, &DocumentEditor::fileChangedOnDisk);

    REQUIRE(f.editor.execute(new DeleteEventsCommand(&f.state, { QStringLiteral("o3") })));
    REQUIRE(f.editor.save());
    CHECK_FALSE(changed.wait(1000));

    // Another program rewrites the file in place.
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(writeNativeJson(*sampleDataset()));
    file.close();
    REQUIRE(changed.wait(5000));
    CHECK(changed.first().first().toString() == QFileInfo(path).absoluteFilePath());

    // And again, replacing it through a rename (as editors do): still watched.
    changed.clear();
    const QString temp = f.path("other.json");
    REQUIRE(saveNativeJsonAtomically(*f.state.dataset(), temp));
    REQUIRE(QFile::remove(path));
    REQUIRE(QFile::rename(temp, path));
    REQUIRE(changed.wait(5000));
}

TEST_CASE("Undo texts follow the interface language, with plurals", "[app][edit][i18n]")
{
    Fixture f;
    REQUIRE(installUiLanguage(Language::English)); // the English catalogue holds the plurals
    {
        DeleteEventsCommand two(&f.state, { QStringLiteral("r1"), QStringLiteral("o3") });
        CHECK(two.text() == QStringLiteral("Delete 2 events"));
        DeleteCompanyCommand used(&f.state, QStringLiteral("deepseek"));
        CHECK(used.error().contains(QStringLiteral("2 items"))); // not "2 item(s)"
    }
    REQUIRE(installUiLanguage(Language::Chinese));
    {
        DeleteEventsCommand two(&f.state, { QStringLiteral("r1"), QStringLiteral("o3") });
        CHECK(two.text() == QString::fromUtf8("删除 2 个事件"));
        AddCompanyCommand add(&f.state, { QStringLiteral("google"), { QStringLiteral("Google"), QString() }, QString() });
        CHECK(add.text() == QString::fromUtf8("添加公司“google”"));
        DeleteCompanyCommand used(&f.state, QStringLiteral("deepseek"));
        CHECK(used.error().startsWith(QString::fromUtf8("公司“deepseek”仍被")));
        // The edit dialogs' validation problems come from core, in the same language.
        Event backwards = makeEvent(QStringLiteral("new"), "2025-02-01", QStringLiteral("nobody"), QStringLiteral("Backwards"));
        backwards.end = parseIsoDate(u"2025-01-01").date;
        const QStringList problems = validateEvent(backwards, *f.state.dataset());
        CHECK(problems.contains(QString::fromUtf8("结束日期（2025-01-01）早于开始日期（2025-02-01）。")));
        CHECK(problems.contains(QString::fromUtf8("未知公司“nobody”。")));
    }
    REQUIRE(installUiLanguage(Language::English));
}
