#pragma once

#include <QDateTime>

#include <cstdio>

namespace StoredTimeDigits {
// `value` as `width` digits at `out`, zeros in front.
inline char* put(char* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}
} // namespace StoredTimeDigits

// How the store writes a day: "2018-03-26". Written by hand, the date's parts read at once:
// snprintf() and QDate's year(), month() and day() (each working out the whole date again) were a
// tenth of a bulk write's batches. Years outside 0–9999 as snprintf() writes them.
inline int storedDay(const QDate& value, char (&buffer)[32])
{
    int year = 0;
    int month = 0;
    int day = 0;
    value.getDate(&year, &month, &day);
    if (year < 0 || year > 9999) {
        return std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    }
    char* out = StoredTimeDigits::put(buffer, year, 4);
    *out++ = '-';
    out = StoredTimeDigits::put(out, month, 2);
    *out++ = '-';
    out = StoredTimeDigits::put(out, day, 2);
    return int(out - buffer);
}

// How the store writes a time: instants (a submission) in UTC with a "Z"; wall-clock times
// without an offset, read back without any time-zone arithmetic so that no daylight-saving rule
// can shift them. Written by hand: QDateTime::toString() costs several times more on 100,000 rows.
inline int storedTime(const QDateTime& value, bool instant, char (&buffer)[32])
{
    const QDateTime utc = instant ? value.toUTC() : value;
    const QTime t = utc.time();
    char* out = buffer + storedDay(utc.date(), buffer);
    *out++ = 'T';
    out = StoredTimeDigits::put(out, t.hour(), 2);
    *out++ = ':';
    out = StoredTimeDigits::put(out, t.minute(), 2);
    *out++ = ':';
    out = StoredTimeDigits::put(out, t.second(), 2);
    if (instant) {
        *out++ = 'Z';
    }
    return int(out - buffer);
}
