// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/data/dateformat.h"

#include <QtCore/QCoreApplication>

namespace chrono {

namespace {

const char* const MONTHS_EN[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

QString tr(const char* text)
{
    return QCoreApplication::translate("chrono::DateFormat", text);
}

QString timeOfDay(const Date& date)
{
    const qint64 msOfDay = ((date.ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
    return QStringLiteral("%1:%2 UTC").arg(msOfDay / 3600000, 2, 10, QLatin1Char('0')).arg(msOfDay / 60000 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString formatDate(const Date& date, Language language)
{
    if (!date.isValid())
        return QString();
    const int y = date.year(), m = date.month(), d = date.day();
    if (language == Language::Chinese) {
        switch (date.precision) {
        case DatePrecision::Year:
            return QStringLiteral("%1年").arg(y);
        case DatePrecision::Month:
            return QStringLiteral("%1年%2月").arg(y).arg(m);
        case DatePrecision::Day:
            return QStringLiteral("%1年%2月%3日").arg(y).arg(m).arg(d);
        case DatePrecision::Minute:
            return QStringLiteral("%1年%2月%3日 %4").arg(y).arg(m).arg(d).arg(timeOfDay(date));
        }
    }
    const QString month = QLatin1String(MONTHS_EN[m - 1]);
    switch (date.precision) {
    case DatePrecision::Year:
        return QString::number(y);
    case DatePrecision::Month:
        return QStringLiteral("%1 %2").arg(month).arg(y);
    case DatePrecision::Day:
        return QStringLiteral("%1 %2 %3").arg(d).arg(month).arg(y);
    case DatePrecision::Minute:
        return QStringLiteral("%1 %2 %3 %4").arg(d).arg(month).arg(y).arg(timeOfDay(date));
    }
    return QString();
}

QString formatDateWithPrecision(const Date& date, Language language)
{
    const QString text = formatDate(date, language);
    if (date.precision == DatePrecision::Month)
        return language == Language::Chinese ? text + QStringLiteral("（精确到月）") : text + tr(" (month)");
    if (date.precision == DatePrecision::Year)
        return language == Language::Chinese ? text + QStringLiteral("（精确到年）") : text + tr(" (year)");
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
