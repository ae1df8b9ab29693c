#pragma once

#include <QByteArray>
#include <QString>

// One e-mail as it goes over SMTP: the envelope, the headers and the MIME parts' content.
struct MailMessage {
    QString from;
    QString fromName;
    QString replyTo;
    QString to;
    QString toName;
    QString subject;
    QString body; // plain text
    QString messageId; // without the angle brackets
    QByteArray attachment; // a PDF, or nothing
    QString attachmentName;
};
