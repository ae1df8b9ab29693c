#pragma once

#include "app/mail/MailMessage.h"
#include "app/mail/SmtpSettings.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

typedef void CURL;

// What the server said to one message.
struct SmtpReply {
    enum class Outcome {
        Sent,
        Rejected, // a 5xx answer: for good
        Deferred, // a 4xx answer: try again later
        Unreachable, // no connection, no TLS, no login, a timeout: nothing said about the message
    };
    Outcome outcome = Outcome::Unreachable;
    int code = 0; // the SMTP reply code, 0 when the server said nothing
    QString text; // the server's reply, or what went wrong
    bool loginRefused = false; // Unreachable because the server refused the user or the password
};

// One SMTP session with libcurl: a single CURL handle, so that its connection is kept open and
// reused from one message to the next. MIME is built by libcurl (text part in quoted-printable, PDF
// attachment in base64); TLS is required (STARTTLS or smtps://) unless the settings allow plain.
class SmtpConnection {
    Q_DECLARE_TR_FUNCTIONS(SmtpConnection)

public:
    explicit SmtpConnection(const SmtpSettings& settings);
    ~SmtpConnection();
    SmtpConnection(const SmtpConnection&) = delete;
    SmtpConnection& operator=(const SmtpConnection&) = delete;

    SmtpReply send(const MailMessage& message);
    // Whether the server takes UTF-8 addresses; asks it (a NOOP) when no message went yet.
    // Nothing when it cannot be reached.
    std::optional<bool> offersSmtpUtf8();

private:
    static int debugCallback(CURL* handle, int type, char* data, size_t size, void* connection);
    void configure();
    void heard(const QByteArray& lines);

    SmtpSettings m_settings;
    CURL* m_curl = nullptr;
    char m_errorBuffer[256] = {};
    QByteArray m_partialReply; // the lines of a multi-line reply so far
    QString m_lastReply;
    bool m_awaitingCapabilities = false;
    bool m_capabilitySeen = false;
    std::optional<bool> m_smtpUtf8;
};
