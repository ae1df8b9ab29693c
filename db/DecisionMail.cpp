#include "db/DecisionMail.h"

#include "app/core/LetterTemplate.h"
#include "app/core/OutboxMessage.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/LabelNumberRepository.h"
#include "db/LetterTemplateRepository.h"
#include "db/OutboxRepository.h"

#include <QDateTime>

DecisionMail::DecisionMail(Database& database)
    : m_database(database)
{
}

bool DecisionMail::writes(EventStatus status)
{
    return status == EventStatus::Labelled || status == EventStatus::Refused
        || status == EventStatus::InformationRequested;
}

WriteResult DecisionMail::record(
    const Event& event, EventStatus from, EventStatus to, const QString& reason, const QString& who)
{
    OutboxRepository outbox(m_database);
    if (writes(from)) {
        if (const StoreResult<int> cancelled = outbox.cancelUnsent(event.id); !cancelled) {
            return cancelled;
        }
    }
    if (!writes(to)) {
        return WriteResult::success();
    }
    const StoreResult<Edition> edition = EditionRepository(m_database).find(event.editionYear);
    if (!edition) {
        return edition;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    LetterContext context;
    context.reviewerName = who;
    context.decisionDate = now.toLocalTime().date();
    LetterKind kind = LetterKind::Labelled;
    if (to == EventStatus::Labelled) {
        const StoreResult<QString> number
            = LabelNumberRepository(m_database).assign(event.id, event.editionYear);
        if (!number) {
            return number;
        }
        context.labelNumber = *number;
    } else if (to == EventStatus::Refused) {
        kind = LetterKind::Refused;
        context.refusalReasons = reason.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    } else {
        kind = LetterKind::InformationRequested;
        context.informationAsked = reason.trimmed();
    }
    const StoreResult<Letter> letter
        = LetterTemplateRepository(m_database).compose(kind, QLocale::French, event, *edition, context);
    if (!letter) {
        return letter;
    }
    OutboxMessage message;
    message.eventId = event.id;
    message.kind = LetterKinds::key(kind);
    message.recipient = event.contactEmail.trimmed();
    message.recipientName = event.contactName;
    message.subject = letter->subject;
    message.body = letter->body;
    if (to == EventStatus::Labelled) {
        message.attachment = OutboxMessage::Attachment::Attestation;
    }
    message.createdAt = now;
    message.who = who;
    return outbox.queue(message);
}
