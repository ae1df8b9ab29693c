#pragma once

#include "app/core/EpochDays.h"

#include <QDateTime>

#include <cstdio>

namespace StoredTimeDigits {
// `value`, from 0 to 99, as two digits at `out`: one copy from a table rather than two divisions.
inline char* put2(char* out, int value)
{
    static constexpr char pairs[]
        = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
          "4041424344454647484950515253545556575859606162636465666768697071727374757677787980"
          "81828384858687888990919293949596979899";
    out[0] = pairs[2 * value];
    out[1] = pairs[2 * value + 1];
    return out + 2;
}
} // namespace StoredTimeDigits

// How the store writes the day `julianDay` (QDate::toJulianDay()): "2018-03-26". Its parts are
// worked out here, in a few integer steps (the civil calendar of days since 0000-03-01, 400 years
// at a time): QDate's getDate() went through QGregorianCalendar::partsFromJulian(), which with
// snprintf() was a tenth of a bulk write's batches. Years outside 1–9999 as QDate and snprintf()
// write them (QDate has no year 0).
inline int storedDay(qint64 julianDay, char (&buffer)[32])
{
    const qint64 days = julianDay - EpochDays::JulianDayOf1970 + 719468; // since 0000-03-01
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 ofEra = days - era * 146097; // [0, 146096]
    const qint64 yearOfEra = (ofEra - ofEra / 1460 + ofEra / 36524 - ofEra / 146096) / 365;
    const qint64 ofYear = ofEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // from March 1st
    const qint64 shiftedMonth = (5 * ofYear + 2) / 153; // 0 for March
    const int day = int(ofYear - (153 * shiftedMonth + 2) / 5 + 1);
    const int month = int(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    if (year < 1 || year > 9999) {
        int qYear = 0;
        int qMonth = 0;
        int qDay = 0;
        QDate::fromJulianDay(julianDay).getDate(&qYear, &qMonth, &qDay);
        return std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", qYear, qMonth, qDay);
    }
    char* out = StoredTimeDigits::put2(buffer, int(year / 100));
    out = StoredTimeDigits::put2(out, int(year % 100));
    *out++ = '-';
    out = StoredTimeDigits::put2(out, month);
    *out++ = '-';
    out = StoredTimeDigits::put2(out, day);
    return int(out - buffer);
}

inline int storedDay(const QDate& value, char (&buffer)[32])
{
    return storedDay(value.toJulianDay(), buffer);
}

// How the store writes a time: instants (a submission) in UTC with a "Z"; wall-clock times
// without an offset, read back without any time-zone arithmetic so that no daylight-saving rule
// can shift them. Written by hand from the time's day and milliseconds, read at once:
// QDateTime::toString() costs several times more on 100,000 rows, and toUTC() with the date's and
// time's parts read one by one were half of the rest.
inline int storedTime(const QDateTime& value, bool instant, char (&buffer)[32])
{
    qint64 julianDay = 0;
    qint64 msecs = 0; // since the day's midnight
    if (instant) {
        julianDay = EpochDays::julianDay(value.toMSecsSinceEpoch(), &msecs);
    } else {
        julianDay = value.date().toJulianDay();
        msecs = value.time().msecsSinceStartOfDay();
    }
    const int seconds = int(msecs / 1000);
    char* out = buffer + storedDay(julianDay, buffer);
    *out++ = 'T';
    out = StoredTimeDigits::put2(out, seconds / 3600);
    *out++ = ':';
    out = StoredTimeDigits::put2(out, seconds / 60 % 60);
    *out++ = ':';
    out = StoredTimeDigits::put2(out, seconds % 60);
    if (instant) {
        *out++ = 'Z';
    }
    return int(out - buffer);
}
