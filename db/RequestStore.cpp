#include "db/RequestStore.h"

#include "db/AuditTrail.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/EventRows.h"
#include "db/PreparedQuery.h"
#include "db/QueueIndex.h"
#include "db/RequestChange.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QFuture>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

RequestStore::RequestStore(Database& database)
    : m_database(database)
{
}

WriteResult RequestStore::insert(Event& event, const QString& who)
{
    QList<Event> one { event };
    const WriteResult result = insertAll(one, who);
    if (result) {
        event = one.first();
    }
    return result;
}

WriteResult RequestStore::insertAll(QList<Event>& events, const QString& who)
{
    Transaction transaction(m_database);
    WriteResult result = transaction.isOpen() ? insertInTransaction(events, who, {}) : transaction.failure();
    if (result) {
        result = transaction.commit();
    }
    if (!result) {
        // A rolled-back row has no id.
        for (Event& event : events) {
            event.id = 0;
        }
    }
    return result;
}

WriteResult RequestStore::insertInTransaction(
    QList<Event>& events, const QString& who, const Progress& progress)
{
    QSqlDatabase db = m_database.connection();
    const auto failed = [](const QString& error) { return WriteResult::failure(StoreStatus::Failed, error); };
    // A large batch is written without the secondary indexes, which are built again at the end
    // from their own definitions: sorting once costs far less than 100,000 insertions in each
    // index. Within the caller's transaction, a failure brings them back as they were.
    QStringList rebuild;
    if (m_database.isPostgresql()) {
        // The audit below takes the ids between the first and the last as ours: no other
        // workstation may insert meanwhile (decisions on existing rows wait too, briefly).
        if (QSqlQuery lock(db); !lock.exec(QStringLiteral("LOCK TABLE event IN SHARE ROW EXCLUSIVE MODE"))) {
            return failed(tr("Cannot store requests: %1").arg(lock.lastError().text()));
        }
    } else if (events.size() >= BulkWithoutIndexes) {
        // The commit returns once the batch is in the log; the copy into the file follows apart.
        m_database.deferCheckpoint();
        QSqlQuery indexes(db);
        if (!indexes.exec(
                QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "AND tbl_name IN ('event', 'event_queue') AND sql NOT LIKE '%UNIQUE%'"))) {
            return failed(tr("Cannot store requests: %1").arg(indexes.lastError().text()));
        }
        QStringList names;
        while (indexes.next()) {
            names << indexes.value(0).toString();
            rebuild << indexes.value(1).toString();
        }
        for (const QString& name : std::as_const(names)) {
            if (!indexes.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
                return failed(tr("Cannot store requests: %1").arg(indexes.lastError().text()));
            }
        }
    }
    // The queue's digests (the label rules, mostly) are worked out on another core while this
    // thread writes the requests: they do not depend on the ids.
    QueueIndex index(m_database);
    const StoreResult<QHash<int, Edition>> editions = index.editionsOf(events);
    if (!editions) {
        return failed(tr("Cannot store requests: %1").arg(editions.message));
    }
    QFuture<QList<EventDigest>> digests = QtConcurrent::run(&QueueIndex::digests, events, *editions);
    QList<qint64> ids;
    ids.reserve(events.size());
    {
        Statement insert(db, EventRows::insertStatement(m_database.isPostgresql()));
        if (!insert.isValid()) {
            digests.waitForFinished();
            return failed(tr("Cannot store requests: %1").arg(insert.errorString()));
        }
        for (const Event& event : std::as_const(events)) {
            EventRows::bindInsert(insert, event);
            if (!insert.step()) {
                digests.waitForFinished();
                return failed(tr("Cannot store the request %1 (%2): %3. Nothing was stored.")
                        .arg(event.requestId, event.title, insert.errorString()));
            }
            ids.append(insert.lastInsertId());
            if (progress && ids.size() % ProgressEvery == 0 && !progress(ids.size(), events.size())) {
                digests.waitForFinished();
                return failed({});
            }
        }
    }
    // Waiting first lets the worker drop its copy of the list, so setting the ids copies nothing.
    const QList<EventDigest> digested = digests.result();
    digests = {};
    for (qsizetype i = 0; i < events.size(); ++i) {
        events[i].id = ids.at(i);
        events[i].version = 1;
    }
    // A large batch's search texts are indexed in one statement, a small one's row by row.
    if (const WriteResult indexed = events.size() >= BulkWithoutIndexes
            ? index.storeInserted(events, digested)
            : index.store(events, digested);
        !indexed) {
        return failed(tr("Cannot index the requests for the queue: %1").arg(indexed.message));
    }
    for (const QString& create : std::as_const(rebuild)) {
        if (QSqlQuery query(db); !query.exec(create)) {
            return failed(tr("Cannot store requests: %1").arg(query.lastError().text()));
        }
    }
    if (ids.isEmpty()) {
        return WriteResult::success();
    }
    m_database.changes().recordAdded();
    // We hold the write lock: every id between the first and the last is one of ours.
    return AuditTrail(m_database).appendCreated(ids.first(), ids.last(), who);
}

WriteResult RequestStore::update(Event& event, const QString& who, const QDate& today)
{
    RequestChange change(m_database);
    const StoreResult<Event> stored = change.begin(event.id, event.version);
    if (!stored) {
        return stored;
    }
    Event edited = event;
    if (const WriteResult written = change.writeAuditedEdit(edited, *stored, who, {}, today); !written) {
        return written;
    }
    const WriteResult committed = change.commit();
    if (committed) {
        event = edited;
    }
    return committed;
}

WriteResult RequestStore::saveReviewerNotes(qint64 id, const QString& notes)
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query, QStringLiteral("UPDATE event SET reviewer_notes = ? WHERE id = ?"),
            { notes.isNull() ? QStringLiteral("") : notes, id })) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot save the notes: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return WriteResult::failure(StoreStatus::NotFound, tr("The request no longer exists."));
    }
    return WriteResult::success();
}

StoreResult<int> RequestStore::refreshQueueIndex()
{
    QueueIndex index(m_database);
    const StoreResult<QList<qint64>> stale = index.staleIds();
    if (!stale) {
        return stale;
    }
    const StoreResult<bool> current = index.isCurrent();
    if (!current) {
        return current;
    }
    if (stale->isEmpty() && *current) {
        return 0;
    }
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    const StoreResult<QList<Event>> events = EventRepository(m_database).findMany(*stale);
    if (!events) {
        return events;
    }
    if (const WriteResult indexed = index.store(*events); !indexed) {
        return indexed;
    }
    if (const WriteResult marked = index.markCurrent(); !marked) {
        return marked;
    }
    if (const WriteResult committed = transaction.commit(); !committed) {
        return committed;
    }
    return int(stale->size());
}
