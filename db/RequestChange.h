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

    // Writes `event` over the request read by begin() (`stored`) and audits the edit (with
    // `reason`, e.g. an import's); `event` becomes what was written. A labelled request that the
    // edit makes fail a condition it passed (judged on `today`) goes back to review in the same
    // write, audited with the lost conditions: the one place of that rule for the form and the
    // imports. Otherwise the status stays, and the reviewers' notes always do.
    WriteResult writeAuditedEdit(
        Event& event, const Event& stored, const QString& who, const QString& reason, const QDate& today);
    WriteResult commit() { return m_transaction.commit(); }
    void rollback() { m_transaction.rollback(); }

    // Writes the edits of stored requests (each at its stored version, which it raises) and their
    // queue rows, inside the caller's transaction: the updates, then the queue rows together (the
    // editions read once, their statement prepared once), so that an import's edits cost three
    // round trips each with their audit, not nine.
    static WriteResult writeEdits(Database& database, QList<Event>& toStore);

private:
    // The status change that goes with an edit, if any, and why.
    struct StatusChange {
        EventStatus to;
        QString reason;
    };
    // PostgreSQL: the request read and locked for this write; NotAllowed for a request this role
    // may read but not change.
    StoreResult<Event> lockedRow(qint64 id) const;
    StoreResult<std::optional<StatusChange>> labelLoss(
        const Event& stored, const Event& edited, const QDate& today) const;

    Database& m_database;
    Transaction m_transaction;
};
