// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/searchindex.h"
#include "core/data/syntheticdata.h"
#include "core/filter/filterspec.h"

#include <catch2/catch.hpp>

#include <random>
#include <thread>

using namespace chrono;

namespace {

const char* const WORDS[] = { "Partnership", "partner", "Café", "RÉSUMÉ", "ＤｅｅｐＳｅｅｋ", "Straße", "STRASSE", "ǅemal", "naïve", "Ångström",
    "合作", "发布", "模型", "深度求索", "😀", "𝐀lpha", "o3-mini", "R1", "x", "ch", "Σίσυφος", "İstanbul", "ﬁnal", "①②", "ｶﾞ" };
const char* const TAGS[] = { "open-source", "Pricing", "价格", "ÉTÉ", "gpu" };

QString word(std::mt19937& rng)
{
    return QString::fromUtf8(WORDS[rng() % std::size(WORDS)]);
}

QString phrase(std::mt19937& rng, int maxWords)
{
    QString s;
    const int count = int(rng() % uint(maxWords + 1));
    for (int k = 0; k < count; ++k)
        s += (k ? QStringLiteral(" ") : QString()) + word(rng);
    return s;
}

/// Events with every searchable field in use: both languages, descriptions, tags shared
/// between events, companies with names in both languages, events without a company.
DatasetPtr randomDataset(int events, quint32 seed)
{
    std::mt19937 rng(seed);
    DatasetBuilder b;
    for (int c = 0; c < 6; ++c)
        b.addCompany({ QStringLiteral("co%1").arg(c), { phrase(rng, 2), phrase(rng, 1) }, QString() });
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = QStringLiteral("e%1").arg(i);
        e.start = Date::fromMs(SYNTHETIC_START_MS + TimeMs(rng() % 1000) * MS_PER_DAY, DatePrecision::Day);
        if (rng() % 5)
            e.company = QStringLiteral("co%1").arg(rng() % 6);
        e.category = QStringLiteral("k%1").arg(rng() % 3);
        e.title = { phrase(rng, 3), phrase(rng, 2) };
        e.description = { phrase(rng, 4), phrase(rng, 2) };
        if (rng() % 3 == 0)
            e.tags = { QString::fromUtf8(TAGS[rng() % std::size(TAGS)]), QString::fromUtf8(TAGS[rng() % std::size(TAGS)]) };
        e.importance = 1 + int(rng() % 5);
        e.sources = { QStringLiteral("s%1").arg(rng() % 4) };
        b.addEvent(e);
    }
    return b.build();
}

/// What the filter must answer: the spec without text, then the folded-text definition.
EventMask bruteForce(const Dataset& ds, const FilterSpec& spec)
{
    FilterSpec withoutText = spec;
    withoutText.text.clear();
    EventMask mask = EventFilter(std::make_shared<const Dataset>(ds)).evaluate(withoutText);
    const QString needle = foldForSearch(spec.text.trimmed());
    if (spec.text.trimmed().isEmpty())
        return mask;
    for (int i = 0; i < ds.eventCount(); ++i)
        if (mask[size_t(i)])
            mask[size_t(i)] = searchableText(ds, i).contains(needle) ? 1 : 0;
    return mask;
}

/// Queries of every kind: pieces of real event text with the case changed, single characters,
/// words, CJK, nonsense, and spans across fields (with the U+001F separator).
QString randomQuery(const Dataset& ds, std::mt19937& rng)
{
    switch (rng() % 6) {
    case 0: {
        const QString text = searchableText(ds, int(rng() % uint(ds.eventCount())));
        if (text.isEmpty())
            return QStringLiteral("x");
        const int from = int(rng() % uint(text.size()));
        QString q = text.mid(from, 1 + int(rng() % 6));
        return rng() % 2 ? q.toUpper() : q;
    }
    case 1:
        return word(rng);
    case 2:
        return word(rng).left(1 + int(rng() % 2));
    case 3:
        return QStringLiteral("  ") + word(rng).toUpper() + QStringLiteral(" ");
    case 4:
        return QStringLiteral("zzq");
    default: {
        const QString text = searchableText(ds, int(rng() % uint(ds.eventCount())));
        const int sep = int(text.indexOf(QChar(0x1F)));
        return sep > 0 ? text.mid(std::max(0, sep - 2), 4) : QStringLiteral("ch");
    }
    }
}

} // namespace

TEST_CASE("Text search through the index equals the brute-force definition", "[core][filter][search]")
{
    const DatasetPtr ds = randomDataset(3000, GENERATE(1u, 2u, 3u));
    const EventFilter filter(ds);
    std::mt19937 rng(42);
    for (int round = 0; round < 300; ++round) {
        FilterSpec spec;
        spec.text = randomQuery(*ds, rng);
        if (round % 3 == 1)
            spec.companies = { QStringLiteral("co1"), QStringLiteral("co4") };
        if (round % 4 == 2) {
            spec.from = SYNTHETIC_START_MS + 200 * MS_PER_DAY;
            spec.to = SYNTHETIC_START_MS + 600 * MS_PER_DAY;
        }
        if (round % 5 == 3)
            spec.minImportance = 3;
        if (round % 7 == 5) { // a few events left: they are searched one by one
            spec.from = SYNTHETIC_START_MS + 500 * MS_PER_DAY;
            spec.to = SYNTHETIC_START_MS + 508 * MS_PER_DAY;
        }
        INFO("query: " << spec.text.toStdString());
        REQUIRE(filter.evaluate(spec) == bruteForce(*ds, spec));
    }
}

