// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/columnroles.h"

#include <catch2/catch.hpp>

using namespace chrono;

TEST_CASE("Column roles come from header synonyms, case-insensitively", "[core][columnroles]")
{
    struct Case {
        const char* header;
        ColumnRole role;
    };
    const auto c = GENERATE(Case { "Publication date", ColumnRole::Start }, Case { "START_DATE", ColumnRole::Start }, Case { "date", ColumnRole::Start },
        Case { "End Date", ColumnRole::End }, Case { "Model", ColumnRole::Title }, Case { "Headline", ColumnRole::Title },
        Case { "Organisation", ColumnRole::Company }, Case { "Lab", ColumnRole::Company }, Case { "Entity", ColumnRole::Company },
        Case { "Domain", ColumnRole::Category }, Case { "Abstract", ColumnRole::Description }, Case { "Links", ColumnRole::Url },
        Case { "Reference", ColumnRole::Source }, Case { "importance", ColumnRole::Importance }, Case { "ID", ColumnRole::Id },
        Case { "Year", ColumnRole::Year }, Case { "Month", ColumnRole::Month }, Case { "Day", ColumnRole::Day },
        Case { "End  Year", ColumnRole::EndYear }, Case { "Code", ColumnRole::Code }, Case { "Tags", ColumnRole::Tags });
    const QStringList headers { QStringLiteral("unrelated"), QString::fromLatin1(c.header) };
    const ColumnRoleDetection d = detectColumnRoles(headers);
    REQUIRE(d.ok());
    CHECK(d.roles.column(c.role) == 1);
    CHECK(d.roles.roleOf(0) == std::nullopt);
}

TEST_CASE("The most preferred synonym wins and a column has one role", "[core][columnroles]")
{
    const QStringList headers { QStringLiteral("Name"), QStringLiteral("Title"), QStringLiteral("Date"), QStringLiteral("Start") };
    const ColumnRoles roles = detectColumnRoles(headers).roles;
    CHECK(roles.column(ColumnRole::Title) == 1); // "title" is preferred to "name"
    CHECK(roles.column(ColumnRole::Start) == 3);
    CHECK(roles.hasStart());
}

TEST_CASE("Column map overrides win over detection", "[core][columnroles]")
{
    const QStringList headers { QStringLiteral("Model"), QStringLiteral("Publication date"), QStringLiteral("Last modified"), QStringLiteral("Domain") };
    const ColumnRoleDetection d = detectColumnRoles(headers,
        { { QStringLiteral("start"), QStringLiteral("last modified") }, { QStringLiteral("category"), QString() },
            { QStringLiteral("Title"), QStringLiteral("Domain") } });
    REQUIRE(d.ok());
    CHECK(d.roles.column(ColumnRole::Start) == 2);
    CHECK(d.roles.column(ColumnRole::Title) == 3);
    CHECK_FALSE(d.roles.has(ColumnRole::Category)); // the empty override removed it
}

TEST_CASE("An override naming a missing column or an unknown role is an error", "[core][columnroles]")
{
    const QStringList headers { QStringLiteral("Model"), QStringLiteral("When") };
    const ColumnRoleDetection missing = detectColumnRoles(headers, { { QStringLiteral("start"), QStringLiteral("Publication date") } });
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error.contains(QStringLiteral("\"Publication date\"")));
    CHECK(missing.error.contains(QStringLiteral("\"Model\", \"When\"")));
    const ColumnRoleDetection unknown = detectColumnRoles(headers, { { QStringLiteral("colour"), QStringLiteral("Model") } });
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error.contains(QStringLiteral("colour")));
    CHECK(unknown.error.contains(QStringLiteral("start")));
}

TEST_CASE("Role names round-trip", "[core][columnroles]")
{
    for (int i = 0; i < COLUMN_ROLE_COUNT; ++i) {
        const ColumnRole role = ColumnRole(i);
        CHECK(columnRoleFromName(columnRoleName(role)) == role);
        CHECK_FALSE(columnRoleSynonyms(role).isEmpty());
    }
    CHECK(columnRoleFromName(u"End_Year") == ColumnRole::EndYear);
}

TEST_CASE("Multi-valued cells split on commas, semicolons and lines", "[core][columnroles]")
{
    CHECK(splitMultiValue(u"Google,DeepMind") == QStringList { QStringLiteral("Google"), QStringLiteral("DeepMind") });
    CHECK(splitMultiValue(u"Google DeepMind, Google") == QStringList { QStringLiteral("Google DeepMind"), QStringLiteral("Google") });
    CHECK(splitMultiValue(u" OpenAI ;Microsoft\nOpenAI,, ") == QStringList { QStringLiteral("OpenAI"), QStringLiteral("Microsoft") });
    CHECK(splitMultiValue(u"").isEmpty());
}

TEST_CASE("Slugs make stable ids", "[core][columnroles]")
{
    CHECK(slugify(u"Google DeepMind") == QStringLiteral("google-deepmind"));
    CHECK(slugify(u"  360 Safe Browser!") == QStringLiteral("360-safe-browser"));
    CHECK(slugify(u"Université Paris") == QStringLiteral("université-paris"));
    CHECK(slugify(u"--").isEmpty());
    CHECK(normalizeHeader(u" Publication_Date ") == QStringLiteral("publication date"));
}
