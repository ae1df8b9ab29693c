#include "db/OutboxRepository.h"

#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/KeptQuery.h"
#include "db/PreparedQuery.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant stamp(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs))
                        : QVariant(QMetaType(QMetaType::QString));
}

QDateTime fromStamp(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

const QString columns = QStringLiteral(
    "o.id, o.event_id, o.kind, o.recipient, o.recipient_name, o.subject, o.body, o.attachment, o.state, "
    "o.attempts, o.next_attempt_at, o.error_code, o.last_error, o.server_reply, o.message_id, o.created_at, "
    "o.sent_at, o.who, e.request_id, e.edition_year FROM outbox o JOIN event e ON e.id = o.event_id");

// The message that claim() takes next: queued and due, or left "sending" by a sender that stopped.
const QString dueFirst = QStringLiteral(" WHERE (state = 'queued' AND (next_attempt_at IS NULL OR "
                                        "next_attempt_at <= ?)) OR (state = 'sending' AND "
                                        "claimed_at < ?) ORDER BY id LIMIT 1");

OutboxMessage readMessage(const QSqlQuery& query)
{
    OutboxMessage message;
    message.id = query.value(0).toLongLong();
    message.eventId = query.value(1).toLongLong();
    message.kind = query.value(2).toString();
    message.recipient = query.value(3).toString();
    message.recipientName = query.value(4).toString();
    message.subject = query.value(5).toString();
    message.body = query.value(6).toString();
    message.attachment = query.value(7).toString() == QLatin1String("attestation")
        ? OutboxMessage::Attachment::Attestation
        : OutboxMessage::Attachment::None;
    message.state = OutboxStates::fromKey(query.value(8).toString()).value_or(OutboxMessage::State::Queued);
    message.attempts = query.value(9).toInt();
    message.nextAttemptAt = fromStamp(query.value(10));
    message.errorCode = query.value(11).toInt();
    message.lastError = query.value(12).toString();
    message.serverReply = query.value(13).toString();
    message.messageId = query.value(14).toString();
    message.createdAt = fromStamp(query.value(15));
    message.sentAt = fromStamp(query.value(16));
    message.who = query.value(17).toString();
    message.requestId = query.value(18).toString();
    message.editionYear = query.value(19).toInt();
    return message;
}

} // namespace

OutboxRepository::OutboxRepository(Database& database)
    : m_database(database)
{
}

WriteResult OutboxRepository::queue(OutboxMessage& message)
{
    QSqlQuery query(m_database.connection());
    const QString returning = m_database.isPostgresql() ? QStringLiteral(" RETURNING id") : QString();
    message.state = OutboxMessage::State::Queued;
    if (!message.createdAt.isValid()) {
        message.createdAt = QDateTime::currentDateTimeUtc();
    }
    if (!PreparedQuery::exec(query,
            QStringLiteral(
                "INSERT INTO outbox (event_id, kind, recipient, recipient_name, subject, body, attachment, "
                "state, created_at, who) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?)")
                + returning,
            { message.eventId, message.kind, text(message.recipient), text(message.recipientName),
                text(message.subject), text(message.body),
                message.attachment == OutboxMessage::Attachment::Attestation ? QStringLiteral("attestation")
                                                                             : QStringLiteral(""),
                stamp(message.createdAt), text(message.who) })) {
        return WriteResult::failure(StoreStatus::Failed, query.lastError().text());
    }
    message.id = m_database.isPostgresql() && query.next() ? query.value(0).toLongLong()
                                                           : query.lastInsertId().toLongLong();
    m_database.changes().recordOutboxChanged();
    return WriteResult::success();
}

StoreResult<int> OutboxRepository::cancelUnsent(qint64 eventId)
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral(
                "UPDATE outbox SET state = 'cancelled' WHERE event_id = ? AND state IN ('queued', 'failed')"),
            { eventId })) {
        return StoreResult<int>::failure(StoreStatus::Failed, query.lastError().text());
    }
    const int cancelled = query.numRowsAffected();
    if (cancelled > 0) {
        m_database.changes().recordOutboxChanged();
    }
    return cancelled;
}

StoreResult<std::optional<OutboxMessage>> OutboxRepository::claim(
    const QString& sender, const QDateTime& now, const QDateTime& staleBefore)
{
    using Claimed = StoreResult<std::optional<OutboxMessage>>;
    const auto failed = [](const QString& why) {
        return Claimed::failure(
            StoreStatus::Failed, tr("Cannot take a message from the outbox: %1").arg(why));
    };
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return failed(transaction.failure().message);
    }
    QSqlQuery query(m_database.connection());
    // PostgreSQL locks the row it takes and passes over those that another sender holds; SQLite's
    // write transaction (BEGIN IMMEDIATE) already lets one sender at a time look.
    const QString lock = m_database.isPostgresql() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    if (!PreparedQuery::exec(query, QStringLiteral("SELECT id FROM outbox") + dueFirst + lock,
            { stamp(now), stamp(staleBefore) })) {
        return failed(query.lastError().text());
    }
    if (!query.next()) {
        return std::optional<OutboxMessage>();
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (!PreparedQuery::exec(query,
            QStringLiteral("UPDATE outbox SET state = 'sending', claimed_by = ?, claimed_at = ?, attempts = "
                           "attempts + 1 "
                           "WHERE id = ?"),
            { text(sender), stamp(now), id })
        || !PreparedQuery::exec(
            query, QStringLiteral("SELECT ") + columns + QStringLiteral(" WHERE o.id = ?"), { id })
        || !query.next()) {
        return failed(query.lastError().text());
    }
    const OutboxMessage message = readMessage(query);
    query.finish();
    if (const WriteResult committed = transaction.commit(); !committed) {
        return failed(committed.message);
    }
    return std::optional<OutboxMessage>(message);
}

