// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tests/cli/tst_savecrash.cpp: saves a large dataset again and again with
// saveNativeJsonAtomically() until it is killed.
//
//   chronoscope_savestress PATH EVENTS FIRST
//
// Generations count up from FIRST. Generation g has meta title "generation g" and every event's description says "g" too, so a
// reader of PATH can tell a complete file (one generation throughout) from a torn one. After
// each completed save it prints "saved g" and flushes, so the killer knows which generations
// may be on disk: the last one announced, or the one after it.
#include "core/data/dataset.h"
#include "core/io/jsonwriter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <cstdio>

using namespace chrono;

static DatasetPtr generation(int g, int events)
{
    DatasetBuilder b;
    const QString tag = QString::number(g);
    b.meta().title.en = QStringLiteral("generation ") + tag;
    b.addCompany(Company { QStringLiteral("c"), LocalizedText { QStringLiteral("Company"), QStringLiteral("公司") }, QString() });
    b.reserveEvents(events);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = QStringLiteral("e%1").arg(i);
        e.start = Date::fromYmd(2000 + i % 25, 1 + i % 12, 1 + i % 28);
        e.company = QStringLiteral("c");
        e.title = LocalizedText { QStringLiteral("Event %1 of a long save").arg(i), QStringLiteral("事件 %1").arg(i) };
        e.description.en = tag;
        b.addEvent(e);
    }
    return b.build();
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: chronoscope_savestress PATH EVENTS FIRST\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int events = QByteArray(argv[2]).toInt();
    const int first = QByteArray(argv[3]).toInt();
    for (int g = first;; ++g) {
        const DatasetPtr ds = generation(g, events);
        QString error;
        if (!saveNativeJsonAtomically(*ds, path, &error)) {
            std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
            return 1;
        }
        std::printf("saved %d\n", g);
        std::fflush(stdout);
    }
}
