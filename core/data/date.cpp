// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/date.h"

#include <QtCore/QCoreApplication>

#include <cstdlib>

namespace chrono {

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int DAYS[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : DAYS[month - 1];
}

// Howard Hinnant's days_from_civil algorithm (public domain description), proleptic Gregorian.
qint64 daysFromCivil(int year, unsigned month, unsigned day)
{
    const qint64 y = qint64(year) - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 days, int& year, unsigned& month, unsigned& day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const unsigned doe = unsigned(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = qint64(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = int(y + (month <= 2 ? 1 : 0));
}

static qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

Date Date::fromYmd(int year, int month, int day)
{
    Date d;
    d.precision = month <= 0 ? DatePrecision::Year : (day <= 0 ? DatePrecision::Month : DatePrecision::Day);
    d.ms = daysFromCivil(year, month <= 0 ? 1u : unsigned(month), day <= 0 ? 1u : unsigned(day)) * MS_PER_DAY;
    d.valid = true;
    return d;
}

Date Date::fromMs(TimeMs ms, DatePrecision precision)
{
    Date d;
    d.ms = ms;
    d.precision = precision;
    d.valid = true;
    if (precision != DatePrecision::Minute) {
        int y;
        unsigned m, dd;
        civilFromDays(floorDiv(ms, MS_PER_DAY), y, m, dd);
        d = fromYmd(y, precision >= DatePrecision::Month ? int(m) : 0, precision >= DatePrecision::Day ? int(dd) : 0);
    }
    return d;
}

int Date::year() const
{
    int y;
    unsigned m, d;
    civilFromDays(floorDiv(ms, MS_PER_DAY), y, m, d);
    return y;
}

int Date::month() const
{
    int y;
    unsigned m, d;
    civilFromDays(floorDiv(ms, MS_PER_DAY), y, m, d);
    return int(m);
}

int Date::day() const
{
    int y;
    unsigned m, d;
    civilFromDays(floorDiv(ms, MS_PER_DAY), y, m, d);
    return int(d);
}

TimeMs Date::endMs() const
{
    int y;
    unsigned m, d;
    switch (precision) {
    case DatePrecision::Year:
        civilFromDays(floorDiv(ms, MS_PER_DAY), y, m, d);
        return daysFromCivil(y + 1, 1, 1) * MS_PER_DAY;
    case DatePrecision::Month:
        civilFromDays(floorDiv(ms, MS_PER_DAY), y, m, d);
        return (m == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1)) * MS_PER_DAY;
    case DatePrecision::Day:
        return ms + MS_PER_DAY;
    case DatePrecision::Minute:
        return ms + 60000;
    }
    return ms;
}

QString Date::toString() const
{
    if (!valid)
        return QString();
    int y;
    unsigned m, d;
    const qint64 days = floorDiv(ms, MS_PER_DAY);
    civilFromDays(days, y, m, d);
    // Negative (BCE) years keep their sign in front of the four digits parseIsoDate expects.
    const QString year = (y < 0 ? QStringLiteral("-") : QString()) + QString::number(std::abs(y)).rightJustified(4, u'0');
    switch (precision) {
    case DatePrecision::Year:
        return year;
    case DatePrecision::Month:
        return QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0'));
    case DatePrecision::Day:
        return QStringLiteral("%1-%2-%3").arg(year).arg(m, 2, 10, QLatin1Char('0')).arg(d, 2, 10, QLatin1Char('0'));
    case DatePrecision::Minute: {
        const qint64 msOfDay = ms - days * MS_PER_DAY;
        const int hh = int(msOfDay / 3600000), mm = int(msOfDay / 60000 % 60), ss = int(msOfDay / 1000 % 60);
        QString text = QStringLiteral("%1-%2-%3T%4:%5")
                           .arg(year)
                           .arg(m, 2, 10, QLatin1Char('0'))
                           .arg(d, 2, 10, QLatin1Char('0'))
                           .arg(hh, 2, 10, QLatin1Char('0'))
                           .arg(mm, 2, 10, QLatin1Char('0'));
        const int millis = int(msOfDay % 1000);
        if (ss != 0 || millis != 0)
            text += QStringLiteral(":%1").arg(ss, 2, 10, QLatin1Char('0'));
        if (millis != 0) // kept so that writing and reading a date-time gives it back exactly
            text += QStringLiteral(".%1").arg(millis, 3, 10, QLatin1Char('0'));
        return text + u'Z';
    }
    }
    return QString();
}

namespace {

struct Cursor {
    QStringView text;
    int pos = 0;
    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text[pos]; }
    // Reads exactly `count` ASCII digits; returns -1 if they are not there.
    int digits(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (atEnd() || text[pos].unicode() < u'0' || text[pos].unicode() > u'9')
                return -1;
            value = value * 10 + (text[pos].unicode() - u'0');
            ++pos;
        }
        return value;
    }
    bool take(char16_t c)
    {
        if (!atEnd() && text[pos].unicode() == c) {
            ++pos;
            return true;
        }
        return false;
    }
};

DateParseResult fail(const QString& error, int offset)
{
    DateParseResult r;
    r.error = error;
    r.errorOffset = offset;
    return r;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::Date", text);
}

} // namespace

