#include "db/RequestChange.h"

#include "app/core/EventDiff.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelLoss.h"
#include "app/core/LabelRules.h"
#include "db/AuditTrail.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/DecisionMail.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/EventRows.h"
#include "db/KeptQuery.h"
#include "db/QueueIndex.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

RequestChange::RequestChange(Database& database)
    : m_database(database)
    , m_transaction(database)
{
}

StoreResult<Event> RequestChange::begin(qint64 id, int expectedVersion)
{
    if (!m_transaction.isOpen()) {
        return m_transaction.failure();
    }
    StoreResult<Event> stored
        = m_database.isPostgresql() ? lockedRow(id) : EventRepository(m_database).find(id);
    if (stored.status == StoreStatus::NotFound) {
        return WriteResult::failure(StoreStatus::NotFound, tr("The request no longer exists."));
    }
    if (!stored) {
        return stored;
    }
    if (stored->version == expectedVersion) {
        return std::move(*stored);
    }
    if (const StoreResult<AuditEntry> last = AuditTrail(m_database).last(id); last && !last->who.isEmpty()) {
        return WriteResult::failure(StoreStatus::Conflict,
            tr("%1 changed the request %2 on %3, after you displayed it (now: %4). Nothing was changed; "
               "the request is shown as it is now.")
                .arg(last->who, stored->requestId,
                    QLocale().toString(last->at.toLocalTime(), QLocale::ShortFormat),
                    EventStatuses::displayName(stored->status)));
    }
    return WriteResult::failure(StoreStatus::Conflict,
        tr("The request %1 was changed by someone else since it was displayed (now: %2). Nothing was "
           "changed.")
            .arg(stored->requestId, EventStatuses::displayName(stored->status)));
}

StoreResult<Event> RequestChange::lockedRow(qint64 id) const
{
    // Read as it is locked, in one statement: another reviewer's change of the same row is waited
    // for here, so that the version read is the latest and a conflict is told as one, not as a
    // failed update.
    KeptQuery lock(m_database, EventRows::selectEvent() + QStringLiteral(" WHERE id = ? FOR UPDATE"));
    if (!lock.exec({ id })) {
        return WriteResult::failure(StoreStatus::Failed, lock->lastError().text());
    }
    if (lock->next()) {
        return EventRows::readEvent(lock.query());
    }
    // Row-level security hides from the lock what this role may read but not change.
    StoreResult<Event> visible = EventRepository(m_database).find(id);
    if (visible) {
        return WriteResult::failure(StoreStatus::NotAllowed,
            tr("You may not change the request %1: it belongs to the région %2, which is not one of yours.")
                .arg(visible->requestId, visible->region));
    }
    return visible;
}

StoreResult<std::optional<RequestChange::StatusChange>> RequestChange::labelLoss(
    const Event& stored, const Event& edited, const QDate& today) const
{
    if (stored.status != EventStatus::Labelled) {
        return std::optional<StatusChange>();
    }
    // Without its edition C1 cannot be judged: a failed read stops the edit rather than guess.
    const StoreResult<Edition> edition = EditionRepository(m_database).find(stored.editionYear);
    if (edition.status == StoreStatus::Failed) {
        return StoreResult<void>(edition);
    }
    const RuleContext context { edition ? &*edition : nullptr, today, &GeoReference::embedded(), true };
    const LabelLoss loss(
        stored.status, LabelRules::evaluateAll(stored, context), LabelRules::evaluateAll(edited, context));
    return loss.sendsBackToReview() ? std::optional(StatusChange { EventStatus::InReview, loss.reason() })
                                    : std::nullopt;
}

WriteResult RequestChange::writeAuditedEdit(
    Event& event, const Event& stored, const QString& who, const QString& reason, const QDate& today)
{
    const StoreResult<std::optional<StatusChange>> loss = labelLoss(stored, event, today);
    if (!loss) {
        return loss;
    }
    const std::optional<StatusChange>& alsoChange = *loss;
    QList<Event> written { event };
    Event& toStore = written.first();
    toStore.status = alsoChange ? alsoChange->to : stored.status;
    toStore.reviewerNotes = stored.reviewerNotes;
    if (const WriteResult edited = writeEdits(m_database, written); !edited) {
        return edited;
    }
    AuditTrail audit(m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An edit that comes with a reason (an import's change) is audited whatever the status.
    if (EventStatuses::isDecided(stored.status) || !reason.isEmpty()) {
        const QList<FieldChange> changes = EventDiff::changes(stored, toStore);
        if (!changes.isEmpty()) {
            if (const WriteResult audited = audit.append({ 0, event.id, now, who, QStringLiteral("edit"),
                    stored.status, stored.status, reason, EventDiff::describe(changes) });
                !audited) {
                return audited;
            }
        }
    }
    if (alsoChange) {
        if (const WriteResult audited = audit.append({ 0, event.id, now, who, QStringLiteral("status"),
                stored.status, alsoChange->to, alsoChange->reason.trimmed(), {} });
            !audited) {
            return audited;
        }
        // A label lost by an edit cancels its message if it has not left.
        if (const WriteResult mailed = DecisionMail(m_database)
                .record(toStore, stored.status, alsoChange->to, alsoChange->reason.trimmed(), who);
            !mailed) {
            return mailed;
        }
    }
    event = toStore;
    return WriteResult::success();
}

WriteResult RequestChange::writeEdits(Database& database, QList<Event>& toStore)
{
    if (toStore.isEmpty()) {
        return WriteResult::success();
    }
    // Kept by the connection: the import's edits and the form's send its EXECUTE alone.
    KeptQuery update(database, EventRows::updateStatement());
    for (Event& event : toStore) {
        EventRows::bindEdit(update.query(), event);
        if (!update.exec() || update->numRowsAffected() != 1) {
            return WriteResult::failure(StoreStatus::Failed,
                tr("Cannot save the request %1: %2").arg(event.requestId, update->lastError().text()));
        }
        ++event.version;
    }
    if (const WriteResult indexed = QueueIndex(database).store(toStore); !indexed) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot index the requests for the queue: %1").arg(indexed.message));
    }
    for (const Event& event : std::as_const(toStore)) {
        database.changes().recordChanged(event.id);
    }
    return WriteResult::success();
}
