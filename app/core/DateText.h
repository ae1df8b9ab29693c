#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Dates written out as in a letter, in the current language: "1er avril 2018", "2 April 2018 at 00:30".
namespace DateText {
QString longDate(const QDate& date);
// In the given language, whatever the current one (a letter's language is its template's).
QString longDate(const QDate& date, const QLocale& locale);
QString longDateTime(const QDateTime& dateTime);
QString money(double euros);
}
