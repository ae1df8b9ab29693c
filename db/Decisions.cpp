#include "db/Decisions.h"

#include "db/AuditTrail.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/DecisionMail.h"
#include "db/KeptQuery.h"
#include "db/QueueIndex.h"
#include "db/RequestChange.h"

#include <QSqlError>
#include <QSqlQuery>

Decisions::Decisions(Database& database)
    : m_database(database)
{
}

WriteResult Decisions::changeStatus(
    qint64 id, int expectedVersion, EventStatus to, const QString& reason, const QString& who, Kind kind)
{
    const bool override = kind == Kind::Override;
    RequestChange change(m_database);
    const StoreResult<Event> stored = change.begin(id, expectedVersion);
    if (!stored) {
        return stored;
    }
    if (!EventStatuses::canChange(stored->status, to)) {
        return WriteResult::failure(StoreStatus::NotAllowed,
            tr("The request %1 cannot go from “%2” to “%3”.")
                .arg(stored->requestId, EventStatuses::displayName(stored->status),
                    EventStatuses::displayName(to)));
    }
    if (override && to != EventStatus::Labelled) {
        return WriteResult::failure(StoreStatus::NotAllowed, tr("Only a label can be an override."));
    }
    if (override && reason.trimmed().isEmpty()) {
        return WriteResult::failure(StoreStatus::NotAllowed,
            tr("Labelling the request %1 despite a failed condition needs a written justification.")
                .arg(stored->requestId));
    }
    if (EventStatuses::needsReason(stored->status, to) && reason.trimmed().isEmpty()) {
        return WriteResult::failure(StoreStatus::NotAllowed,
            tr("Changing the request %1 to “%2” needs a reason.")
                .arg(stored->requestId, EventStatuses::displayName(to)));
    }
    const auto failed = [&](const QString& error) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot change the request %1: %2").arg(stored->requestId, error));
    };
    KeptQuery query(m_database,
        QStringLiteral("UPDATE event SET status = ?, version = version + 1 WHERE id = ? AND version = ?"));
    if (!query.exec({ EventStatuses::key(to), id, expectedVersion }) || query->numRowsAffected() != 1) {
        return failed(query->lastError().text());
    }
    if (const WriteResult audited = AuditTrail(m_database)
            .append({ 0, id, QDateTime::currentDateTimeUtc(), who,
                override ? QStringLiteral("override") : QStringLiteral("status"), stored->status, to,
                reason.trimmed(), {} });
        !audited) {
        return failed(audited.message);
    }
    Event changed = *stored;
    changed.status = to;
    if (const WriteResult indexed = QueueIndex(m_database).storeDecided(changed); !indexed) {
        return failed(indexed.message);
    }
    // The decision's message to the organiser, in the same transaction.
    if (const WriteResult mailed
        = DecisionMail(m_database).record(changed, stored->status, to, reason.trimmed(), who);
        !mailed) {
        return failed(mailed.message);
    }
    m_database.changes().recordChanged(id);
    return change.commit();
}

WriteResult Decisions::assign(qint64 id, int expectedVersion, const QString& assignee, const QString& who)
{
    RequestChange change(m_database);
    const StoreResult<Event> stored = change.begin(id, expectedVersion);
    if (!stored) {
        return stored;
    }
    const QString name = assignee.trimmed();
    // Taking a submitted request in charge is starting its review.
    const EventStatus status = !name.isEmpty() && stored->status == EventStatus::Submitted
        ? EventStatus::InReview
        : stored->status;
    const auto failed = [&](const QString& error) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot change the request %1: %2").arg(stored->requestId, error));
    };
    KeptQuery query(m_database,
        QStringLiteral(
            "UPDATE event SET assignee = ?, status = ?, version = version + 1 WHERE id = ? AND version = ?"));
    if (!query.exec(
            { name.isNull() ? QStringLiteral("") : name, EventStatuses::key(status), id, expectedVersion })
        || query->numRowsAffected() != 1) {
        return failed(query->lastError().text());
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AuditEntry> entries;
    if (status != stored->status) {
        entries.append({ 0, id, now, who, QStringLiteral("status"), stored->status, status,
            tr("Taken in charge by %1").arg(name), {} });
    }
    entries.append({ 0, id, now, who, QStringLiteral("assign"), status, status, {},
        QStringLiteral("assignee: %1 → %2").arg(stored->assignee, name) });
    if (const WriteResult audited = AuditTrail(m_database).append(entries); !audited) {
        return failed(audited.message);
    }
    Event changed = *stored;
    changed.assignee = name;
    changed.status = status;
    if (const WriteResult indexed = QueueIndex(m_database).storeDecided(changed); !indexed) {
        return failed(indexed.message);
    }
    m_database.changes().recordChanged(id);
    return change.commit();
}
