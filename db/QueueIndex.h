#pragma once

#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "app/core/EventDigest.h"
#include "app/core/EventFilter.h"
#include "app/core/MapPoint.h"
#include "app/core/QueueColumns.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSpan>
#include <QVariantList>

#include <optional>

class Database;
class EncodedRows;
class GeoReference;
class Statement;
struct SearchIndexRecords;

// The review queue's side of the store. It keeps one narrow event_queue row per request, with
// the label rules' outcomes (EventDigest), and answers the queue in SQL: which requests a filter
// keeps and in which order, and how many there are per status.
class QueueIndex {
    Q_DECLARE_TR_FUNCTIONS(QueueIndex)

public:
    struct Counts {
        QHash<EventStatus, int> byStatus;
        QHash<EventStatus, int> mineByStatus; // assigned to the reviewer asked about
        int total = 0;
    };

    explicit QueueIndex(Database& database);

    // Writes the rows of these requests (stored, with their ids), replacing any older ones. The
    // caller holds the write transaction.
    WriteResult store(const QList<Event>& events);
    // The same with the digests worked out beforehand, one per event, in order: a bulk insert
    // works them out on another core while the requests themselves are written.
    WriteResult store(const QList<Event>& events, const QList<EventDigest>& digests);
    // The rows' values but the requests' ids, for store() below: pure, so that a bulk write works
    // them out on the core that makes its batches.
    static EncodedRows encodeRows(QSpan<const Event> events, const QList<EventDigest>& digests);
    // The search text's place among a row's values in encodeRows().
    static constexpr int SearchTextValue = 11;
    // Writes the row of the request `ids[i]` from the row `rowOf[i]` of `rows`, for each i.
    WriteResult store(const QList<qint64>& ids, const EncodedRows& rows, const QList<qsizetype>& rowOf);
    // The same through `statement`, which the caller keeps from batch to batch: store()'s upsert,
    // or for requests just created, which have no row yet (an event is never deleted, and a row's
    // event must exist), the plain insert of insertNewStatement(). A bulk insert's upsert per row
    // cost SQLite more than the rows it wrote.
    static WriteResult store(Statement& statement, const QList<qint64>& ids, const EncodedRows& rows,
        const QList<qsizetype>& rowOf);
    static QString insertNewStatement();
    // The row of a decided request (`event` as written): a decision changes its status and assignee
    // alone, on which the rules' outcomes do not depend, so only they are written, without reading
    // the edition; a request without a row yet gets its whole row. Same transaction as store().
    WriteResult storeDecided(const Event& event);
    // For a bulk insert on SQLite: the trigger that puts each new row's search text into the trigram
    // index is dropped, and resumeSearchIndex() indexes the rows written meanwhile in one statement,
    // as FTS5 makes one trigger run per row four to five times as costly. Answers the trigger's
    // definition, to give back to resumeSearchIndex(); empty when there is none to suspend
    // (PostgreSQL, or already suspended). Within the caller's transaction: a failure brings the
    // trigger back with the rest.
    StoreResult<QString> suspendSearchIndex();
    // Indexes the search texts of the rows from `firstId` to `lastId`, all written since
    // suspendSearchIndex(), then creates `trigger` again.
    WriteResult resumeSearchIndex(const QString& trigger, qint64 firstId, qint64 lastId);
    // The store's CREATE VIRTUAL TABLE of the trigram index (SQLite).
    StoreResult<QString> searchIndexDefinition() const;
    // Whether the queue holds any row, whose search text the trigram index then holds.
    StoreResult<bool> holdsRows() const;
    // Instead of resumeSearchIndex(), when the search index holds no row but those written since
    // suspendSearchIndex(): the index as AsideSearchIndex built it for these rows, the table made
    // again from `definition` (searchIndexDefinition()), then `trigger` created again.
    WriteResult adoptSearchIndex(
        const QString& trigger, const QString& definition, const SearchIndexRecords& records);
    // The editions of these events, read from the store (on the caller's thread); a failure when
    // one cannot be read, as the label rules cannot be worked out without it.
    StoreResult<QHash<int, Edition>> editionsOf(const QList<Event>& events) const;
    // Pure: safe on any thread.
    static QList<EventDigest> digests(QSpan<const Event> events, const QHash<int, Edition>& editions);
    // The requests whose row is missing (after an upgrade, or when an edition's dates changed),
    // or all of them when the code's recipe is newer than the store's:
    // EventRepository::refreshQueueIndex() works them out again, then marks the index current.
    StoreResult<QList<qint64>> staleIds() const;
    // The same, with the verdict of isCurrent() already read.
    StoreResult<QList<qint64>> staleIds(bool recipeIsCurrent) const;
    StoreResult<bool> isCurrent() const;
    WriteResult markCurrent();
    // Drops the edition's rows, to be worked out again (its dates or delay changed).
    WriteResult invalidate(int editionYear);

