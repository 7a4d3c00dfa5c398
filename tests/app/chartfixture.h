// SPDX-License-Identifier: GPL-3.0-or-later
// A small dataset for the chart tests and benchmarks: a share group of three companies plus a
// claim line, a price group with step changes, and a few events including a range.
#pragma once

#include "core/data/dataset.h"

#include <QtCore/QRandomGenerator>

#include <cmath>

namespace chrono::test {

inline Date day(int y, int m, int d)
{
    return Date::fromYmd(y, m, d);
}

inline Event chartEvent(const char* id, Date start, const char* company, const char* title, int importance, Date end = {})
{
    Event e;
    e.id = QString::fromUtf8(id);
    e.start = start;
    e.end = end;
    e.company = QString::fromUtf8(company);
    e.category = QStringLiteral("release");
    e.title.en = QString::fromUtf8(title);
    e.importance = importance;
    return e;
}

inline DatasetPtr chartDataset()
{
    DatasetBuilder b;
    b.addCompany({ QStringLiteral("openai"), { QStringLiteral("OpenAI"), QStringLiteral("OpenAI") }, QStringLiteral("#10a37f") });
    b.addCompany({ QStringLiteral("google"), { QStringLiteral("Google"), QString::fromUtf8("谷歌") }, QStringLiteral("#4285f4") });
    b.addCompany({ QStringLiteral("deepseek"), { QStringLiteral("DeepSeek"), QString::fromUtf8("深度求索") }, QStringLiteral("#4d6bfe") });
    b.addSource({ QStringLiteral("sw"), QStringLiteral("Similarweb"), QStringLiteral("Global AI Tracker"), Date::fromYmd(2026, 1, 7), {} });
    b.addSource({ QStringLiteral("kjs"), QString::fromUtf8("快科技"), QStringLiteral("DeepSeek usage report"), Date::fromYmd(2025, 7, 9), {} });
    b.addSource({ QStringLiteral("pricing"), QStringLiteral("Official pricing pages"), QString(), Date(), {} });

    struct Line {
        const char* company;
        const char* title;
        double from, to;
    };
    const Line shares[] = { { "openai", "ChatGPT", 87.2, 78.0 }, { "google", "Gemini", 5.4, 16.0 }, { "deepseek", "DeepSeek", 2.0, 4.0 } };
    for (const Line& l : shares) {
        Series s;
        s.company = QString::fromUtf8(l.company);
        s.id = QStringLiteral("similarweb-share/") + s.company;
        s.group = QStringLiteral("similarweb-share");
        s.title.en = QString::fromUtf8(l.title);
        s.unit = QStringLiteral("%");
        s.kind = SeriesKind::Share;
        for (int m = 0; m < 13; ++m) {
            const double t = m / 12.0;
            // DeepSeek peaks in February, the others drift.
            const double bump = s.company == u"deepseek" ? 4.0 * std::exp(-std::pow(m - 2, 2) / 2.0) : 0.0;
            s.points.append({ Date::fromYmd(2025 + (m == 12 ? 1 : 0), m == 12 ? 1 : m + 1), l.from + (l.to - l.from) * t + bump,
                { QStringLiteral("sw") }, PointStatus::Measured, QString() });
        }
        b.addSeries(s);
    }
    Series claim;
    claim.id = QStringLiteral("similarweb-share/deepseek-claim");
    claim.group = QStringLiteral("similarweb-share");
    claim.company = QStringLiteral("deepseek");
    claim.title.en = QStringLiteral("DeepSeek usage");
    claim.unit = QStringLiteral("%");
    claim.kind = SeriesKind::Share;
    claim.points.append({ Date::fromYmd(2025, 1), 50, { QStringLiteral("kjs") }, PointStatus::Claim, QStringLiteral("contradicted: never reached 50 %") });
    claim.points.append({ Date::fromYmd(2025, 7), 3, { QStringLiteral("kjs") }, PointStatus::Claim, QStringLiteral("contradicted") });
    b.addSeries(claim);

    auto price = [&](const char* id, const char* company, const char* title, std::initializer_list<std::pair<Date, double>> pts) {
        Series s;
        s.id = QStringLiteral("api-price-input-usd/") + QString::fromUtf8(id);
        s.group = QStringLiteral("api-price-input-usd");
        s.company = QString::fromUtf8(company);
        s.title.en = QString::fromUtf8(title);
        s.unit = QStringLiteral("USD / 1M input tokens");
        s.kind = SeriesKind::Price;
        for (const auto& p : pts)
            s.points.append({ p.first, p.second, { QStringLiteral("pricing") }, PointStatus::Measured, QString() });
        b.addSeries(s);
    };
    price("o1", "openai", "o1", { { day(2024, 12, 17), 15 } });
    price("o3", "openai", "o3", { { day(2025, 4, 16), 10 }, { day(2025, 6, 10), 2 } });
    price("r1", "deepseek", "DeepSeek-R1", { { day(2025, 1, 20), 0.55 }, { day(2025, 9, 5), 0.56 }, { day(2025, 9, 29), 0.28 } });
    price("gemini-pro", "google", "Gemini 2.5 Pro", { { day(2025, 3, 25), 1.25 } });

    b.addEvent(chartEvent("r1", day(2025, 1, 20), "deepseek", "DeepSeek-R1 released", 5));
    b.addEvent(chartEvent("oss-week", day(2025, 2, 24), "deepseek", "Open-source week", 3, day(2025, 2, 28)));
    b.addEvent(chartEvent("gemini-25", day(2025, 3, 25), "google", "Gemini 2.5 Pro", 4));
    b.addEvent(chartEvent("o3-cut", day(2025, 6, 10), "openai", "o3 price cut −80 %", 4));
    b.addEvent(chartEvent("grok3", day(2025, 2, 17), "xai", "Grok 3", 2));
    b.addEvent(chartEvent("gpt5", day(2025, 8, 7), "openai", "GPT-5 released", 5));
    return b.build();
}

/// `lines` series of `points` evenly spaced noisy values in one group "dense".
inline DatasetPtr denseDataset(int lines, qsizetype points, quint32 seed = 42)
{
    DatasetBuilder b;
    QRandomGenerator rng(seed);
    const TimeMs start = Date::fromYmd(1990, 1, 1).ms;
    const TimeMs step = std::max<TimeMs>(60000, 30LL * 365 * MS_PER_DAY / std::max<qsizetype>(1, points));
    for (int l = 0; l < lines; ++l) {
        Series s;
        s.id = QStringLiteral("dense/%1").arg(l);
        s.group = QStringLiteral("dense");
        s.title.en = QStringLiteral("Line %1").arg(l + 1);
        s.unit = QStringLiteral("units");
        s.points.resize(points);
        double v = 100 + 20 * l;
        for (qsizetype i = 0; i < points; ++i) {
            v += rng.generateDouble() * 2 - 1;
            s.points[i].date = Date::fromMs(start + i * step, DatePrecision::Minute);
            s.points[i].value = v;
        }
        b.addSeries(s);
    }
    return b.build();
}

} // namespace chrono::test
