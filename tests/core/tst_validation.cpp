// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/validation.h"

#include <catch2/catch.hpp>

using namespace chrono;

namespace {

DatasetPtr sampleDataset()
{
    DatasetBuilder b;
    b.addCompany({ QStringLiteral("deepseek"), { QStringLiteral("DeepSeek"), QStringLiteral("深度求索") }, QStringLiteral("#4d6bfe") });
    b.addCompany({ QStringLiteral("openai"), { QStringLiteral("OpenAI"), QString() }, QString() });
    b.addCategory({ QStringLiteral("model"), { QStringLiteral("Model release"), QString() }, QString() });
    b.addSource({ QStringLiteral("paper"), QStringLiteral("DeepSeek"), QStringLiteral("V3 report"), Date {}, QStringLiteral("https://arxiv.org/abs/2412.19437") });
    b.addSource({ QStringLiteral("blog"), QStringLiteral("OpenAI"), QStringLiteral("o3-mini"), Date {}, QString() });
    Event e;
    e.id = QStringLiteral("v3");
    e.start = parseIsoDate(u"2024-12-26").date;
    e.company = QStringLiteral("deepseek");
    e.category = QStringLiteral("model");
    e.title = { QStringLiteral("DeepSeek-V3"), QString() };
    e.sources = { QStringLiteral("paper") };
    b.addEvent(e);
    Event s;
    s.id = QStringLiteral("o3-mini");
    s.start = parseIsoDate(u"2025-01-31").date;
    s.company = QStringLiteral("openai");
    s.title = { QString(), QStringLiteral("o3-mini 发布") };
    s.sources = { QStringLiteral("blog"), QStringLiteral("paper") };
    b.addEvent(s);
    Series series;
    series.id = QStringLiteral("share");
    series.company = QStringLiteral("openai");
    series.points = { SeriesPoint { parseIsoDate(u"2025-01").date, 10.0, { QStringLiteral("blog") }, PointStatus::Measured, QString() } };
    b.addSeries(series);
    Claim claim;
    claim.id = QStringLiteral("S1");
    claim.sources = { QStringLiteral("paper") };
    b.addClaim(claim);
    return b.build();
}

Event validEvent()
{
    Event e;
    e.id = QStringLiteral("r1");
    e.start = parseIsoDate(u"2025-01-20").date;
    e.end = parseIsoDate(u"2025-01-22").date;
    e.company = QStringLiteral("deepseek");
    e.category = QStringLiteral("model");
    e.title = { QStringLiteral("DeepSeek-R1"), QStringLiteral("DeepSeek-R1 发布") };
    e.importance = 5;
    e.links = { QStringLiteral("https://github.com/deepseek-ai/DeepSeek-R1") };
    e.sources = { QStringLiteral("paper") };
    e.tags = { QStringLiteral("reasoning") };
    return e;
}

} // namespace

TEST_CASE("A complete event passes validation", "[core][validation]")
{
    const DatasetPtr ds = sampleDataset();
    CHECK(validateEvent(validEvent(), *ds).isEmpty());
    // Company and category are optional; a title in one language is enough.
    Event e = validEvent();
    e.company.clear();
    e.category.clear();
    e.title.en.clear();
    e.end = Date {};
    CHECK(validateEvent(e, *ds).isEmpty());
}

TEST_CASE("Each broken event field gives one problem", "[core][validation]")
{
    const DatasetPtr ds = sampleDataset();
    struct Case {
        const char* name;
        std::function<void(Event&)> breakIt;
        const char* expected;
    };
    const Case cases[] = {
        { "empty id", [](Event& e) { e.id.clear(); }, "id is empty" },
        { "id with a space around it", [](Event& e) { e.id = QStringLiteral(" r1"); }, "space" },
        { "id with a control character", [](Event& e) { e.id = QStringLiteral("r\u0001"); }, "control" },
        { "duplicate id", [](Event& e) { e.id = QStringLiteral("v3"); }, "already used" },
        { "no start", [](Event& e) { e.start = Date {}; }, "start date" },
        { "end before start", [](Event& e) { e.end = parseIsoDate(u"2025-01-19").date; }, "before the start" },
        { "unknown company", [](Event& e) { e.company = QStringLiteral("acme"); }, "Unknown company" },
        { "unknown category", [](Event& e) { e.category = QStringLiteral("rumour"); }, "Unknown category" },
        { "unknown source", [](Event& e) { e.sources.append(QStringLiteral("nowhere")); }, "Unknown source" },
        { "source twice", [](Event& e) { e.sources.append(QStringLiteral("paper")); }, "listed twice" },
        { "ftp link", [](Event& e) { e.links = { QStringLiteral("ftp://example.com/x") }; }, "http or https" },
        { "javascript link", [](Event& e) { e.links = { QStringLiteral("javascript:alert(1)") }; }, "http or https" },
        { "link without host", [](Event& e) { e.links = { QStringLiteral("https://") }; }, "http or https" },
        { "link with a space", [](Event& e) { e.links = { QStringLiteral("https://exa mple.com") }; }, "http or https" },
        { "importance 0", [](Event& e) { e.importance = 0; }, "between 1 and 5" },
        { "importance 6", [](Event& e) { e.importance = 6; }, "between 1 and 5" },
        { "no title", [](Event& e) { e.title = { QStringLiteral("  "), QString() }; }, "title" },
        { "empty tag", [](Event& e) { e.tags.append(QString()); }, "tag is empty" },
    };
    for (const Case& c : cases) {
        INFO(c.name);
        Event e = validEvent();
        c.breakIt(e);
        const QStringList problems = validateEvent(e, *ds);
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().contains(QLatin1String(c.expected)));
    }
}

