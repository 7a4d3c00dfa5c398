// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/searchfold.h"

#include <catch2/catch.hpp>

#include <random>

using namespace chrono;

namespace {

/// The byte form appendFoldedBytes() promises, written independently: each UTF-16 unit as UTF-8
/// would encode a code point of that value.
std::string encodeUnits(const QString& folded)
{
    std::string out;
    for (QChar c : folded) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            out += char(u);
        } else if (u < 0x800) {
            out += char(0xC0 | (u >> 6));
            out += char(0x80 | (u & 0x3F));
        } else {
            out += char(0xE0 | (u >> 12));
            out += char(0x80 | ((u >> 6) & 0x3F));
            out += char(0x80 | (u & 0x3F));
        }
    }
    return out;
}

QString fromCodePoint(char32_t cp)
{
    return QString::fromUcs4(&cp, 1);
}

} // namespace

TEST_CASE("Fast folding equals foldForSearch for every code point", "[core][filter][search]")
{
    int mismatches = 0;
    for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
        if (cp >= 0xD800 && cp < 0xE000)
            continue;
        const QString s = fromCodePoint(cp);
        if (foldToBytes(s) != encodeUnits(foldForSearch(s))) {
            if (++mismatches <= 10)
                FAIL_CHECK("code point U+" << QString::number(uint(cp), 16).toStdString());
        }
    }
    CHECK(mismatches == 0);
}

TEST_CASE("Fast folding equals foldForSearch on mixed text", "[core][filter][search]")
{
    // Pieces chosen to meet the cases where folding a whole text could differ from folding
    // character by character: runs of combining marks in non-canonical order, Hangul,
    // compatibility forms, case folding that expands, surrogate pairs.
    const char32_t pieces[] = { U'A', U'z', U' ', U'1', U'\x1F', U'É', U'é', U'ß', U'ẞ', U'İ', U'ı', U'Σ', U'ς', U'\u0301', U'\u0327',
        U'\u0323', U'\u0345', U'\u05B0', U'\u0F71', U'\u0F72', U'\u302A', U'ﬃ', U'Å', U'Ω', U'K', U'한', U'글', U'ᄀ', U'\u1161', U'Ａ',
        U'ｂ', U'０', U'ｶ', U'\uFF9E', U'㍿', U'①', U'ǅ', U'ﷺ', U'合', U'作', U'𝐀', U'😀', U'𐐀', U'\U0001D15E', U'Ⅻ', U'ǰ', U'ΐ' };
    std::mt19937 rng(7);
    std::uniform_int_distribution<size_t> pick(0, std::size(pieces) - 1);
    std::uniform_int_distribution<int> length(0, 12);
    for (int round = 0; round < 20000; ++round) {
        QString s;
        const int len = length(rng);
        for (int k = 0; k < len; ++k)
            s += fromCodePoint(pieces[pick(rng)]);
        QString units;
        for (QChar c : s)
            units += QString::number(c.unicode(), 16) + u' ';
        INFO(units.toStdString());
        REQUIRE(foldToBytes(s) == encodeUnits(foldForSearch(s)));
    }
}

TEST_CASE("Folded bytes: case, accents and width", "[core][filter][search]")
{
    CHECK(foldToBytes(u"Café RÉSUMÉ") == "cafe resume");
    CHECK(foldToBytes(u"ＤｅｅｐＳｅｅｋ") == "deepseek");
    CHECK(foldToBytes(u"合作") == std::string("\xE5\x90\x88\xE4\xBD\x9C"));
    CHECK(foldToBytes(u"\u0301").empty());
}

TEST_CASE("Fast folding keeps lone surrogates", "[core][filter][search]")
{
    // QString::toCaseFolded() would turn this one into U+FFFD because 'A' changes case (see
    // searchfold.h); readers never let a lone surrogate through.
    const QString s = QStringLiteral("A") + QChar(char16_t(0xD835)) + QStringLiteral("b");
    CHECK(foldToBytes(s) == "a" + encodeFolded(QString(QChar(char16_t(0xD835)))) + "b");
}
