#pragma once

#include "app/core/Edition.h"

// The 2018 edition as db/migrations/0001_init.sql seeds it, for tests that need no store.
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
