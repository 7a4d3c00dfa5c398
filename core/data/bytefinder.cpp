// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/bytefinder.h"

#include <QtCore/QByteArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <utility>
#include <vector>

#if defined(__x86_64__) && defined(__GNUC__)
#define CHRONO_BYTEFINDER_X86 1
#include <immintrin.h>
#endif

namespace chrono {

namespace {

/// The SIMD filter: bit i of word w set when base[64w + i + pos[j]] == byte[j] for all four
/// j, for the words [0, words). Reads up to 64·words + max(pos) + 63 bytes from base.
/// When `needle` is longer than the filter, each candidate is then compared in full, at
/// once, while its bytes are in the cache (a separate pass would miss it every time).
using FilterFn = void (*)(const char* base, size_t words, const size_t* pos, const char* byte, const std::string& needle, quint64* bits);

/// Clears the candidates of `c` (starts at p + bit) where the needle is not.
inline quint64 verified(quint64 c, const char* p, const std::string& needle)
{
    for (quint64 rest = c; rest; rest &= rest - 1) {
        const int i = __builtin_ctzll(rest);
        if (std::memcmp(p + i, needle.data(), needle.size()) != 0)
            c &= ~(quint64(1) << i);
    }
    return c;
}

[[maybe_unused]] void filterScalar(const char* base, size_t words, const size_t* pos, const char* byte, const std::string& needle, quint64* bits)
{
    const bool verify = needle.size() > 4;
    for (size_t w = 0; w < words; ++w) {
        const char* p = base + 64 * w;
        quint64 c = 0;
        for (int i = 0; i < 64; ++i)
            c |= quint64(p[i + pos[0]] == byte[0] && p[i + pos[1]] == byte[1] && p[i + pos[2]] == byte[2] && p[i + pos[3]] == byte[3]) << i;
        bits[w] = verify ? verified(c, p, needle) : c;
    }
}

#ifdef CHRONO_BYTEFINDER_X86

void filterSse2(const char* base, size_t words, const size_t* pos, const char* byte, const std::string& needle, quint64* bits)
{
    const bool verify = needle.size() > 4;
    __m128i v[4];
    for (int j = 0; j < 4; ++j)
        v[j] = _mm_set1_epi8(byte[j]);
    for (size_t w = 0; w < words; ++w) {
        const char* p = base + 64 * w;
        quint64 c = 0;
        for (int part = 0; part < 4; ++part) {
            __m128i all = _mm_set1_epi8(-1);
            for (int j = 0; j < 4; ++j)
                all = _mm_and_si128(all, _mm_cmpeq_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * part + pos[j])), v[j]));
            c |= quint64(quint32(_mm_movemask_epi8(all))) << (16 * part);
        }
        bits[w] = verify && c ? verified(c, p, needle) : c;
    }
}

__attribute__((target("avx2"))) void filterAvx2(const char* base, size_t words, const size_t* pos, const char* byte, const std::string& needle,
    quint64* bits)
{
    const bool verify = needle.size() > 4;
    const __m256i v0 = _mm256_set1_epi8(byte[0]), v1 = _mm256_set1_epi8(byte[1]);
    const __m256i v2 = _mm256_set1_epi8(byte[2]), v3 = _mm256_set1_epi8(byte[3]);
    const size_t p0 = pos[0], p1 = pos[1], p2 = pos[2], p3 = pos[3];
    auto half = [&](const char* p) __attribute__((always_inline, target("avx2"))) {
        const __m256i a = _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + p0)), v0);
        const __m256i b = _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + p1)), v1);
        const __m256i c = _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + p2)), v2);
        const __m256i d = _mm256_cmpeq_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p + p3)), v3);
        return quint32(_mm256_movemask_epi8(_mm256_and_si256(_mm256_and_si256(a, b), _mm256_and_si256(c, d))));
    };
    for (size_t w = 0; w < words; ++w) {
        const char* p = base + 64 * w;
        const quint64 c = quint64(half(p)) | quint64(half(p + 32)) << 32;
        bits[w] = verify && c ? verified(c, p, needle) : c;
    }
}

FilterFn bestFilter()
{
    // CHRONOSCOPE_SIMD=sse2 or none picks a slower path, so that tests cover them all.
    const QByteArray forced = qgetenv("CHRONOSCOPE_SIMD");
    if (forced == "none")
        return filterScalar;
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && forced != "sse2" ? filterAvx2 : filterSse2;
}

