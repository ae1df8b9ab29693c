#pragma once

#include "app/core/Event.h"

#include <QHash>
#include <QList>

#include <optional>

class Database;

// Reading label requests: one request, lists, counts and the look-ups the form makes (possible
// duplicates, the organiser's other requests, the next request number). Writes are in
// RequestStore (create, edit), Decisions (status, assignee), RequestImport (imports) and
// PendingUpdates; the row mapping is in EventRows, the trail in AuditTrail.
class EventRepository {
public:
    explicit EventRepository(Database& database);

    std::optional<Event> find(qint64 id) const;
    // The requests with these ids, in that order (those that no longer exist are left out).
    QList<Event> findMany(const QList<qint64>& ids) const;
    QList<Event> all(int editionYear) const;
    int count(int editionYear) const;
    QHash<EventStatus, int> countByStatus(int editionYear) const;
    // Other requests of the same edition that may be the same event: same organiser (SIRET or
    // name), dates that overlap, the same commune and a similar title.
    QList<Event> possibleDuplicates(const Event& event) const;
    // The first request number of the edition's series (SI2018-000124) after those stored.
    QString nextRequestId(int editionYear) const;
    // The organiser's other requests (same SIRET, or same name) in this edition and earlier ones,
    // the most recent edition first.
    QList<Event> organiserRequests(const Event& event) const;

private:
    Database& m_database;
};
