#include "app/cli/MailCommand.h"

#include "app/cli/Cli.h"
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
        { QStringLiteral("kind"), message.kind }, { QStringLiteral("state"), OutboxStates::key(message.state) },
        { QStringLiteral("recipient"), message.recipient }, { QStringLiteral("subject"), message.subject },
        { QStringLiteral("attempts"), message.attempts }, { QStringLiteral("error_code"), message.errorCode },
        { QStringLiteral("error"), message.lastError }, { QStringLiteral("server_reply"), message.serverReply },
        { QStringLiteral("message_id"), message.messageId },
        { QStringLiteral("created_at"), message.createdAt.toString(Qt::ISODateWithMs) },
        { QStringLiteral("sent_at"),
            message.sentAt.isValid() ? QJsonValue(message.sentAt.toString(Qt::ISODateWithMs)) : QJsonValue() } };
}

// One line per message: id, state, request id, recipient, subject, then the error or the reply.
QString toText(const OutboxMessage& message)
{
    QStringList fields { QString::number(message.id), OutboxStates::key(message.state), message.requestId,
        message.recipient, message.subject,
        message.state == OutboxMessage::State::Sent ? message.serverReply : message.lastError };
    for (QString& field : fields) {
        field = Cli::escaped(field);
    }
    return fields.join(QLatin1Char('\t'));
}

int list(const QCoreApplication& app, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Lists the outbox's messages, the failed ones first: id, state, request, recipient, subject, and the "
        "error or the server's reply."));
    parser.addPositionalArgument(QStringLiteral("mail list"), QCoreApplication::translate("Cli", "The command."));
    const QCommandLineOption db = Cli::databaseOption();
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Cli", "A JSON array instead of text."));
    const QCommandLineOption state(QStringLiteral("state"),
        QCoreApplication::translate("Cli", "Only this state: queued, sending, sent, failed or cancelled."),
        QStringLiteral("S"));
    parser.addOptions({ db, json, state });
    if (int exitStatus = Cli::Done; !Cli::parse(parser, app, &exitStatus)) {
        return exitStatus;
    }
    if (parser.positionalArguments().size() != 2) {
        err << QCoreApplication::translate("Cli", "mail list takes no file; the unexpected arguments are: %1")
                   .arg(parser.positionalArguments().mid(2).join(QLatin1Char(' ')))
            << Qt::endl;
        return Cli::BadUsage;
    }
    std::optional<OutboxMessage::State> only;
    if (parser.isSet(state)) {
        only = OutboxStates::fromKey(parser.value(state));
        if (!only) {
            err << QCoreApplication::translate("Cli", "--state expects queued, sending, sent, failed or cancelled, not “%1”.")
                       .arg(parser.value(state))
                << Qt::endl;
            return Cli::BadUsage;
        }
    }
    Database database;
    if (!database.open(parser.value(db))) {
        err << database.errorString() << Qt::endl;
        return Cli::Failed;
    }
    QJsonArray array;
    for (const OutboxMessage& message : OutboxRepository(database).list(only)) {
        if (parser.isSet(json)) {
            array.append(toJson(message));
        } else {
            out << toText(message) << '\n';
        }
    }
    if (parser.isSet(json)) {
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    out.flush();
    return Cli::Done;
}

int send(const QCoreApplication& app, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Delivers the outbox's due messages over SMTP and prints how many were sent, failed, and still wait."));
    parser.addPositionalArgument(QStringLiteral("mail send"), QCoreApplication::translate("Cli", "The command."));
    const QCommandLineOption db = Cli::databaseOption();
    const QCommandLineOption smtp(QStringLiteral("smtp"),
        QCoreApplication::translate("Cli", "The mail server: smtp://host:587 (STARTTLS) or smtps://host:465 (default: the settings')."),
        QStringLiteral("URL"));
    const QCommandLineOption from(QStringLiteral("from"),
        QCoreApplication::translate("Cli", "The sender's address (default: the settings')."), QStringLiteral("ADDRESS"));
    const QCommandLineOption allowPlain(QStringLiteral("allow-plain"),
        QCoreApplication::translate("Cli", "Accept a server without TLS (a local relay)."));
    parser.addOptions({ db, smtp, from, allowPlain });
    if (int exitStatus = Cli::Done; !Cli::parse(parser, app, &exitStatus)) {
        return exitStatus;
    }
    if (parser.positionalArguments().size() != 2) {
        err << QCoreApplication::translate("Cli", "mail send takes no file; the unexpected arguments are: %1")
                   .arg(parser.positionalArguments().mid(2).join(QLatin1Char(' ')))
            << Qt::endl;
        return Cli::BadUsage;
    }
    SmtpSettings settings = SmtpSettingsStore::load();
    settings.url = parser.isSet(smtp) ? parser.value(smtp) : settings.url;
    settings.from = parser.isSet(from) ? parser.value(from) : settings.from;
    settings.allowPlain = settings.allowPlain || parser.isSet(allowPlain);
    if (!settings.user.isEmpty()) {
        // The one the window kept in the keyring; a script has no one to ask.
        settings.password = PasswordStore::find(PasswordStore::smtpAccount(settings.user, settings.url));
    }
    if (settings.url.isEmpty() || settings.from.isEmpty()) {
        err << QCoreApplication::translate("Cli", "No mail server or sender address: give --smtp and --from, or set them "
                                                  "in the window's mail settings.")
            << Qt::endl;
        return Cli::BadUsage;
    }
    Database database;
    if (!database.open(parser.value(db))) {
        err << database.errorString() << Qt::endl;
        return Cli::Failed;
    }
    if (!Cli::isWritable(database, err)) {
        return Cli::Failed;
    }
    OutboxRepository outbox(database);
    const OutboxSender::Counts counts = OutboxSender(outbox, settings, AttestationAttachment::maker(database)).run();
    out << QCoreApplication::translate("Cli", "sent: %1, failed: %2, queued: %3")
               .arg(counts.sent)
               .arg(counts.failed)
               .arg(outbox.waitingCount())
        << Qt::endl;
    if (!counts.stoppedBecause.isEmpty()) {
        err << counts.stoppedBecause << Qt::endl;
        return Cli::Failed;
    }
    return Cli::Done;
}

} // namespace

int runMail(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Cli::start(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    // The sub-verb is the second argument that is neither an option nor an option's value.
    static const QStringList optionsWithValue { QStringLiteral("--db"), QStringLiteral("--lang"), QStringLiteral("--smtp"),
        QStringLiteral("--from"), QStringLiteral("--state") };
    const QStringList arguments = app.arguments();
    QStringList words;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (!arguments.at(i).startsWith(QLatin1Char('-'))) {
            words.append(arguments.at(i));
        } else if (optionsWithValue.contains(arguments.at(i))) {
            ++i;
        }
    }
    const QString what = words.value(1);
    if (what == QLatin1String("send")) {
        return send(app, out, err);
    }
    if (what == QLatin1String("list")) {
        return list(app, out, err);
    }
    err << QCoreApplication::translate("Cli", "mail expects send or list, not “%1”.").arg(what) << Qt::endl;
    return Cli::BadUsage;
}
