#include "app/core/WorkingDays.h"

namespace WorkingDays {

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

bool isPublicHoliday(const QDate& date)
{
    static const int fixed[][2]
        = { { 1, 1 }, { 5, 1 }, { 5, 8 }, { 7, 14 }, { 8, 15 }, { 11, 1 }, { 11, 11 }, { 12, 25 } };
    for (const auto& md : fixed) {
        if (date.month() == md[0] && date.day() == md[1]) {
            return true;
        }
    }
    const QDate easter = easterSunday(date.year());
    const qint64 offset = easter.daysTo(date);
    return offset == 1 || offset == 39 || offset == 50; // Easter Monday, Ascension, Whit Monday
}

bool isWorkingDay(const QDate& date) { return date.dayOfWeek() <= 5 && !isPublicHoliday(date); }

QDate addWorkingDays(const QDate& from, int n)
{
    QDate date = from;
    while (n > 0) {
        date = date.addDays(1);
        if (isWorkingDay(date)) {
            --n;
        }
    }
    return date;
}

int workingDaysBetween(const QDate& from, const QDate& to)
{
    if (to < from) {
        return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date)) {
            ++count;
        }
    }
    return count;
}

}
