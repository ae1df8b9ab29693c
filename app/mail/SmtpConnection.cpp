#include "app/mail/SmtpConnection.h"

#include "app/mail/MailHeader.h"

#include <QDateTime>

#include <curl/curl.h>

#include <memory>

namespace {

// libcurl's lists and MIME trees, freed however send() ends.
struct SlistDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

void append(Slist& list, const QByteArray& line)
{
    list.reset(curl_slist_append(list.release(), line.constData()));
}

struct MimeDeleter {
    void operator()(curl_mime* mime) const { curl_mime_free(mime); }
};

// The answers to commands (NOOP) are not wanted on standard output.
size_t discard(char*, size_t size, size_t count, void*) { return size * count; }

QByteArray withCrLf(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    utf8.replace("\r\n", "\n");
    utf8.replace('\n', "\r\n");
    return utf8;
}

} // namespace

SmtpConnection::SmtpConnection(const SmtpSettings& settings)
    : m_settings(settings)
    , m_curl(curl_easy_init())
{
    configure();
}

SmtpConnection::~SmtpConnection() { curl_easy_cleanup(m_curl); }

void SmtpConnection::configure()
{
    curl_easy_setopt(m_curl, CURLOPT_URL, m_settings.url.toUtf8().constData());
    curl_easy_setopt(m_curl, CURLOPT_USE_SSL, long(m_settings.allowPlain ? CURLUSESSL_TRY : CURLUSESSL_ALL));
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(m_curl, CURLOPT_USERNAME, m_settings.user.toUtf8().constData());
        curl_easy_setopt(m_curl, CURLOPT_PASSWORD, m_settings.password.toUtf8().constData());
    }
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, long(m_settings.connectTimeoutSeconds));
    curl_easy_setopt(m_curl, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &discard);
    // The server's replies, for the code and text kept with each message.
    curl_easy_setopt(m_curl, CURLOPT_DEBUGFUNCTION, &SmtpConnection::debugCallback);
    curl_easy_setopt(m_curl, CURLOPT_DEBUGDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_VERBOSE, 1L);
}

int SmtpConnection::debugCallback(CURL*, int type, char* data, size_t size, void* connection)
{
    if (type == CURLINFO_HEADER_IN) {
        static_cast<SmtpConnection*>(connection)->heard(QByteArray(data, qsizetype(size)));
    }
    return 0;
}

void SmtpConnection::heard(const QByteArray& lines)
{
    for (const QByteArray& rawLine : lines.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.size() < 3) {
            continue;
        }
        const QByteArray text = line.mid(4).trimmed();
        if (m_awaitingCapabilities && text.toUpper() == "SMTPUTF8") {
            m_capabilitySeen = true;
        }
        m_partialReply += (m_partialReply.isEmpty() ? "" : " ") + text;
        // The last line of a reply has a space after its code.
        if (line.size() > 3 && line.at(3) != ' ') {
            continue;
        }
        const QByteArray code = line.left(3);
        // A greeting (of the connection, or of TLS after STARTTLS) is followed by EHLO, whose
        // reply lists the server's extensions.
        if (code == "220") {
            m_awaitingCapabilities = true;
            m_capabilitySeen = false;
        } else if (m_awaitingCapabilities && code == "250") {
            m_smtpUtf8 = m_capabilitySeen;
            m_awaitingCapabilities = false;
        }
        m_lastReply = QString::fromUtf8(code + ' ' + m_partialReply);
        m_partialReply.clear();
    }
}

std::optional<bool> SmtpConnection::offersSmtpUtf8()
{
    if (!m_smtpUtf8) {
        curl_easy_setopt(m_curl, CURLOPT_MIMEPOST, nullptr);
        curl_easy_setopt(m_curl, CURLOPT_MAIL_RCPT, nullptr);
        curl_easy_setopt(m_curl, CURLOPT_CUSTOMREQUEST, "NOOP");
        const CURLcode result = curl_easy_perform(m_curl);
        curl_easy_setopt(m_curl, CURLOPT_CUSTOMREQUEST, nullptr);
        if (result != CURLE_OK) {
            return std::nullopt;
        }
        m_smtpUtf8 = m_smtpUtf8.value_or(false);
    }
    return m_smtpUtf8;
}

SmtpReply SmtpConnection::send(const MailMessage& message)
{
    Slist headers;
    append(headers, "Date: " + QDateTime::currentDateTime().toString(Qt::RFC2822Date).toLatin1());
    append(headers, "From: " + MailHeader::mailbox(message.fromName, message.from));
    append(headers, "To: " + MailHeader::mailbox(message.toName, message.to));
    if (!message.replyTo.isEmpty()) {
        append(headers, "Reply-To: " + MailHeader::mailbox({}, message.replyTo));
    }
    append(headers, "Subject: " + MailHeader::encodedText(message.subject));
    append(headers, "Message-ID: <" + message.messageId.toLatin1() + '>');

    std::unique_ptr<curl_mime, MimeDeleter> mime(curl_mime_init(m_curl));
    curl_mimepart* text = curl_mime_addpart(mime.get());
    const QByteArray body = withCrLf(message.body);
    curl_mime_data(text, body.constData(), size_t(body.size()));
    curl_mime_type(text, "text/plain; charset=UTF-8");
    curl_mime_encoder(text, "quoted-printable");
    if (!message.attachment.isEmpty()) {
        curl_mimepart* file = curl_mime_addpart(mime.get());
        curl_mime_data(file, message.attachment.constData(), size_t(message.attachment.size()));
        curl_mime_type(file, "application/pdf");
        curl_mime_filename(file, message.attachmentName.toUtf8().constData());
        curl_mime_encoder(file, "base64");
    }

    Slist recipients;
    append(recipients, '<' + message.to.trimmed().toUtf8() + '>');
    curl_easy_setopt(m_curl, CURLOPT_MAIL_FROM, ('<' + message.from.toUtf8() + '>').constData());
    curl_easy_setopt(m_curl, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(m_curl, CURLOPT_MIMEPOST, mime.get());

    m_lastReply.clear();
    m_errorBuffer[0] = '\0';
    const CURLcode result = curl_easy_perform(m_curl);
    long code = 0;
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &code);
    // Nothing may point at what is freed on return.
    curl_easy_setopt(m_curl, CURLOPT_MIMEPOST, nullptr);
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(m_curl, CURLOPT_MAIL_RCPT, nullptr);

    SmtpReply reply;
    reply.code = int(code);
    if (result == CURLE_OK) {
        reply.outcome = SmtpReply::Outcome::Sent;
        reply.text = m_lastReply;
        return reply;
    }
    const QString curlText = QString::fromUtf8(m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(result));
    switch (result) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_LOGIN_DENIED:
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_GOT_NOTHING:
        reply.outcome = SmtpReply::Outcome::Unreachable;
        reply.loginRefused = result == CURLE_LOGIN_DENIED;
        reply.text = result == CURLE_USE_SSL_FAILED ? tr("The mail server %1 does not offer TLS (STARTTLS); "
                                                         "allow plain connections only for a local relay.")
                                                          .arg(m_settings.url)
            : m_lastReply.isEmpty() ? curlText
                                    : tr("%1 (the server said: %2)").arg(curlText, m_lastReply);
        return reply;
    default:
        break;
    }
    reply.outcome = code >= 500 ? SmtpReply::Outcome::Rejected
        : code >= 400           ? SmtpReply::Outcome::Deferred
                                : SmtpReply::Outcome::Unreachable;
    reply.text = m_lastReply.isEmpty() ? curlText : m_lastReply;
    return reply;
}
