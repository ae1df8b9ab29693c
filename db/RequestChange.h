#pragma once

#include "app/core/Event.h"
#include "db/StoreResult.h"
#include "db/Transaction.h"

#include <QCoreApplication>

#include <optional>

class Database;

// One change of a stored request, in its own write transaction: the row is locked and read at
// the version the caller saw (a Conflict naming who changed it otherwise), then edited with its
// audit entries, and committed; leaving it uncommitted rolls everything back.
class RequestChange {
    Q_DECLARE_TR_FUNCTIONS(RequestChange)

public:
    explicit RequestChange(Database& database);

    // Locks the request and reads it, checking it is still at `expectedVersion`.
    StoreResult<Event> begin(qint64 id, int expectedVersion);

    // A status change that goes with an edit.
    struct StatusChange {
        EventStatus to;
        QString reason;
    };
    // Writes `event` over the request read by begin() (`stored`), audits the edit (with `reason`,
    // e.g. an import's) and the status change; `event` becomes what was written. The status only
    // changes through `alsoChange`, and the reviewers' notes never do.
    WriteResult writeAuditedEdit(Event& event, const Event& stored, const QString& who, const QString& reason,
        const std::optional<StatusChange>& alsoChange);
    WriteResult commit() { return m_transaction.commit(); }
    void rollback() { m_transaction.rollback(); }

    // Writes the edit of a stored request (`toStore` at the stored version, which it raises) and
    // its queue row, inside the caller's transaction.
    static WriteResult writeEdit(Database& database, Event& toStore);

private:
    Database& m_database;
    Transaction m_transaction;
};
