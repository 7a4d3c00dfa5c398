// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the documentation's window screenshots offscreen. Hidden from ctest ([.]); run
//   QT_QPA_PLATFORM=offscreen build/tests/tst_app "[docscreenshots]"
// with CHRONOSCOPE_DOCS_IMAGES pointing at docs/images.
#include "app/mainwindow.h"
#include "app/pages/claimspage.h"
#include "app/state/documentstate.h"

#include <QtCore/QDir>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QTreeWidget>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

TEST_CASE("Documentation screenshots of the claims view", "[.][docscreenshots]")
{
    const QString out = qEnvironmentVariable("CHRONOSCOPE_DOCS_IMAGES", QStringLiteral("."));
    QDir().mkpath(out);
    for (const Language lang : { Language::English, Language::Chinese }) {
        MainWindow window;
        window.openEmbeddedDataset();
        window.resize(1500, 950);
        window.state()->setLanguage(lang);
        // Give the claims room: raise its dock and make it the largest bottom area.
        QDockWidget* claimsDock = window.findChild<QDockWidget*>(QStringLiteral("ClaimsDock"));
        REQUIRE(claimsDock);
        claimsDock->raise();
        window.resizeDocks({ claimsDock }, { 470 }, Qt::Vertical);
        ClaimsPage* claims = window.claimsPage();
        int s2 = 0;
        for (int i = 0; i < window.state()->dataset()->claims().size(); ++i) {
            if (window.state()->dataset()->claims()[i].id == u"S2")
                s2 = i;
        }
        claims->selectClaim(s2);
        claims->showChart();
        window.show();
        QApplication::processEvents();
        const QString name = lang == Language::Chinese ? QStringLiteral("claims-view-zh.png") : QStringLiteral("claims-view.png");
        REQUIRE(window.grab().save(QDir(out).filePath(name)));
    }
}
