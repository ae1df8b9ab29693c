#include "db/RequestStore.h"

#include "app/core/BatchPipeline.h"
#include "db/BulkInsert.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/PreparedQuery.h"
#include "db/QueueIndex.h"
#include "db/RequestChange.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <numeric>

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
    WriteResult result = transaction.isOpen() ? insertInTransaction(events, who) : transaction.failure();
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

WriteResult RequestStore::insertInTransaction(QList<Event>& events, const QString& who)
{
    const StoreResult<QHash<int, Edition>> editions = QueueIndex(m_database).editionsOf(events);
    if (!editions) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot store requests: %1").arg(editions.message));
    }
    // The queue's digests (the label rules, mostly) and the rows' values are worked out on
    // another core, a batch ahead of this thread, which writes. The maker only reads `events`
    // meanwhile: the batches are its copies, which get their ids here and are handed back in its
    // place, so that a list shared with the caller's other copies (the bench's, the demo's) is not
    // copied a second time, on this thread, to set them.
    struct Batch {
        QList<Event> events;
        BulkInsert::Rows rows;
        QList<qsizetype> rowOf;
    };
    const QList<Event>& source = events;
    QList<Event> written;
    written.reserve(events.size());
    {
        BatchPipeline<Batch> pipeline([&source, &editions](BatchPipeline<Batch>& made) {
            for (qsizetype from = 0; from < source.size(); from += ProgressEvery) {
                Batch batch { source.mid(from, ProgressEvery), {}, {} };
                batch.rows = BulkInsert::encode(batch.events, QueueIndex::digests(batch.events, *editions));
                batch.rowOf.resize(batch.events.size());
                std::iota(batch.rowOf.begin(), batch.rowOf.end(), 0);
                if (!made.put(std::move(batch))) {
                    return;
                }
            }
        });
        BulkInsert insert(m_database, who, events.size());
        while (std::optional<Batch> batch = pipeline.take()) {
            if (const WriteResult added = insert.add(batch->events, batch->rows, batch->rowOf); !added) {
                return added;
            }
            std::move(batch->events.begin(), batch->events.end(), std::back_inserter(written));
        }
        if (const WriteResult finished = insert.finish(); !finished) {
            return finished;
        }
    }
    events = std::move(written);
    return WriteResult::success();
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
    m_database.changes().recordChanged(id);
    return WriteResult::success();
}

StoreResult<int> RequestStore::refreshQueueIndex()
{
    QueueIndex index(m_database);
    const StoreResult<bool> current = index.isCurrent();
    if (!current) {
        return current;
    }
    const StoreResult<QList<qint64>> stale = index.staleIds(*current);
    if (!stale) {
        return stale;
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
    // The queue, the map and the statistics shown meanwhile lacked these requests.
    if (!stale->isEmpty()) {
        m_database.changes().recordAdded();
    }
    if (const WriteResult committed = transaction.commit(); !committed) {
        return committed;
    }
    return int(stale->size());
}
