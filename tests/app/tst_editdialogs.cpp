// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/companyeditdialog.h"
#include "app/dialogs/editactions.h"
#include "app/dialogs/entitylistdialog.h"
#include "app/dialogs/eventeditdialog.h"
#include "app/dialogs/importdialog.h"
#include "app/dialogs/sourceeditdialog.h"
#include "app/i18n/uilanguage.h"
#include "app/state/documenteditor.h"
#include "app/state/documentstate.h"

#include "testconfig.h"

#include <catch2/catch.hpp>

#include <QtGui/QAction>
#include <QtGui/QUndoStack>
#include <QtTest/QSignalSpy>
#include <QtWidgets/QMenu>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>

using namespace chrono;
using namespace chrono::ui;

namespace {

DatasetPtr dialogDataset()
{
    DatasetBuilder b;
    b.addCompany({ QStringLiteral("deepseek"), { QStringLiteral("DeepSeek"), QString() }, QString() });
    b.addCompany({ QStringLiteral("openai"), { QStringLiteral("OpenAI"), QString() }, QString() });
    b.addCategory({ QStringLiteral("model"), { QStringLiteral("Model"), QString() }, QString() });
    b.addSource({ QStringLiteral("paper"), QStringLiteral("DeepSeek"), QStringLiteral("Report"), Date {}, QString() });
    b.addSource({ QStringLiteral("blog"), QStringLiteral("OpenAI"), QStringLiteral("Post"), Date {}, QString() });
    Event e;
    e.id = QStringLiteral("v3");
    e.start = parseIsoDate(u"2024-12-26").date;
    e.company = QStringLiteral("deepseek");
    e.category = QStringLiteral("model");
    e.title = { QStringLiteral("DeepSeek-V3"), QStringLiteral("DeepSeek-V3 发布") };
    e.importance = 4;
    e.sources = { QStringLiteral("paper") };
    e.links = { QStringLiteral("https://example.com/v3") };
    e.tags = { QStringLiteral("moe"), QStringLiteral("open-weights") };
    b.addEvent(e);
    return b.build();
}

template<typename T>
T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

bool okEnabled(QDialog* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

TEST_CASE("Event dialog: an existing event round-trips and OK is enabled", "[app][dialogs]")
{
    const DatasetPtr ds = dialogDataset();
    const Event original = ds->event(0);
    EventEditDialog dialog(ds, original, original.id);
    CHECK(okEnabled(&dialog));
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.event() == original);
    CHECK(child<QComboBox>(&dialog, "company")->currentData().toString() == u"deepseek");
}

TEST_CASE("Event dialog: each bad field disables OK and says why", "[app][dialogs]")
{
    const DatasetPtr ds = dialogDataset();
    EventEditDialog dialog(ds, ds->event(0), ds->event(0).id);
    auto* id = child<QLineEdit>(&dialog, "id");
    auto* start = child<QLineEdit>(&dialog, "start");
    auto* end = child<QLineEdit>(&dialog, "end");
    auto* titleEn = child<QLineEdit>(&dialog, "titleEn");
    auto* titleZh = child<QLineEdit>(&dialog, "titleZh");
    auto* links = child<QPlainTextEdit>(&dialog, "links");
    auto* problems = child<QLabel>(&dialog, "problems");

    id->setText(QString());
    CHECK_FALSE(okEnabled(&dialog));
    CHECK(problems->text().contains(QLatin1String("id is empty")));
    id->setText(QStringLiteral("v3-renamed"));
    CHECK(okEnabled(&dialog));

    start->setText(QStringLiteral("2025-02-30"));
    CHECK_FALSE(okEnabled(&dialog));
    CHECK(problems->text().startsWith(QLatin1String("Start: \"2025-02-30\"")));
    CHECK(dialog.problems().size() == 1); // the parser's message only, no "missing" echo
    start->setText(QStringLiteral("2025-01-20"));
    end->setText(QStringLiteral("2025-01-10"));
    CHECK_FALSE(okEnabled(&dialog));
    end->setText(QStringLiteral("2025-01-27"));
    CHECK(okEnabled(&dialog));

    titleEn->setText(QString());
    titleZh->setText(QString());
    CHECK_FALSE(okEnabled(&dialog));
    titleZh->setText(QStringLiteral("标题"));
    CHECK(okEnabled(&dialog));

    links->setPlainText(QStringLiteral("https://example.com/a\njavascript:alert(1)"));
    CHECK_FALSE(okEnabled(&dialog));
    links->setPlainText(QStringLiteral("https://example.com/a\n\nhttp://example.org/b"));
    CHECK(okEnabled(&dialog));

    auto* sources = child<QListWidget>(&dialog, "sources");
    sources->item(1)->setCheckState(Qt::Checked); // "blog"
    const Event e = dialog.event();
    CHECK(e.id == u"v3-renamed");
    CHECK(e.end == parseIsoDate(u"2025-01-27").date);
    CHECK(e.title.zh == u"标题");
    CHECK(e.links == QStringList { QStringLiteral("https://example.com/a"), QStringLiteral("http://example.org/b") });
    CHECK(e.sources == QStringList { QStringLiteral("paper"), QStringLiteral("blog") });
}

TEST_CASE("Event dialog: a new event gets a free id and needs a unique one", "[app][dialogs]")
{
    const DatasetPtr ds = dialogDataset();
    const Event fresh = EventEditDialog::newEventTemplate(*ds, QStringLiteral("openai"));
    CHECK(ds->eventIndex(fresh.id) < 0);
    CHECK(fresh.company == u"openai");
    EventEditDialog dialog(ds, fresh, QString());
    CHECK(dialog.isNew());
    CHECK_FALSE(okEnabled(&dialog)); // no title yet
    child<QLineEdit>(&dialog, "titleEn")->setText(QStringLiteral("Operator"));
    CHECK(okEnabled(&dialog));
    child<QLineEdit>(&dialog, "id")->setText(QStringLiteral("v3"));
    CHECK_FALSE(okEnabled(&dialog));
    CHECK(dialog.problems().join(u' ').contains(QLatin1String("already used")));
}

TEST_CASE("Company and category dialogs validate id, name and colour", "[app][dialogs]")
{
    const DatasetPtr ds = dialogDataset();
    CompanyEditDialog dialog(ds, Company {}, QString());
    CHECK_FALSE(okEnabled(&dialog));
    child<QLineEdit>(&dialog, "id")->setText(QStringLiteral("google"));
    child<QLineEdit>(&dialog, "nameEn")->setText(QStringLiteral("Google"));
    CHECK(okEnabled(&dialog));
    child<QLineEdit>(&dialog, "color")->setText(QStringLiteral("#12345"));
    CHECK_FALSE(okEnabled(&dialog));
    child<QLineEdit>(&dialog, "color")->setText(QStringLiteral("#1A73E8"));
    CHECK(okEnabled(&dialog));
    CHECK(dialog.company() == Company { QStringLiteral("google"), { QStringLiteral("Google"), QString() }, QStringLiteral("#1a73e8") });
    child<QLineEdit>(&dialog, "id")->setText(QStringLiteral("openai"));
    CHECK_FALSE(okEnabled(&dialog));

    CompanyEditDialog category(ds, ds->categories().first(), QStringLiteral("model"));
    CHECK(category.kind() == CompanyEditDialog::Kind::Category);
    CHECK(okEnabled(&category));
    CHECK(category.category() == ds->categories().first());
}

TEST_CASE("Source dialog validates date and URL", "[app][dialogs]")
{
    const DatasetPtr ds = dialogDataset();
    SourceEditDialog dialog(ds, *ds->source(u"paper"), QStringLiteral("paper"));
    CHECK(okEnabled(&dialog));
    child<QLineEdit>(&dialog, "date")->setText(QStringLiteral("2024-13"));
    CHECK_FALSE(okEnabled(&dialog));
    child<QLineEdit>(&dialog, "date")->setText(QStringLiteral("2024-12"));
    CHECK(okEnabled(&dialog));
    child<QLineEdit>(&dialog, "url")->setText(QStringLiteral("www.example.com"));
    CHECK_FALSE(okEnabled(&dialog));
    child<QLineEdit>(&dialog, "url")->setText(QStringLiteral("https://www.example.com/report"));
    CHECK(okEnabled(&dialog));
    CHECK(dialog.source().date == parseIsoDate(u"2024-12").date);
}

TEST_CASE("Edit actions follow the selection and the undo stack", "[app][dialogs]")
{
    DocumentState state;
    DocumentEditor editor(&state);
    QWidget window;
    EditActions actions(&editor, &window);
    CHECK_FALSE(actions.addEventAction()->isEnabled());
    editor.setDocument(dialogDataset(), QString());
    CHECK(actions.addEventAction()->isEnabled());
    CHECK_FALSE(actions.deleteEventAction()->isEnabled());
    state.setSelectedEvent(0);
    CHECK(actions.deleteEventAction()->isEnabled());
    CHECK_FALSE(actions.undoAction()->isEnabled());
    actions.deleteEventAction()->trigger();
    CHECK(state.dataset()->eventCount() == 0);
    CHECK(actions.undoAction()->isEnabled());
    CHECK(actions.undoAction()->text().contains(QLatin1String("DeepSeek-V3")));
    actions.undoAction()->trigger();
    CHECK(state.dataset()->eventCount() == 1);
    CHECK(state.selectedEvent() == 0);
}

TEST_CASE("The recent menu lists recent files and asks the window to open one", "[app][dialogs]")
{
    DocumentState state;
    DocumentEditor editor(&state);
    QWidget window;
    EditActions actions(&editor, &window);
    editor.clearRecentFiles();
    CHECK_FALSE(actions.recentMenu()->isEnabled());
    editor.addRecentFile(QStringLiteral("/tmp/a.json"));
    editor.addRecentFile(QStringLiteral("/tmp/R&D.csv"));
    const QList<QAction*> entries = actions.recentMenu()->actions();
    REQUIRE(entries.size() == 4); // two files, a separator, Clear Menu
    CHECK(entries[0]->text() == u"&1 R&&D.csv");
    CHECK(entries[1]->data().toString() == u"/tmp/a.json");
    QSignalSpy requested(&actions, &EditActions::openRecentRequested);
    entries[1]->trigger();
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().first().toString() == u"/tmp/a.json");
    entries[3]->trigger(); // Clear Menu
    CHECK(editor.recentFiles().isEmpty());
    CHECK_FALSE(actions.recentMenu()->isEnabled());
}

