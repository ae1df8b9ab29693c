#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"

#include <QTimeZone>

// Test data shared by the unit tests that need no store.

// The 2018 edition as db/migrations/0001_init.sql seeds it.
inline Edition edition2018()
{
    Edition edition;
    edition.year = 2018;
    edition.weekStart = QDate(2018, 3, 26);
    edition.weekEnd = QDate(2018, 4, 1);
    edition.requestDeadline = QDate(2018, 3, 12);
    edition.decisionDelayWorkingDays = 4;
    edition.previousEvents = 2400;
    edition.previousParticipants = 300000;
    edition.territoryWindows = { { QStringLiteral("974"), QDate(2018, 4, 3), QDate(2018, 4, 8) } };
    return edition;
}

inline QDateTime parisTime(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, QTimeZone("Europe/Paris")).toUTC();
}

// A company visit in Paris on Wednesday 28 March 2018, submitted on 1 March: it meets every
// condition and raises no flag. Tests change one field at a time from here.
inline Event passingEvent()
{
    Event event;
    event.editionYear = 2018;
    event.requestId = QStringLiteral("SI2018-TEST01");
    event.submittedAt = parisTime(QDate(2018, 3, 1), QTime(9, 15));
    event.title = QStringLiteral("Visite de l'usine");
    event.type = EventType::CompanyVisit;
    event.online = false;
    event.organiserName = QStringLiteral("Mécatech SAS");
    event.organiserType = OrganiserType::Company;
    event.siret = QStringLiteral("73282932000074");
    event.address = QStringLiteral("1 rue de Rivoli");
    event.postalCode = QStringLiteral("75001");
    event.commune = QStringLiteral("Paris");
    event.inseeCode = QStringLiteral("75056");
    event.departement = QStringLiteral("75");
    event.region = QStringLiteral("11");
    event.latitude = 48.8600;
    event.longitude = 2.3400;
    event.startsAt = wallClock(QDate(2018, 3, 28), QTime(10, 0));
    event.endsAt = wallClock(QDate(2018, 3, 28), QTime(12, 0));
    event.audiences = Audiences(Audience::GeneralPublic | Audience::YoungPeople);
    event.aimsToInformAboutIndustry = true;
    event.free = true;
    event.status = EventStatus::Submitted;
    return event;
}