    // The requests of the edition that `filter` keeps, in the order of a queue column (ties by id). `today`
    // decides what is overdue.
    StoreResult<QList<qint64>> ids(int editionYear, const EventFilter& filter, const QDate& today,
        QueueColumns::Column sort = QueueColumns::RequestId, Qt::SortOrder order = Qt::AscendingOrder) const;
    // Per status, over the filter without its statuses and assignee: what each queue tab would
    // show. `me` is the reviewer whose "mine" counts are wanted.
    StoreResult<Counts> counts(
        int editionYear, const EventFilter& filter, const QDate& today, const QString& me) const;

    // The requests of the edition that `filter` keeps, as a WHERE clause over event_queue's own
    // (unqualified) columns with its values in order: aggregates elsewhere in db/ select the same
    // requests as the queue.
    struct Where {
        QString sql;
        QVariantList values;

        void bindTo(Statement& statement) const; // from the first parameter
    };
    Where where(int editionYear, const EventFilter& filter, const QDate& today) const;

    // Whether a search keystroke goes through the trigram index (migration 11). False on a
    // PostgreSQL server without pg_trgm: the search is the same, scanning every row.
    bool searchIsIndexed() const;

    // What the map shows of the requests `filter` keeps, by id: coordinates, status and failing
    // conditions from this index alone (the titles of online requests from the requests).
    StoreResult<QList<MapPoint>> mapPoints(
        int editionYear, const EventFilter& filter, const QDate& today) const;

    // Everyone in charge of at least one request of the edition, by name.
    StoreResult<QStringList> assignees(int editionYear) const;

    // Both at once, as the queue needs them after every change of filter: when the filter has
    // more than statuses and assignee, one scan serves both instead of two. It carries its error
    // itself, as QueueSelector hands it from its thread to the queue's.
    struct Selection {
        QList<qint64> ids;
        Counts counts;
        QString error; // empty when the store answered
        bool partial = false; // the first rows only (firstRows()), without counts
    };
    Selection select(int editionYear, const EventFilter& filter, const QDate& today, const QString& me,
        QueueColumns::Column sort = QueueColumns::RequestId, Qt::SortOrder order = Qt::AscendingOrder) const;

    // The first `rows` requests of select(), partial, when showing them before the others are
    // counted is worth it: on SQLite, a search that the trigram index finds at least
    // CandidatesPerFirstRow times `rows` candidates for, in the request ids' order, which an index
    // walks. Counting such a search reads every row it finds (at 1,000,000 requests, tens of
    // thousands); the first rows come after a few. Nothing when select() is as quick; a failure
    // is a partial Selection with its error.
    std::optional<Selection> firstRows(int editionYear, const EventFilter& filter, const QDate& today,
        QueueColumns::Column sort, Qt::SortOrder order, int rows) const;
    static constexpr int CandidatesPerFirstRow = 32;

private:
    static StoreResult<void> failed(const QString& error);
    // The ids `where` keeps in the order of `sort`, ties by id; the first `limit` (0: all).
    StoreResult<QList<qint64>> orderedIds(
        const Where& where, QueueColumns::Column sort, Qt::SortOrder order, int limit) const;

    Database& m_database;
};