#else

FilterFn bestFilter()
{
    return filterScalar;
}

#endif

const FilterFn s_filter = bestFilter();

constexpr size_t BLOCK_WORDS = 256; ///< 16 KB of text per block

/// Where deciding strings stands between blocks.
struct BlockState {
    size_t next = 0; ///< first string not decided yet
    quint32 matchesBefore = 0; ///< matches before the current block
    quint32 matchesBeforeNext = 0; ///< matches before string `next`
};

/**
 * Decides the strings that end in one block, whose match bitmap is `bits` (n words from word
 * `from`, then a zero word). A match never spans two strings (the needle has no FIELD_END), so
 * string k holds one when there are more matches before its end than before its start:
 * a rank lookup per string, no branch per string or per match. 1 stays 1 with a match, 0 stays
 * 0, 2 stays 2; the comparison is a subtraction's sign bit, as compilers turn a compared
 * boolean into a mispredicted branch here.
 */
__attribute__((always_inline)) inline void decideBlockBody(const quint64* bits, size_t n, size_t from, size_t blockEnd, const quint32* offsets,
    size_t count, quint8* flags, BlockState& state)
{
    std::array<quint32, BLOCK_WORDS + 1> rank; // matches before each word
    quint32 r = state.matchesBefore;
    for (size_t w = 0; w <= n; ++w) {
        rank[w] = r;
        r += quint32(__builtin_popcountll(bits[w]));
    }
    state.matchesBefore = rank[n];
    quint32 before = state.matchesBeforeNext;
    size_t k = state.next;
    for (; k < count && offsets[k + 1] <= blockEnd; ++k) {
        const size_t x = offsets[k + 1] - 64 * from;
        const quint32 atEnd = rank[x >> 6] + quint32(__builtin_popcountll(bits[x >> 6] & ((quint64(1) << (x & 63)) - 1)));
        flags[k] &= quint8((quint64(before) - atEnd) >> 63) | 2;
        before = atEnd;
    }
    state.next = k;
    state.matchesBeforeNext = before;
}

using DecideFn = void (*)(const quint64* bits, size_t n, size_t from, size_t blockEnd, const quint32* offsets, size_t count, quint8* flags,
    BlockState& state);

// The same body twice: inlined where the POPCNT instruction may be used, and where not
// (x86-64's baseline lacks it, and the compiler then calls a library routine per word).
[[maybe_unused]] void decideBlock(const quint64* bits, size_t n, size_t from, size_t blockEnd, const quint32* offsets, size_t count,
    quint8* flags, BlockState& state)
{
    decideBlockBody(bits, n, from, blockEnd, offsets, count, flags, state);
}

#ifdef CHRONO_BYTEFINDER_X86
__attribute__((target("popcnt"))) void decideBlockPopcnt(const quint64* bits, size_t n, size_t from, size_t blockEnd, const quint32* offsets,
    size_t count, quint8* flags, BlockState& state)
{
    decideBlockBody(bits, n, from, blockEnd, offsets, count, flags, state);
}
#endif

DecideFn bestDecide()
{
#ifdef CHRONO_BYTEFINDER_X86
    __builtin_cpu_init();
    if (__builtin_cpu_supports("popcnt") && qgetenv("CHRONOSCOPE_SIMD") != "none")
        return decideBlockPopcnt;
#endif
    return decideBlock;
}

const DecideFn s_decide = bestDecide();

} // namespace

ByteFinder::ByteFinder(std::string needle, const ByteCounts& counts)
    : m_needle(std::move(needle))
{
    Q_ASSERT(!m_needle.empty());
    const size_t m = m_needle.size();
    const auto count = [&](size_t i) { return counts[quint8(m_needle[i])]; };
    size_t first = 0;
    for (size_t i = 1; i < m; ++i)
        if (count(i) < count(first))
            first = i;
    // The second: the rarest other position, preferring a different byte value (a repeated
    // byte filters less).
    size_t second = first;
    auto key = [&](size_t i) { return std::pair { m_needle[i] == m_needle[first], count(i) }; };
    for (size_t i = 0; i < m; ++i)
        if (i != first && (second == first || key(i) < key(second)))
            second = i;
    // Then the ends: bytes far from the rare ones are the least correlated with them ("port"
    // in "report" passes a filter on 'p' and 't' of "partner", not one on its 'r' at the end).
    std::vector<size_t> order { first, second, 0, m - 1 };
    for (size_t i = 1; i + 1 < m; ++i)
        order.push_back(i);
    size_t filled = 0;
    for (size_t i : order) {
        if (filled < FILTER_BYTES && std::find(m_positions.begin(), m_positions.begin() + qptrdiff(filled), i) == m_positions.begin() + qptrdiff(filled))
            m_positions[filled++] = i;
    }
    for (; filled < FILTER_BYTES; ++filled)
        m_positions[filled] = m_positions[filled - 1];
    for (size_t j = 0; j < FILTER_BYTES; ++j)
        m_bytes[j] = m_needle[m_positions[j]];
}

