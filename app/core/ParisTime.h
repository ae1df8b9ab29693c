#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

// Europe/Paris's time, whose days count the submissions and whose wall clock the files write,
// without QDateTime's time-zone work for every request of a bulk write or a file: the offset holds
// from one of the zone's transitions to the next, and the last few such spans met are kept per
// thread (a batch's times fall within one or two).
namespace ParisTime {

const QTimeZone& zone();
// The Paris day of `instant`.
QDate day(const QDateTime& instant);
// `instant` as Paris's wall-clock time, written as a UTC QDateTime.
QDateTime wallClock(const QDateTime& instant);
// The instant of Paris's wall-clock `date` and `time`; within two hours of a change of offset (a gap,
// an overlap), or when the system lacks the zone, as QDateTime reads it.
QDateTime toUtc(const QDate& date, const QTime& time);

} // namespace ParisTime
