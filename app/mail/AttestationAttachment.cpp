#include "app/mail/AttestationAttachment.h"

#include "app/export/AttestationPdf.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/LabelNumberRepository.h"

#include <QCoreApplication>

OutboxSender::AttachmentMaker AttestationAttachment::maker(Database& database)
{
    // Dated from the message, which the decision wrote: the day of the label it announces.
    return [&database](const OutboxMessage& message) -> OutboxSender::AttachmentJob {
        const StoreResult<Event> event = EventRepository(database).find(message.eventId);
        const StoreResult<Edition> edition
            = event ? EditionRepository(database).find(event->editionYear) : StoreResult<Edition>(event);
        if (!edition) {
            const QString error = QCoreApplication::translate(
                "AttestationAttachment", "The attestation of the request %1 cannot be made: %2")
                                      .arg(message.requestId, edition.message);
            return [error] { return OutboxSender::Attachment { {}, {}, error }; };
        }
        const StoreResult<QString> number = LabelNumberRepository(database).find(message.eventId);
        if (!number) {
            const QString error = QCoreApplication::translate(
                "AttestationAttachment", "The attestation of the request %1 cannot be made: %2")
                                      .arg(message.requestId, number.message);
            return [error] { return OutboxSender::Attachment { {}, {}, error }; };
        }
        if (number->isEmpty()) {
            const QString error = QCoreApplication::translate("AttestationAttachment",
                "The attestation of the request %1 cannot be made: it has no label number.")
                                      .arg(message.requestId);
            return [error] { return OutboxSender::Attachment { {}, {}, error }; };
        }
        const QDate decided = message.createdAt.toLocalTime().date();
        return [event = *event, edition = *edition, number = *number, decided] {
            return OutboxSender::Attachment { AttestationPdf::write(event, edition, number, decided),
                AttestationPdf::fileName(number), {} };
        };
    };
}
