#include "app/core/WorkingDays.h"

#include <array>

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
    // One conversion from the day number: month() and day() each make their own.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    for (const auto& md : fixed) {
        if (month == md[0] && day == md[1]) {
            return true;
        }
    }
    const QDate easter = easterSunday(year);
    const qint64 offset = easter.daysTo(date);
    return offset == 1 || offset == 39 || offset == 50; // Easter Monday, Ascension, Whit Monday
}

bool isWorkingDay(const QDate& date) { return date.dayOfWeek() <= 5 && !isPublicHoliday(date); }

QDate addWorkingDays(const QDate& from, int n)
{
    // The last answers, per thread, by starting day: every request of a bulk write asks for its
    // due date, and its submission falls on one of a few dozen days.
    struct Answer {
        QDate from;
        int n = 0;
        QDate date;
    };
    thread_local std::array<Answer, 64> answers;
    Answer& answer = answers[std::size_t(from.toJulianDay()) % answers.size()];
    if (answer.from == from && answer.n == n) {
        return answer.date;
    }
    QDate date = from;
    for (int left = n; left > 0;) {
        date = date.addDays(1);
        if (isWorkingDay(date)) {
            --left;
        }
    }
    answer = { from, n, date };
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
