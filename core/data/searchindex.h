// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/foldedstrings.h"

#include <string>
#include <vector>

namespace chrono {

class Dataset;

/**
 * @brief The folded text of a dataset's events, laid out for substring search; what
 * EventFilter searches. Dataset::searchIndex() builds it once per snapshot.
 *
 * What an event's text is: its titles and descriptions in both languages, its tags, and its
 * company's id and names (searchableText() spells it out). They are kept in three parts so
 * that text shared by many events is folded and searched once:
 * - per event, the titles and descriptions, folded (appendFoldedBytes(): one byte per ASCII
 *   character) into one buffer (about 32 bytes per event for the synthetic data) with a 32-bit
 *   offset per event;
 * - per company, its id and names;
 * - per distinct tag list, the tags; each interned (confidence, tags, sources) entry of the
 *   dataset maps to its tag list.
 * A query scans the event buffer once with a SIMD filter, then ORs in the events whose company
 * or tag list matched.
 */
class SearchIndex {
public:
    explicit SearchIndex(const Dataset& dataset);

    /**
     * @brief Clears every set entry of `mask` whose event's text does not contain `needle`.
     * Entries already clear are not searched.
     * @param needle the query through foldToBytes(); not empty and without
     * FoldedStrings::FIELD_END (such a query can span fields: see searchableText())
     * @param dataset the dataset this index was built from
     * @param mask one entry (0 or 1) per event
     */
    void restrict(const std::string& needle, const Dataset& dataset, std::vector<quint8>& mask) const;

    int eventCount() const { return int(m_events.count()); }
    size_t memoryBytes() const;

private:
    FoldedStrings m_events; ///< titles and descriptions, per event
    FoldedStrings m_companies; ///< id and names, per company
    FoldedStrings m_tagLists; ///< tags, per distinct tag list
    std::vector<quint32> m_tagListOfExtras; ///< per interned extras entry: its index in m_tagLists
    ByteFinder::ByteCounts m_byteCounts {}; ///< byte frequencies of all three
};

/**
 * @brief The text search looks for, of event `i`, folded: the old one-string definition that
 * SearchIndex splits up. Titles, descriptions, tags, then company id and names, joined by
 * U+001F. For queries that contain U+001F, and tests.
 */
QString searchableText(const Dataset& dataset, int i);

} // namespace chrono
