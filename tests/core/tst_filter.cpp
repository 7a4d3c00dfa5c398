// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filter/filterspec.h"

#include <catch2/catch.hpp>

using namespace chrono;

namespace {

Event makeEvent(const char* id, const char* date, const char* company, const char* category, const QString& titleEn,
    const QString& titleZh = QString(), int importance = 1)
{
    Event e;
    e.id = QString::fromUtf8(id);
    e.start = parseIsoDate(QString::fromUtf8(date)).date;
    e.company = QString::fromUtf8(company);
    e.category = QString::fromUtf8(category);
    e.title = { titleEn, titleZh };
    e.importance = importance;
    e.sources = { QStringLiteral("s1") };
    return e;
}

DatasetPtr sample()
{
    DatasetBuilder b;
    b.addCompany({ QStringLiteral("deepseek"), { QStringLiteral("DeepSeek"), QStringLiteral("深度求索") }, QString() });
    b.addCompany({ QStringLiteral("openai"), { QStringLiteral("OpenAI"), QString() }, QString() });
    b.addEvent(makeEvent("r1", "2025-01-20", "deepseek", "model-release", QStringLiteral("DeepSeek-R1 released"), QStringLiteral("DeepSeek-R1 正式发布"), 5));
    b.addEvent(makeEvent("o3mini", "2025-01-31", "openai", "model-release", QStringLiteral("o3-mini launches"), QString(), 4));
    b.addEvent(makeEvent("cafe", "2024-06", "openai", "product", QStringLiteral("Café résumé feature")));
    b.addEvent(makeEvent("wide", "2023-11-02", "deepseek", "open-source", QStringLiteral("ＤｅｅｐＳｅｅｋ Coder")));
    return b.build();
}

} // namespace

TEST_CASE("An empty filter shows everything", "[core][filter]")
{
    const DatasetPtr ds = sample();
    const EventFilter filter(ds);
    CHECK(countVisible(filter.evaluate({})) == 4);
}

TEST_CASE("Company, category, importance and date range combine", "[core][filter]")
{
    const DatasetPtr ds = sample();
    const EventFilter filter(ds);
    FilterSpec f;
    f.companies = { QStringLiteral("openai") };
    CHECK(countVisible(filter.evaluate(f)) == 2);
    f.categories = { QStringLiteral("product") };
    CHECK(countVisible(filter.evaluate(f)) == 1);
    FilterSpec g;
    g.minImportance = 4;
    CHECK(countVisible(filter.evaluate(g)) == 2);
    FilterSpec h;
    h.from = parseIsoDate(u"2025").date.ms;
    CHECK(countVisible(filter.evaluate(h)) == 2);
    // A month-precision event overlaps a range that starts inside its month.
    FilterSpec m;
    m.from = parseIsoDate(u"2024-06-15").date.ms;
    m.to = parseIsoDate(u"2024-06-20").date.endMs();
    const EventMask mask = filter.evaluate(m);
    CHECK(countVisible(mask) == 1);
    CHECK(mask[size_t(ds->eventIndex(u"cafe"))] == 1);
}

TEST_CASE("Text search ignores case, accents and width, and reads both languages", "[core][filter]")
{
    const DatasetPtr ds = sample();
    const EventFilter filter(ds);
    auto matches = [&](const QString& text) {
        FilterSpec f;
        f.text = text;
        return countVisible(filter.evaluate(f));
    };
    CHECK(matches(QStringLiteral("cafe resume")) == 1);
    CHECK(matches(QStringLiteral("CAFÉ")) == 1);
    CHECK(matches(QStringLiteral("deepseek coder")) == 1); // full-width letters in the title
    CHECK(matches(QStringLiteral("正式发布")) == 1);
    CHECK(matches(QStringLiteral("深度求索")) == 2); // the company's Chinese name
    CHECK(matches(QStringLiteral("o3-MINI")) == 1);
    CHECK(matches(QStringLiteral("nothing like this")) == 0);
}

TEST_CASE("Series follow the company filter", "[core][filter]")
{
    const DatasetPtr ds = sample();
    const EventFilter filter(ds);
    Series s;
    s.company = QStringLiteral("openai");
    FilterSpec f;
    CHECK(filter.seriesVisible(s, f));
    f.companies = { QStringLiteral("deepseek") };
    CHECK_FALSE(filter.seriesVisible(s, f));
    s.company.clear();
    CHECK(filter.seriesVisible(s, f));
}
