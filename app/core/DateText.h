#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

// Dates written out as in a letter, in the current language: "1er avril 2018", "2 April 2018 at 00:30".
namespace DateText {
QString longDate(const QDate& date);
QString longDateTime(const QDateTime& dateTime);
QString money(double euros);
}
