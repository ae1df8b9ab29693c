#pragma once

#include <QDateTime>

#include <cstdio>

// How the store writes a time: instants (a submission) in UTC with a "Z"; wall-clock times
// without an offset, read back without any time-zone arithmetic so that no daylight-saving rule
// can shift them. Written by hand: QDateTime::toString() costs several times more on 100,000 rows.
inline int storedTime(const QDateTime& value, bool instant, char (&buffer)[32])
{
    const QDateTime utc = instant ? value.toUTC() : value;
    const QDate d = utc.date();
    const QTime t = utc.time();
    return std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d%s", d.year(), d.month(),
        d.day(), t.hour(), t.minute(), t.second(), instant ? "Z" : "");
}
