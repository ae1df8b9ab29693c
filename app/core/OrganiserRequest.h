#pragma once

#include "app/core/EventStatus.h"

#include <QString>

// One line of an organiser's other requests, as the event form lists them: a big organiser has
// well over a thousand, read at every request the reviewer opens, so not the whole requests.
struct OrganiserRequest {
    qint64 id = 0;
    int editionYear = 0;
    QString requestId;
    QString title;
    QString organiserName;
    EventStatus status = EventStatus::Submitted;
};
