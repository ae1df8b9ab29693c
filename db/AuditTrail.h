#pragma once

#include "app/core/AuditEntry.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QList>

class Database;

// The requests' audit trail: one entry per creation, edit, status change, assignment and
// dismissed import change, written inside the transaction of the change it records.
class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    explicit AuditTrail(Database& database);

    // Inside the caller's transaction.
    WriteResult append(const AuditEntry& entry);
    // The same for several entries, in this order, in one statement (on PostgreSQL one round trip).
    WriteResult append(const QList<AuditEntry>& entries);
    // "created" for the requests whose ids run from `firstId` to `lastId`, inside the caller's
    // transaction, which holds the write lock so that they are all its own.
    WriteResult appendCreated(qint64 firstId, qint64 lastId, const QString& who);

    // The request's entries, oldest first.
    StoreResult<QList<AuditEntry>> of(qint64 eventId) const;
    // Who made the request's latest change, and when (NotFound when it has none).
    StoreResult<AuditEntry> last(qint64 eventId) const;

private:
    Database& m_database;
};
