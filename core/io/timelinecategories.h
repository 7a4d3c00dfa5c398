// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/io/importnames.h"

#include <QtCore/QHash>
#include <QtCore/QString>

namespace chrono {

/**
 * @brief thetimelineproj categories (both file formats) as the dataset's categories and lanes.
 *
 * Each category becomes a category with its colour; the lane of an event follows the
 * grouping chosen with `--map lane=…`: "category" (the default: one lane per category, in
 * its colour), "parent" (the top-level category of its parent chain) or "none" (no lanes).
 * Lanes are added when first used, so a category without events makes no empty lane.
 */
class TimelineCategories {
public:
    /// True for the groupings above (and the empty default).
    static bool isGrouping(const QString& grouping);
    TimelineCategories(DatasetBuilder& builder, const QString& grouping);
    /// Declares a category; false when the name was declared before (the first is kept).
    bool declare(const QString& name, const QString& color, const QString& parent = {});
    bool isDeclared(const QString& name) const { return m_declared.contains(name); }
    /// Sets the event's category (an undeclared one is added without a colour) and its lane.
    void assign(Event& event, const QString& categoryName);

private:
    struct Declared {
        QString color;
        QString parent;
    };
    QString categoryId(const QString& name);
    QString laneId(const QString& name);
    QString root(const QString& name) const;

    DatasetBuilder& m_builder;
    QString m_grouping;
    QHash<QString, Declared> m_declared;
    SlugIds m_categoryIds { QStringLiteral("category") };
    SlugIds m_laneIds { QStringLiteral("category") };
};

/// True when a thetimelineproj time is a plain date or midnight: that program writes
/// 00:00:00 for events that have no time of day.
bool isTimelineMidnight(QStringView text);
/// "2013-03-30 11:16:00" -> a Date at minute precision, or day precision when @p dayOnly.
bool parseTimelineTime(QStringView text, bool dayOnly, Date& date);

} // namespace chrono
