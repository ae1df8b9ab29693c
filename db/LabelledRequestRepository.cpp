#include "db/AuditTrail.h"
#include "db/LabelledRequestRepository.h"

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

std::optional<LabelledRequest> LabelledRequestRepository::find(qint64 eventId, QString* error) const
{
    const EventRepository events(m_database);
    const std::optional<Event> event = events.find(eventId);
    if (!event) {
        *error = tr("No request has the id %1.").arg(eventId);
        return std::nullopt;
    }
    if (event->status != EventStatus::Labelled) {
        *error = tr("The request %1 is not labelled (%2).").arg(event->requestId, EventStatuses::displayName(event->status));
        return std::nullopt;
    }
    const QString labelNumber = LabelNumberRepository(m_database).find(eventId);
    if (labelNumber.isEmpty()) {
        *error = tr("The request %1 has no label number: it was labelled before the store gave them.").arg(event->requestId);
        return std::nullopt;
    }
    const std::optional<Edition> edition = EditionRepository(m_database).find(event->editionYear);
    if (!edition) {
        *error = tr("The store has no edition %1.").arg(event->editionYear);
        return std::nullopt;
    }
    // The last label counts: a request reopened and labelled again is attested from that day.
    const StoreResult<QList<AuditEntry>> trail = AuditTrail(m_database).of(eventId);
    if (!trail) {
        *error = trail.message;
        return std::nullopt;
    }
    QDate decided;
    for (const AuditEntry& entry : *trail) {
        if (entry.newStatus == EventStatus::Labelled && entry.oldStatus != EventStatus::Labelled) {
            decided = entry.at.toTimeZone(QTimeZone("Europe/Paris")).date();
        }
    }
    return LabelledRequest { *event, *edition, labelNumber, decided };
}

QHash<QString, qint64> LabelledRequestRepository::idsByRequestId(int editionYear) const
{
    QHash<QString, qint64> ids;
    for (const Event& event : EventRepository(m_database).all(editionYear)) {
        ids.insert(event.requestId, event.id);
    }
    return ids;
}
