#pragma once

#include "app/core/OutboxMessage.h"
#include "app/mail/SmtpSettings.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

class OutboxRepository;

// Delivers the outbox's due messages over one SMTP connection, one message at a time: each is
// taken (claimed) in the store, sent, then marked sent, failed or back in the queue. A sender that
// dies between sending and marking leaves its message "sending"; another run takes it again once it
// is stale and sends it with the same Message-ID, so that the copy is recognisable.
// While a message is being sent, the attachment of the message due after it is made ahead on a
// thread of the sender's own; it is used only if that message is the one claimed next.
class OutboxSender {
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    // A message's attachment (the attestation's PDF) and its file name; without data, `error`
    // says why it cannot be made, and the message fails.
    struct Attachment {
        QByteArray data;
        QString fileName;
        QString error;
    };
    // Makes one message's attachment from what was read for it: it reads nothing from the store,
    // so that it can run on another thread while the message before it is being sent.
    using AttachmentJob = std::function<Attachment()>;
    // Reads what a message's attachment needs (on the sender's thread, through the sender's store)
    // and returns the job that makes it.
    using AttachmentMaker = std::function<AttachmentJob(const OutboxMessage& message)>;

    OutboxSender(OutboxRepository& outbox, const SmtpSettings& settings, AttachmentMaker attachments = {});

    struct Counts {
        int sent = 0;
        int failed = 0;
        int deferred = 0; // back in the queue for later
        QString stoppedBecause; // the server could not be reached, or the store failed
        bool loginRefused = false; // stopped because the server refused the user or the password
    };
    // Until no message is due, `progress` returns false (a cancel), or the server cannot be
    // reached (the message then waits in the queue for the next run, its attempt not counted).
    using Progress = std::function<bool(const Counts& counts)>;
    Counts run(const Progress& progress = {});

    // A message "sending" for longer than this is taken to be left by a sender that died.
    void setStaleAfter(int seconds) { m_staleAfterSeconds = seconds; }
    static constexpr int DefaultStaleAfterSeconds = 15 * 60;

    // <outbox-ID.EDITION@DOMAIN>, the domain being the sender's: the same for every attempt.
    static QString messageId(const OutboxMessage& message, const QString& fromAddress);
    // When a message deferred for the `attempts`-th time is tried again: 5 minutes, then three
    // times longer each time, at most 6 hours.
    static QDateTime nextAttempt(int attempts, const QDateTime& now);

private:
    OutboxRepository& m_outbox;
    SmtpSettings m_settings;
    AttachmentMaker m_attachments;
    int m_staleAfterSeconds = DefaultStaleAfterSeconds;
};
