#include "tests/bench/OutboxBench.h"

#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/export/AttestationPdf.h"
#include "app/mail/AttestationAttachment.h"
#include "app/mail/OutboxSender.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/Decisions.h"
#include "db/RequestStore.h"
#include "db/LabelNumberRepository.h"
#include "db/OutboxRepository.h"
#include "tests/bench/BenchTiming.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
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

    // An attestation alone, the median of 50.
    LabelNumberRepository numbers(database);
    QList<qint64> attestationTimes;
    for (int i = 0; i < 50; ++i) {
        const Event& event = events.at(i);
        const QString number = numbers.find(event.id);
        timer.start();
        const QByteArray pdf = AttestationPdf::write(event, edition, number, QDate(2018, 3, 14));
        attestationTimes.append(timer.elapsed());
        if (pdf.isEmpty()) {
            out << "outbox: an attestation could not be made" << Qt::endl;
            return false;
        }
    }
    BenchTiming::printTarget(out, QStringLiteral("outbox"), QStringLiteral("one attestation"),
        BenchTiming::median(attestationTimes), 30);

    const QString folder = dir.filePath(QStringLiteral("smtp"));
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
    OutboxRepository outbox(database);
    timer.start();
    const OutboxSender::Counts counts = OutboxSender(outbox, settings, AttestationAttachment::maker(database)).run();
    const qint64 sendMs = timer.elapsed();
    const int received = int(QDir(folder + QStringLiteral("/mail")).entryList({ QStringLiteral("*.eml") }).size());
    QFile connections(folder + QStringLiteral("/connections"));
    connections.open(QIODevice::ReadOnly);
    const int connectionCount = int(connections.readAll().count('\n'));
    smtpServer(QStringLiteral("stop"), folder);
    const qint64 rate = qRound64(counts.sent * 1000.0 / double(qMax<qint64>(sendMs, 1)));
    out << QStringLiteral("outbox: %1 messages with attestations delivered in %2 ms over %3 connection(s), %4 received, "
                          "%5 failed: %6 messages/s (target 50): %7")
               .arg(counts.sent)
               .arg(sendMs)
               .arg(connectionCount)
               .arg(received)
               .arg(counts.failed)
               .arg(rate)
               .arg(rate >= 50 ? QStringLiteral("ok") : QStringLiteral("UNDER"))
        << Qt::endl;
    return counts.stoppedBecause.isEmpty() && counts.sent == Requests && received == Requests;
}
