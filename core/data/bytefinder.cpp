// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/bytefinder.h"

#include <cstring>
#include <utility>

#if defined(__x86_64__) && defined(__GNUC__)
#define CHRONO_BYTEFINDER_X86 1
#include <immintrin.h>
#endif

namespace chrono {

ByteFinder::ByteFinder(std::string needle, const ByteCounts& counts)
    : m_needle(std::move(needle))
{
    Q_ASSERT(!m_needle.empty());
    const auto count = [&](size_t i) { return counts[quint8(m_needle[i])]; };
    for (size_t i = 1; i < m_needle.size(); ++i)
        if (count(i) < count(m_first))
            m_first = i;
    // The second filter byte: the rarest other position, preferring a different byte value
    // (a repeated byte filters less).
    m_second = m_first;
    auto key = [&](size_t i) { return std::pair { m_needle[i] == m_needle[m_first], count(i) }; };
    for (size_t i = 0; i < m_needle.size(); ++i)
        if (i != m_first && (m_second == m_first || key(i) < key(m_second)))
            m_second = i;
}

const char* ByteFinder::findScalar(const char* from, const char* end) const
{
    const size_t m = m_needle.size();
    const char first = m_needle[m_first];
    const char* p = from + m_first;
    const char* const last = end - (m - m_first) + 1; // exclusive bound for the rare byte's position
    while (p < last) {
        p = static_cast<const char*>(std::memchr(p, first, size_t(last - p)));
        if (!p)
            return nullptr;
        const char* start = p - m_first;
        if (std::memcmp(start, m_needle.data(), m) == 0)
            return start;
        ++p;
    }
    return nullptr;
}

#ifdef CHRONO_BYTEFINDER_X86

namespace {

/// Candidate starts s in [from, from + 32·k) with s[first] and s[second] equal to the needle's
/// bytes there, checked 32 at a time; then the full compare. Returns `end` when none is left
/// in the vectorised part, and the caller finishes the tail.
__attribute__((target("avx2"))) const char* findAvx2(const char* from, const char* end, const std::string& needle, size_t first,
    size_t second, const char** tail)
{
    const size_t m = needle.size();
    const __m256i a = _mm256_set1_epi8(needle[first]);
    const __m256i b = _mm256_set1_epi8(needle[second]);
    const char* s = from;
    for (; s + 32 + m - 1 <= end; s += 32) {
        const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + first));
        const __m256i y = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(s + second));
        quint32 bits = quint32(_mm256_movemask_epi8(_mm256_and_si256(_mm256_cmpeq_epi8(x, a), _mm256_cmpeq_epi8(y, b))));
        while (bits) {
            const int k = __builtin_ctz(bits);
            if (std::memcmp(s + k, needle.data(), m) == 0)
                return s + k;
            bits &= bits - 1;
        }
    }
    *tail = s;
    return nullptr;
}

const char* findSse2(const char* from, const char* end, const std::string& needle, size_t first, size_t second, const char** tail)
{
    const size_t m = needle.size();
    const __m128i a = _mm_set1_epi8(needle[first]);
    const __m128i b = _mm_set1_epi8(needle[second]);
    const char* s = from;
    for (; s + 16 + m - 1 <= end; s += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + first));
        const __m128i y = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + second));
        quint32 bits = quint32(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x, a), _mm_cmpeq_epi8(y, b))));
        while (bits) {
            const int k = __builtin_ctz(bits);
            if (std::memcmp(s + k, needle.data(), m) == 0)
                return s + k;
            bits &= bits - 1;
        }
    }
    *tail = s;
    return nullptr;
}

bool hasAvx2()
{
    static const bool avx2 = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") != 0;
    }();
    return avx2;
}

} // namespace

const char* ByteFinder::find(const char* from, const char* end) const
{
    if (end - from < qptrdiff(m_needle.size()))
        return nullptr;
    const char* tail = from;
    const char* hit = hasAvx2() ? findAvx2(from, end, m_needle, m_first, m_second, &tail)
                                : findSse2(from, end, m_needle, m_first, m_second, &tail);
    return hit ? hit : findScalar(tail, end);
}

#else

const char* ByteFinder::find(const char* from, const char* end) const
{
    if (end - from < qptrdiff(m_needle.size()))
        return nullptr;
    return findScalar(from, end);
}

#endif

} // namespace chrono
