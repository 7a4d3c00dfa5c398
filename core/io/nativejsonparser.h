// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/data/dataset.h"
#include "core/io/jsonreadcontext.h"
#include "core/io/jsonreader.h"

#include <QtCore/QHash>
#include <QtCore/QSet>

#include <functional>
#include <vector>

namespace chrono {

/// Uses of shared strings (JsonReadContext::readSharedString): each id is checked against
/// the declarations once per use, not once per event.
enum : quint8 { COMPANY_REF = 1, CATEGORY_REF = 2, SOURCE_REF = 4 };

/// Reads one document into a DatasetBuilder. Cross references (company, category, source,
/// series, event ids) may point forward in the file, so they are checked at the end.
/// (Internal to readNativeJson.)
class NativeJsonParser {
public:
    NativeJsonParser(JsonReadContext& ctx, JsonSourceMap* map)
        : m_ctx(ctx)
        , m_map(map)
    {
    }

    void parseDocument();
    DatasetPtr finish();

private:
    template<typename Fn>
    void parseArray(const char* what, const char* entryWhat, Fn&& element);
    bool requireId(const QString& id, qint64 objectOffset, const QString& what);
    void checkUnique(QSet<QString>& seen, const QString& id, qint64 at, const QString& what);
    void noteReference(QHash<QString, qint64>& pending, const QString& id, qint64 at);
    void checkReferences(const QHash<QString, qint64>& pending, const std::function<bool(const QString&)>& known,
        const QString& message);
    bool checkRange(const Date& start, Date& end, qint64 endAt);

    void parseMeta();
    void parseCompany();
    void parseCategory();
    void parseSource();
    void parseEra();
    void parseEvent();
    void parseSeries();
    bool parsePoint(SeriesPoint& point, Date previous);
    void sharePointSources(QStringList& sources);
    void parseClaim();
    void checkDuplicateEvents();

    JsonReadContext& m_ctx;
    JsonSourceMap* m_map;
    DatasetBuilder m_builder;
    bool m_sawFormat = false;
    bool m_sawVersion = false;
    std::vector<qint64> m_eventIdOffsets; ///< parallel to the builder's events
    /// Scratch value parseEvent() fills and streams into the builder; reused so that its
    /// strings keep their capacity from one event to the next.
    Event m_event;
    /// Scratch list for a point's "sources"; distinct lists are shared between points.
    QStringList m_pointSources;
    static constexpr qsizetype MAX_SHARED_SOURCE_LISTS = 1 << 14;
    QSet<QStringList> m_pointSourceLists;
    QSet<QString> m_companyIds, m_categoryIds, m_sourceIds, m_eraIds, m_seriesIds, m_claimIds;
    QHash<QString, qint64> m_pendingCompanies, m_pendingCategories, m_pendingSources, m_pendingSeries, m_pendingEvents;
};

} // namespace chrono
