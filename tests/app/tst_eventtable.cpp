// SPDX-License-Identifier: GPL-3.0-or-later
// The event table sorts itself: each column's order (both directions, ties in dataset order)
// equals a stable sort of the displayed values, filtering keeps the order, and a big
// dataset's title order is made on a thread and arrives intact.
#include "core/models/eventtablemodel.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace chrono;

namespace {

DatasetPtr mixedDataset(int events)
{
    DatasetBuilder b;
    b.addCompany({ QStringLiteral("z"), { QStringLiteral("zeta"), QStringLiteral("泽塔") }, QString() });
    b.addCompany({ QStringLiteral("a"), { QStringLiteral("Alpha"), QString() }, QString() });
    b.addCompany({ QStringLiteral("m"), { QStringLiteral("mu"), QString() }, QString() });
    b.addCategory({ QStringLiteral("k1"), { QStringLiteral("Release"), QString() }, QString() });
    b.addCategory({ QStringLiteral("k2"), { QStringLiteral("funding"), QString() }, QString() });
    const QStringList words { QStringLiteral("beta launch"), QStringLiteral("Beta launch"), QStringLiteral("alpha"), QStringLiteral("Ω model"),
        QStringLiteral("a"), QStringLiteral("ab"), QStringLiteral("abcdefghij"), QStringLiteral("abcdefghiJ2"), QStringLiteral("ABCDEFGHI"), QStringLiteral("模型") };
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = QStringLiteral("e%1").arg(i, 6, 10, QLatin1Char('0'));
        e.start = Date::fromYmd(2000 + (i * 7) % 20, 1 + i % 12, 1 + (i / 3) % 28);
        e.company = i % 4 == 3 ? QString() : QStringList { QStringLiteral("z"), QStringLiteral("a"), QStringLiteral("m") }.at(i % 3);
        e.category = i % 5 == 0 ? QString() : (i % 2 ? QStringLiteral("k1") : QStringLiteral("k2"));
        e.importance = 1 + (i * 13) % 5;
        e.title = { words.at(i % words.size()) + (i % 7 == 0 ? QString() : QString::number(i % 97)), QString() };
        b.addEvent(e);
    }
    return b.build();
}

/// What the table shows, sorted stably as the proxy used to (case-insensitive text).
std::vector<int> referenceOrder(const EventTableModel& shown, const EventMask& mask, int column, Qt::SortOrder order, const DatasetPtr& ds, Language lang)
{
    EventTableModel plain;
    plain.setData(ds, mask, lang); // dataset order
    std::vector<int> rows(size_t(plain.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    auto key = [&](int row) { return plain.index(row, column).data(EventTableModel::SortRole); };
    std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        const QVariant x = key(a), y = key(b);
        int c = 0;
        if (x.typeId() == QMetaType::QString)
            c = QString::compare(x.toString(), y.toString(), Qt::CaseInsensitive);
        else
            c = x.toLongLong() < y.toLongLong() ? -1 : (x.toLongLong() > y.toLongLong() ? 1 : 0);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    std::vector<int> events;
    for (int r : rows)
        events.push_back(plain.eventAtRow(r));
    Q_UNUSED(shown);
    return events;
}

std::vector<int> shownOrder(const EventTableModel& m)
{
    std::vector<int> events;
    for (int r = 0; r < m.rowCount(); ++r)
        events.push_back(m.eventAtRow(r));
    return events;
}

} // namespace

TEST_CASE("The event table sorts every column like a stable case-insensitive sort", "[app][model][eventtable]")
{
    const DatasetPtr ds = mixedDataset(3000);
    EventMask mask(size_t(ds->eventCount()), 1);
    for (size_t i = 0; i < mask.size(); i += 3)
        mask[i] = 0;
    for (Language lang : { Language::English, Language::Chinese }) {
        EventTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setData(ds, mask, lang);
        for (int column = 0; column < EventTableModel::ColumnCount; ++column) {
            for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                INFO("column " << column << (order == Qt::AscendingOrder ? " ascending" : " descending") << " language " << int(lang));
                model.sort(column, order);
                REQUIRE(model.isSorted());
                CHECK(shownOrder(model) == referenceOrder(model, mask, column, order, ds, lang));
                for (int r = 0; r < model.rowCount(); r += 97)
                    CHECK(model.rowOfEvent(model.eventAtRow(r)) == r);
                CHECK(model.rowOfEvent(0) == -1); // filtered out
            }
        }
    }
}

TEST_CASE("A filter change keeps the sorted order and needs no new sort", "[app][model][eventtable]")
{
    const DatasetPtr ds = mixedDataset(2000);
    EventTableModel model;
    model.setData(ds, {}, Language::English);
    model.sort(EventTableModel::ImportanceColumn, Qt::DescendingOrder);
    EventMask mask(size_t(ds->eventCount()), 0);
    for (size_t i = 0; i < mask.size(); i += 2)
        mask[i] = 1;
    model.setData(ds, mask, Language::English);
    CHECK(model.isSorted());
    CHECK(model.rowCount() == 1000);
    CHECK(shownOrder(model) == referenceOrder(model, mask, EventTableModel::ImportanceColumn, Qt::DescendingOrder, ds, Language::English));
}

TEST_CASE("A big dataset's title order is made on a thread and then shown", "[app][model][eventtable]")
{
    const DatasetPtr ds = mixedDataset(EventTableModel::THREADED_SORT_MIN_EVENTS + 5000);
    EventTableModel model;
    model.setData(ds, {}, Language::English);
    QSignalSpy ready(&model, &EventTableModel::sortReady);
    model.sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
    // Until it arrives the rows are all there, in dataset order.
    CHECK(model.rowCount() == ds->eventCount());
    if (!model.isSorted())
        REQUIRE(ready.wait(30000));
    REQUIRE(model.isSorted());
    CHECK(shownOrder(model) == referenceOrder(model, {}, EventTableModel::TitleColumn, Qt::AscendingOrder, ds, Language::English));

    // A newer request wins over one still being made.
    model.sort(EventTableModel::TitleColumn, Qt::DescendingOrder);
    model.sort(EventTableModel::CompanyColumn, Qt::AscendingOrder);
    CHECK(model.isSorted());
    const std::vector<int> byCompany = shownOrder(model);
    QTest::qWait(500);
    CHECK(shownOrder(model) == byCompany);
}
