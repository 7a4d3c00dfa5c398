// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the command line give the same picture for the same state: a view saved
// from the window, exported with --view-file, matches the in-process export pixel for pixel.
#include "app/mainwindow.h"
#include "app/render/exportrenderer.h"
#include "app/state/documentstate.h"
#include "testconfig.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtWidgets/QApplication>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

TEST_CASE("A view file from the window reproduces the window's picture on the command line", "[cli][viewfile]")
{
    MainWindow window;
    window.openEmbeddedDataset();
    DocumentState& state = *window.state();
    FilterSpec f;
    f.companies = { QStringLiteral("deepseek"), QStringLiteral("openai"), QStringLiteral("google") };
    state.setFilter(f);
    state.setChartGroup(QStringLiteral("similarweb-share"));
    state.setVisibleRange({ parseIsoDate(u"2024-10").date.ms, parseIsoDate(u"2026-03").date.ms });
    state.setThemeName(QStringLiteral("dark"));
    QApplication::processEvents();

    QTemporaryDir dir;
    const QString viewPath = dir.filePath(QStringLiteral("story.view.json"));
    REQUIRE(window.saveViewFile(viewPath));

    // In the window's process: what File -> Export renders for this state.
    const ViewState v = window.viewState();
    RenderInput input;
    input.dataset = state.dataset();
    input.filter = state.filter();
    input.mask = state.mask();
    input.range = state.visibleRange();
    input.language = state.language();
    input.theme = Theme::byName(state.themeName());
    input.chartGroup = state.chartGroup();
    input.chartKind = state.chartKind();
    ExportOptions options;
    options.view = v.view;
    options.size = QSize(1200, 800);
    ExportRenderer renderer(input, options);
    QString error;
    REQUIRE(renderer.prepare(&error));
    const QImage inWindow = renderer.renderImage().convertToFormat(QImage::Format_ARGB32);

    // On the command line, from the view file alone.
    const QString out = dir.filePath(QStringLiteral("cli.png"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CHRONOSCOPE_BINARY),
        { QStringLiteral("export"), QStringLiteral("--view-file"), viewPath, QStringLiteral("--size"), QStringLiteral("1200x800"), QStringLiteral("-o"), out });
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    const QImage fromCli = QImage(out).convertToFormat(QImage::Format_ARGB32);
    REQUIRE(fromCli.size() == inWindow.size());
    CHECK(fromCli == inWindow);
}