TEST_CASE("Editing an event may keep its own id", "[core][validation]")
{
    const DatasetPtr ds = sampleDataset();
    Event e = ds->event(ds->eventIndex(u"v3"));
    CHECK(validateEvent(e, *ds, QStringLiteral("v3")).isEmpty());
    CHECK_FALSE(validateEvent(e, *ds, QStringLiteral("o3-mini")).isEmpty());
    CHECK_FALSE(validateEvent(e, *ds).isEmpty());
}

TEST_CASE("An end in the start's own period is not before the start", "[core][validation]")
{
    const DatasetPtr ds = sampleDataset();
    Event e = validEvent();
    e.start = parseIsoDate(u"2025-01-20").date;
    e.end = parseIsoDate(u"2025-01").date; // the whole of January: still covers the 20th
    CHECK(validateEvent(e, *ds).isEmpty());
    e.end = parseIsoDate(u"2024-12").date;
    CHECK(validateEvent(e, *ds).size() == 1);
}

TEST_CASE("Date fields report the parser's error and position", "[core][validation]")
{
    Date d;
    CHECK(parseDateField(u" 2025-02 ", true, d).isEmpty());
    CHECK(d == parseIsoDate(u"2025-02").date);
    CHECK(parseDateField(u"", false, d).isEmpty());
    CHECK_FALSE(d.isValid());
    CHECK(parseDateField(u"", true, d).contains(QLatin1String("empty")));
    const QString error = parseDateField(u"2025-02-30", true, d);
    CHECK_FALSE(d.isValid());
    CHECK(error.startsWith(QLatin1String("\"2025-02-30\"")));
    CHECK(error.contains(QLatin1String("at character")));
    CHECK_FALSE(parseDateField(u"2025-13", true, d).isEmpty());
    CHECK_FALSE(parseDateField(u"yesterday", false, d).isEmpty());
}

TEST_CASE("Companies, categories and sources are validated", "[core][validation]")
{
    const DatasetPtr ds = sampleDataset();
    Company c { QStringLiteral("google"), { QStringLiteral("Google"), QString() }, QStringLiteral("#1A73E8") };
    CHECK(validateCompany(c, *ds).isEmpty());
    c.color = QStringLiteral("blue");
    CHECK(validateCompany(c, *ds).size() == 1);
    c.color.clear();
    c.id = QStringLiteral("openai");
    CHECK(validateCompany(c, *ds).size() == 1);
    CHECK(validateCompany(c, *ds, QStringLiteral("openai")).isEmpty());
    c.name = {};
    CHECK(validateCompany(c, *ds, QStringLiteral("openai")).size() == 1);

    Category cat { QStringLiteral("model"), { QString(), QStringLiteral("模型") }, QStringLiteral("#12345g") };
    const QStringList catProblems = validateCategory(cat, *ds);
    CHECK(catProblems.size() == 2); // id taken, colour malformed

    Source s { QStringLiteral("new"), QString(), QStringLiteral("A report"), Date {}, QStringLiteral("https://example.com/r") };
    CHECK(validateSource(s, *ds).isEmpty());
    s.url = QStringLiteral("example.com/r");
    CHECK(validateSource(s, *ds).size() == 1);
    s.url.clear();
    s.title.clear();
    CHECK(validateSource(s, *ds).size() == 1);
    s.publisher = QStringLiteral("Someone");
    s.id = QStringLiteral("blog");
    CHECK(validateSource(s, *ds).size() == 1);
}

TEST_CASE("References to companies, categories and sources are found", "[core][validation]")
{
    const DatasetPtr ds = sampleDataset();
    CHECK(eventsOfCompany(*ds, u"deepseek") == QStringList { QStringLiteral("v3") });
    CHECK(eventsOfCompany(*ds, u"nobody").isEmpty());
    CHECK(seriesOfCompany(*ds, u"openai") == QStringList { QStringLiteral("share") });
    CHECK(eventsOfCategory(*ds, u"model") == QStringList { QStringLiteral("v3") });
    CHECK(usesOfSource(*ds, u"paper") == QStringList { QStringLiteral("event v3"), QStringLiteral("event o3-mini"), QStringLiteral("claim S1") });
    CHECK(usesOfSource(*ds, u"blog") == QStringList { QStringLiteral("event o3-mini"), QStringLiteral("series share") });
}

TEST_CASE("URL and colour helpers", "[core][validation]")
{
    CHECK(isHttpUrl(QStringLiteral("https://example.com")));
    CHECK(isHttpUrl(QStringLiteral("http://example.com/a?b=c#d")));
    CHECK_FALSE(isHttpUrl(QStringLiteral("HTTPS://")));
    CHECK_FALSE(isHttpUrl(QStringLiteral("file:///etc/passwd")));
    CHECK_FALSE(isHttpUrl(QStringLiteral(" https://example.com")));
    CHECK_FALSE(isHttpUrl(QString()));
    CHECK(isHexColor(u"#a0B1c2"));
    CHECK_FALSE(isHexColor(u"a0B1c2"));
    CHECK_FALSE(isHexColor(u"#a0B1c"));
}
