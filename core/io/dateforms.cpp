// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/dateforms.h"

namespace chrono {

namespace {

DateParseResult failure(const QString& message, int offset)
{
    DateParseResult r;
    r.error = message;
    r.errorOffset = offset;
    return r;
}

/// Reads 1..maxDigits ASCII digits at @p pos; -1 when there are none.
int readNumber(QStringView s, qsizetype& pos, int maxDigits)
{
    int value = 0, digits = 0;
    while (pos < s.size() && digits < maxDigits && s[pos] >= u'0' && s[pos] <= u'9') {
        value = value * 10 + (s[pos].unicode() - u'0');
        ++pos;
        ++digits;
    }
    return digits ? value : -1;
}

/// Validates year/month/day (month 0 = unknown, day 0 = unknown) and builds the Date.
DateParseResult makeDate(int year, int month, int day, int monthOffset, int dayOffset)
{
    if (month < 0 || month > 12)
        return failure(QStringLiteral("month %1 is not between 1 and 12").arg(month), monthOffset);
    if (day != 0 && month == 0)
        return failure(QStringLiteral("a day needs a month"), dayOffset);
    if (day < 0 || (month != 0 && day > daysInMonth(year, month)))
        return failure(QStringLiteral("day %1 does not exist in %2-%3").arg(day).arg(year).arg(month, 2, 10, QLatin1Char('0')), dayOffset);
    DateParseResult r;
    r.date = Date::fromYmd(year, month, day);
    return r;
}

bool isAllDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

} // namespace

bool parseTimeOfDay(QStringView text, qint64& msOfDay)
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    int hour = readNumber(s, pos, 2);
    if (hour < 0 || pos >= s.size() || s[pos] != u':')
        return false;
    ++pos;
    const qsizetype minuteStart = pos;
    const int minute = readNumber(s, pos, 2);
    if (minute < 0 || pos - minuteStart != 2 || minute > 59)
        return false;
    int second = 0;
    if (pos < s.size() && s[pos] == u':') {
        ++pos;
        const qsizetype secondStart = pos;
        second = readNumber(s, pos, 2);
        if (second < 0 || pos - secondStart != 2 || second > 59)
            return false;
    }
    const QStringView rest = s.mid(pos).trimmed();
    if (rest.isEmpty()) {
        if (hour > 23)
            return false;
    } else {
        const bool am = rest.compare(u"am", Qt::CaseInsensitive) == 0 || rest.compare(u"a.m.", Qt::CaseInsensitive) == 0;
        const bool pm = rest.compare(u"pm", Qt::CaseInsensitive) == 0 || rest.compare(u"p.m.", Qt::CaseInsensitive) == 0;
        if ((!am && !pm) || hour < 1 || hour > 12)
            return false;
        // 12 AM is midnight, 12 PM is noon.
        hour = (hour % 12) + (pm ? 12 : 0);
    }
    msOfDay = ((qint64(hour) * 60 + minute) * 60 + second) * 1000;
    return true;
}

