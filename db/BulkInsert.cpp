#include "db/BulkInsert.h"

#include "db/AsideSearchIndex.h"
#include "db/AuditTrail.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EventRows.h"
#include "db/QueueIndex.h"
#include "db/RequestStore.h"
#include "db/Statement.h"

#include <QSqlError>
#include <QSqlQuery>

BulkInsert::BulkInsert(Database& database, const QString& who, qsizetype expected)
    : m_database(database)
    , m_who(who)
    , m_expected(expected)
{
}

BulkInsert::~BulkInsert()
{
    // After a failure, which finish() did not follow: the connection's next statements check again.
    checkStatuses();
}

void BulkInsert::checkStatuses()
{
    if (m_statusesUnchecked) {
        QSqlQuery(m_database.connection()).exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
        m_statusesUnchecked = false;
    }
}

WriteResult BulkInsert::storeFailed(const QString& why)
{
    return WriteResult::failure(StoreStatus::Failed, RequestStore::tr("Cannot store requests: %1").arg(why));
}

WriteResult BulkInsert::indexFailed(const QString& why)
{
    return WriteResult::failure(
        StoreStatus::Failed, RequestStore::tr("Cannot index the requests for the queue: %1").arg(why));
}

WriteResult BulkInsert::begin()
{
    m_insert = std::make_unique<Statement>(
        m_database.connection(), EventRows::insertStatement(m_database.isPostgresql()));
    if (!m_insert->isValid()) {
        return storeFailed(m_insert->errorString());
    }
    m_queueInsert = std::make_unique<Statement>(m_database.connection(), QueueIndex::insertNewStatement());
    if (!m_queueInsert->isValid()) {
        return indexFailed(m_queueInsert->errorString());
    }
    if (m_database.isPostgresql()) {
        // No other workstation may insert meanwhile (decisions on existing rows wait too, briefly).
        if (QSqlQuery lock(m_database.connection());
            !lock.exec(QStringLiteral("LOCK TABLE event IN SHARE ROW EXCLUSIVE MODE"))) {
            return storeFailed(lock.lastError().text());
        }
    }
    return WriteResult::success();
}

WriteResult BulkInsert::dropIndexes(qsizetype requests)
{
    m_dropped = true;
    // The commit returns once the batch is in the log; the copy into the file follows apart.
    m_database.deferCheckpoint();
    m_database.holdWrittenPages(qint64(requests) * BytesPerRequest);
    QSqlQuery indexes(m_database.connection());
    if (!indexes.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN ('event', 'event_queue') AND sql NOT LIKE '%UNIQUE%'"))) {
        return storeFailed(indexes.lastError().text());
    }
    QStringList names;
    while (indexes.next()) {
        names << indexes.value(0).toString();
        m_rebuild << indexes.value(1).toString();
    }
    // Within the caller's transaction: a failure brings them back as they were.
    for (const QString& name : std::as_const(names)) {
        if (!indexes.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            return storeFailed(indexes.lastError().text());
        }
    }
    const StoreResult<QString> trigger = QueueIndex(m_database).suspendSearchIndex();
    if (!trigger) {
        return indexFailed(trigger.message);
    }
    m_trigger = *trigger;
    // Before the first row, into a search index that holds none: its trigrams are worked out on
    // another core while the rows are written here, then copied in (finish()).
    if (!m_trigger.isEmpty() && m_count == 0) {
        const StoreResult<bool> holding = QueueIndex(m_database).holdsRows();
        const StoreResult<QString> definition = QueueIndex(m_database).searchIndexDefinition();
        if (!holding || !definition) {
            return indexFailed(!holding ? holding.message : definition.message);
        }
        if (!*holding) {
            m_searchDefinition = *definition;
            m_aside = std::make_unique<AsideSearchIndex>(m_searchDefinition);
        }
    }
    // The event table's only CHECK, on the status, is an IN list: SQLite builds it as a temporary
    // b-tree for every row it checks (100 ms of the writer's thread at 100,000 requests). The
    // statuses written here are EventStatuses::key() of an enum, which the CHECK cannot refuse.
    if (!indexes.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"))) {
        return storeFailed(indexes.lastError().text());
    }
    m_statusesUnchecked = true;
    return WriteResult::success();
}

