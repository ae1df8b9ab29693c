#include "app/mail/AttestationAttachment.h"

#include "app/export/AttestationPdf.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/LabelNumberRepository.h"

#include <QCoreApplication>

OutboxSender::AttachmentMaker AttestationAttachment::maker(Database& database)
{
    return [&database](const OutboxMessage& message, QString* fileName, QString* error) {
        const std::optional<Event> event = EventRepository(database).find(message.eventId);
        const std::optional<Edition> edition
            = event ? EditionRepository(database).find(event->editionYear) : std::nullopt;
        const QString number = LabelNumberRepository(database).find(message.eventId);
        if (!event || !edition || number.isEmpty()) {
            *error = QCoreApplication::translate("AttestationAttachment",
                "The attestation of the request %1 cannot be made: it has no label number.")
                         .arg(message.requestId);
            return QByteArray();
        }
        *fileName = AttestationPdf::fileName(number);
        return AttestationPdf::write(*event, *edition, number, message.createdAt.toLocalTime().date());
    };
}
