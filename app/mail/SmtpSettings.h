#pragma once

#include <QString>

// Where and how the outbox is delivered. The password is never kept with the rest: it comes from
// the system keyring or is asked for once per session.
struct SmtpSettings {
    QString url; // smtp://host:587 (STARTTLS) or smtps://host:465
    QString from; // the sender's address, ASCII
    QString fromName;
    QString replyTo;
    QString user;
    QString password;
    // smtp:// without STARTTLS is refused unless this is set (a local relay, the tests' server).
    bool allowPlain = false;
    int connectTimeoutSeconds = 20;
    // For one message, from the connection to the server's answer to its data.
    int timeoutSeconds = 120;
};
