// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop side of the window: the user-interface language switches without a restart,
// the widgets follow the theme, every menu command has a mnemonic and the standard
// shortcut, and the custom views tell assistive technology what they show.
#include "app/charts/chartpanel.h"
#include "app/i18n/uilanguage.h"
#include "app/i18n/widgettheme.h"
#include "app/mainwindow.h"
#include "app/pages/filterpanel.h"
#include "app/state/documentstate.h"
#include "app/timeline/timelineview.h"

#include "testconfig.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLocale>
#include <QtCore/QProcess>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtGui/QAction>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>

#include <catch2/catch.hpp>

#include <functional>

using namespace chrono;
using namespace chrono::ui;

namespace {

struct Window {
    MainWindow window;
    Window()
    {
        window.state()->setLanguage(Language::English);
        window.openEmbeddedDataset();
        window.resize(1400, 900);
        window.show();
        QApplication::processEvents();
    }
    ~Window()
    {
        // Later tests start from the system's (test) defaults.
        installUiLanguage(Language::English);
        applyWidgetTheme(QStringLiteral("light"));
    }
    DocumentState& state() { return *window.state(); }
    QStringList menuTitles() const
    {
        QStringList titles;
        for (QAction* a : window.menuBar()->actions())
            titles.append(a->text());
        return titles;
    }
    QList<QAction*> commands() const
    {
        QList<QAction*> all;
        std::function<void(QMenu*)> walk = [&](QMenu* menu) {
            for (QAction* a : menu->actions()) {
                if (a->menu())
                    walk(a->menu());
                else if (!a->isSeparator())
                    all.append(a);
            }
        };
        for (QAction* a : window.menuBar()->actions())
            walk(a->menu());
        return all;
    }
    QAction* command(const QString& text) const
    {
        for (QAction* a : commands()) {
            if (a->text() == text)
                return a;
        }
        return nullptr;
    }
};

} // namespace

TEST_CASE("The locale decides the starting language", "[app][i18n]")
{
    CHECK(languageForLocale(QLocale(QStringLiteral("zh_CN"))) == Language::Chinese);
    CHECK(languageForLocale(QLocale(QStringLiteral("zh_TW"))) == Language::Chinese);
    CHECK(languageForLocale(QLocale(QStringLiteral("en_GB"))) == Language::English);
    CHECK(languageForLocale(QLocale(QStringLiteral("de_DE"))) == Language::English);
    CHECK(languageForLocale(QLocale::c()) == Language::English);
}

TEST_CASE("The embedded Chinese catalogue translates, with plurals", "[app][i18n]")
{
    REQUIRE(installUiLanguage(Language::Chinese));
    CHECK(installedUiLanguage() == Language::Chinese);
    CHECK(QCoreApplication::translate("chrono::ui::MainWindow", "&File") == QString::fromUtf8("文件(&F)"));
    CHECK(QCoreApplication::translate("chrono::ui::FilterPanel", "%n event(s)", nullptr, 3) == QString::fromUtf8("3 个事件"));
    CHECK(QCoreApplication::translate("chrono::ui::ExportRenderer", "Source: ") == QString::fromUtf8("来源："));
    CHECK(QLocale().language() == QLocale::Chinese);
    REQUIRE(installUiLanguage(Language::English));
    CHECK(installedUiLanguage() == Language::English);
    CHECK(QCoreApplication::translate("chrono::ui::MainWindow", "&File") == QStringLiteral("&File"));
    CHECK(QLocale().language() != QLocale::Chinese);
    // The English catalogue only supplies plural forms.
    CHECK(QCoreApplication::translate("chrono::ui::FilterPanel", "%n event(s)", nullptr, 1) == QStringLiteral("1 event"));
    CHECK(QCoreApplication::translate("chrono::ui::FilterPanel", "%n event(s)", nullptr, 158) == QStringLiteral("158 events"));
}

