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
class OutboxSender {
    Q_DECLARE_TR_FUNCTIONS(OutboxSender)

public:
    // Makes a message's attachment (the attestation's PDF) and names its file; an empty result
    // with `error` fails the message.
    using AttachmentMaker = std::function<QByteArray(const OutboxMessage& message, QString* fileName, QString* error)>;

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
