// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/date.h"
#include "core/data/localizedtext.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <tuple>

namespace chrono {

/// Index of a company / category in a Dataset; NO_INDEX when the event has none.
constexpr quint16 NO_INDEX = 0xFFFF;

/// A lane owner. `color` is "#rrggbb" (core has no QColor); empty means "pick one".
struct Company {
    QString id;
    LocalizedText name;
    QString color;
    friend bool operator==(const Company& a, const Company& b) { return std::tie(a.id, a.name, a.color) == std::tie(b.id, b.name, b.color); }
};

struct Category {
    QString id;
    LocalizedText name;
    QString color;
    friend bool operator==(const Category& a, const Category& b) { return std::tie(a.id, a.name, a.color) == std::tie(b.id, b.name, b.color); }
};

/// Where a fact comes from. Every event and point of the embedded dataset names at least one.
struct Source {
    QString id;
    QString publisher;
    QString title;
    Date date; ///< invalid when unknown
    QString url;
    friend bool operator==(const Source& a, const Source& b)
    {
        return std::tie(a.id, a.publisher, a.title, a.date, a.url) == std::tie(b.id, b.publisher, b.title, b.date, b.url);
    }
};

/// A period that frames events, drawn as a band across lanes (e.g. the open-source week).
struct Era {
    QString id;
    LocalizedText title;
    Date start;
    Date end; ///< inclusive: the era covers end's whole period
    QString color; ///< "#rrggbb" or empty
    friend bool operator==(const Era& a, const Era& b) { return std::tie(a.id, a.title, a.start, a.end, a.color) == std::tie(b.id, b.title, b.start, b.end, b.color); }
};

/// One event as a value. Datasets store events column-wise; this is what readers produce,
/// writers consume and the details panel shows.
struct Event {
    QString id;
    Date start;
    Date end; ///< invalid for a point event; inclusive (covers end's whole period)
    QString company; ///< company id
    QString category; ///< category id
    LocalizedText title;
    LocalizedText description;
    int importance = 1; ///< 1 (minor) .. 5 (key moment)
    QString confidence; ///< e.g. verified-primary; free text
    QStringList tags;
    QStringList links; ///< URLs
    QStringList sources; ///< source ids

    bool isRange() const { return end.isValid(); }
    friend bool operator==(const Event& a, const Event& b)
    {
        return std::tie(a.id, a.start, a.end, a.company, a.category, a.title, a.description, a.importance, a.confidence, a.tags, a.links, a.sources)
            == std::tie(b.id, b.start, b.end, b.company, b.category, b.title, b.description, b.importance, b.confidence, b.tags, b.links, b.sources);
    }
};

enum class PointStatus : quint8 {
    Measured, ///< a measurement from the named sources
    Claim, ///< a figure as reported or claimed, not verified: drawn apart
    Unsupported, ///< a measurement its cited sources do not bear out: drawn apart, left out of totals
};

QString pointStatusName(PointStatus status); ///< "measured", "claim", "unsupported"
PointStatus pointStatusFromName(QStringView name, bool* ok = nullptr);

struct SeriesPoint {
    Date date;
    double value = 0;
    QStringList sources; ///< source ids, each once, the first the main one
    PointStatus status = PointStatus::Measured;
    QString note; ///< e.g. a claim's verdict
    friend bool operator==(const SeriesPoint& a, const SeriesPoint& b)
    {
        return std::tie(a.date, a.value, a.sources, a.status, a.note) == std::tie(b.date, b.value, b.sources, b.status, b.note);
    }
};

enum class SeriesKind : quint8 { Share, Price, Count, Other };

/// One line of a chart. Lines with the same `group` are drawn on one chart.
struct Series {
    QString id;
    QString group; ///< chart id; equals id when the series stands alone
    QString company; ///< company id, may be empty
    LocalizedText title;
    QString unit;
    SeriesKind kind = SeriesKind::Other;
    QList<SeriesPoint> points; ///< sorted by date
    friend bool operator==(const Series& a, const Series& b)
    {
        return std::tie(a.id, a.group, a.company, a.title, a.unit, a.kind, a.points) == std::tie(b.id, b.group, b.company, b.title, b.unit, b.kind, b.points);
    }
};

/// What the dataset is; printed in export footers and the About page.
struct DatasetMeta {
    LocalizedText title;
    LocalizedText description;
    Date asOf;
    QString license;
    /// What the file calls its lanes ("Group", "Category"); empty means companies. Names the
    /// lane header and the no-lane row ("No group").
    LocalizedText laneLabel;
    friend bool operator==(const DatasetMeta& a, const DatasetMeta& b)
    {
        return std::tie(a.title, a.description, a.asOf, a.license, a.laneLabel) == std::tie(b.title, b.description, b.asOf, b.license, b.laneLabel);
    }
};

/// How a claim of the source article stands against the evidence.
enum class Verdict : quint8 {
    Correct, ///< the sources confirm the claim as worded
    Redefined, ///< the numbers exist but measure something else
    Contradicted, ///< the sources say otherwise
    Unsourced, ///< no source for the claim was found
    PartlyCorrect, ///< part holds, part is wrong or unconfirmed
    Unsupported, ///< the sources read do not bear the figure out, though none refutes it
    Opinion, ///< an interpretation, not a checkable fact; related facts are dated
};

/// A claim from a published text, set beside what the sources say (the claims view).
struct Claim {
    QString id; ///< e.g. "S2"
    QString quote; ///< exact wording in the original language
    LocalizedText claim; ///< rendering of the claim
    LocalizedText evidence; ///< what the sources say
    Verdict verdict = Verdict::Unsourced;
    QStringList sources; ///< source ids
    QStringList series; ///< related series ids or groups (the chart to show)
    QStringList events; ///< related event ids
    friend bool operator==(const Claim& a, const Claim& b)
    {
        return std::tie(a.id, a.quote, a.claim, a.evidence, a.verdict, a.sources, a.series, a.events)
            == std::tie(b.id, b.quote, b.claim, b.evidence, b.verdict, b.sources, b.series, b.events);
    }
};

QString verdictName(Verdict verdict); ///< "correct", "redefined", "contradicted", "unsourced", "partly-correct", "unsupported", "opinion"
Verdict verdictFromName(QStringView name, bool* ok = nullptr);

QString seriesKindName(SeriesKind kind);
SeriesKind seriesKindFromName(QStringView name, bool* ok = nullptr);

} // namespace chrono

Q_DECLARE_METATYPE(chrono::Event)

