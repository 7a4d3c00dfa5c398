// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/lanelayout.h"

#include <catch2/catch.hpp>

using namespace chrono;

namespace {
DatasetPtr laneDataset()
{
    DatasetBuilder b;
    b.addCompany(Company { QStringLiteral("zeta"), { QStringLiteral("Zeta"), QStringLiteral("泽塔") }, QString() });
    b.addCompany(Company { QStringLiteral("alpha"), { QStringLiteral("alpha"), QStringLiteral("阿尔法") }, QString() });
    b.addCompany(Company { QStringLiteral("mid"), { QStringLiteral("Mid"), QString() }, QString() });
    b.addCompany(Company { QStringLiteral("idle"), { QStringLiteral("Idle"), QString() }, QString() });
    auto add = [&](const char* id, const char* date, const char* company) {
        Event e;
        e.id = QString::fromLatin1(id);
        e.start = parseIsoDate(QString::fromLatin1(date)).date;
        e.company = QString::fromLatin1(company);
        b.addEvent(e);
    };
    add("z1", "2025-03-01", "zeta");
    add("a1", "2025-02-01", "alpha");
    add("a2", "2025-05-01", "alpha");
    add("a3", "2025-06-01", "alpha");
    add("m1", "2025-01-01", "mid");
    add("n1", "2025-04-01", "");
    return b.build();
}
std::vector<int> keys(const LaneSet& set)
{
    std::vector<int> k;
    for (const Lane& l : set.lanes)
        k.push_back(l.key);
    return k;
}
}

TEST_CASE("Lanes are the companies plus a no-company lane, in the chosen order", "[core][lanelayout]")
{
    const DatasetPtr ds = laneDataset();
    const int none = noCompanyLaneKey(*ds);
    LaneOptions o;
    o.hideEmpty = false;
    CHECK(keys(buildLanes(*ds, {}, o, Language::English)) == std::vector<int> { 0, 1, 2, 3, none });
    o.hideEmpty = true;
    const LaneSet set = buildLanes(*ds, {}, o, Language::English);
    CHECK(keys(set) == std::vector<int> { 0, 1, 2, none });
    CHECK(set.lanes[1].eventCount == 3);
    CHECK(set.laneOfKey[3] == -1);
    CHECK(set.laneOfEvent(*ds, ds->eventIndex(u"n1")) == 3);

    o.order = LaneOrder::Name;
    CHECK(keys(buildLanes(*ds, {}, o, Language::English)) == std::vector<int> { 1, 2, 0, none });
    o.order = LaneOrder::FirstEvent;
    CHECK(keys(buildLanes(*ds, {}, o, Language::English)) == std::vector<int> { 2, 1, 0, none });
    o.order = LaneOrder::EventCount;
    CHECK(buildLanes(*ds, {}, o, Language::English).lanes.front().key == 1);
}

TEST_CASE("Hiding empty lanes follows the mask, and collapsed lanes are flagged", "[core][lanelayout]")
{
    const DatasetPtr ds = laneDataset();
    EventMask mask(size_t(ds->eventCount()), 0);
    mask[size_t(ds->eventIndex(u"a2"))] = 1;
    LaneOptions o;
    o.collapsed.insert(QStringLiteral("alpha"));
    const LaneSet set = buildLanes(*ds, mask, o, Language::English);
    REQUIRE(keys(set) == std::vector<int> { 1 });
    CHECK(set.lanes[0].collapsed);
    CHECK(set.lanes[0].eventCount == 1);
    CHECK(set.lanes[0].firstStart == ds->starts()[size_t(ds->eventIndex(u"a2"))]);
}

