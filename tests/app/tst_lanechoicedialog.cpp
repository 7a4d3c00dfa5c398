// SPDX-License-Identifier: GPL-3.0-or-later
// Import → "Lanes from": the groupings a file's reader offers and the lanes each gives.
#include "app/dialogs/lanechoicedialog.h"
#include "core/io/builtinreaders.h"

#include "testconfig.h"

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/import/") + QLatin1String(name);
}
} // namespace

TEST_CASE("Lanes from: a Timeline file offers its categories, their parents or none", "[app][import][lanes]")
{
    registerBuiltinReaders();
    LaneChoiceDialog dialog(fixture("timeline_old.timeline"));
    CHECK(dialog.choices() == QStringList { QStringLiteral("category"), QStringLiteral("parent"), QStringLiteral("none") });
    CHECK(dialog.choice() == QStringLiteral("category"));
    INFO(dialog.previewText().toStdString());
    CHECK(dialog.previewText().contains(QStringLiteral("Work, Private, Travel")));
    dialog.setChoice(QStringLiteral("none"));
    CHECK(dialog.choice() == QStringLiteral("none"));
    CHECK(dialog.previewText().contains(QStringLiteral("5")));
    CHECK_FALSE(dialog.previewText().contains(QStringLiteral("Work")));
}

TEST_CASE("Lanes from: Markwhen offers groups, sections and tags, and a CSV file asks nothing", "[app][import][lanes]")
{
    registerBuiltinReaders();
    LaneChoiceDialog markwhen(fixture("markwhen_small.mw"));
    CHECK(markwhen.choices() == QStringList { QStringLiteral("group"), QStringLiteral("section"), QStringLiteral("tag"), QStringLiteral("none") });
    markwhen.setChoice(QStringLiteral("tag"));
    CHECK(markwhen.previewText().contains(QStringLiteral("release, policy")));
    CHECK(LaneChoiceDialog(fixture("events_basic.csv")).choices().isEmpty());
}