bool ByteFinder::containsScalar(const char* s, size_t length) const
{
    const size_t m = m_needle.size();
    if (length < m)
        return false;
    const size_t rarest = m_positions[0];
    const char rare = m_needle[rarest];
    const char* p = s + rarest;
    const char* const last = s + (length - m) + rarest + 1; // exclusive bound for the rare byte
    while (p < last) {
        p = static_cast<const char*>(std::memchr(p, rare, size_t(last - p)));
        if (!p)
            return false;
        if (std::memcmp(p - rarest, m_needle.data(), m) == 0)
            return true;
        ++p;
    }
    return false;
}

void ByteFinder::markMatches(const char* base, size_t size, const char* limit, size_t from, size_t words, quint64* bits) const
{
    const size_t m = m_needle.size();
    const size_t starts = size >= m ? size - m + 1 : 0; // positions a match can start at
    // Words whose filter reads stay below `limit` go through SIMD, the last few bytes not.
    const size_t readable = size_t(limit - base);
    const size_t fastEnd = readable >= PADDING + m ? (readable - PADDING - m) / 64 + 1 : 0;
    const size_t fast = std::min(words, fastEnd > from ? fastEnd - from : 0);
    s_filter(base + 64 * from, fast, m_positions.data(), m_bytes.data(), m_needle, bits);
    for (size_t w = from + fast; w < from + words; ++w) {
        quint64 c = 0;
        for (size_t i = 64 * w; i < 64 * w + 64 && i < starts; ++i) {
            bool all = true;
            for (size_t j = 0; j < FILTER_BYTES; ++j)
                all = all && base[i + m_positions[j]] == m_bytes[j];
            c |= quint64(all) << (i & 63);
        }
        bits[w - from] = m > FILTER_BYTES ? verified(c, base + 64 * w, m_needle) : c;
    }
    // No match starts in the last m - 1 bytes (the filter may have seen padding there).
    for (size_t w = std::max(from, starts / 64); w < from + words; ++w)
        bits[w - from] &= 64 * w >= starts ? 0 : ~quint64(0) >> (64 - (starts - 64 * w));
}

void ByteFinder::restrictEach(const char* base, const quint32* offsets, size_t count, quint8* flags) const
{
    for (size_t k = 0; k < count; ++k)
        if (flags[k] == 1)
            flags[k] = containsScalar(base + offsets[k], offsets[k + 1] - offsets[k]) ? 1 : 0;
}

void ByteFinder::restrict(const char* base, const quint32* offsets, size_t count, quint8* flags, const char* limit) const
{
    const size_t flagged = size_t(std::count(flags, flags + count, quint8(1)));
    if (flagged == 0)
        return;
    // One by one costs tens of ns per string, the bitmap about a tenth of one per byte of
    // all strings.
    if (flagged * 32 < count) {
        restrictEach(base, offsets, count, flags);
        return;
    }
    // Blocks of the buffer small enough that their bitmap stays in the cache until the
    // strings ending in them are decided.
    std::array<quint64, BLOCK_WORDS + 1> bits;
    const size_t size = offsets[count];
    const size_t words = (size + 63) / 64;
    BlockState state;
    for (size_t from = 0; from < words; from += BLOCK_WORDS) {
        const size_t n = std::min(BLOCK_WORDS, words - from);
        markMatches(base, size, limit, from, n, bits.data());
        bits[n] = 0;
        s_decide(bits.data(), n, from, std::min(size, 64 * (from + n)), offsets, count, flags, state);
    }
    // Strings after the last byte (empty ones) hold nothing.
    for (size_t k = state.next; k < count; ++k)
        flags[k] &= 2;
}

} // namespace chrono
