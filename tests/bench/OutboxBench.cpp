#include "tests/bench/OutboxBench.h"

#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/mail/AttestationAttachment.h"
#include "app/mail/OutboxSender.h"
#include "app/mail/SmtpConnection.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EditionRepository.h"
#include "db/OutboxRepository.h"
#include "db/RequestStore.h"
#include "tests/bench/BenchTiming.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <atomic>

#include <unistd.h>

namespace {

bool smtpServer(const QString& action, const QString& folder)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral("python3"),
        { QStringLiteral(SEMAINE_SOURCE_DIR "/tests/smtp-server.py"), action, folder });
    return script.waitForFinished(60000) && script.exitCode() == 0;
}

QString fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()) : QString();
}

// The local test server of one run, in its own folder: its address, what it received, and the
// processor time it spent (its share of the machine, apart from the sender's).
class BenchSmtpServer {
public:
    explicit BenchSmtpServer(const QString& folder)
        : m_folder(folder)
        , m_started(smtpServer(QStringLiteral("start"), folder))
    {
    }
    ~BenchSmtpServer() { smtpServer(QStringLiteral("stop"), m_folder); }

    bool isStarted() const { return m_started; }
    QString url() const
    {
        return QStringLiteral("smtp://127.0.0.1:%1/bench")
            .arg(fileText(m_folder + QStringLiteral("/port")).trimmed());
    }
    int received() const
    {
        return int(QDir(m_folder + QStringLiteral("/mail")).entryList({ QStringLiteral("*.eml") }).size());
    }
    // One line per EHLO: per connection.
    int connections() const
    {
        return int(fileText(m_folder + QStringLiteral("/connections")).count(QLatin1Char('\n')));
    }
    // User and system time of the server's process so far (/proc/PID/stat), in ms.
    double cpuMs() const
    {
        const QString stat = fileText(
            QStringLiteral("/proc/%1/stat").arg(fileText(m_folder + QStringLiteral("/pid")).trimmed()));
        // The fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
        const QStringList fields = stat.mid(stat.lastIndexOf(QLatin1Char(')')) + 2).split(QLatin1Char(' '));
        return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0
            / double(sysconf(_SC_CLK_TCK));
    }

private:
    QString m_folder;
    bool m_started = false;
};

SmtpSettings benchSettings(const BenchSmtpServer& server)
{
    SmtpSettings settings;
    settings.url = server.url();
    settings.from = QStringLiteral("label@semaine.example.fr");
    settings.fromName = QStringLiteral("Comité de la Semaine de l'industrie");
    settings.allowPlain = true;
    return settings;
}

bool requeue(Database& database, QTextStream& out)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral(
            "UPDATE outbox SET state = 'queued', attempts = 0, claimed_by = '', claimed_at = NULL, "
            "sent_at = NULL, next_attempt_at = NULL"))) {
        out << query.lastError().text() << Qt::endl;
        return false;
    }
    return true;
}

double perMessageMs(qint64 ns, int count) { return ns / 1e6 / qMax(count, 1); }

