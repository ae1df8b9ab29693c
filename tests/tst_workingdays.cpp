#include "app/core/WorkingDays.h"

#include <QTest>

class TestWorkingDays : public QObject {
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void isPublicHoliday_data();
    void isPublicHoliday();
    void isWorkingDay_data();
    void isWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void workingDaysBetween_data();
    void workingDaysBetween();
    void publicHolidaysPerYear_data();
    void publicHolidaysPerYear();
    void addAndBetweenAgree();
};

void TestWorkingDays::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");

    QTest::newRow("2018") << 2018 << QDate(2018, 4, 1);
    QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
    QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
    QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
    QTest::newRow("2008, early") << 2008 << QDate(2008, 3, 23);
    QTest::newRow("2038, latest possible") << 2038 << QDate(2038, 4, 25);
    QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
}

void TestWorkingDays::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    const QDate computed = WorkingDays::easterSunday(year);
    QCOMPARE(computed, easter);
    QCOMPARE(computed.dayOfWeek(), int(Qt::Sunday));
}

void TestWorkingDays::isPublicHoliday_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");

    QTest::newRow("1 January 2018, New Year") << QDate(2018, 1, 1) << true;
    QTest::newRow("2 April 2018, Easter Monday") << QDate(2018, 4, 2) << true;
    QTest::newRow("1 May 2018, Labour Day") << QDate(2018, 5, 1) << true;
    QTest::newRow("8 May 2018, Victory in Europe") << QDate(2018, 5, 8) << true;
    QTest::newRow("10 May 2018, Ascension") << QDate(2018, 5, 10) << true;
    QTest::newRow("21 May 2018, Whit Monday") << QDate(2018, 5, 21) << true;
    QTest::newRow("14 July 2018, Bastille Day") << QDate(2018, 7, 14) << true;
    QTest::newRow("15 August 2018, Assumption") << QDate(2018, 8, 15) << true;
    QTest::newRow("1 November 2018, All Saints") << QDate(2018, 11, 1) << true;
    QTest::newRow("11 November 2018, Armistice") << QDate(2018, 11, 11) << true;
    QTest::newRow("25 December 2018, Christmas") << QDate(2018, 12, 25) << true;
    QTest::newRow("22 April 2019, Easter Monday") << QDate(2019, 4, 22) << true;
    QTest::newRow("30 May 2019, Ascension") << QDate(2019, 5, 30) << true;
    QTest::newRow("10 June 2019, Whit Monday") << QDate(2019, 6, 10) << true;

    QTest::newRow("3 April 2018, day after Easter Monday") << QDate(2018, 4, 3) << false;
    QTest::newRow("1 April 2018, Easter Sunday (a Sunday, not a holiday)") << QDate(2018, 4, 1) << false;
    QTest::newRow("30 March 2018, Good Friday (Alsace-Moselle only)") << QDate(2018, 3, 30) << false;
    QTest::newRow("26 December 2018, Saint Stephen (Alsace-Moselle only)") << QDate(2018, 12, 26) << false;
    QTest::newRow("2 April 2019, Easter Monday of 2018's date") << QDate(2019, 4, 2) << false;
    QTest::newRow("13 July 2018") << QDate(2018, 7, 13) << false;
    QTest::newRow("28 March 2018, an ordinary Wednesday") << QDate(2018, 3, 28) << false;
}

void TestWorkingDays::isPublicHoliday()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    QCOMPARE(WorkingDays::isPublicHoliday(date), holiday);
}

void TestWorkingDays::isWorkingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");

    QTest::newRow("Thursday 29 March 2018") << QDate(2018, 3, 29) << true;
    QTest::newRow("Friday 30 March 2018 (Good Friday)") << QDate(2018, 3, 30) << true;
    QTest::newRow("Saturday 31 March 2018") << QDate(2018, 3, 31) << false;
    QTest::newRow("Sunday 1 April 2018") << QDate(2018, 4, 1) << false;
    QTest::newRow("Monday 2 April 2018 (Easter Monday)") << QDate(2018, 4, 2) << false;
    QTest::newRow("Tuesday 3 April 2018") << QDate(2018, 4, 3) << true;
    QTest::newRow("Tuesday 1 May 2018") << QDate(2018, 5, 1) << false;
    QTest::newRow("Saturday 14 July 2018 (holiday on a weekend)") << QDate(2018, 7, 14) << false;
}

void TestWorkingDays::isWorkingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    QCOMPARE(WorkingDays::isWorkingDay(date), working);
}

