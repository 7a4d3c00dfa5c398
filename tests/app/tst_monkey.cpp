// SPDX-License-Identifier: GPL-3.0-or-later
// Monkey test: thousands of random clicks, drags, wheel turns and key presses on the main
// window (fixed seed), on the embedded story and on a 100,000-event file. Passing means no
// crash, no assertion (Q_ASSERT is on in debug and asan builds) and, under `make asan-test`,
// no leak (LeakSanitizer). Modal dialogs and popup menus the monkey opens are closed by a
// watchdog timer. docs/reliability.md lists what it found.
#include "app/mainwindow.h"
#include "app/state/documenteditor.h"
#include "app/state/documentstate.h"
#include "core/data/syntheticdata.h"
#include "core/io/jsonwriter.h"

#include <QtCore/QPointer>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtGui/QUndoStack>
#include <QtGui/QWheelEvent>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QMenu>

#include <catch2/catch.hpp>

using namespace chrono;
using namespace chrono::ui;

namespace {

constexpr quint32 DEFAULT_SEED = 20250120;

/// The fixed seed, or CHRONOSCOPE_MONKEY_SEED to explore other sequences by hand
/// (`for s in $(seq 1 50); do CHRONOSCOPE_MONKEY_SEED=$s tst_app "[monkey]"; done`).
quint32 monkeySeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("CHRONOSCOPE_MONKEY_SEED").toUInt(&ok);
    return ok ? seed : DEFAULT_SEED;
}

// Keys a user might press anywhere; the watchdog copes with the dialogs they open.
const Qt::Key KEYS[] = { Qt::Key_Left, Qt::Key_Right, Qt::Key_Up, Qt::Key_Down, Qt::Key_Plus, Qt::Key_Minus,
    Qt::Key_Home, Qt::Key_End, Qt::Key_PageUp, Qt::Key_PageDown, Qt::Key_Tab, Qt::Key_Escape, Qt::Key_Return,
    Qt::Key_Space, Qt::Key_F, Qt::Key_D, Qt::Key_BracketLeft, Qt::Key_BracketRight, Qt::Key_A, Qt::Key_Delete,
    Qt::Key_F3, Qt::Key_0 };
const Qt::KeyboardModifiers MODIFIERS[] = { Qt::NoModifier, Qt::NoModifier, Qt::NoModifier, Qt::ShiftModifier,
    Qt::ControlModifier, Qt::AltModifier };

void closeWhatPopsUp()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    if (QWidget* modal = QApplication::activeModalWidget())
        modal->close();
}

int runMonkey(MainWindow& window, int events, quint32 seed)
{
    QRandomGenerator rng(seed);
    QTimer watchdog;
    QObject::connect(&watchdog, &QTimer::timeout, &closeWhatPopsUp);
    watchdog.start(20);
    int sent = 0;
    for (int i = 0; i < events; ++i) {
        // A visible widget of the window, weighted towards the big custom views by area.
        const QList<QWidget*> widgets = window.findChildren<QWidget*>();
        QWidget* target = &window;
        for (int tries = 0; tries < 8; ++tries) {
            QWidget* w = widgets.at(int(rng.bounded(quint32(widgets.size()))));
            if (w->isVisible() && w->width() > 4 && w->height() > 4) {
                target = w;
                break;
            }
        }
        const QPoint p(int(rng.bounded(quint32(target->width()))), int(rng.bounded(quint32(target->height()))));
        const Qt::KeyboardModifiers mods = MODIFIERS[rng.bounded(quint32(std::size(MODIFIERS)))];
        // A press may delete its target (a language switch rebuilds the panels): every
        // further event checks that the widget still exists, as a real window system would.
        QPointer<QWidget> w(target);
        switch (rng.bounded(7u)) {
        case 0:
        case 1: {
            QTest::mousePress(w, Qt::LeftButton, mods, p);
            if (w)
                QTest::mouseRelease(w, Qt::LeftButton, mods, p);
            if (w && rng.bounded(2u)) {
                QTest::mousePress(w, Qt::LeftButton, mods, p);
                if (w)
                    QTest::mouseRelease(w, Qt::LeftButton, mods, p);
            }
            break;
        }
        case 2: {
            const QPoint q(int(rng.bounded(quint32(target->width()))), int(rng.bounded(quint32(target->height()))));
            QTest::mousePress(w, Qt::LeftButton, mods, p);
            if (w)
                QTest::mouseMove(w, (p + q) / 2);
            if (w)
                QTest::mouseMove(w, q);
            if (w)
                QTest::mouseRelease(w, Qt::LeftButton, mods, q);
            break;
        }
        case 3: {
            QWheelEvent wheel(QPointF(p), QPointF(target->mapToGlobal(p)), QPoint(), QPoint(0, rng.bounded(2u) ? 120 : -120),
                Qt::NoButton, mods, Qt::NoScrollPhase, false);
            QApplication::sendEvent(target, &wheel);
            break;
        }
        case 4:
            QTest::mouseMove(w, p);
            break;
        default: {
            const Qt::Key key = KEYS[rng.bounded(quint32(std::size(KEYS)))];
            QTest::keyPress(w, key, mods);
            if (w)
                QTest::keyRelease(w, key, mods);
            break;
        }
        }
        ++sent;
        if (i % 25 == 0) {
            QApplication::processEvents();
            closeWhatPopsUp();
            if (!window.isVisible())
                window.show(); // the monkey may have closed it; keep going
        }
    }
    closeWhatPopsUp();
    QApplication::processEvents();
    return sent;
}

} // namespace

TEST_CASE("Monkey: random input on the embedded story", "[app][monkey]")
{
    MainWindow window;
    window.openEmbeddedDataset();
    window.resize(1400, 900);
    window.show();
    QApplication::processEvents();
    CHECK(runMonkey(window, 3000, monkeySeed()) == 3000);
    REQUIRE(window.state()->dataset());
    // Whatever the monkey did, the state is still coherent.
    CHECK(window.state()->mask().size() == size_t(window.state()->dataset()->eventCount()));
    window.editor()->undoStack()->clear();
}

TEST_CASE("Monkey: random input on a 100,000-event file", "[app][monkey]")
{
    // A real file, opened the way File → Open does (read on the thread pool).
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("synthetic-100k.json"));
    REQUIRE(saveNativeJsonAtomically(*generateSyntheticEvents(100000, 12, 7), path));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    window.openFiles({ path });
    for (int i = 0; i < 600 && !(window.state()->dataset() && window.state()->dataset()->eventCount() == 100000); ++i)
        QTest::qWait(50);
    REQUIRE(window.state()->dataset());
    REQUIRE(window.state()->dataset()->eventCount() == 100000);
    CHECK(runMonkey(window, 2000, monkeySeed() + 1) == 2000);
    REQUIRE(window.state()->dataset());
    CHECK(window.state()->mask().size() == size_t(window.state()->dataset()->eventCount()));
    window.editor()->undoStack()->clear();
}