// Each part of a delivery alone, on `count` messages: where the time of one message goes.
bool benchOutboxParts(Database& database, const QString& folder, int count, QTextStream& out)
{
    OutboxRepository outbox(database);
    const QList<OutboxMessage> messages = outbox.list(OutboxMessage::State::Queued).value().mid(0, count);
    const OutboxSender::AttachmentMaker attestation = AttestationAttachment::maker(database);
    QElapsedTimer timer;

    // The attestation: what it reads from the store, then the PDF with its QR code.
    qint64 readNs = 0;
    qint64 renderNs = 0;
    QByteArray sample;
    QString sampleName;
    for (const OutboxMessage& message : messages) {
        timer.start();
        const OutboxSender::AttachmentJob job = attestation(message);
        readNs += timer.nsecsElapsed();
        timer.start();
        const OutboxSender::Attachment made = job();
        renderNs += timer.nsecsElapsed();
        sample = made.data;
        sampleName = made.fileName;
    }

    // The store's state updates, queued → sending → sent, without sending.
    timer.start();
    int marked = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < messages.size(); ++i) {
        const StoreResult<std::optional<OutboxMessage>> claimed
            = outbox.claim(QStringLiteral("bench"), now, now.addSecs(-900));
        marked += claimed.ok() && *claimed
                && outbox.markSent((*claimed)->id, QStringLiteral("bench"), QStringLiteral("250"), now).ok()
            ? 1
            : 0;
    }
    const qint64 storeNs = timer.nsecsElapsed();
    if (!requeue(database, out)) {
        return false;
    }

    // SMTP alone: the same message with its attestation, over one connection; the MIME built by
    // libcurl, the round trips, and the server's own work (its processor time).
    const BenchSmtpServer server(folder);
    if (!server.isStarted()) {
        return false;
    }
    SmtpConnection connection(benchSettings(server));
    MailMessage mail { QStringLiteral("label@semaine.example.fr"), QStringLiteral("Comité"), {},
        messages.value(0).recipient.trimmed(), messages.value(0).recipientName, messages.value(0).subject,
        messages.value(0).body, QStringLiteral("bench@semaine.example.fr"), sample, sampleName };
    const double serverBefore = server.cpuMs();
    int sent = 0;
    timer.start();
    for (int i = 0; i < messages.size(); ++i) {
        sent += connection.send(mail).outcome == SmtpReply::Outcome::Sent ? 1 : 0;
    }
    const qint64 smtpNs = timer.nsecsElapsed();
    const double serverMs = server.cpuMs() - serverBefore;
    out << QStringLiteral(
        "outbox: parts, %1 messages each, per message: store reads for the attestation %2 ms, "
        "its PDF %3 ms (%4 KB); claim and mark sent %5 ms (%6 marked); SMTP over one connection %7 ms "
        "(%8 sent, %9 connection(s)), of which the server's processor time %10 ms")
               .arg(messages.size())
               .arg(perMessageMs(readNs, int(messages.size())), 0, 'f', 2)
               .arg(perMessageMs(renderNs, int(messages.size())), 0, 'f', 2)
               .arg(sample.size() / 1024)
               .arg(perMessageMs(storeNs, int(messages.size())), 0, 'f', 2)
               .arg(marked)
               .arg(perMessageMs(smtpNs, int(messages.size())), 0, 'f', 2)
               .arg(sent)
               .arg(server.connections())
               .arg(serverMs / qMax<qsizetype>(messages.size(), 1), 0, 'f', 2)
        << Qt::endl;
    return marked == messages.size() && sent == messages.size();
}

} // namespace

