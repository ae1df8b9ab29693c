#pragma once

#include "app/core/Event.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

class GeoReference;

// Counts of one territory (a région, a département, or the whole country).
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
    qint64 actualParticipants = 0; // of labelled events that reported them, after the week
    int actualReported = 0; // labelled events that reported their actual participants
    qint64 population = 0;

    // Counts one request of the territory.
    void add(EventStatus status, std::optional<int> expected, std::optional<int> actual);
    // Counts `count` requests of the territory in the same status, with the participants they
    // expected and reported in all (`reported` of them reported some): those of labelled events count.
    void add(EventStatus status, int count, qint64 expected, qint64 actual, int reported);
};

// The previous edition's figures of a territory; either may be unknown ("n/c"), never 0 for it.
struct PreviousFigures {
    std::optional<int> events;
    std::optional<qint64> participants;

    // Territories are keyed by département code ("53" Mayenne, "2A", "974") or by "R" and the
    // INSEE région code ("R53" Bretagne): the two sets of codes overlap.
    static QString regionKey(const QString& regionCode) { return QLatin1Char('R') + regionCode; }
};

// National and per-région figures of a set of requests, with what the dashboard's charts show.
// Every région appears, even with no request; withdrawn requests count only in "received".
struct Statistics {
    TerritoryFigures national;
    QList<TerritoryFigures> regions;
    // Every département of each région, by région code.
    QHash<QString, QList<TerritoryFigures>> departements;

    // Labelled events running on each day of the edition's week (and of any territory's own week):
    // an event spanning three days counts on each.
    QMap<QDate, int> labelledPerDay;
    // Requests not withdrawn: by event type, organiser type, audience (a request open to two
    // audiences counts under both) and label condition failed (C1 to C4).
    QMap<EventType, int> eventTypes;
    QMap<OrganiserType, int> organiserTypes;
    QMap<Audience, int> audiences;
    std::array<int, 4> failing {};
    // The campaign's pace: requests received per day (Paris time) and decisions (labelled or
    // refused) per day, of the requests not withdrawn.
    QMap<QDate, int> receivedPerDay;
    QMap<QDate, int> decisionsPerDay;

    // Every région and département of the reference, with its population and no request.
    static Statistics empty(const GeoReference& geo);
    // The counts of these requests (not the charts): the map's colours.
    static Statistics compute(const QList<Event>& events, const GeoReference& geo);

    const TerritoryFigures* region(const QString& code) const;
};