void TestWorkingDays::addWorkingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("expected");

    // The starting day itself is never counted; Good Friday is a working day, Easter Monday is not.
    QTest::newRow("Thursday 29 March 2018 + 4: Fri 30, Tue 3, Wed 4, Thu 5 April")
        << QDate(2018, 3, 29) << 4 << QDate(2018, 4, 5);
    QTest::newRow("Wednesday 28 March 2018 + 4: Thu 29, Fri 30, Tue 3, Wed 4 April")
        << QDate(2018, 3, 28) << 4 << QDate(2018, 4, 4);
    QTest::newRow("Thursday 29 March 2018 + 3") << QDate(2018, 3, 29) << 3 << QDate(2018, 4, 4);
    QTest::newRow("Friday 30 March 2018 + 1, over Easter Monday")
        << QDate(2018, 3, 30) << 1 << QDate(2018, 4, 3);
    QTest::newRow("Saturday 31 March 2018 + 1") << QDate(2018, 3, 31) << 1 << QDate(2018, 4, 3);
    QTest::newRow("Easter Monday 2 April 2018 + 1") << QDate(2018, 4, 2) << 1 << QDate(2018, 4, 3);
    QTest::newRow("Thursday 29 March 2018 + 0") << QDate(2018, 3, 29) << 0 << QDate(2018, 3, 29);
    QTest::newRow("Monday 30 April 2018 + 1, over 1 May") << QDate(2018, 4, 30) << 1 << QDate(2018, 5, 2);
    QTest::newRow("Monday 7 May 2018 + 3, over 8 and 10 May") << QDate(2018, 5, 7) << 3 << QDate(2018, 5, 14);
    QTest::newRow("Friday 2 March 2018 + 5, a plain week") << QDate(2018, 3, 2) << 5 << QDate(2018, 3, 9);
    QTest::newRow("Friday 21 December 2018 + 3, over Christmas")
        << QDate(2018, 12, 21) << 3 << QDate(2018, 12, 27);
    QTest::newRow("Friday 28 December 2018 + 2, over New Year")
        << QDate(2018, 12, 28) << 2 << QDate(2019, 1, 2);
}

void TestWorkingDays::addWorkingDays()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(QDate, expected);
    QCOMPARE(WorkingDays::addWorkingDays(from, days), expected);
}

void TestWorkingDays::workingDaysBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    // Working days in (from, to]: 30 March, 3 April and 4 April.
    QTest::newRow("Thursday 29 March to Wednesday 4 April 2018")
        << QDate(2018, 3, 29) << QDate(2018, 4, 4) << 3;
    QTest::newRow("Wednesday 4 April back to Thursday 29 March 2018")
        << QDate(2018, 4, 4) << QDate(2018, 3, 29) << -3;
    QTest::newRow("Wednesday 28 March to Wednesday 4 April 2018")
        << QDate(2018, 3, 28) << QDate(2018, 4, 4) << 4;
    QTest::newRow("Wednesday 4 April back to Wednesday 28 March 2018")
        << QDate(2018, 4, 4) << QDate(2018, 3, 28) << -4;
    QTest::newRow("Thursday 29 March to Thursday 5 April 2018")
        << QDate(2018, 3, 29) << QDate(2018, 4, 5) << 4;
    QTest::newRow("same day") << QDate(2018, 3, 29) << QDate(2018, 3, 29) << 0;
    QTest::newRow("same day, a holiday") << QDate(2018, 4, 2) << QDate(2018, 4, 2) << 0;
    QTest::newRow("Friday to Monday") << QDate(2018, 3, 9) << QDate(2018, 3, 12) << 1;
    QTest::newRow("Friday 30 March to Easter Monday") << QDate(2018, 3, 30) << QDate(2018, 4, 2) << 0;
    QTest::newRow("whole of 2018") << QDate(2017, 12, 31) << QDate(2018, 12, 31) << 252;
}

void TestWorkingDays::workingDaysBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(WorkingDays::workingDaysBetween(from, to), expected);
}

void TestWorkingDays::publicHolidaysPerYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("holidays");
    QTest::addColumn<int>("onWeekdays");

    // 2018: 14 July and 11 November fall on a weekend; 2019: only 14 July does.
    QTest::newRow("2018") << 2018 << 11 << 9;
    QTest::newRow("2019") << 2019 << 11 << 10;
}

void TestWorkingDays::publicHolidaysPerYear()
{
    QFETCH(int, year);
    QFETCH(int, holidays);
    QFETCH(int, onWeekdays);

    int count = 0;
    int weekdays = 0;
    for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1)) {
        if (WorkingDays::isPublicHoliday(date)) {
            ++count;
            if (date.dayOfWeek() <= 5) {
                ++weekdays;
            }
        }
    }
    QCOMPARE(count, holidays);
    QCOMPARE(weekdays, onWeekdays);
}

void TestWorkingDays::addAndBetweenAgree()
{
    // Adding n working days then counting them back gives n, from any starting day of 2018.
    for (QDate from(2018, 1, 1); from.year() == 2018; from = from.addDays(1)) {
        for (int n = 0; n <= 12; ++n) {
            const QDate to = WorkingDays::addWorkingDays(from, n);
            QVERIFY(n == 0 || WorkingDays::isWorkingDay(to));
            QVERIFY(n == 0 || to > from);
            QCOMPARE(WorkingDays::workingDaysBetween(from, to), n);
            QCOMPARE(WorkingDays::workingDaysBetween(to, from), -n);
        }
    }
}

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
