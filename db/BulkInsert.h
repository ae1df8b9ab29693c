#pragma once

#include "app/core/Event.h"
#include "app/core/EventDigest.h"
#include "db/EncodedRows.h"
#include "db/StoreResult.h"

#include <QList>
#include <QSpan>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <memory>

class AsideSearchIndex;
class Database;
class Statement;

// New requests written a batch at a time inside the caller's transaction, each with its queue row,
// then audited once: RequestStore's inserts and the requests an import creates, whose batches are
// parsed and worked out on another core meanwhile. From RequestStore::BulkWithoutIndexes requests
// on (SQLite), the secondary indexes and the search trigger are dropped, and built once at the
// end: sorting once costs far less than 100,000 insertions in each index. Meanwhile the statuses,
// which come from the enum, are not checked by the store.
class BulkInsert {
public:
    // `expected`, when the caller knows how many requests come: from the bulk size on, the indexes
    // are dropped before the first rather than once the bulk size is reached.
    BulkInsert(Database& database, const QString& who, qsizetype expected = 0);
    ~BulkInsert();
    BulkInsert(const BulkInsert&) = delete;
    BulkInsert& operator=(const BulkInsert&) = delete;

    // Raises the number of requests expected (an import knows it after its first batch).
    void expect(qsizetype requests) { m_expected = std::max(m_expected, requests); }
    // A batch's rows in the event table and the queue, worked out by encode() on the thread that
    // makes the batches, so that the writer's thread only binds them.
    struct Rows {
        EncodedRows events;
        EncodedRows queue;
    };
    // Pure: `digests` are the queue digests of `events`, one per event, in order.
    static Rows encode(QSpan<const Event> events, const QList<EventDigest>& digests);
    // Writes the requests `events` and their queue rows, the rows `rowOf[i]` of `rows` for
    // `events[i]`, and answers their ids, in order (each request is then at version 1). The
    // requests are only read: a bulk insert's makers read them meanwhile. The queue rows may go on
    // to the thread that indexes their search texts (AsideSearchIndex).
    StoreResult<QList<qint64>> add(QSpan<const Event> events, Rows rows, const QList<qsizetype>& rowOf);
    // Indexes what add() left unindexed and audits every creation, in the order of the ids.
    WriteResult finish();
    // Whether finish() took the search index that AsideSearchIndex built, rather than filling it.
    bool searchIndexBuiltAside() const { return m_builtAside; }

private:
    // Before the first row: on PostgreSQL, the lock that makes the ids between the first and the
    // last ours (the audit takes them so).
    WriteResult begin();
    // Once the batch reaches the bulk size (SQLite), for about `requests` requests in all.
    WriteResult dropIndexes(qsizetype requests);
    // What a request takes in the store's pages, its queue row, indexes and audit included, with
    // some room: 100,000 demonstration requests took 140 MB.
    static constexpr qint64 BytesPerRequest = 2048;
    // The store's refusal in RequestStore's words, with the engine's `why`.
    static WriteResult storeFailed(const QString& why);
    static WriteResult indexFailed(const QString& why);
    // Ends what dropIndexes() turned off: the status CHECK of later statements.
    void checkStatuses();
    // Indexes the search texts of the rows written without the trigger, then puts it back: the
    // index AsideSearchIndex built when there is one, else a fill (QueueIndex::resumeSearchIndex()).
    WriteResult resumeSearchIndex();

    Database& m_database;
    QString m_who;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_queueInsert; // QueueIndex::insertNewStatement()
    qsizetype m_expected;
    qsizetype m_count = 0;
    qint64 m_firstId = 0;
    qint64 m_lastId = 0;
    bool m_dropped = false;
    bool m_statusesUnchecked = false; // PRAGMA ignore_check_constraints is on
    QStringList m_rebuild; // the dropped indexes' definitions
    QString m_trigger; // the suspended search trigger, empty when none
    qint64 m_firstUnindexed = 0; // the first row written without the search trigger
    // From the first row on, when the search index held no row: its index, built meanwhile.
    std::unique_ptr<AsideSearchIndex> m_aside;
    QString m_searchDefinition; // the trigram index's CREATE VIRTUAL TABLE, with m_aside
    bool m_builtAside = false;
};