DateParseResult parseFlexibleDate(QStringView text)
{
    DateParseResult plain;
    if (parsePlainDate(text, plain.date)) // the common forms, without trimming or searching
        return plain;
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return failure(QStringLiteral("empty date"), 0);

    // "2014.0": a year written as a floating-point number by a spreadsheet export.
    if (s.endsWith(u".0") && isAllDigits(s.chopped(2)) && s.size() <= 6)
        return parseIsoDate(s.chopped(2));

    const qsizetype slash = s.indexOf(u'/');
    if (slash < 0)
        return parseIsoDate(s);

    qsizetype pos = 0;
    const int first = readNumber(s, pos, 4);
    if (first < 0)
        return failure(QStringLiteral("expected a number"), 0);
    if (pos == 4) {
        // YYYY/MM[/DD]
        const int year = first;
        if (s[pos] != u'/')
            return failure(QStringLiteral("expected '/'"), int(pos));
        const int monthOffset = int(++pos);
        const int month = readNumber(s, pos, 2);
        if (month < 0)
            return failure(QStringLiteral("expected a month"), monthOffset);
        int day = 0;
        int dayOffset = int(pos);
        bool hasDay = false;
        if (pos < s.size() && s[pos] == u'/') {
            hasDay = true;
            dayOffset = int(++pos);
            day = readNumber(s, pos, 2);
            if (day < 0)
                return failure(QStringLiteral("expected a day"), dayOffset);
        }
        if (pos != s.size())
            return failure(QStringLiteral("unexpected text after the date"), int(pos));
        if (month == 0)
            return failure(QStringLiteral("month 0 is not between 1 and 12"), monthOffset);
        if (hasDay && day == 0)
            return failure(QStringLiteral("day 0 does not exist"), dayOffset);
        return makeDate(year, month, day, monthOffset, dayOffset);
    }

    // M/D/YYYY [h:mm[:ss] [AM|PM]]: US order, month first.
    if (pos > 2 || s[pos] != u'/')
        return failure(QStringLiteral("expected M/D/YYYY (month first) or YYYY/MM/DD"), 0);
    const int month = first;
    const int dayOffset = int(++pos);
    const int day = readNumber(s, pos, 2);
    if (day < 0 || pos >= s.size() || s[pos] != u'/')
        return failure(QStringLiteral("expected M/D/YYYY (month first)"), dayOffset);
    const int yearOffset = int(++pos);
    const int year = readNumber(s, pos, 4);
    if (year < 0 || pos - yearOffset != 4)
        return failure(QStringLiteral("expected a four-digit year (M/D/YYYY)"), yearOffset);
    if (month < 1 || month > 12)
        return failure(QStringLiteral("month %1 is not between 1 and 12 (dates with slashes are read month/day/year)").arg(month), 0);
    if (day < 1)
        return failure(QStringLiteral("day 0 does not exist"), dayOffset);
    DateParseResult r = makeDate(year, month, day, 0, dayOffset);
    if (!r.ok() || pos == s.size())
        return r;
    if (s[pos] != u' ' && s[pos] != u'T')
        return failure(QStringLiteral("unexpected text after the date"), int(pos));
    qint64 msOfDay = 0;
    if (!parseTimeOfDay(s.mid(pos + 1), msOfDay))
        return failure(QStringLiteral("expected a time h:mm[:ss] [AM|PM]"), int(pos) + 1);
    r.date = Date::fromMs(r.date.ms + msOfDay, DatePrecision::Minute);
    return r;
}

DateParseResult dateFromParts(QStringView year, QStringView month, QStringView day, QStringView time, int* failedPart)
{
    auto fail = [&](int part, const QString& message) {
        if (failedPart)
            *failedPart = part;
        return failure(message, 0);
    };
    // Spreadsheets write whole numbers as "12.0".
    auto number = [](QStringView s, bool* ok) {
        s = s.trimmed();
        if (s.endsWith(u".0"))
            s.chop(2);
        bool signOk = true;
        const bool negative = s.startsWith(u'-');
        const QStringView digits = negative ? s.mid(1) : s;
        if (!isAllDigits(digits) || digits.size() > 6)
            signOk = false;
        *ok = signOk;
        return signOk ? (negative ? -1 : 1) * digits.toInt() : 0;
    };
    bool ok = false;
    const int y = number(year, &ok);
    if (!ok)
        return fail(0, year.trimmed().isEmpty() ? QStringLiteral("empty year") : QStringLiteral("year \"%1\" is not a whole number").arg(year.toString()));
    int m = 0, d = 0;
    if (!month.trimmed().isEmpty()) {
        m = number(month, &ok);
        if (!ok || m < 1 || m > 12)
            return fail(1, QStringLiteral("month \"%1\" is not between 1 and 12").arg(month.toString()));
    }
    if (!day.trimmed().isEmpty()) {
        d = number(day, &ok);
        if (!ok || m == 0 || d < 1 || d > daysInMonth(y, m))
            return fail(2, m == 0 ? QStringLiteral("a day needs a month") : QStringLiteral("day \"%1\" does not exist in %2-%3").arg(day.toString()).arg(y).arg(m, 2, 10, QLatin1Char('0')));
    }
    DateParseResult r;
    r.date = Date::fromYmd(y, m, d);
    if (!time.trimmed().isEmpty()) {
        qint64 msOfDay = 0;
        if (d == 0)
            return fail(3, QStringLiteral("a time needs a day"));
        if (!parseTimeOfDay(time, msOfDay))
            return fail(3, QStringLiteral("time \"%1\" is not h:mm[:ss] [AM|PM]").arg(time.toString()));
        r.date = Date::fromMs(r.date.ms + msOfDay, DatePrecision::Minute);
    }
    if (failedPart)
        *failedPart = -1;
    return r;
}

} // namespace chrono
