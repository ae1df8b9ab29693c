#include "db/FreeMessage.h"

#include "app/core/AuditEntry.h"
#include "app/core/LetterTemplate.h"
#include "db/AuditTrail.h"
#include "db/OutboxRepository.h"
#include "db/Transaction.h"

#include <QDateTime>

FreeMessage::FreeMessage(Database& database)
    : m_database(database)
{
}

WriteResult FreeMessage::queue(OutboxMessage& message)
{
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    message.kind = LetterKinds::key(LetterKind::Free);
    message.attachment = OutboxMessage::Attachment::None;
    message.createdAt = QDateTime::currentDateTimeUtc();
    if (const WriteResult queued = OutboxRepository(m_database).queue(message); !queued) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot queue the message: %1").arg(queued.message));
    }
    if (const WriteResult audited = AuditTrail(m_database)
            .append({ 0, message.eventId, message.createdAt, message.who, QStringLiteral("message"),
                std::nullopt, std::nullopt, message.subject, {} });
        !audited) {
        return audited;
    }
    return transaction.commit();
}
