#pragma once

#include "app/core/Event.h"

#include <QString>

#include <cmath>
#include <limits>

// What the map needs of one request, read from the queue's index without the request itself:
// 100,000 of these fit where a few thousand Event objects would.
struct MapPoint {
    qint64 id = 0;
    double latitude = std::numeric_limits<double>::quiet_NaN(); // NaN when unknown
    double longitude = std::numeric_limits<double>::quiet_NaN();
    EventStatus status = EventStatus::Submitted;
    int failing = 0; // bit n set: condition n of LabelRules::conditions() fails
    bool online = false;
    QString region;
    QString departement;
    // Online requests only: having no place, they are listed by these.
    QString title;
    QString requestId;
    QString organiser;

    bool hasPlace() const { return !std::isnan(latitude) && !std::isnan(longitude); }
};
// Moved as bytes when a list of them grows (100,000 read at once), as its members are.
Q_DECLARE_TYPEINFO(MapPoint, Q_RELOCATABLE_TYPE);
