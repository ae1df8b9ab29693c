#pragma once

#include <QDate>

// French working days: Monday to Friday except the eleven national public holidays.
namespace WorkingDays {
QDate easterSunday(int year);
bool isPublicHoliday(const QDate& date);
bool isWorkingDay(const QDate& date);
// The n-th working day after `from` (from itself is not counted).
QDate addWorkingDays(const QDate& from, int n);
// Working days in (from, to]; negative when `to` is before `from`.
int workingDaysBetween(const QDate& from, const QDate& to);
}