bool benchOutbox(QTextStream& out, int requests)
{
    QTemporaryDir dir;
    Database database;
    if (!database.open(dir.filePath(QStringLiteral("outbox.sqlite")))) {
        out << database.errorString() << Qt::endl;
        return false;
    }
    const Edition edition = *EditionRepository(database).find(2018);
    QList<Event> events = DemoGenerator(edition, GeoReference::embedded(), 14).generate(requests);
    for (Event& event : events) {
        event.status = EventStatus::InReview;
    }
    if (const WriteResult stored = RequestStore(database).insertAll(events, QStringLiteral("bench"));
        !stored.ok()) {
        out << stored.message << Qt::endl;
        return false;
    }

    // Labelled one at a time, as reviewers do: decision, audit, label number and letter together.
    QElapsedTimer timer;
    timer.start();
    for (const Event& event : std::as_const(events)) {
        const WriteResult labelled
            = Decisions(database).changeStatus(event.id, event.version, EventStatus::Labelled,
                QStringLiteral("bench"), QStringLiteral("bench"), Decisions::Kind::Override);
        if (!labelled.ok()) {
            out << labelled.message << Qt::endl;
            return false;
        }
    }
    const qint64 decideMs = timer.elapsed();
    out << QStringLiteral("outbox: %1 labels decided with their letters queued in %2 ms (%3 decisions/s)")
               .arg(requests)
               .arg(decideMs)
               .arg(qRound64(requests * 1000.0 / double(qMax<qint64>(decideMs, 1))))
        << Qt::endl;
    if (!benchOutboxParts(database, dir.filePath(QStringLiteral("smtp-parts")), qMin(requests, 300), out)) {
        out << "outbox: the parts could not be measured (the local SMTP server, python3-aiosmtpd?)"
            << Qt::endl;
        return false;
    }

    // Five deliveries of the messages, each to a fresh server, each over one connection; the
    // attestations are made while sending (they are not stored), and their time is taken apart.
    QList<double> rates;
    QList<double> attestationMs;
    bool delivered = true;
    for (int run = 1; run <= BenchTiming::Runs && delivered; ++run) {
        if (!requeue(database, out)) {
            return false;
        }
        const BenchSmtpServer server(dir.filePath(QStringLiteral("smtp-%1").arg(run)));
        if (!server.isStarted()) {
            out << "outbox: the local SMTP server (python3-aiosmtpd) could not be started" << Qt::endl;
            return false;
        }
        // Each attestation timed where it is made: on the sender's thread that made it ahead.
        const OutboxSender::AttachmentMaker attestation = AttestationAttachment::maker(database);
        std::atomic<qint64> attestationNs = 0;
        std::atomic<int> attestations = 0;
        const auto timedAttestation = [&](const OutboxMessage& message) -> OutboxSender::AttachmentJob {
            return [&, job = attestation(message)] {
                QElapsedTimer made;
                made.start();
                OutboxSender::Attachment attachment = job();
                attestationNs += made.nsecsElapsed();
                ++attestations;
                return attachment;
            };
        };
        OutboxRepository outbox(database);
        const double serverBefore = server.cpuMs();
        timer.start();
        const OutboxSender::Counts counts
            = OutboxSender(outbox, benchSettings(server), timedAttestation).run();
        const qint64 sendNs = timer.nsecsElapsed();
        const double serverMs = server.cpuMs() - serverBefore;
        rates.append(counts.sent * 1e9 / double(qMax<qint64>(sendNs, 1)));
        attestationMs.append(perMessageMs(attestationNs, attestations));
        out << QStringLiteral(
            "outbox: run %1: %2 messages with attestations delivered in %3 ms over %4 connection(s), "
            "%5 received, %6 failed: %7 messages/s, %8 ms per attestation (%9 made), the server's "
            "processor time %10 ms per message")
                   .arg(run)
                   .arg(counts.sent)
                   .arg(sendNs / 1000000)
                   .arg(server.connections())
                   .arg(server.received())
                   .arg(counts.failed)
                   .arg(rates.last(), 0, 'f', 1)
                   .arg(attestationMs.last(), 0, 'f', 1)
                   .arg(attestations.load())
                   .arg(serverMs / qMax(counts.sent, 1), 0, 'f', 2)
            << Qt::endl;
        if (!counts.stoppedBecause.isEmpty()) {
            out << "outbox: " << counts.stoppedBecause << Qt::endl;
        }
        delivered = counts.stoppedBecause.isEmpty() && counts.sent == requests
            && server.received() == requests && server.connections() == 1;
    }
    BenchTiming::printRuns(out, QStringLiteral("outbox"), QStringLiteral("delivery over one connection"),
        rates, QStringLiteral("messages/s"), 50, BenchTiming::Better::Higher);
    BenchTiming::printRuns(out, QStringLiteral("outbox"),
        QStringLiteral("one attestation, made while sending"), attestationMs, QStringLiteral("ms"), 30,
        BenchTiming::Better::Lower);
    return delivered;
}
