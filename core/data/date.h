// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtCore/QByteArrayView>
#include <QtCore/QDebug>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace chrono {

/// How much of a date is known. Ordered from coarse to fine.
enum class DatePrecision : quint8 {
    Year = 0,
    Month = 1,
    Day = 2,
    Minute = 3, ///< time of day known to the minute (or second)
};

/// Milliseconds since 1970-01-01T00:00:00 UTC. All times in core are UTC.
using TimeMs = qint64;

constexpr TimeMs MS_PER_DAY = 86400000LL;

/**
 * @brief A date that remembers its precision: "2025-01" is the month of January 2025,
 * never silently the 1st of January.
 *
 * `ms` is the start of the period (UTC). `endMs()` is the exclusive end of the period.
 */
struct Date {
    TimeMs ms = 0;
    DatePrecision precision = DatePrecision::Day;
    bool valid = false;

    static Date fromYmd(int year, int month = 0, int day = 0);
    static Date fromMs(TimeMs ms, DatePrecision precision = DatePrecision::Minute);

    int year() const;
    int month() const; ///< 1..12 (1 for year precision)
    int day() const; ///< 1..31 (1 for coarser precisions)

    /// Exclusive end of the period this date stands for (next year, next month, next day, +1 min).
    TimeMs endMs() const;
    /// Middle of the period; what a mark is centred on.
    TimeMs midMs() const { return ms + (endMs() - ms) / 2; }

    /// ISO-like text at the date's own precision: "2025", "2025-01", "2025-01-20", "2025-01-20T08:30Z".
    QString toString() const;

    bool isValid() const { return valid; }
    friend bool operator==(const Date& a, const Date& b)
    {
        return a.valid == b.valid && a.ms == b.ms && a.precision == b.precision;
    }
    friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
    /// Sorts by start, then coarser precision first (a month sorts before its first day).
    friend bool operator<(const Date& a, const Date& b)
    {
        return a.ms != b.ms ? a.ms < b.ms : a.precision < b.precision;
    }
};

/// The result of parsing a date: the date, or the error and the 0-based offset in the text.
struct DateParseResult {
    Date date;
    QString error;
    int errorOffset = 0;
    bool ok() const { return date.valid; }
};

/**
 * @brief Parses the native date forms: YYYY, YYYY-MM, YYYY-MM-DD and ISO 8601 date-times
 * (YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM], also with a space instead of T). Date-times
 * without a zone are taken as UTC. Impossible dates (month 13, 30 February) are errors.
 */
DateParseResult parseIsoDate(QStringView text);

/**
 * @brief The plain calendar forms `YYYY`, `YYYY-MM` and `YYYY-MM-DD` (four-digit year, no
 * sign, no surrounding spaces), read without the general machinery: most dates in big files
 * are these. Returns false for anything else, including impossible dates, so that callers
 * fall back to parseIsoDate() or parseFlexibleDate(), which give the precise message; when
 * it returns true, @p out is exactly what parseIsoDate() would give.
 */
bool parsePlainDate(QByteArrayView utf8, Date& out);
bool parsePlainDate(QStringView text, Date& out);

/// Days since 1970-01-01 for a proleptic Gregorian date (no validation).
qint64 daysFromCivil(int year, unsigned month, unsigned day);
/// Inverse of daysFromCivil.
void civilFromDays(qint64 days, int& year, unsigned& month, unsigned& day);
int daysInMonth(int year, int month);
bool isLeapYear(int year);

QDebug operator<<(QDebug debug, const Date& date);

} // namespace chrono

Q_DECLARE_METATYPE(chrono::Date)
Q_DECLARE_TYPEINFO(chrono::Date, Q_RELOCATABLE_TYPE);
