// SPDX-License-Identifier: GPL-3.0-or-later
// Which sources stand behind what a view draws: the footer of every export lists them.
#include "app/render/viewrenderer.h"

#include <QtCore/QHash>

#include <algorithm>

namespace chrono::ui {

static QStringList byUse(const QHash<QString, int>& uses, const QStringList& firstSeen)
{
    QStringList ids = firstSeen;
    std::stable_sort(ids.begin(), ids.end(), [&uses](const QString& a, const QString& b) { return uses.value(a) > uses.value(b); });
    return ids;
}

QStringList eventSourceIds(const Dataset& dataset, const EventMask& mask, TimeRange range)
{
    QHash<QString, int> uses;
    QStringList firstSeen;
    const auto& starts = dataset.starts();
    const auto& ends = dataset.ends();
    // Events are sorted by start: skip straight to the first that can reach the range.
    const TimeMs from = range.start - dataset.maxDuration();
    const auto first = std::lower_bound(starts.begin(), starts.end(), from);
    for (auto i = size_t(first - starts.begin()); i < starts.size() && starts[i] < range.end; ++i) {
        if ((!mask.empty() && !mask[i]) || ends[i] <= range.start)
            continue;
        const Event e = dataset.event(int(i));
        for (const QString& s : e.sources) {
            if (!uses.contains(s))
                firstSeen.append(s);
            ++uses[s];
        }
    }
    return byUse(uses, firstSeen);
}

QStringList pointSourceIds(const Dataset& dataset, const QList<const Series*>& series, TimeRange range)
{
    Q_UNUSED(dataset);
    QHash<QString, int> uses;
    QStringList firstSeen;
    for (const Series* s : series) {
        for (const SeriesPoint& p : s->points) {
            if (!range.intersects(p.date.ms, p.date.endMs()))
                continue;
            for (const QString& id : p.sources) {
                if (!uses.contains(id))
                    firstSeen.append(id);
                ++uses[id];
            }
        }
    }
    return byUse(uses, firstSeen);
}

} // namespace chrono::ui
