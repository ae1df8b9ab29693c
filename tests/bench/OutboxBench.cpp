#include "tests/bench/OutboxBench.h"

#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/mail/AttestationAttachment.h"
#include "app/mail/OutboxSender.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/Decisions.h"
#include "db/RequestStore.h"
#include "db/OutboxRepository.h"
#include "tests/bench/BenchTiming.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

constexpr int Requests = 3000;

bool smtpServer(const QString& action, const QString& folder)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(QStringLiteral("python3"), { QStringLiteral(SEMAINE_SOURCE_DIR "/tests/smtp-server.py"), action, folder });
    return script.waitForFinished(60000) && script.exitCode() == 0;
}

} // namespace

bool benchOutbox(QTextStream& out)
{
    QTemporaryDir dir;
    Database database;
    if (!database.open(dir.filePath(QStringLiteral("outbox.sqlite")))) {
        out << database.errorString() << Qt::endl;
        return false;
    }
    const Edition edition = *EditionRepository(database).find(2018);
    QList<Event> events = DemoGenerator(edition, GeoReference::embedded(), 14).generate(Requests);
    for (Event& event : events) {
        event.status = EventStatus::InReview;
    }
    if (const WriteResult stored = RequestStore(database).insertAll(events, QStringLiteral("bench")); !stored.ok()) {
        out << stored.message << Qt::endl;
        return false;
    }

    // Labelled one at a time, as reviewers do: decision, audit, label number and letter together.
    QElapsedTimer timer;
    timer.start();
    for (const Event& event : std::as_const(events)) {
        const WriteResult labelled = Decisions(database).changeStatus(event.id, event.version, EventStatus::Labelled,
            QStringLiteral("bench"), QStringLiteral("bench"), Decisions::Kind::Override);
        if (!labelled.ok()) {
            out << labelled.message << Qt::endl;
            return false;
        }
    }
    const qint64 decideMs = timer.elapsed();
    out << QStringLiteral("outbox: %1 labels decided with their letters queued in %2 ms (%3 decisions/s)")
               .arg(Requests)
               .arg(decideMs)
               .arg(qRound64(Requests * 1000.0 / double(qMax<qint64>(decideMs, 1))))
        << Qt::endl;

    // Five deliveries of the 3,000 messages, each to a fresh server, each over one connection; the
    // attestations are made while sending (they are not stored), and their time is taken apart.
    QList<double> rates;
    QList<double> attestationMs;
    bool delivered = true;
    for (int run = 1; run <= BenchTiming::Runs && delivered; ++run) {
        QSqlQuery requeue(database.connection());
        if (!requeue.exec(QStringLiteral("UPDATE outbox SET state = 'queued', attempts = 0, claimed_by = '', claimed_at = NULL, "
                                         "sent_at = NULL, next_attempt_at = NULL"))) {
            out << requeue.lastError().text() << Qt::endl;
            return false;
        }
        const QString folder = dir.filePath(QStringLiteral("smtp-%1").arg(run));
        if (!smtpServer(QStringLiteral("start"), folder)) {
            out << "outbox: the local SMTP server (python3-aiosmtpd) could not be started" << Qt::endl;
            return false;
        }
        QFile port(folder + QStringLiteral("/port"));
        port.open(QIODevice::ReadOnly);
        SmtpSettings settings;
        settings.url = QStringLiteral("smtp://127.0.0.1:%1/bench").arg(QString::fromLatin1(port.readAll().trimmed()));
        settings.from = QStringLiteral("label@semaine.example.fr");
        settings.fromName = QStringLiteral("Comité de la Semaine de l'industrie");
        settings.allowPlain = true;
        const OutboxSender::AttachmentMaker attestation = AttestationAttachment::maker(database);
        qint64 attestationNs = 0;
        int attestations = 0;
        const auto timedAttestation = [&](const OutboxMessage& message, QString* fileName, QString* error) {
            QElapsedTimer made;
            made.start();
            QByteArray pdf = attestation(message, fileName, error);
            attestationNs += made.nsecsElapsed();
            ++attestations;
            return pdf;
        };
        OutboxRepository outbox(database);
        timer.start();
        const OutboxSender::Counts counts = OutboxSender(outbox, settings, timedAttestation).run();
        const qint64 sendNs = timer.nsecsElapsed();
        const int received = int(QDir(folder + QStringLiteral("/mail")).entryList({ QStringLiteral("*.eml") }).size());
        QFile connections(folder + QStringLiteral("/connections"));
        connections.open(QIODevice::ReadOnly);
        const int connectionCount = int(connections.readAll().count('\n'));
        smtpServer(QStringLiteral("stop"), folder);
        rates.append(counts.sent * 1e9 / double(qMax<qint64>(sendNs, 1)));
        attestationMs.append(attestationNs / 1e6 / qMax(attestations, 1));
        out << QStringLiteral("outbox: run %1: %2 messages with attestations delivered in %3 ms over %4 connection(s), "
                              "%5 received, %6 failed: %7 messages/s, %8 ms per attestation")
                   .arg(run)
                   .arg(counts.sent)
                   .arg(sendNs / 1000000)
                   .arg(connectionCount)
                   .arg(received)
                   .arg(counts.failed)
                   .arg(rates.last(), 0, 'f', 1)
                   .arg(attestationMs.last(), 0, 'f', 1)
            << Qt::endl;
        if (!counts.stoppedBecause.isEmpty()) {
            out << "outbox: " << counts.stoppedBecause << Qt::endl;
        }
        delivered = counts.stoppedBecause.isEmpty() && counts.sent == Requests && received == Requests && connectionCount == 1;
    }
    BenchTiming::printRuns(out, QStringLiteral("outbox"), QStringLiteral("delivery over one connection"), rates,
        QStringLiteral("messages/s"), 50, BenchTiming::Better::Higher);
    BenchTiming::printRuns(out, QStringLiteral("outbox"), QStringLiteral("one attestation, made while sending"), attestationMs,
        QStringLiteral("ms"), 30, BenchTiming::Better::Lower);
    return delivered;
}