TEST_CASE("Text search on synthetic data equals the brute-force definition", "[core][filter][search]")
{
    const DatasetPtr ds = generateSyntheticEvents(20000);
    const EventFilter filter(ds);
    for (const char* query : { "partner", "12345", "a", "ch", "合作", "ＲＥＬÉＡＳＥ", "company b", "公司3", "c07", "9\x1f" "合" }) {
        FilterSpec spec;
        spec.text = QString::fromUtf8(query);
        INFO("query: " << query);
        const EventMask mask = filter.evaluate(spec);
        CHECK(mask == bruteForce(*ds, spec));
    }
}

TEST_CASE("The search index is built once per dataset, also from several threads", "[core][filter][search]")
{
    const DatasetPtr ds = generateSyntheticEvents(5000);
    CHECK_FALSE(ds->hasSearchIndex());
    std::shared_ptr<const SearchIndex> seen[2];
    std::thread a([&] { seen[0] = ds->searchIndex(); });
    std::thread b([&] { seen[1] = ds->searchIndex(); });
    a.join();
    b.join();
    CHECK(ds->hasSearchIndex());
    CHECK(seen[0] == seen[1]);
    CHECK(ds->searchIndex() == seen[0]);
    CHECK(seen[0]->eventCount() == 5000);
    CHECK(seen[0]->memoryBytes() > 0);

    // Released, the index is built again on demand; the old copy stays valid for its holder.
    ds->releaseSearchIndex();
    CHECK_FALSE(ds->hasSearchIndex());
    FilterSpec spec;
    spec.text = QStringLiteral("partner");
    const EventMask mask = EventFilter(ds).evaluate(spec);
    CHECK(ds->hasSearchIndex());
    CHECK(ds->searchIndex() != seen[0]);
    CHECK(seen[0]->eventCount() == 5000);
    CHECK(mask == bruteForce(*ds, spec));
}

TEST_CASE("Text search over no events and over events without text", "[core][filter][search]")
{
    DatasetBuilder b;
    Event e;
    e.id = QStringLiteral("bare");
    e.start = Date::fromMs(SYNTHETIC_START_MS, DatePrecision::Day);
    b.addEvent(e);
    const DatasetPtr bare = b.build();
    FilterSpec spec;
    spec.text = QStringLiteral("bare"); // ids are not searched
    CHECK(countVisible(EventFilter(bare).evaluate(spec)) == 0);
    spec.text = QStringLiteral("\u0301"); // folds to nothing: matches everything
    CHECK(countVisible(EventFilter(bare).evaluate(spec)) == 1);
    const DatasetPtr empty = DatasetBuilder().build();
    spec.text = QStringLiteral("x");
    CHECK(EventFilter(empty).evaluate(spec).empty());
}

TEST_CASE("FoldedStrings finds needles of any length anywhere, also at the buffer's end", "[core][filter][search]")
{
    std::mt19937 rng(11);
    const QString alphabet = QString::fromUtf8("abcab ch合作é");
    FoldedStrings strings;
    std::vector<QString> plain;
    for (int k = 0; k < 700; ++k) {
        QString s;
        const int length = k % 50 == 0 ? 300 : int(rng() % 40); // a few long ones, some empty
        for (int i = 0; i < length; ++i)
            s += alphabet.at(int(rng() % quint32(alphabet.size())));
        strings.beginString();
        strings.appendField(s);
        plain.push_back(s);
    }
    strings.finish();
    ByteFinder::ByteCounts counts {};
    strings.countBytes(counts);
    for (int round = 0; round < 400; ++round) {
        // Needles cut from the strings (the last ones often), 1 to 120 characters long.
        const size_t from = round % 3 == 0 ? plain.size() - 1 - size_t(rng() % 3) : size_t(rng() % plain.size());
        const QString& source = plain[from];
        if (source.isEmpty())
            continue;
        const int at = int(rng() % uint(source.size()));
        const QString needle = source.mid(at, 1 + int(rng() % 120));
        const std::string bytes = foldToBytes(needle);
        std::vector<quint8> flags(plain.size(), 1);
        if (round % 5 == 0) // few flags: the one-by-one path
            for (size_t k = 0; k < flags.size(); ++k)
                flags[k] = k % 40 == 0 || k == from;
        std::vector<quint8> expected = flags;
        for (size_t k = 0; k < plain.size(); ++k)
            expected[k] = flags[k] && strings.string(k).find(bytes) != std::string_view::npos;
        strings.restrict(ByteFinder(bytes, counts), flags.data());
        INFO("needle: " << needle.toStdString());
        REQUIRE(flags == expected);
        REQUIRE(flags[from] == 1);
    }
}
