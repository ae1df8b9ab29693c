#pragma once

#include <QtGlobal>

// Instants as milliseconds since 1970-01-01 00:00 UTC, turned into the Julian days QDate counts
// without QDateTime's calendar and time-zone work (a bulk write does it for every request).
namespace EpochDays {

constexpr qint64 JulianDayOf1970 = 2440588;
constexpr qint64 MSecsPerDay = 24 * 60 * 60 * 1000;

// The Julian day holding `msecs` since the epoch, rounded down (before 1970 too); the
// milliseconds since that day's midnight into `sinceMidnight` when given.
inline qint64 julianDay(qint64 msecs, qint64* sinceMidnight = nullptr)
{
    qint64 days = msecs / MSecsPerDay;
    qint64 rest = msecs % MSecsPerDay;
    if (rest < 0) {
        --days;
        rest += MSecsPerDay;
    }
    if (sinceMidnight) {
        *sinceMidnight = rest;
    }
    return JulianDayOf1970 + days;
}

} // namespace EpochDays