TEST_CASE("Entity list follows the document and deletes unused entities", "[app][dialogs]")
{
    DocumentState state;
    DocumentEditor editor(&state);
    editor.setDocument(dialogDataset(), QString());
    EntityListDialog dialog(&editor, EntityListDialog::Kind::Sources);
    QListWidget* list = dialog.list();
    REQUIRE(list->count() == 2);
    list->setCurrentRow(1); // "blog": cited by nothing
    CHECK(dialog.selectedId() == u"blog");
    dialog.deleteSelected();
    CHECK(list->count() == 1);
    CHECK_FALSE(state.dataset()->source(u"blog"));
    editor.undoStack()->undo();
    CHECK(list->count() == 2);
}

TEST_CASE("Import dialog: mapping a column enables the import", "[app][dialogs][import]")
{
    ImportDialog dialog(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/editing/mapping.csv"));
    REQUIRE(dialog.isValid());
    // Detected: title = Model, description = Notes; "Launched" and "Org" are no synonyms.
    CHECK(dialog.currentRoles().value(QStringLiteral("title")) == u"Model");
    CHECK(dialog.currentRoles().value(QStringLiteral("description")) == u"Notes");
    CHECK(dialog.currentRoles().value(QStringLiteral("company")).isEmpty());
    CHECK(dialog.currentRoles().value(QStringLiteral("start")).isEmpty());
    CHECK_FALSE(okEnabled(&dialog));
    CHECK_FALSE(dialog.problems().isEmpty());

    REQUIRE(dialog.setRoleColumn(QStringLiteral("start"), QStringLiteral("Launched")));
    dialog.updatePreview();
    CHECK(okEnabled(&dialog));
    CHECK(dialog.columnMap() == QHash<QString, QString> { { QStringLiteral("start"), QStringLiteral("Launched") } });
    CHECK(dialog.options().columnMap == dialog.columnMap());
    REQUIRE(dialog.preview().ok());
    CHECK(dialog.preview().data->eventCount() == 3);
    auto* table = child<QTableWidget>(&dialog, "preview");
    CHECK(table->rowCount() == 3);
    CHECK(table->item(0, 2)->text() == u"DeepSeek-V3");
    CHECK(table->item(0, 3)->text().isEmpty());
    REQUIRE(dialog.setRoleColumn(QStringLiteral("company"), QStringLiteral("Org")));
    dialog.updatePreview();
    CHECK(table->item(0, 3)->text() == u"deepseek");
    CHECK(dialog.columnMap().size() == 2);
    CHECK(child<QLabel>(&dialog, "summary")->text().contains(QLatin1String("3 events")));

    // One column, two roles: refused until resolved.
    REQUIRE(dialog.setRoleColumn(QStringLiteral("end"), QStringLiteral("Launched")));
    dialog.updatePreview();
    CHECK_FALSE(okEnabled(&dialog));
    CHECK(dialog.problems().join(u' ').contains(QLatin1String("Launched")));
    REQUIRE(dialog.setRoleColumn(QStringLiteral("end"), QStringLiteral("Alt date")));
    dialog.updatePreview();
    CHECK(okEnabled(&dialog));
    CHECK(dialog.preview().data->isRange(0));
    CHECK_FALSE(dialog.setRoleColumn(QStringLiteral("no-such-role"), QStringLiteral("Org")));
}

TEST_CASE("Import dialog starts from a given mapping and refuses other formats", "[app][dialogs][import]")
{
    ImportDialog mapped(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/editing/mapping.csv"), { { QStringLiteral("start"), QStringLiteral("Launched") } });
    CHECK(okEnabled(&mapped));
    CHECK(mapped.columnMap().value(QStringLiteral("start")) == u"Launched");

    ImportDialog native(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/native-sample.json"));
    CHECK_FALSE(native.isValid());
    CHECK_FALSE(native.errorString().isEmpty());
    CHECK_FALSE(okEnabled(&native));
}

TEST_CASE("Event dialog in Chinese: the problems it lists are in Chinese", "[app][dialogs][i18n]")
{
    REQUIRE(installUiLanguage(Language::Chinese));
    {
        const DatasetPtr ds = dialogDataset();
        EventEditDialog dialog(ds, ds->event(0), ds->event(0).id);
        auto* end = child<QLineEdit>(&dialog, "end");
        auto* problems = child<QLabel>(&dialog, "problems");
        end->setText(QStringLiteral("1999-01-01"));
        CHECK_FALSE(okEnabled(&dialog));
        CHECK(problems->text().contains(QString::fromUtf8("早于开始日期")));
        // CHRONOSCOPE_DOCS_IMAGES=DIR keeps a picture of the dialog for the docs.
        if (qEnvironmentVariableIsSet("CHRONOSCOPE_DOCS_IMAGES")) {
            dialog.resize(dialog.sizeHint());
            dialog.grab().save(qEnvironmentVariable("CHRONOSCOPE_DOCS_IMAGES") + QStringLiteral("/event-dialog-zh-problem.png"));
        }
    }
    REQUIRE(installUiLanguage(Language::English));
}
