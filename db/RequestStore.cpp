#include "db/RequestStore.h"

#include "app/core/InterleavedBatches.h"
#include "db/BulkInsert.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/PreparedQuery.h"
#include "db/QueueIndex.h"
#include "db/RequestChange.h"
#include "db/Transaction.h"

#include <QSpan>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <thread>
#include <utility>

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
    // The queue's digests (the label rules, mostly) and the rows' values are worked out a few
    // batches ahead of this thread, which writes, by two makers on alternate batches: one alone
    // took longer than the writing of the batches. They only read `events`, shared with the
    // caller's other copies (the bench's) or not (the demo's): the ids go in after the last batch.
    struct Batch {
        qsizetype from = 0;
        BulkInsert::Rows rows;
        QList<qsizetype> rowOf;
    };
    const QSpan<const Event> source(std::as_const(events));
    const auto slice = [&source](qsizetype from) {
        return source.subspan(from, std::min<qsizetype>(ProgressEvery, source.size() - from));
    };
    QList<qint64> ids;
    ids.reserve(events.size());
    BulkInsert insert(m_database, who, events.size());
    {
        InterleavedBatches<Batch> batches(events.size() > ProgressEvery ? 2 : 1,
            [&slice, &source, &editions](BatchPipeline<Batch>& made, int index, int count) {
                for (qsizetype from = qsizetype(index) * ProgressEvery; from < source.size();
                    from += qsizetype(count) * ProgressEvery) {
                    const QSpan<const Event> part = slice(from);
                    Batch batch { from, BulkInsert::encode(part, QueueIndex::digests(part, *editions)),
                        QList<qsizetype>(part.size()) };
                    std::iota(batch.rowOf.begin(), batch.rowOf.end(), 0);
                    if (!made.put(std::move(batch))) {
                        return;
                    }
                }
            });
        while (std::optional<Batch> batch = batches.take()) {
            const StoreResult<QList<qint64>> added
                = insert.add(slice(batch->from), std::move(batch->rows), batch->rowOf);
            if (!added) {
                return added;
            }
            ids += *added;
        }
    }
    Q_ASSERT(ids.size() == events.size());
    // Into the caller's list while the indexes are built, on the core the makers left: a list
    // shared with the caller's other copies is copied then. (Moving copies made by the maker into
    // a new list took this thread 7 % of its time in the bench's insert.)
    std::thread identify([&events, &ids] {
        auto id = ids.cbegin();
        for (Event& event : events) {
            event.id = *id++;
            event.version = 1;
        }
    });
    const WriteResult finished = insert.finish();
    identify.join();
    return finished;
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
