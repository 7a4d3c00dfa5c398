// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tests/cli/tst_autosavecrash.cpp: an editing session (DocumentState + DocumentEditor,
// as in the window) that walks through one of the moments where autosave used to miss a dirty
// state, announcing each step on stdout, and then keeps running until it is killed.
//
//   chronoscope_autosavechild DIR SCENARIO EVENTS INTERVAL_MS
//   chronoscope_autosavechild DIR recover
//
// The session saves a generated document of EVENTS events as DIR/doc.json, then:
//   undo-redo        edit1, autosaved, undo to the saved state, redo
//   failed-save      edit1, autosaved, Save As into a missing folder fails, edit2
//   during-autosave  edit0, autosaved, edit1, and edit2 while edit1's autosave is being written
//   during-save      edit1, autosaved, Save (announced as "saving" before it starts)
// Every autosave written is announced as "autosaved N" (N counts them). Autosaves go to
// $XDG_DATA_HOME, which the test points into its temporary folder.
//
// "recover" is the next session: it recovers the newest autosave as the window would and prints
// "recovered EDITS" (the edit events it holds, comma-separated) or "nothing to recover", and
// "file EDITS" for what DIR/doc.json holds.
#include "app/state/documenteditor.h"
#include "app/state/documentstate.h"
#include "app/state/editcommands.h"
#include "core/io/readerregistry.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTimer>
#include <QtGui/QUndoStack>

#include <cstdio>

using namespace chrono;
using namespace chrono::ui;

namespace {

void say(const QByteArray& line)
{
    std::printf("%s\n", line.constData());
    std::fflush(stdout);
}

DatasetPtr generated(int events)
{
    DatasetBuilder b;
    b.meta().title.en = QStringLiteral("autosave crash test");
    b.addCompany(Company { QStringLiteral("c"), LocalizedText { QStringLiteral("Company"), QStringLiteral("公司") }, QString() });
    b.reserveEvents(events);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = QStringLiteral("e%1").arg(i);
        e.start = Date::fromYmd(2000 + i % 25, 1 + i % 12, 1 + i % 28);
        e.company = QStringLiteral("c");
        e.title = LocalizedText { QStringLiteral("Event %1 of a long document").arg(i), QStringLiteral("事件 %1").arg(i) };
        e.description.en = QStringLiteral("Some words so that writing takes a while: %1").arg(i * 7919);
        b.addEvent(e);
    }
    return b.build();
}

Event editEvent(const char* id)
{
    Event e;
    e.id = QString::fromLatin1(id);
    e.start = Date::fromYmd(2026, 12, 2);
    e.company = QStringLiteral("c");
    e.title = LocalizedText { QStringLiteral("The edit that must survive"), QString() };
    e.importance = 3;
    return e;
}

QByteArray editsIn(const Dataset& ds)
{
    QByteArrayList found;
    for (const char* id : { "edit0", "edit1", "edit2" }) {
        if (ds.eventIndex(QString::fromLatin1(id)) >= 0)
            found.append(id);
    }
    return found.isEmpty() ? QByteArray("none") : found.join(',');
}

int recover(const QString& dir)
{
    DocumentState state;
    DocumentEditor editor(&state);
    const QList<AutosaveInfo> found = DocumentEditor::recoverableAutosaves();
    if (found.isEmpty()) {
        say("nothing to recover");
    } else {
        QString error;
        if (!editor.recover(found.first(), &error)) {
            say("recovery failed: " + error.toUtf8());
            return 1;
        }
        say("recovered " + editsIn(*state.dataset()) + " from " + found.first().originalPath.toUtf8());
    }
    const LoadResult file = loadFile(dir + QStringLiteral("/doc.json"));
    say(file.ok() ? "file " + editsIn(*file.data) : QByteArray("file unreadable"));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Chronoscope"));
    QCoreApplication::setApplicationName(QStringLiteral("chronoscope-autosavechild"));
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(2) == u"recover")
        return recover(args.at(1));
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: chronoscope_autosavechild DIR SCENARIO EVENTS INTERVAL_MS | DIR recover\n");
        return 2;
    }
    const QString dir = args.at(1);
    const QString scenario = args.at(2);
    const int events = args.at(3).toInt();
    const int interval = args.at(4).toInt();

    DocumentState state;
    DocumentEditor editor(&state);
    editor.setDocument(generated(events), QString());
    QString error;
    if (!editor.saveAs(dir + QStringLiteral("/doc.json"), &error)) {
        say("setup failed: " + error.toUtf8());
        return 1;
    }
    editor.setAutosaveInterval(interval);
    auto add = [&](const char* id) {
        if (!editor.execute(new AddEventCommand(&state, editEvent(id)), &error)) {
            say("edit failed: " + error.toUtf8());
            std::exit(1);
        }
    };

    int autosaves = 0;
    int step = 0; // what the next autosave means to the scenario
    QObject::connect(&editor, &DocumentEditor::autosaved, &app, [&] {
        say("autosaved " + QByteArray::number(++autosaves));
        if (step != 1)
            return;
        step = 2;
        // The first autosave is on disk: now the moment under test.
        if (scenario == u"undo-redo") {
            editor.undoStack()->undo();
            say(QFile::exists(editor.autosavePath()) || editor.isModified() ? "undo left a dirty state" : "undone to clean");
            editor.undoStack()->redo();
            say("redone");
        } else if (scenario == u"failed-save") {
            QString why;
            if (editor.saveAs(dir + QStringLiteral("/missing/doc.json"), &why))
                say("save unexpectedly worked");
            else
                say("save failed");
            add("edit2");
            say("edited");
        } else if (scenario == u"during-autosave") {
            add("edit1");
            // Catch the next autosave while its thread is writing it.
            auto* poll = new QTimer(&app);
            poll->setInterval(0);
            QObject::connect(poll, &QTimer::timeout, &app, [&, poll] {
                if (!editor.isAutosaving())
                    return;
                poll->stop();
                add("edit2");
                say(editor.isAutosaving() ? "edited during autosave" : "autosave ended too soon");
            });
            poll->start();
        } else if (scenario == u"during-save") {
            say("saving");
            say(editor.save(&error) ? "saved" : "save failed: " + error.toUtf8());
        }
    });
    step = 1;
    add(scenario == u"during-autosave" ? "edit0" : "edit1");
    say("edited");
    return app.exec();
}