StoreResult<std::optional<OutboxMessage>> OutboxRepository::nextDue(
    const QDateTime& now, const QDateTime& staleBefore) const
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral("SELECT ") + columns + QStringLiteral(" WHERE o.id = (SELECT id FROM outbox")
                + dueFirst + QStringLiteral(")"),
            { stamp(now), stamp(staleBefore) })) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the outbox: %1").arg(query.lastError().text()));
    }
    return query.next() ? std::optional<OutboxMessage>(readMessage(query)) : std::nullopt;
}

WriteResult OutboxRepository::setState(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query, sql, values)) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot update the outbox: %1").arg(query.lastError().text()));
    }
    if (query.numRowsAffected() != 1) {
        return WriteResult::failure(
            StoreStatus::NotAllowed, tr("The message is no longer in a state that allows this."));
    }
    return WriteResult::success();
}

WriteResult OutboxRepository::markSent(
    qint64 id, const QString& messageId, const QString& serverReply, const QDateTime& at)
{
    return setState(
        QStringLiteral("UPDATE outbox SET state = 'sent', message_id = ?, server_reply = ?, sent_at = ?, "
                       "error_code = 0, last_error = '' WHERE id = ? AND state = 'sending'"),
        { text(messageId), text(serverReply), stamp(at), id });
}

WriteResult OutboxRepository::markFailed(qint64 id, int code, const QString& reason)
{
    return setState(QStringLiteral("UPDATE outbox SET state = 'failed', error_code = ?, last_error = ? "
                                   "WHERE id = ? AND state = 'sending'"),
        { code, text(reason), id });
}

WriteResult OutboxRepository::markRetry(
    qint64 id, int code, const QString& reason, const QDateTime& nextAttempt)
{
    const QString attempts = nextAttempt.isValid() ? QString() : QStringLiteral(", attempts = attempts - 1");
    return setState(QStringLiteral("UPDATE outbox SET state = 'queued', error_code = ?, last_error = ?, "
                                   "next_attempt_at = ?")
            + attempts + QStringLiteral(" WHERE id = ? AND state = 'sending'"),
        { code, text(reason), stamp(nextAttempt), id });
}

WriteResult OutboxRepository::retry(qint64 id)
{
    return setState(
        QStringLiteral(
            "UPDATE outbox SET state = 'queued', next_attempt_at = NULL WHERE id = ? AND state = 'failed'"),
        { id });
}

WriteResult OutboxRepository::cancel(qint64 id)
{
    return setState(
        QStringLiteral(
            "UPDATE outbox SET state = 'cancelled' WHERE id = ? AND state IN ('queued', 'failed')"),
        { id });
}

StoreResult<QList<OutboxMessage>> OutboxRepository::select(
    const QString& where, const QVariantList& values) const
{
    KeptQuery statement(m_database, QStringLiteral("SELECT ") + columns + where);
    QSqlQuery& query = statement.query();
    if (!statement.exec(values)) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the outbox: %1").arg(query.lastError().text()));
    }
    QList<OutboxMessage> messages;
    while (query.next()) {
        messages.append(readMessage(query));
    }
    return messages;
}

StoreResult<OutboxMessage> OutboxRepository::find(qint64 id) const
{
    const StoreResult<QList<OutboxMessage>> found = select(QStringLiteral(" WHERE o.id = ?"), { id });
    if (!found) {
        return StoreResult<void>(found);
    }
    if (found->isEmpty()) {
        return StoreResult<OutboxMessage>::failure(
            StoreStatus::NotFound, tr("The message no longer exists."));
    }
    return found->first();
}

StoreResult<QList<OutboxMessage>> OutboxRepository::list(std::optional<OutboxMessage::State> state) const
{
    const QString order = QStringLiteral(" ORDER BY CASE o.state WHEN 'failed' THEN 0 ELSE 1 END, o.id");
    return state ? select(QStringLiteral(" WHERE o.state = ?") + order, { OutboxStates::key(*state) })
                 : select(order, {});
}

StoreResult<QList<OutboxMessage>> OutboxRepository::forEvent(qint64 eventId) const
{
    return select(QStringLiteral(" WHERE o.event_id = ? ORDER BY o.id"), { eventId });
}

StoreResult<QHash<OutboxMessage::State, int>> OutboxRepository::countByState() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT state, COUNT(*) FROM outbox GROUP BY state"))) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the outbox: %1").arg(query.lastError().text()));
    }
    QHash<OutboxMessage::State, int> counts;
    while (query.next()) {
        if (const auto state = OutboxStates::fromKey(query.value(0).toString())) {
            counts.insert(*state, query.value(1).toInt());
        }
    }
    return counts;
}

StoreResult<int> OutboxRepository::waitingCount() const
{
    const StoreResult<QHash<OutboxMessage::State, int>> counts = countByState();
    if (!counts) {
        return StoreResult<void>(counts);
    }
    return counts->value(OutboxMessage::State::Queued) + counts->value(OutboxMessage::State::Sending);
}
