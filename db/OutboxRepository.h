#pragma once

#include "app/core/OutboxMessage.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// The outbox: the e-mails that decisions wrote, and what became of them. queue() and
// cancelUnsent() write inside the caller's transaction (a decision's), so that a decision and its
// message exist together or not at all; the other writes are transactions of their own. A write
// that fails says why in the engine's words.
class OutboxRepository {
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    explicit OutboxRepository(Database& database);

    // Adds the message as queued (its id is set), inside the caller's transaction.
    WriteResult queue(OutboxMessage& message);
    // Cancels the request's messages that have not left (queued or failed), inside the caller's
    // transaction: its decision was reopened. How many.
    StoreResult<int> cancelUnsent(qint64 eventId);

    // Takes the oldest message due for sending: queued and due at `now`, or left "sending" before
    // `staleBefore` by a sender that stopped. It becomes "sending" for `sender`, one attempt more.
    // Two senders never take the same message (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one
    // writer at a time). Nothing when none is due.
    StoreResult<std::optional<OutboxMessage>> claim(
        const QString& sender, const QDateTime& now, const QDateTime& staleBefore);
    // The message that claim() would take now, without taking it (nothing when none is due).
    // Another sender may take it first.
    StoreResult<std::optional<OutboxMessage>> nextDue(
        const QDateTime& now, const QDateTime& staleBefore) const;
    // These refuse (NotAllowed) a message that is no longer in the state they change.
    WriteResult markSent(
        qint64 id, const QString& messageId, const QString& serverReply, const QDateTime& at);
    // For good (a 5xx answer, an unusable address): it waits for a reviewer.
    WriteResult markFailed(qint64 id, int code, const QString& reason);
    // Back in the queue: due again at `nextAttempt` (a 4xx answer), or at once when it is null
    // (the server could not be reached: not the message's fault, so the attempt is not counted).
    WriteResult markRetry(qint64 id, int code, const QString& reason, const QDateTime& nextAttempt);
    // A reviewer's retry of a failed message (after fixing the address, say): queued again, due now.
    WriteResult retry(qint64 id);
    // A reviewer's cancel of a message that has not left.
    WriteResult cancel(qint64 id);

    // NotFound when there is none (or, on a shared store, this role may not read it).
    StoreResult<OutboxMessage> find(qint64 id) const;
    // The messages in `state` (every one without), the failed first, then the oldest first.
    StoreResult<QList<OutboxMessage>> list(std::optional<OutboxMessage::State> state = std::nullopt) const;
    // One request's messages, oldest first.
    StoreResult<QList<OutboxMessage>> forEvent(qint64 eventId) const;
    StoreResult<QHash<OutboxMessage::State, int>> countByState() const;
    // Messages still to leave: queued or being sent.
    StoreResult<int> waitingCount() const;

private:
    StoreResult<QList<OutboxMessage>> select(const QString& where, const QVariantList& values) const;
    WriteResult setState(const QString& sql, const QVariantList& values);

    Database& m_database;
};