BulkInsert::Rows BulkInsert::encode(QSpan<const Event> events, const QList<EventDigest>& digests)
{
    Rows rows { {}, QueueIndex::encodeRows(events, digests) };
    rows.events.reserve(events.size(), EventRows::insertValueCount());
    for (const Event& event : events) {
        EventRows::encodeInsert(event, rows.events);
    }
    return rows;
}

StoreResult<QList<qint64>> BulkInsert::add(
    QSpan<const Event> events, Rows rows, const QList<qsizetype>& rowOf)
{
    Q_ASSERT(events.size() == rowOf.size());
    QList<qint64> ids;
    if (events.empty()) {
        return ids;
    }
    if (!m_insert) {
        if (const WriteResult begun = begin(); !begun) {
            return begun;
        }
    }
    if (const qsizetype requests = std::max(m_expected, m_count + events.size());
        !m_dropped && !m_database.isPostgresql() && requests >= RequestStore::BulkWithoutIndexes) {
        if (const WriteResult dropped = dropIndexes(requests); !dropped) {
            return dropped;
        }
    }
    ids.reserve(events.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        rows.events.bind(*m_insert, rowOf.at(i), 1, i > 0 ? rowOf.at(i - 1) : -1);
        if (!m_insert->step()) {
            const Event& event = events[i];
            return WriteResult::failure(StoreStatus::Failed,
                RequestStore::tr("Cannot store the request %1 (%2): %3. Nothing was stored.")
                    .arg(event.requestId, event.title, m_insert->errorString()));
        }
        ids.append(m_insert->lastInsertId());
        if (!m_trigger.isEmpty() && m_firstUnindexed == 0) {
            m_firstUnindexed = ids.last();
        }
    }
    m_firstId = m_count == 0 ? ids.first() : m_firstId;
    m_lastId = ids.last();
    m_count += ids.size();
    if (const WriteResult indexed = QueueIndex::store(*m_queueInsert, ids, rows.queue, rowOf); !indexed) {
        return indexFailed(indexed.message);
    }
    if (m_aside) {
        m_aside->add(ids, std::move(rows.queue), rowOf);
    }
    return ids;
}

WriteResult BulkInsert::resumeSearchIndex()
{
    QueueIndex index(m_database);
    if (m_aside) {
        // The trigrams of every row add() wrote, worked out meanwhile; the index held no other row
        // (dropIndexes()), and the insert trigger was off from the first row on, so that it holds
        // nothing else now either. A failure aside leaves the fill below.
        const StoreResult<SearchIndexRecords> records = m_aside->finish();
        m_aside.reset();
        if (records) {
            m_builtAside = true;
            return index.adoptSearchIndex(m_trigger, m_searchDefinition, *records);
        }
    }
    return m_firstUnindexed == 0 ? WriteResult::success()
                                 : index.resumeSearchIndex(m_trigger, m_firstUnindexed, m_lastId);
}

WriteResult BulkInsert::finish()
{
    checkStatuses();
    if (m_aside) {
        // Its work, held until the rows end (but for a million requests' texts), then runs on the
        // core the index rebuilds below leave idle, not after them.
        m_aside->endRows();
    }
    if (!m_rebuild.isEmpty()) {
        QSqlQuery query(m_database.connection());
        // One thread: SQLite's sorter hands work to helpers (PRAGMA threads) only for a sort larger
        // than the page cache, which the batch raised above these. Cutting the sorts into runs with
        // a small cache brought no gain at 100,000 requests, and more CPU (issue 16).
        QString error;
        for (const QString& create : std::as_const(m_rebuild)) {
            if (!query.exec(create)) {
                error = query.lastError().text();
                break;
            }
        }
        if (!error.isEmpty()) {
            return storeFailed(error);
        }
        m_rebuild.clear();
    }
    if (m_count > 0) {
        // We hold the write lock: every id between the first and the last is one of ours.
        if (const WriteResult audited = AuditTrail(m_database).appendCreated(m_firstId, m_lastId, m_who);
            !audited) {
            return audited;
        }
        m_database.changes().recordAdded();
    }
    // After the indexes and the audit: the search index built aside had that much more time.
    if (!m_trigger.isEmpty()) {
        if (const WriteResult indexed = resumeSearchIndex(); !indexed) {
            return indexFailed(indexed.message);
        }
        m_trigger.clear();
    }
    return WriteResult::success();
}
