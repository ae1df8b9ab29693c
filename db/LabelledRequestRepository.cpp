#include "db/LabelledRequestRepository.h"
#include "db/AuditTrail.h"

#include "app/core/EventStatus.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/LabelNumberRepository.h"

#include <QTimeZone>

LabelledRequestRepository::LabelledRequestRepository(Database& database)
    : m_database(database)
{
}

StoreResult<LabelledRequest> LabelledRequestRepository::find(qint64 eventId) const
{
    const auto refused = [](StoreStatus status, const QString& why) {
        return StoreResult<LabelledRequest>::failure(status, why);
    };
    const StoreResult<Event> event = EventRepository(m_database).find(eventId);
    if (event.status == StoreStatus::NotFound) {
        return refused(StoreStatus::NotFound, tr("No request has the id %1.").arg(eventId));
    }
    if (!event) {
        return StoreResult<void>(event);
    }
    if (event->status != EventStatus::Labelled) {
        return refused(StoreStatus::NotAllowed,
            tr("The request %1 is not labelled (%2).")
                .arg(event->requestId, EventStatuses::displayName(event->status)));
    }
    const StoreResult<QString> labelNumber = LabelNumberRepository(m_database).find(eventId);
    if (!labelNumber) {
        return StoreResult<void>(labelNumber);
    }
    if (labelNumber->isEmpty()) {
        return refused(StoreStatus::NotAllowed,
            tr("The request %1 has no label number: it was labelled before the store gave them.")
                .arg(event->requestId));
    }
    const StoreResult<Edition> edition = EditionRepository(m_database).find(event->editionYear);
    if (!edition) {
        return StoreResult<void>(edition);
    }
    // The last label counts: a request reopened and labelled again is attested from that day.
    const StoreResult<QList<AuditEntry>> trail = AuditTrail(m_database).of(eventId);
    if (!trail) {
        return StoreResult<void>(trail);
    }
    QDate decided;
    for (const AuditEntry& entry : *trail) {
        if (entry.newStatus == EventStatus::Labelled && entry.oldStatus != EventStatus::Labelled) {
            decided = entry.at.toTimeZone(QTimeZone("Europe/Paris")).date();
        }
    }
    return LabelledRequest { *event, *edition, *labelNumber, decided };
}

StoreResult<QHash<QString, qint64>> LabelledRequestRepository::idsByRequestId(int editionYear) const
{
    const StoreResult<QList<Event>> events = EventRepository(m_database).all(editionYear);
    if (!events) {
        return StoreResult<void>(events);
    }
    QHash<QString, qint64> ids;
    for (const Event& event : *events) {
        ids.insert(event.requestId, event.id);
    }
    return ids;
}
