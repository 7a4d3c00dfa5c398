// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <string>

namespace chrono {

/**
 * @brief Folds text for matching: case folded, accents stripped (NFKD drops combining marks),
 * full-width forms mapped to ASCII (compatibility decomposition).
 *
 * This is the definition of what text search ignores; appendFoldedBytes() is its fast
 * equivalent for building and querying the search index.
 */
QString foldForSearch(QStringView text);

/**
 * @brief Appends foldForSearch(text) to `out`, each UTF-16 unit of the folded text encoded on
 * its own as 1–3 bytes the way UTF-8 encodes a code point below U+10000 (CESU-8: a surrogate
 * pair becomes two 3-byte sequences; lone surrogates are kept).
 *
 * The encoding is prefix-free and self-synchronising, so for any two texts `a` and `b`,
 * fold(a) contains fold(b) as UTF-16 exactly when the encoded bytes of a contain those of b;
 * English text costs one byte per character, Chinese three (instead of two in UTF-16).
 *
 * Folding goes character by character through a table built once (on first use, a few ms;
 * thread-safe), which gives the same result as foldForSearch() on the whole text because
 * decomposition is per character and the only reordering NFKD does is among the combining
 * marks that folding drops (tests/core/tst_searchfold.cpp checks every code point).
 *
 * One difference, for malformed text only: QString::toCaseFolded() turns a lone surrogate
 * into U+FFFD when some other character of the same string changes case, and keeps it
 * otherwise; here a lone surrogate is always kept. No reader produces lone surrogates (they
 * reject them as malformed input).
 */
void appendFoldedBytes(QStringView text, std::string& out);

/// Bytes one UTF-16 unit of the BMP can fold to, at most (a ligature such as U+FDFA folds to 18
/// characters, 33 bytes).
constexpr qptrdiff MAX_FOLDED_BYTES = 64;

/**
 * @brief appendFoldedBytes() into a caller's buffer: writes at `out` and returns the end, or
 * nullptr when the bytes would pass `limit` (what was written then is garbage; grow and
 * retry). Never fails with 3·text.size() + MAX_FOLDED_BYTES bytes of room, except for text
 * with characters beyond the BMP that fold to several.
 */
char* foldInto(QStringView text, char* out, char* limit);

/// appendFoldedBytes() into a new string.
std::string foldToBytes(QStringView text);

/// The byte form of already folded text (what appendFoldedBytes() appends for the text it folds).
std::string encodeFolded(QStringView folded);

} // namespace chrono
