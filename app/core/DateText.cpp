#include "app/core/DateText.h"

#include <QCoreApplication>
#include <QLocale>

namespace DateText {

QString longDate(const QDate& date) { return longDate(date, QLocale()); }

QString longDate(const QDate& date, const QLocale& locale)
{
    if (locale.language() == QLocale::French) {
        const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
        return QStringLiteral("%1 %2 %3")
            .arg(day, locale.monthName(date.month()), QString::number(date.year()));
    }
    return QStringLiteral("%1 %2 %3")
        .arg(QString::number(date.day()), locale.monthName(date.month()), QString::number(date.year()));
}

QString longDateTime(const QDateTime& dateTime)
{
    return QCoreApplication::translate("DateText", "%1 at %2")
        .arg(longDate(dateTime.date()), dateTime.time().toString(QStringLiteral("HH:mm")));
}

QString money(double euros) { return QLocale().toCurrencyString(euros, QStringLiteral("€")); }

}
