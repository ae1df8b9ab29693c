#pragma once

#include "app/core/Event.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <optional>

class Database;

// Creating and editing label requests: each write is one transaction with its audit entries and
// queue rows; an edit is refused when the request changed since it was read (its version).
// Decisions are in Decisions, imports in RequestImport, reads in EventRepository.
class RequestStore {
    Q_DECLARE_TR_FUNCTIONS(RequestStore)

public:
    explicit RequestStore(Database& database);

    WriteResult insert(Event& event, const QString& who);
    // All in one transaction: either every event is stored or none.
    WriteResult insertAll(QList<Event>& events, const QString& who);
    // From this many requests on, a bulk insert builds the secondary indexes again at the end
    // rather than updating them row by row.
    static constexpr qsizetype BulkWithoutIndexes = 5000;
    // Called now and then with the rows done out of the total; returning false cancels the write.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    // Also the size of a bulk write's batches (BulkInsert).
    static constexpr int ProgressEvery = 1000;

    // An edit, audited once the request is decided; a labelled request that no longer passes a
    // condition (judged on `today`) goes back to review in the same transaction (RequestChange).
    // `event` becomes what was written, its status included.
    WriteResult update(Event& event, const QString& who, const QDate& today = QDate::currentDate());

    // The reviewers' private notes: not part of the request, so no version check and no audit;
    // update() never writes them. Announced as a change of the request, so that the copies the
    // app keeps (the queue's rows) carry them, as the server announces them to the others.
    WriteResult saveReviewerNotes(qint64 id, const QString& notes);

    // Works out again the queue's index rows that are missing or out of date (QueueIndex), in one
    // transaction: at start-up, after an upgrade or an edition's change. Answers how many; the
    // requests that had no row are announced as added (ChangeNotifier).
    StoreResult<int> refreshQueueIndex();

private:
    // The bulk insert inside the caller's transaction.
    WriteResult insertInTransaction(QList<Event>& events, const QString& who);

    Database& m_database;
};
