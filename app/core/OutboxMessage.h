#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

// An e-mail to a request's organiser, as the outbox keeps it: written with its decision, then
// delivered by a sender.
struct OutboxMessage {
    enum class State {
        Queued, // waiting for a sender (now, or from nextAttemptAt on)
        Sending, // taken by a sender
        Sent,
        Failed, // for good: a 5xx answer or an unusable address, until a reviewer retries it
        Cancelled, // its decision was reopened before it left
    };
    // What the attachment is, made again when the message leaves.
    enum class Attachment {
        None,
        Attestation, // the request's label attestation (PDF)
    };

    qint64 id = 0;
    qint64 eventId = 0;
    QString kind; // "labelled", "refused", "info_requested" or "free"
    QString recipient;
    QString recipientName;
    QString subject;
    QString body;
    Attachment attachment = Attachment::None;
    State state = State::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int errorCode = 0; // the last SMTP reply code, 0 without one
    QString lastError;
    QString serverReply;
    QString messageId;
    QDateTime createdAt;
    QDateTime sentAt;
    QString who;
    // From the request, for lists and the Message-ID.
    QString requestId;
    int editionYear = 0;
};

namespace OutboxStates {
QString key(OutboxMessage::State state);
std::optional<OutboxMessage::State> fromKey(const QString& key);
QString displayName(OutboxMessage::State state);
} // namespace OutboxStates
