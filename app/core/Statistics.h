#pragma once

#include "app/core/Event.h"

#include <QHash>
#include <QList>
#include <QString>

class GeoReference;

// Counts of one territory (a région, or the whole country).
struct TerritoryFigures {
    QString code;
    QString name;
    int received = 0;
    int labelled = 0;
    int refused = 0;
    int pending = 0; // submitted or in review
    int informationRequested = 0;
    int withdrawn = 0;
    qint64 expectedParticipants = 0; // of labelled events
    qint64 population = 0;
};

// National and per-région figures of a set of events; every région appears, even with no event.
struct Statistics {
    TerritoryFigures national;
    QList<TerritoryFigures> regions;

    static Statistics compute(const QList<Event>& events, const GeoReference& geo);
};