DateParseResult parseIsoDate(QStringView text)
{
    Cursor c { text.trimmed() };
    const int lead = int(text.size() - text.trimmed().size() == 0 ? 0 : text.indexOf(c.text));
    if (c.text.isEmpty())
        return fail(tr("empty date"), 0);
    bool negative = c.take(u'-');
    const int yearStart = c.pos;
    int year = c.digits(4);
    if (year < 0)
        return fail(tr("expected a four-digit year (YYYY, YYYY-MM or YYYY-MM-DD)"), lead + yearStart);
    if (negative)
        year = -year;
    DateParseResult r;
    if (c.atEnd()) {
        r.date = Date::fromYmd(year);
        return r;
    }
    if (!c.take(u'-'))
        return fail(tr("expected '-' after the year"), lead + c.pos);
    const int monthPos = c.pos;
    const int month = c.digits(2);
    if (month < 0)
        return fail(tr("expected a two-digit month"), lead + monthPos);
    if (month < 1 || month > 12)
        return fail(tr("month %1 does not exist").arg(month), lead + monthPos);
    if (c.atEnd()) {
        r.date = Date::fromYmd(year, month);
        return r;
    }
    if (!c.take(u'-'))
        return fail(tr("expected '-' after the month"), lead + c.pos);
    const int dayPos = c.pos;
    const int day = c.digits(2);
    if (day < 0)
        return fail(tr("expected a two-digit day"), lead + dayPos);
    if (day < 1 || day > daysInMonth(year, month))
        return fail(tr("day %1 does not exist in %2-%3")
                        .arg(day)
                        .arg(year)
                        .arg(month, 2, 10, QLatin1Char('0')),
            lead + dayPos);
    if (c.atEnd()) {
        r.date = Date::fromYmd(year, month, day);
        return r;
    }
    if (!c.take(u'T') && !c.take(u't') && !c.take(u' '))
        return fail(tr("unexpected text after the date"), lead + c.pos);
    const int hourPos = c.pos;
    const int hour = c.digits(2);
    if (hour < 0 || hour > 23)
        return fail(tr("expected an hour 00-23"), lead + hourPos);
    if (!c.take(u':'))
        return fail(tr("expected ':' after the hour"), lead + c.pos);
    const int minutePos = c.pos;
    const int minute = c.digits(2);
    if (minute < 0 || minute > 59)
        return fail(tr("expected minutes 00-59"), lead + minutePos);
    int second = 0, millis = 0;
    if (c.take(u':')) {
        const int secondPos = c.pos;
        second = c.digits(2);
        if (second < 0 || second > 60)
            return fail(tr("expected seconds 00-59"), lead + secondPos);
        if (second == 60)
            second = 59; // leap second: clamp rather than reject real timestamps
        if (c.take(u'.') || c.take(u',')) {
            int scale = 100, digits = 0;
            while (!c.atEnd() && c.peek().isDigit() && c.peek().unicode() < 128) {
                if (digits < 3)
                    millis += (c.peek().unicode() - u'0') * scale;
                scale /= 10;
                ++digits;
                ++c.pos;
            }
            if (digits == 0)
                return fail(tr("expected digits after the decimal point"), lead + c.pos);
        }
    }
    qint64 offsetMinutes = 0;
    if (!c.atEnd()) {
        if (c.take(u'Z') || c.take(u'z')) {
        } else if (c.peek() == u'+' || c.peek() == u'-') {
            const bool minus = c.peek() == u'-';
            ++c.pos;
            const int zonePos = c.pos;
            const int zh = c.digits(2);
            if (zh < 0 || zh > 14)
                return fail(tr("expected a zone offset such as +08:00"), lead + zonePos);
            c.take(u':');
            int zm = 0;
            if (!c.atEnd()) {
                zm = c.digits(2);
                if (zm < 0 || zm > 59)
                    return fail(tr("expected zone offset minutes"), lead + c.pos);
            }
            offsetMinutes = (minus ? -1 : 1) * (zh * 60 + zm);
        } else {
            return fail(tr("unexpected text after the time"), lead + c.pos);
        }
        if (!c.atEnd())
            return fail(tr("unexpected text after the time zone"), lead + c.pos);
    }
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const TimeMs ms = days * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000LL + millis
        - offsetMinutes * 60000;
    const Date utc = Date::fromMs(ms, DatePrecision::Minute);
    // A zone offset can carry 9999-12-31T23:59-01:00 into the year 10000, which no date text
    // (four-digit years) can express: refuse it rather than accept what cannot be written back.
    if (utc.year() > 9999 || utc.year() < -9999)
        return fail(tr("the time zone moves this date outside the years -9999 to 9999"), lead);
    r.date = utc;
    return r;
}

namespace {

template<typename Char>
bool parsePlain(const Char* t, qsizetype n, Date& out)
{
    if (n != 4 && n != 7 && n != 10)
        return false;
    auto digits = [t](qsizetype from, qsizetype count) {
        int v = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const unsigned c = unsigned(t[i]) - unsigned('0');
            if (c > 9)
                return -1;
            v = v * 10 + int(c);
        }
        return v;
    };
    const int year = digits(0, 4);
    const int month = n >= 7 && t[4] == Char('-') ? digits(5, 2) : (n == 4 ? 0 : -1);
    const int day = n == 10 && t[7] == Char('-') ? digits(8, 2) : (n < 10 ? 0 : -1);
    if (year < 0 || month < 0 || day < 0 || (n >= 7 && (month < 1 || month > 12)) || (n == 10 && (day < 1 || day > daysInMonth(year, month))))
        return false;
    out = Date::fromYmd(year, month, day);
    return true;
}

} // namespace

bool parsePlainDate(QByteArrayView utf8, Date& out)
{
    return parsePlain(reinterpret_cast<const unsigned char*>(utf8.data()), utf8.size(), out);
}

bool parsePlainDate(QStringView text, Date& out)
{
    return parsePlain(text.utf16(), text.size(), out);
}

QDebug operator<<(QDebug debug, const Date& date)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Date(" << (date.valid ? date.toString() : QStringLiteral("invalid")) << ')';
    return debug;
}

} // namespace chrono