TEST_CASE("Overlapping items stack into new rows, and the cap reports overflow", "[core][lanelayout]")
{
    const std::vector<StackItem> items { { 0, 50 }, { 10, 30 }, { 52, 60 }, { 56, 70 }, { 58, 80 } };
    const StackResult r = stackRows(items, 3, 4.0);
    CHECK(r.rows == std::vector<int> { 0, 1, 1, 0, 2 });
    CHECK(r.rowCount == 3);
    CHECK(r.overflow == 0);
    const StackResult capped = stackRows(items, 2, 4.0);
    CHECK(capped.rows == std::vector<int> { 0, 1, 1, 0, -1 });
    CHECK(capped.overflow == 1);
    CHECK(stackRows({}, 3, 4).rowCount == 0);
}

TEST_CASE("Marks span their whole period and are never thinner than the minimum", "[core][lanelayout]")
{
    DatasetBuilder b;
    Event month;
    month.id = QStringLiteral("m");
    month.start = parseIsoDate(u"2025-02").date;
    b.addEvent(month);
    Event day;
    day.id = QStringLiteral("d");
    day.start = parseIsoDate(u"2025-02-10").date;
    b.addEvent(day);
    const DatasetPtr ds = b.build();
    const TimeMs jan = daysFromCivil(2025, 1, 1) * MS_PER_DAY;
    const TimeScale s { { jan, jan + 365 * MS_PER_DAY }, 0, 365 };
    const PixelSpan m = eventMarkSpan(*ds, ds->eventIndex(u"m"), s);
    CHECK(m.x0 == Approx(31));
    CHECK(m.x1 == Approx(59)); // February 2025 has 28 days
    const PixelSpan d = eventMarkSpan(*ds, ds->eventIndex(u"d"), s);
    CHECK(d.x1 - d.x0 == Approx(MIN_MARK_PX));
    CHECK((d.x0 + d.x1) / 2 == Approx(40.5));
}

TEST_CASE("Stacking by priority serves key events and their labels first", "[core][lanelayout]")
{
    // Three marks in a row; the middle one is the key event and its label reaches far right.
    const std::vector<PriorityStackItem> items { { 0, 10, 60, 1 }, { 20, 30, 200, 5 }, { 100, 110, 150, 2 } };
    std::vector<quint8> labelled;
    const StackResult one = stackRowsByPriority(items, 1, 4.0, &labelled);
    CHECK(one.rows == std::vector<int> { 0, 0, -1 });
    CHECK(one.overflow == 1);
    CHECK(labelled == std::vector<quint8> { 0, 1, 0 });
    const StackResult two = stackRowsByPriority(items, 2, 4.0, &labelled);
    CHECK(two.rows == std::vector<int> { 1, 0, 1 });
    CHECK(two.rowCount == 2);
    CHECK(two.overflow == 0);
    CHECK(labelled == std::vector<quint8> { 1, 1, 1 });
}

TEST_CASE("A label kept on the left of its mark reserves room there, not on the right", "[core][layout]")
{
    // b's label cannot go right (the edge), so its room is kept left of its mark: b, the most
    // important, takes [-50, 60) with its label, which leaves no room for a's mark in one row,
    // while c, right after b's mark, fits.
    std::vector<PriorityStackItem> items = {
        { 0, 10, 10, 3 }, // a: no label
        { 50, 60, 160, 5 }, // b: a 100 px label
        { 70, 80, 80, 1 }, // c: no label, right after b's mark
    };
    items[1].labelLeft = true;
    std::vector<quint8> labelled;
    const StackResult one = stackRowsByPriority(items, 1, 4.0, &labelled);
    CHECK(one.rows == std::vector<int> { -1, 0, 0 });
    CHECK(labelled[1] == 1);
    CHECK(one.overflow == 1);
    // With a second row a goes there.
    const StackResult two = stackRowsByPriority(items, 2, 4.0, &labelled);
    CHECK(two.rows == std::vector<int> { 1, 0, 0 });
    // Reserved on the right instead, the same label would push c out of the row.
    items[1].labelLeft = false;
    const StackResult right = stackRowsByPriority(items, 1, 4.0, &labelled);
    CHECK(right.rows[2] == -1);
}