TEST_CASE("The whole window switches language without a restart", "[app][i18n]")
{
    Window w;
    CHECK(w.menuTitles() == QStringList { QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"), QStringLiteral("&Help") });
    w.state().setLanguage(Language::Chinese);
    QApplication::processEvents();
    CHECK(w.menuTitles()
        == QStringList { QString::fromUtf8("文件(&F)"), QString::fromUtf8("编辑(&E)"), QString::fromUtf8("视图(&V)"), QString::fromUtf8("帮助(&H)") });
    CHECK(w.window.filterPanel()->searchField()->placeholderText() == QString::fromUtf8("搜索事件…"));
    CHECK(w.window.findChild<QDockWidget*>(QStringLiteral("FiltersDock"))->windowTitle() == QString::fromUtf8("筛选"));
    CHECK(w.window.chartPanel()->kindPicker()->itemText(0) == QString::fromUtf8("折线"));
    CHECK(w.window.timelineView()->accessibleName().startsWith(QString::fromUtf8("时间轴：")));
    // The checked language follows the state; the pages still follow the document.
    QAction* zh = w.command(QString::fromUtf8("简体中文 (&C)"));
    REQUIRE(zh);
    CHECK(zh->isChecked());
    CHECK(w.window.filterPanel()->companyList()->count() > 0);

    w.state().setLanguage(Language::English);
    QApplication::processEvents();
    CHECK(w.menuTitles().first() == QStringLiteral("&File"));
    CHECK(w.window.filterPanel()->searchField()->placeholderText() == QStringLiteral("Search events…"));
    CHECK(w.window.chartPanel()->kindPicker()->itemText(0) == QStringLiteral("Lines"));
}

TEST_CASE("View > Language replaces the menu bar it was chosen from", "[app][i18n]")
{
    Window w;
    QAction* zh = w.command(QString::fromUtf8("简体中文 (&C)"));
    REQUIRE(zh);
    zh->trigger();
    QApplication::processEvents();
    CHECK(w.state().language() == Language::Chinese);
    CHECK(w.menuTitles().first() == QString::fromUtf8("文件(&F)"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("zh"));
    QAction* en = w.command(QStringLiteral("&English"));
    REQUIRE(en);
    en->trigger();
    QApplication::processEvents();
    CHECK(w.menuTitles().first() == QStringLiteral("&File"));
    QSettings().remove(QStringLiteral("ui")); // back to following the system
}

TEST_CASE("Widgets follow the light and dark themes", "[app][theme]")
{
    Window w;
    w.state().setThemeName(QStringLiteral("dark"));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 100);
    CHECK(QApplication::palette().color(QPalette::WindowText).lightness() > 180);
    QApplication::processEvents(); // palette change events reach the widgets
    CHECK(w.window.palette().color(QPalette::Base).lightness() < 100);
    w.state().setThemeName(QStringLiteral("light"));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 180);
    CHECK(systemThemeName() == QStringLiteral("light")); // the offscreen platform is light
}

TEST_CASE("Every command has a mnemonic and the standard shortcut", "[app][keyboard]")
{
    Window w;
    for (QAction* a : w.window.menuBar()->actions()) {
        INFO(a->text().toStdString());
        CHECK(a->text().contains(u'&'));
    }
    const QList<QAction*> commands = w.commands();
    REQUIRE(commands.size() > 15);
    for (QAction* a : commands) {
        INFO(a->text().toStdString());
        CHECK(a->text().contains(u'&'));
    }
    const std::pair<const char*, QKeySequence::StandardKey> standard[] = {
        { "&Open…", QKeySequence::Open }, { "&Quit", QKeySequence::Quit }, { "&Find…", QKeySequence::Find },
        { "Find &Next", QKeySequence::FindNext }, { "Zoom &In", QKeySequence::ZoomIn }, { "Zoom &Out", QKeySequence::ZoomOut },
        { "&Print…", QKeySequence::Print }, { "F&ull Screen", QKeySequence::FullScreen },
    };
    for (const auto& [text, key] : standard) {
        INFO(text);
        QAction* a = w.command(QString::fromUtf8(text));
        REQUIRE(a);
        CHECK(a->shortcuts() == QKeySequence::keyBindings(key));
    }
    // Ctrl+F puts the caret in the search field.
    w.command(QStringLiteral("&Find…"))->trigger();
    CHECK(QApplication::focusWidget() == w.window.filterPanel()->searchField());
}

TEST_CASE("The custom views describe what they show", "[app][a11y]")
{
    Window w;
    const QString timeline = w.window.timelineView()->accessibleName();
    INFO(timeline.toStdString());
    CHECK(timeline.startsWith(QStringLiteral("Timeline: %1 events in ").arg(w.state().visibleCount())));
    CHECK(timeline.contains(QStringLiteral(" lanes, ")));
    CHECK(w.window.chartPanel()->accessibleName().startsWith(QStringLiteral("Chart: ")));
    CHECK(w.window.chartPanel()->accessibleName() != QStringLiteral("Chart: no series"));
    // Narrowing the filter changes the description.
    FilterSpec f;
    f.text = QStringLiteral("DeepSeek");
    w.state().setFilter(f);
    CHECK(w.window.timelineView()->accessibleName() != timeline);
}

TEST_CASE("chronoscope export --lang zh draws Chinese interface words", "[cli][i18n]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("zh.svg"));
    QProcess p;
    p.start(QStringLiteral(CHRONOSCOPE_BINARY), { QStringLiteral("export"), QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("-o"), out });
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    QFile svg(out);
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    CHECK(text.contains(QString::fromUtf8("来源：")));
    CHECK_FALSE(text.contains(QStringLiteral("Source: ")));
}
