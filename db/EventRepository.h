#pragma once

#include "app/core/Event.h"
#include "app/core/OrganiserRequest.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;
class QSqlQuery;

// Reading label requests: one request, lists, counts and the look-ups the form makes (possible
// duplicates, the organiser's other requests, the next request number). Writes are in
// RequestStore (create, edit), Decisions (status, assignee), RequestImport (imports) and
// PendingUpdates; the row mapping is in EventRows, the trail in AuditTrail. Each read answers
// with its rows or with the store's own message, never with "no rows" for a failed query.
class EventRepository {
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database& database);

    // NotFound when there is no request `id`.
    StoreResult<Event> find(qint64 id) const;
    // The requests with these ids, in that order (those that no longer exist are left out).
    StoreResult<QList<Event>> findMany(const QList<qint64>& ids) const;
    StoreResult<QList<Event>> all(int editionYear) const;
    StoreResult<int> count(int editionYear) const;
    // Other requests of the same edition that may be the same event: same organiser (SIRET or
    // name), dates that overlap, the same commune and a similar title.
    StoreResult<QList<Event>> possibleDuplicates(const Event& event) const;
    // The first request number of the edition's series (SI2018-000124) after those stored.
    StoreResult<QString> nextRequestId(int editionYear) const;
    // The organiser's other requests (same SIRET, or same name) in this edition and earlier ones,
    // the most recent edition first.
    StoreResult<QList<OrganiserRequest>> organiserRequests(const Event& event) const;
    // How many there are, from the indexes alone.
    StoreResult<int> organiserRequestCount(const Event& event) const;

private:
    // The rows of `query`, run; or why it failed.
    static StoreResult<QList<Event>> readAll(QSqlQuery& query);
    static StoreResult<void> failed(const QSqlQuery& query);

    Database& m_database;
};
