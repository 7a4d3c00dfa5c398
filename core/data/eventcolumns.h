// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/entities.h"
#include "core/data/stringpool.h"

#include <QtCore/QHash>

#include <array>
#include <vector>

namespace chrono {

/**
 * @brief The column store behind Dataset and DatasetBuilder: one entry per event in each
 * column, strings in one UTF-16 pool. An implementation detail of core/data; other code reads
 * events through Dataset.
 *
 * Memory per event (besides the pool): start and end (16 bytes), company and category indexes
 * (4), importance and flags (2), the offset of the event's text block in the pool (4), six
 * 16-bit text lengths (12) and one index into a table of interned (confidence, tags, sources)
 * triples (4): 42 bytes, instead of 94 with an 8-byte pool reference per field.
 *
 * The six text fields of an event (id, titles, descriptions, links) are stored one after
 * another, so one offset and their lengths address all of them; the block stays valid when
 * the columns are permuted (sorting only reorders the columns, never the pool). A length of
 * 65,535 or more is kept in a side table keyed by the block's offset (untrusted files may hold
 * a huge description; ordinary ones never reach it).
 */
class EventColumns {
public:
    enum Field : quint8 { Id, TitleEn, TitleZh, DescEn, DescZh, Links, Confidence, Tags, Sources };
    static constexpr int TEXT_FIELDS = 6; ///< Id..Links: stored contiguously per event
    static constexpr char16_t LIST_SEPARATOR = 0x1F; ///< joins list fields in the pool
    static constexpr quint8 RANGE_FLAG = 0x4;

    size_t size() const { return start.size(); }
    void reserve(size_t events);
    /// Appends one event with its company and category already resolved to column values.
    void append(const Event& event, quint16 companyValue, quint16 categoryValue);
    QStringView text(size_t i, Field field) const;
    /// Entries of the interned (confidence, tags, sources) table that `extras` indexes.
    size_t extrasCount() const { return m_extraRefs.size(); }
    /// Field Confidence, Tags or Sources of interned entry `k`.
    QStringView extraText(quint32 k, Field field) const { return m_pool.view(m_extraRefs[k][field - TEXT_FIELDS]); }
    /// Reorders (and, when `order` is shorter, selects) the events: event k becomes old event
    /// order[k]. The pool is not touched.
    void select(const std::vector<quint32>& order);
    /// Frees spare capacity and the interning tables (no more appends after this).
    void freeze();
    size_t memoryBytes() const;

    std::vector<TimeMs> start, end;
    std::vector<quint16> company, category; ///< NO_INDEX when none
    std::vector<quint8> importance;
    std::vector<quint8> flags; ///< bits 0-1 start precision, bit 2 range, bits 3-4 end precision
    std::vector<quint32> textOffset; ///< start of the event's text block in the pool
    std::vector<quint16> textLength; ///< TEXT_FIELDS per event
    std::vector<quint32> extras; ///< index into extraRefs; 0 = no confidence, tags or sources
    TimeMs maxDuration = 0;

private:
    static constexpr quint16 LONG_TEXT = 0xFFFF;
    quint32 length(size_t i, int field) const;

    StringPool m_pool;
    std::vector<std::array<StringPool::Ref, 3>> m_extraRefs { std::array<StringPool::Ref, 3> {} };
    QHash<QString, quint32> m_extraIndex; ///< joined triple -> index; only while appending
    QHash<quint64, quint32> m_longLengths; ///< (text offset << 3 | field) -> length
};

} // namespace chrono
