#include "app/cli/MailCommand.h"

#include "app/mail/AttestationAttachment.h"
#include "app/mail/OutboxSender.h"
#include "app/mail/SmtpSettingsStore.h"
#include "app/secrets/PasswordStore.h"
#include "db/Database.h"
#include "db/OutboxRepository.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {

QJsonObject toJson(const OutboxMessage& message)
{
    return { { QStringLiteral("id"), message.id }, { QStringLiteral("id_demande"), message.requestId },
        { QStringLiteral("kind"), message.kind },
        { QStringLiteral("state"), OutboxStates::key(message.state) },
        { QStringLiteral("recipient"), message.recipient }, { QStringLiteral("subject"), message.subject },
        { QStringLiteral("attempts"), message.attempts }, { QStringLiteral("error_code"), message.errorCode },
        { QStringLiteral("error"), message.lastError },
        { QStringLiteral("server_reply"), message.serverReply },
        { QStringLiteral("message_id"), message.messageId },
        { QStringLiteral("created_at"), message.createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("sent_at"),
            message.sentAt.isValid() ? QJsonValue(message.sentAt.toString(Qt::ISODateWithMs))
                                     : QJsonValue() } };
}

// One line per message: id, state, request id, recipient, subject, then the error or the reply.
QString toText(const OutboxMessage& message)
{
    QStringList fields { QString::number(message.id), OutboxStates::key(message.state), message.requestId,
        message.recipient, message.subject,
        message.state == OutboxMessage::State::Sent ? message.serverReply : message.lastError };
    for (QString& field : fields) {
        field = Command::escaped(field);
    }
    return fields.join(QLatin1Char('\t'));
}

} // namespace

MailCommand::MailCommand()
    : DatabaseCommand(QStringLiteral("mail"), Access::Opens)
{
}

QString MailCommand::description() const
{
    return QCoreApplication::translate("Cli",
        "send: delivers the outbox's due messages over SMTP and prints how many were sent, failed, and still "
        "wait.\n"
        "list: lists the outbox's messages, the failed ones first: id, state, request, recipient, subject, "
        "and the "
        "error or the server's reply.");
}

void MailCommand::addPositionalArguments(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("ACTION"), QCoreApplication::translate("Cli", "send or list."));
}

QList<QCommandLineOption> MailCommand::verbOptions() const
{
    return {
        QCommandLineOption(QStringLiteral("smtp"),
            QCoreApplication::translate("Cli",
                "The mail server: smtp://host:587 (STARTTLS) or smtps://host:465 (default: the settings')."),
            QStringLiteral("URL")),
        QCommandLineOption(QStringLiteral("from"),
            QCoreApplication::translate("Cli", "The sender's address (default: the settings')."),
            QStringLiteral("ADDRESS")),
        QCommandLineOption(QStringLiteral("allow-plain"),
            QCoreApplication::translate("Cli", "Accept a server without TLS (a local relay).")),
        QCommandLineOption(
            QStringLiteral("json"), QCoreApplication::translate("Cli", "A JSON array instead of text.")),
        QCommandLineOption(QStringLiteral("state"),
            QCoreApplication::translate(
                "Cli", "Only this state: queued, sending, sent, failed or cancelled."),
            QStringLiteral("S")),
    };
}

int MailCommand::checkArguments(const QCommandLineParser& parser, QTextStream& err)
{
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (action != QLatin1String("send") && action != QLatin1String("list")) {
        return badUsage(
            err, QCoreApplication::translate("Cli", "mail expects send or list, not “%1”.").arg(action));
    }
    m_send = action == QLatin1String("send");
    if (positional.size() > 2) {
        const QString unexpected = positional.mid(2).join(QLatin1Char(' '));
        return badUsage(err,
            m_send ? QCoreApplication::translate(
                         "Cli", "mail send takes no file; the unexpected arguments are: %1")
                         .arg(unexpected)
                   : QCoreApplication::translate(
                         "Cli", "mail list takes no file; the unexpected arguments are: %1")
                         .arg(unexpected));
    }
    // Each action's options: the other's are a mistake, not something to ignore.
    const QStringList others = m_send
        ? QStringList { QStringLiteral("json"), QStringLiteral("state") }
        : QStringList { QStringLiteral("smtp"), QStringLiteral("from"), QStringLiteral("allow-plain") };
    for (const QString& option : others) {
        if (parser.isSet(option)) {
            return badUsage(err,
                QCoreApplication::translate("Cli", "--%1 does not go with mail %2.").arg(option, action));
        }
    }
    if (!m_send) {
        m_state.reset();
        if (parser.isSet(QStringLiteral("state"))) {
            m_state = OutboxStates::fromKey(parser.value(QStringLiteral("state")));
            if (!m_state) {
                return badUsage(err,
                    QCoreApplication::translate(
                        "Cli", "--state expects queued, sending, sent, failed or cancelled, not “%1”.")
                        .arg(parser.value(QStringLiteral("state"))));
            }
        }
        return Done;
    }
    m_settings = SmtpSettingsStore::load();
    m_settings.url
        = parser.isSet(QStringLiteral("smtp")) ? parser.value(QStringLiteral("smtp")) : m_settings.url;
    m_settings.from
        = parser.isSet(QStringLiteral("from")) ? parser.value(QStringLiteral("from")) : m_settings.from;
    m_settings.allowPlain = m_settings.allowPlain || parser.isSet(QStringLiteral("allow-plain"));
    if (m_settings.url.isEmpty() || m_settings.from.isEmpty()) {
        return badUsage(err,
            QCoreApplication::translate("Cli",
                "No mail server or sender address: give --smtp and --from, or set them "
                "in the window's mail settings."));
    }
    return Done;
}

int MailCommand::executeWithDatabase(
    Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    return m_send ? send(database, out, err) : list(database, parser, out, err);
}

int MailCommand::list(
    Database& database, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const StoreResult<QList<OutboxMessage>> messages = OutboxRepository(database).list(m_state);
    if (!messages) {
        return failed(err, messages.message);
    }
    const bool json = parser.isSet(QStringLiteral("json"));
    QJsonArray array;
    for (const OutboxMessage& message : *messages) {
        if (json) {
            array.append(toJson(message));
        } else {
            out << toText(message) << '\n';
        }
    }
    if (json) {
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return Done;
}

int MailCommand::send(Database& database, QTextStream& out, QTextStream& err)
{
    if (!isWritable(database, err)) {
        return Failed;
    }
    if (!m_settings.user.isEmpty()) {
        // The one the window kept in the keyring; a script has no one to ask.
        m_settings.password
            = PasswordStore::find(PasswordStore::smtpAccount(m_settings.user, m_settings.url));
    }
    OutboxRepository outbox(database);
    const OutboxSender::Counts counts
        = OutboxSender(outbox, m_settings, AttestationAttachment::maker(database)).run();
    const StoreResult<int> waiting = outbox.waitingCount();
    out << QCoreApplication::translate("Cli", "sent: %1, failed: %2, queued: %3")
               .arg(counts.sent)
               .arg(counts.failed)
               .arg(waiting ? QString::number(*waiting) : QStringLiteral("?"))
        << Qt::endl;
    if (!counts.stoppedBecause.isEmpty()) {
        return failed(err, counts.stoppedBecause);
    }
    if (!waiting) {
        return failed(err, waiting.message);
    }
    return Done;
}
