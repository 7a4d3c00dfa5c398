// SPDX-License-Identifier: GPL-3.0-or-later
// Renders timeline-1m-density.png of docs/images (hidden test; run with
// CHRONOSCOPE_SCREENSHOT_DIR=docs/images tst_app "[.screenshots]"), plus two facts-table views. The story data comes from the facts table the project was
// researched from (a copy in tests/data/facts_events.csv), read here with a minimal CSV splitter (not the product's CSV reader).
#include "app/timeline/timelinepainter.h"
#include "core/data/syntheticdata.h"

#include "testconfig.h"

#include <catch2/catch.hpp>

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QTextStream>
#include <QtGui/QPainter>

using namespace chrono;
using namespace chrono::ui;

namespace {

QStringList splitCsvLine(const QString& line)
{
    QStringList fields;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
                cur += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    fields.append(cur);
    return fields;
}

int storyImportance(const QString& title, const QString& category)
{
    static const char* const KEY[] = { "DeepSeek-R1 released", "DeepSeek-V3 released", "ChatGPT", "Nvidia", "o1", "founded" };
    for (const char* k : KEY)
        if (title.contains(QLatin1String(k)))
            return 5;
    if (category == u"policy/market")
        return 4;
    if (category == u"model-release")
        return 3;
    return 2;
}

DatasetPtr storyDataset()
{
    QFile f(QStringLiteral(CHRONOSCOPE_TEST_DATA_DIR "/facts_events.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QTextStream in(&f);
    const QStringList header = splitCsvLine(in.readLine());
    DatasetBuilder b;
    QHash<QString, int> perCompany;
    QList<QStringList> rows;
    while (!in.atEnd()) {
        const QStringList r = splitCsvLine(in.readLine());
        if (r.size() < 6)
            continue;
        rows.append(r);
        ++perCompany[r[2]];
    }
    int n = 0;
    for (const QStringList& r : rows) {
        Event e;
        e.id = QStringLiteral("s%1").arg(++n);
        e.start = parseIsoDate(r[0]).date;
        if (!r[1].isEmpty())
            e.end = parseIsoDate(r[1]).date;
        if (!e.start.isValid())
            continue;
        e.company = perCompany.value(r[2]) >= 3 ? r[2] : QStringLiteral("Others");
        e.title = { r[3], r[4] };
        e.category = r[5];
        e.importance = storyImportance(r[3], r[5]);
        b.addEvent(e);
    }
    b.addCompany(Company { QStringLiteral("DeepSeek"), { QStringLiteral("DeepSeek"), QStringLiteral("深度求索") }, QStringLiteral("#4d6bfe") });
    b.addCompany(Company { QStringLiteral("Others"), { QStringLiteral("Others"), QStringLiteral("其他") }, QStringLiteral("#8c959f") });
    b.addEra(Era { QStringLiteral("moment"), { QStringLiteral("The DeepSeek moment"), QStringLiteral("DeepSeek 时刻") },
        parseIsoDate(u"2025-01-20").date, parseIsoDate(u"2025-02-07").date, QString() });
    b.addEra(Era { QStringLiteral("oss"), { QStringLiteral("Open-source week"), QStringLiteral("开源周") },
        parseIsoDate(u"2025-02-24").date, parseIsoDate(u"2025-02-28").date, QStringLiteral("#59a14f") });
    return b.build();
}

void render(TimelinePainter& painter, QSize size, const QString& name)
{
    const QString dir = qEnvironmentVariable("CHRONOSCOPE_SCREENSHOT_DIR", QDir::tempPath());
    QImage img(size, QImage::Format_RGB32);
    QPainter p(&img);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    p.end();
    REQUIRE(img.save(dir + u'/' + name));
}

TimeMs day(int y, int m, int d)
{
    return daysFromCivil(y, unsigned(m), unsigned(d)) * MS_PER_DAY;
}

} // namespace

TEST_CASE("Render the timeline screenshots", "[.screenshots]")
{
    const DatasetPtr story = storyDataset();
    REQUIRE(story);
    TimelinePainter painter;
    painter.setDataset(story);
    painter.setToday(day(2025, 9, 1));
    LaneOptions lanes;
    lanes.order = LaneOrder::EventCount;
    painter.setLaneOptions(lanes);

    // The story pictures in docs/images come from `chronoscope export` on the embedded dataset
    // (see docs/timeline.md); this one renders the facts table to other names, for comparison.
    render(painter, { 1400, 760 }, QStringLiteral("facts-overview.png"));
    painter.setVisibleRange({ day(2024, 12, 1), day(2025, 3, 20) });
    painter.setSelectedEvent(story->eventIndex(u"s20"));
    render(painter, { 1400, 760 }, QStringLiteral("facts-zoom.png"));

    TimelinePainter big;
    big.setDataset(generateSyntheticEvents(1000000));
    big.setToday(day(2025, 9, 1));
    render(big, { 1400, 760 }, QStringLiteral("timeline-1m-density.png"));
}

