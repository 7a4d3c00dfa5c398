// SPDX-License-Identifier: GPL-3.0-or-later
// The row of active-filter chips: one chip per active filter, each cleared in one click, and a
// chip is never deleted inside its own click (the monkey test found that use after free).
#include "app/pages/activefiltersbar.h"
#include "app/state/documentstate.h"
#include "core/io/embedded.h"

#include <QtCore/QPointer>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QToolButton>
#include <QtWidgets/QWidget>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

namespace {

QToolButton* chipStartingWith(const ActiveFiltersBar& bar, const QString& prefix)
{
    for (QToolButton* b : bar.findChildren<QToolButton*>()) {
        if (b->isVisibleTo(&bar) && b->text().startsWith(prefix))
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Active filters: one chip per filter, each cleared in one click", "[app][filter]")
{
    DocumentState state;
    const LoadResult embedded = loadEmbeddedDataset();
    REQUIRE(embedded.data);
    state.setDataset(embedded.data);
    QWidget window;
    auto& bar = *new ActiveFiltersBar(&state, &window);
    window.resize(1200, 40);
    window.show();
    CHECK(bar.chipTexts().isEmpty());
    CHECK_FALSE(bar.isVisible()); // hidden when no filter is active

    FilterSpec f;
    f.companies = { QStringLiteral("deepseek"), QStringLiteral("openai") };
    f.categories = { QStringLiteral("pricing") };
    f.text = QStringLiteral("R1");
    f.minImportance = 3;
    state.setFilter(f);
    const QStringList texts = bar.chipTexts();
    REQUIRE(texts.size() == 5); // companies, categories, text, importance, "Clear all"
    CHECK(texts[0].contains(QStringLiteral("DeepSeek")));
    CHECK(texts[0].contains(QStringLiteral("OpenAI")));
    CHECK(texts[2].contains(QStringLiteral("“R1”")));
    CHECK(bar.isVisible());
    QApplication::processEvents(); // lay the chips out, as a shown window would

    // Clicking the text chip with the mouse clears the text filter only.
    QPointer<QToolButton> textChip = chipStartingWith(bar, QStringLiteral("Text:"));
    REQUIRE(textChip);
    QTest::mouseClick(textChip, Qt::LeftButton);
    CHECK(state.filter().text.isEmpty());
    CHECK(state.filter().companies.size() == 2);
    CHECK(state.filter().minImportance == 3);
    CHECK(bar.chipTexts().size() == 4);
    // The clicked chip outlived its own mouseReleaseEvent and goes with the next event loop turn.
    CHECK(textChip);
    CHECK_FALSE(textChip->isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK_FALSE(textChip);
    QApplication::processEvents(); // the new chips are shown

    // "Clear all" clears everything, and the bar hides.
    QToolButton* all = chipStartingWith(bar, QStringLiteral("Clear all"));
    REQUIRE(all);
    QTest::mouseClick(all, Qt::LeftButton);
    CHECK(state.filter().isEmpty());
    CHECK(bar.chipTexts().isEmpty());
    CHECK_FALSE(bar.isVisible());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(bar.findChildren<QToolButton*>().isEmpty());
}
