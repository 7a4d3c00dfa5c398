// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/syntheticdata.h"

#include <algorithm>

namespace chrono {

namespace {

/// xorshift32: tiny, fast and identical everywhere (std distributions are not portable).
class Rng {
public:
    explicit Rng(quint32 seed) : m_state(seed ? seed : 0x9e3779b9u) { }
    quint32 next()
    {
        m_state ^= m_state << 13;
        m_state ^= m_state >> 17;
        m_state ^= m_state << 5;
        return m_state;
    }
    /// Uniform in [0, n).
    quint32 below(quint32 n) { return n ? quint32((quint64(next()) * n) >> 32) : 0; }
    double unit() { return double(next()) / 4294967296.0; }

private:
    quint32 m_state;
};

const char* const SUBJECTS[] = { "Model", "Chip", "Paper", "Release", "Benchmark", "Funding", "Partnership", "Launch",
    "Update", "Report" };
const char* const SUBJECTS_ZH[] = { "模型", "芯片", "论文", "版本", "基准", "融资", "合作", "发布", "更新", "报告" };

} // namespace

DatasetPtr generateSyntheticEvents(int count, int lanes, quint32 seed)
{
    count = std::max(0, count);
    lanes = std::clamp(lanes, 1, 200);
    Rng rng(seed);
    DatasetBuilder builder;
    builder.meta().title = { QStringLiteral("Synthetic events"), QStringLiteral("合成事件") };
    for (int l = 0; l < lanes; ++l) {
        const QString id = QStringLiteral("c%1").arg(l + 1, 2, 10, QLatin1Char('0'));
        builder.addCompany(Company { id, { QStringLiteral("Company %1").arg(QChar(u'A' + l % 26)) + (l >= 26 ? QString::number(l / 26) : QString()),
                                              QStringLiteral("公司%1").arg(l + 1) },
            QString() });
    }
    for (int c = 0; c < 4; ++c)
        builder.addCategory(Category { QStringLiteral("k%1").arg(c + 1), { QStringLiteral("Kind %1").arg(c + 1), QStringLiteral("类别%1").arg(c + 1) }, QString() });

    // A few burst centres per lane make the density uneven, like real news.
    const qint64 totalDays = (SYNTHETIC_END_MS - SYNTHETIC_START_MS) / MS_PER_DAY;
    std::vector<qint64> bursts(size_t(lanes) * 3);
    for (qint64& b : bursts)
        b = rng.below(quint32(totalDays));

    builder.reserveEvents(count);
    for (int i = 0; i < count; ++i) {
        Event e;
        const int lane = int(rng.below(quint32(lanes)));
        qint64 day;
        if (rng.below(4) == 0) // a quarter of the events cluster within ±10 days of a burst
            day = std::clamp<qint64>(bursts[size_t(lane) * 3 + rng.below(3)] + qint64(rng.below(21)) - 10, 0, totalDays - 1);
        else
            day = rng.below(quint32(totalDays));
        const TimeMs dayMs = SYNTHETIC_START_MS + day * MS_PER_DAY;
        const quint32 p = rng.below(100);
        if (p < 3)
            e.start = Date::fromMs(dayMs, DatePrecision::Year);
        else if (p < 12)
            e.start = Date::fromMs(dayMs, DatePrecision::Month);
        else if (p < 20)
            e.start = Date::fromMs(dayMs + TimeMs(rng.below(24 * 60)) * 60000, DatePrecision::Minute);
        else
            e.start = Date::fromMs(dayMs, DatePrecision::Day);
        if (rng.below(10) == 0) {
            const TimeMs len = TimeMs(1 + rng.below(90)) * MS_PER_DAY;
            e.end = Date::fromMs(std::min(dayMs + len, SYNTHETIC_END_MS - MS_PER_DAY), DatePrecision::Day);
            if (e.end.ms < e.start.ms)
                e.end = Date();
        }
        const quint32 r = rng.below(1000);
        e.importance = r < 10 ? 5 : r < 60 ? 4 : r < 200 ? 3 : r < 450 ? 2 : 1;
        e.id = QStringLiteral("e%1").arg(i);
        e.company = QStringLiteral("c%1").arg(lane + 1, 2, 10, QLatin1Char('0'));
        e.category = QStringLiteral("k%1").arg(1 + rng.below(4));
        const quint32 s = rng.below(10);
        e.title = { QLatin1String(SUBJECTS[s]) + u' ' + QString::number(i), QString::fromUtf8(SUBJECTS_ZH[s]) + QString::number(i) };
        builder.addEvent(e);
    }
    return builder.build();
}

} // namespace chrono
