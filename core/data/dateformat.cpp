// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dateformat.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

namespace chrono {

namespace {

const char* const MONTHS_EN[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::DateFormat", text);
}

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

QString twoDigits(qint64 v)
{
    return QString::number(v).rightJustified(2, u'0');
}

} // namespace

QString monthShortName(int month, Language language)
{
    month = std::clamp(month, 1, 12);
    if (language == Language::Chinese)
        return QString::number(month) + u'月';
    return QLatin1String(MONTHS_EN[month - 1]);
}

QString formatDateLabel(TimeMs t, DateLabel form, Language language)
{
    const qint64 days = floorDiv(t, MS_PER_DAY);
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    const bool zh = language == Language::Chinese;
    const qint64 msOfDay = t - days * MS_PER_DAY;
    const QString clock = twoDigits(msOfDay / 3600000) + u':' + twoDigits(msOfDay / 60000 % 60);
    switch (form) {
    case DateLabel::Year:
        return zh ? QString::number(y) + u'年' : QString::number(y);
    case DateLabel::Month:
        return monthShortName(int(m), language);
    case DateLabel::MonthYear:
        return zh ? QStringLiteral("%1年%2月").arg(y).arg(m) : QStringLiteral("%1 %2").arg(monthShortName(int(m), language)).arg(y);
    case DateLabel::DayOfMonth:
        return zh ? QString::number(d) + u'日' : QString::number(d);
    case DateLabel::DayMonthYear:
        return zh ? QStringLiteral("%1年%2月%3日").arg(y).arg(m).arg(d) : QStringLiteral("%1 %2 %3").arg(d).arg(monthShortName(int(m), language)).arg(y);
    case DateLabel::TimeOfDay:
        return clock;
    case DateLabel::DayMonthTime:
        return zh ? QStringLiteral("%1月%2日 %3").arg(m).arg(d).arg(clock) : QStringLiteral("%1 %2 %3").arg(d).arg(monthShortName(int(m), language), clock);
    }
    return QString();
}

QString formatDate(const Date& date, Language language)
{
    if (!date.isValid())
        return QString();
    switch (date.precision) {
    case DatePrecision::Year:
        return formatDateLabel(date.ms, DateLabel::Year, language);
    case DatePrecision::Month:
        return formatDateLabel(date.ms, DateLabel::MonthYear, language);
    case DatePrecision::Day:
        return formatDateLabel(date.ms, DateLabel::DayMonthYear, language);
    case DatePrecision::Minute:
        return formatDateLabel(date.ms, DateLabel::DayMonthYear, language) + u' ' + formatDateLabel(date.ms, DateLabel::TimeOfDay, language)
            + QStringLiteral(" UTC");
    }
    return QString();
}

QString formatDateWithPrecision(const Date& date, Language language, PrecisionNote note)
{
    const QString text = formatDate(date, language);
    const bool zh = language == Language::Chinese;
    switch (date.precision) {
    case DatePrecision::Year:
        return zh ? text + QStringLiteral("（精确到年）") : text + tr(" (year)");
    case DatePrecision::Month:
        return zh ? text + QStringLiteral("（精确到月）") : text + tr(" (month)");
    case DatePrecision::Day:
        if (note == PrecisionNote::EvenDay)
            return zh ? text + QStringLiteral("（精确到日）") : text + tr(" (day)");
        break;
    case DatePrecision::Minute:
        break;
    }
    return text;
}

QString formatDateSpan(const Date& start, const Date& end, Language language)
{
    if (!end.isValid() || end == start)
        return formatDate(start, language);
    if (language == Language::English && start.precision == DatePrecision::Day && end.precision == DatePrecision::Day
        && start.year() == end.year() && start.month() == end.month()) {
        return QStringLiteral("%1–%2").arg(start.day()).arg(formatDate(end, language));
    }
    return formatDate(start, language) + QStringLiteral(" – ") + formatDate(end, language);
}

} // namespace chrono
