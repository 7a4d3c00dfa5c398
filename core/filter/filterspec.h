// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/data/searchfold.h"

#include <QtCore/QSet>
#include <QtCore/QString>

#include <optional>
#include <vector>

namespace chrono {

/**
 * @brief What the user wants to see. Empty sets mean "all". One spec drives every view
 * and the command line.
 */
struct FilterSpec {
    QSet<QString> companies; ///< company ids; empty = all
    QSet<QString> categories; ///< category ids; empty = all
    QString text; ///< case-, accent- and width-insensitive; empty = all
    std::optional<TimeMs> from; ///< events ending before this are hidden
    std::optional<TimeMs> to; ///< events starting at or after this are hidden (exclusive)
    int minImportance = 1;

    bool isEmpty() const
    {
        return companies.isEmpty() && categories.isEmpty() && text.isEmpty() && !from && !to && minImportance <= 1;
    }
    friend bool operator==(const FilterSpec& a, const FilterSpec& b)
    {
        return a.companies == b.companies && a.categories == b.categories && a.text == b.text && a.from == b.from
            && a.to == b.to && a.minImportance == b.minImportance;
    }
    friend bool operator!=(const FilterSpec& a, const FilterSpec& b) { return !(a == b); }
};

/// One byte per event: 1 = visible. Indexes follow the dataset's event order.
using EventMask = std::vector<quint8>;

/**
 * @brief Evaluates a FilterSpec over a dataset, column-wise.
 *
 * Time, importance, company and category are one branch-free pass over the columns; a text
 * query then searches only the events still visible, through the dataset's SearchIndex
 * (Dataset::searchIndex(): built once per snapshot, so typing in the search field does not
 * re-fold a million titles).
 */
class EventFilter {
public:
    explicit EventFilter(DatasetPtr dataset = {});
    void setDataset(DatasetPtr dataset);
    const DatasetPtr& dataset() const { return m_dataset; }

    EventMask evaluate(const FilterSpec& spec) const;
    /// Series the spec keeps: a series is shown when its company passes (or it has none).
    bool seriesVisible(const Series& series, const FilterSpec& spec) const;

private:
    DatasetPtr m_dataset;
};

/// Number of set entries.
int countVisible(const EventMask& mask);

} // namespace chrono
