// The outbox and its delivery against a real SMTP server (tests/smtp-server.py, which ctest starts
// as a fixture and whose folder SEMAINE_TEST_SMTP names): each message arrives once, with its
// recipient, encoded subject and names, body and attachment; 5xx answers fail for good, 4xx ones
// wait; a server that cannot be reached leaves the queue as it was; a message left by a dead
// sender is sent again with the same Message-ID; two senders never send the same message. The
// received files are read by Python's email package (tests/readers/mail_message.py), the attached
// attestation by pdftotext.
#include "TestData.h"
#include "TestStore.h"
#include "app/mail/AttestationAttachment.h"
#include "app/mail/MailHeader.h"
#include "app/mail/OutboxSender.h"
#include "app/mail/SmtpConnection.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/FreeMessage.h"
#include "db/LabelNumberRepository.h"
#include "db/OutboxRepository.h"
#include "db/RequestStore.h"
#include "db/Transaction.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(EventStatus)

namespace {

QString smtpDirectory() { return qEnvironmentVariable("SEMAINE_TEST_SMTP"); }

QString smtpUrl(const QString& ehloName)
{
    QFile portFile(smtpDirectory() + QStringLiteral("/port"));
    return portFile.open(QIODevice::ReadOnly)
        ? QStringLiteral("smtp://127.0.0.1:%1/%2")
              .arg(QString::fromLatin1(portFile.readAll().trimmed()), ehloName)
        : QString();
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void labelNumbersAreStableAndNeverReused();
    void encodedHeaders_data();
    void encodedHeaders();
    void addressProblems_data();
    void addressProblems();
    void deliversEachMessageOnceOverOneConnection();
    void rejectedRecipientFailsWithTheReason();
    void busyServerDefersWithBackoff();
    void unusableAddressesFailWithTheReason_data();
    void unusableAddressesFailWithTheReason();
    void unreachableServerLeavesTheQueue();
    void plainServerRefusedUnlessAllowed();
    void messageOfADeadSenderIsSentAgainRecognisably();
    void twoSendersNeverSendTheSameMessage();
    void attestationMadeAheadGoesWithItsOwnMessage();
    void stoppingMidRunLeavesTheRestQueued();
    void cancelAndRetry();
    void decisionQueuesItsLetter_data();
    void decisionQueuesItsLetter();
    void reopeningCancelsAndRelabellingKeepsTheNumber();
    void decisionAndMessageRollBackTogether();
    void freeMessageAndItsAuditExistTogether();

private:
    qint64 addEvent(const QString& requestId, const QString& email, const QString& contact);
    // Queues a message to `to` in a transaction of its own; its id.
    qint64 queue(qint64 eventId, const QString& to, const QString& name, const QString& subject,
        OutboxMessage::Attachment attachment = OutboxMessage::Attachment::None);
    SmtpSettings settings() const;
    // A trigger makes the outbox refuse every new message ("outbox refused"), or no longer.
    bool refuseOutbox(bool refuse);
    OutboxSender::Counts send(const SmtpSettings& smtp);
    // The messages that the server kept for this test's recipients, read by the Python reader.
    QJsonArray received(bool pdfText = false) const;
    // How many connections this test opened (its EHLO name).
    int connections() const;
    // `count` labelled requests with their label numbers, each with a message carrying its
    // attestation to its own address (n1@, n2@…); the messages' ids, in the order they leave.
    QList<qint64> queueAttestations(int count, QStringList* numbers);
    // Each received message's attestation holds its own request's label number, and no other's.
    void checkEachAttestationIsItsOwn(const QStringList& numbers, const QList<int>& expected);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OutboxRepository> m_outbox;
    QString m_domain; // this test's recipients' domain: the server's folder is shared
    QString m_ehlo;
    QHash<qint64, QString> m_titles;
};

void TestOutbox::initTestCase()
{
    if (smtpDirectory().isEmpty()) {
        QSKIP("SEMAINE_TEST_SMTP is not set: run through ctest, which starts the test SMTP server");
    }
    QVERIFY2(!smtpUrl(QStringLiteral("x")).isEmpty(), "the test SMTP server wrote no port");
}

void TestOutbox::init()
{
    static int counter = 0;
    ++counter;
    m_domain = QStringLiteral("t%1-%2%3.example.fr")
                   .arg(QCoreApplication::applicationPid())
                   .arg(counter)
                   .arg(TestStore::onPostgresql() ? QStringLiteral("pg") : QStringLiteral("lite"));
    m_ehlo = m_domain.section(QLatin1Char('.'), 0, 0);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_location = TestStore::create(*m_dir);
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_location), qPrintable(m_db->errorString()));
    m_outbox = std::make_unique<OutboxRepository>(*m_db);
    m_titles.clear();
}

void TestOutbox::cleanup()
{
    m_outbox.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestOutbox::addEvent(const QString& requestId, const QString& email, const QString& contact)
{
    Event event = passingEvent();
    event.requestId = requestId;
    event.contactEmail = email;
    event.contactName = contact;
    const WriteResult result = RequestStore(*m_db).insert(event, QStringLiteral("alice"));
    if (!result.ok()) {
        qWarning("%s", qPrintable(result.message));
    }
    m_titles.insert(event.id, event.title);
    return event.id;
}

qint64 TestOutbox::queue(qint64 eventId, const QString& to, const QString& name, const QString& subject,
    OutboxMessage::Attachment attachment)
{
    OutboxMessage message;
    message.eventId = eventId;
    message.kind = QStringLiteral("labelled");
    message.recipient = to;
    message.recipientName = name;
    message.subject = subject;
    message.body = QStringLiteral("Bonjour %1,\n\nVotre événement est labellisé.\n\nLe comité").arg(name);
    message.attachment = attachment;
    message.who = QStringLiteral("alice");
    Transaction transaction(*m_db);
    WriteResult queued = transaction.isOpen() ? m_outbox->queue(message) : transaction.failure();
    if (queued) {
        queued = transaction.commit();
    }
    if (!queued) {
        qWarning("cannot queue: %s", qPrintable(queued.message));
        return 0;
    }
    return message.id;
}

bool TestOutbox::refuseOutbox(bool refuse)
{
    QSqlQuery query(m_db->connection());
    const bool pg = TestStore::onPostgresql();
    if (!refuse) {
        return query.exec(
            QStringLiteral("DROP TRIGGER refuse_outbox") + (pg ? QStringLiteral(" ON outbox") : QString()));
    }
    if (!pg) {
        return query.exec(QStringLiteral("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox BEGIN SELECT "
                                         "RAISE(ABORT, 'outbox refused'); END"));
    }
    return query.exec(QStringLiteral(
               "CREATE OR REPLACE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ "
               "BEGIN RAISE EXCEPTION 'outbox refused'; END; $$"))
        && query.exec(QStringLiteral("CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH ROW "
                                     "EXECUTE FUNCTION refuse_outbox()"));
}

SmtpSettings TestOutbox::settings() const
{
    SmtpSettings smtp;
    smtp.url = smtpUrl(m_ehlo);
    smtp.from = QStringLiteral("label@semaine.example.fr");
    smtp.fromName = QStringLiteral("Comité de la Semaine de l'industrie");
    smtp.allowPlain = true;
    smtp.connectTimeoutSeconds = 5;
    smtp.timeoutSeconds = 30;
    return smtp;
}

OutboxSender::Counts TestOutbox::send(const SmtpSettings& smtp)
{
    return OutboxSender(*m_outbox, smtp, AttestationAttachment::maker(*m_db)).run();
}

QJsonArray TestOutbox::received(bool pdfText) const
{
    QStringList files;
    const QDir mail(smtpDirectory() + QStringLiteral("/mail"));
    for (const QString& name : mail.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name)) {
        QFile file(mail.filePath(name));
        if (file.open(QIODevice::ReadOnly) && file.readLine().contains(m_domain.toUtf8())) {
            files.append(file.fileName());
        } else if (file.seek(0), file.readAll().left(400).contains(m_domain.toUtf8())) {
            files.append(file.fileName());
        }
    }
    if (files.isEmpty()) {
        return {};
    }
    QProcess reader;
    reader.start(QStringLiteral("python3"),
        QStringList { QStringLiteral(SEMAINE_SOURCE_DIR "/tests/readers/mail_message.py") }
            + (pdfText ? QStringList { QStringLiteral("--pdf-text") } : QStringList()) + files);
    reader.waitForFinished(60000);
    if (reader.exitCode() != 0) {
        qWarning("%s", reader.readAllStandardError().constData());
    }
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
}

int TestOutbox::connections() const
{
    QFile file(smtpDirectory() + QStringLiteral("/connections"));
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return int(file.readAll().split('\n').count(m_ehlo.toUtf8()));
}

void TestOutbox::labelNumbersAreStableAndNeverReused()
{
    const qint64 first = addEvent(QStringLiteral("SI2018-000001"), QStringLiteral("a@example.fr"), {});
    const qint64 second = addEvent(QStringLiteral("SI2018-000002"), QStringLiteral("b@example.fr"), {});
    LabelNumberRepository numbers(*m_db);
    QVERIFY(numbers.find(first)->isEmpty());
    QVERIFY(m_db->beginWrite());
    QCOMPARE(numbers.assign(first, 2018).value(), QStringLiteral("SI2018-L-00001"));
    QCOMPARE(numbers.assign(second, 2018).value(), QStringLiteral("SI2018-L-00002"));
    // Labelled again after a reopening: the same number.
    QCOMPARE(numbers.assign(first, 2018).value(), QStringLiteral("SI2018-L-00001"));
    QVERIFY(m_db->connection().commit());
    // A number given in a transaction that rolled back is not given twice either way: the counter
    // rolls back with it, and no request holds it.
    const qint64 third = addEvent(QStringLiteral("SI2018-000003"), QStringLiteral("c@example.fr"), {});
    QVERIFY(m_db->beginWrite());
    QCOMPARE(numbers.assign(third, 2018).value(), QStringLiteral("SI2018-L-00003"));
    QVERIFY(m_db->connection().rollback());
    QVERIFY(numbers.find(third)->isEmpty());
    QCOMPARE(numbers.find(second).value(), QStringLiteral("SI2018-L-00002"));
}

void TestOutbox::encodedHeaders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("ascii") << QStringLiteral("Votre demande SI2018-000001")
                           << QByteArray("Votre demande SI2018-000001");
    QTest::newRow("accents") << QStringLiteral("Événement labellisé")
                             << QByteArray("=?UTF-8?B?")
            + QStringLiteral("Événement labellisé").toUtf8().toBase64() + "?=";
}

void TestOutbox::encodedHeaders()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(MailHeader::encodedText(text), expected);
    // A long text is cut into words of at most 75 characters, never inside a character.
    const QString longText = text.repeated(8);
    QByteArray decoded;
    for (const QByteArray& word : MailHeader::encodedText(longText).split(' ')) {
        QVERIFY(word.size() <= 75 || !word.startsWith("=?"));
        decoded
            += word.startsWith("=?") ? QByteArray::fromBase64(word.mid(10, word.size() - 12)) : word + ' ';
    }
    if (expected.startsWith("=?")) {
        QCOMPARE(QString::fromUtf8(decoded), longText);
    }
}

void TestOutbox::addressProblems_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("serverTakesUtf8");
    QTest::addColumn<bool>("usable");
    QTest::newRow("plain") << QStringLiteral("claire.martin@example.fr") << false << true;
    QTest::newRow("empty") << QString() << false << false;
    QTest::newRow("no at") << QStringLiteral("claire.martin.example.fr") << false << false;
    QTest::newRow("no dot in domain") << QStringLiteral("claire@localhost") << false << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@example.fr") << false << false;
    QTest::newRow("space") << QStringLiteral("claire martin@example.fr") << false << false;
    QTest::newRow("double dot") << QStringLiteral("claire..martin@example.fr") << false << false;
    QTest::newRow("accent without SMTPUTF8") << QStringLiteral("émilie.martin@exemple.fr") << false << false;
    QTest::newRow("accent with SMTPUTF8") << QStringLiteral("émilie.martin@exemple.fr") << true << true;
}

void TestOutbox::addressProblems()
{
    QFETCH(QString, address);
    QFETCH(bool, serverTakesUtf8);
    QFETCH(bool, usable);
    QCOMPARE(MailHeader::addressProblem(address, serverTakesUtf8).isEmpty(), usable);
}

void TestOutbox::deliversEachMessageOnceOverOneConnection()
{
    const qint64 visit = addEvent(QStringLiteral("SI2018-000001"), QStringLiteral("claire@") + m_domain,
        QStringLiteral("Claire Martin"));
    const qint64 forum = addEvent(QStringLiteral("SI2018-000002"),
        QStringLiteral("emilie.lefevre@") + m_domain, QStringLiteral("Émilie Lefèvre-Château"));
    QVERIFY(m_db->beginWrite());
    const StoreResult<QString> assigned = LabelNumberRepository(*m_db).assign(forum, 2018);
    QVERIFY2(assigned.ok(), qPrintable(assigned.message));
    const QString number = *assigned;
    QVERIFY(m_db->connection().commit());
    const QString accented
        = QStringLiteral("Votre événement « Visite de l'usine » est labellisé — Semaine de l'industrie 2018");
    const qint64 plainId = queue(visit, QStringLiteral("claire@") + m_domain, QStringLiteral("Claire Martin"),
        QStringLiteral("Demande SI2018-000001"));
    const qint64 accentedId = queue(forum, QStringLiteral("emilie.lefevre@") + m_domain,
        QStringLiteral("Émilie Lefèvre-Château"), accented, OutboxMessage::Attachment::Attestation);
    QVERIFY(plainId > 0 && accentedId > 0);
    QCOMPARE(m_outbox->waitingCount().value(), 2);

    const OutboxSender::Counts counts = send(settings());
    QVERIFY2(counts.stoppedBecause.isEmpty(), qPrintable(counts.stoppedBecause));
    QCOMPARE(counts.sent, 2);
    QCOMPARE(counts.failed, 0);
    // A second run has nothing to send.
    QCOMPARE(send(settings()).sent, 0);
    QCOMPARE(m_outbox->waitingCount().value(), 0);
    QCOMPARE(m_outbox->countByState()->value(OutboxMessage::State::Sent), 2);
    QCOMPARE(connections(), 1); // one for the run's messages; none for a run without any

    const QJsonArray messages = received(true);
    QCOMPARE(messages.size(), 2);
    QHash<QString, QJsonObject> byRecipient;
    for (const QJsonValue& value : messages) {
        byRecipient.insert(value[QLatin1String("rcpt")].toString(), value.toObject());
    }
    const QJsonObject first = byRecipient.value(QStringLiteral("claire@") + m_domain);
    QCOMPARE(first[QLatin1String("subject")].toString(), QStringLiteral("Demande SI2018-000001"));
    QCOMPARE(first[QLatin1String("messageId")].toString(),
        QStringLiteral("<outbox-%1.2018@semaine.example.fr>").arg(plainId));
    QVERIFY(first[QLatin1String("body")].toString().startsWith(
        QStringLiteral("Bonjour Claire Martin,\n\nVotre événement est labellisé.")));
    QCOMPARE(first[QLatin1String("from")].toString(),
        QStringLiteral("\"Comité de la Semaine de l'industrie\" <label@semaine.example.fr>")
            .remove(QLatin1Char('"')));
    QVERIFY(first[QLatin1String("attachments")].toArray().isEmpty());

    const QJsonObject second = byRecipient.value(QStringLiteral("emilie.lefevre@") + m_domain);
    QCOMPARE(second[QLatin1String("subject")].toString(), accented);
    QCOMPARE(second[QLatin1String("to")].toString(),
        QStringLiteral("Émilie Lefèvre-Château <emilie.lefevre@%1>").arg(m_domain));
    const QJsonArray attachments = second[QLatin1String("attachments")].toArray();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments[0][QLatin1String("type")].toString(), QStringLiteral("application/pdf"));
    QCOMPARE(attachments[0][QLatin1String("filename")].toString(),
        QStringLiteral("attestation-%1.pdf").arg(number));
    const QString pdfText = attachments[0][QLatin1String("text")].toString();
    QVERIFY2(pdfText.contains(m_titles.value(forum)) && pdfText.contains(number), qPrintable(pdfText));

    const StoreResult<OutboxMessage> sent = m_outbox->find(accentedId);
    QCOMPARE(sent->state, OutboxMessage::State::Sent);
    QCOMPARE(sent->messageId, QStringLiteral("outbox-%1.2018@semaine.example.fr").arg(accentedId));
    QVERIFY2(sent->serverReply.startsWith(QLatin1String("250 ")), qPrintable(sent->serverReply));
    QVERIFY(sent->sentAt.isValid());
    QCOMPARE(sent->attempts, 1);
}

void TestOutbox::rejectedRecipientFailsWithTheReason()
{
    const QString address = QStringLiteral("reject.me@") + m_domain;
    const qint64 id
        = queue(addEvent(QStringLiteral("SI2018-000001"), address, {}), address, {}, QStringLiteral("Refus"));
    const OutboxSender::Counts counts = send(settings());
    QCOMPARE(counts.failed, 1);
    QCOMPARE(counts.sent, 0);
    const StoreResult<OutboxMessage> failed = m_outbox->find(id);
    QCOMPARE(failed->state, OutboxMessage::State::Failed);
    QCOMPARE(failed->errorCode, 550);
    QVERIFY2(failed->lastError.contains(QLatin1String("Recipient address rejected")),
        qPrintable(failed->lastError));
    QVERIFY(received().isEmpty());
    // Failed for good: the next run leaves it.
    QCOMPARE(send(settings()).failed, 0);
}

void TestOutbox::busyServerDefersWithBackoff()
{
    const QString address = QStringLiteral("busy.mailbox@") + m_domain;
    const qint64 id = queue(
        addEvent(QStringLiteral("SI2018-000001"), address, {}), address, {}, QStringLiteral("Plus tard"));
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const OutboxSender::Counts counts = send(settings());
    QCOMPARE(counts.deferred, 1);
    const StoreResult<OutboxMessage> deferred = m_outbox->find(id);
    QCOMPARE(deferred->state, OutboxMessage::State::Queued);
    QCOMPARE(deferred->errorCode, 451);
    QCOMPARE(deferred->attempts, 1);
    QVERIFY(deferred->nextAttemptAt >= before.addSecs(5 * 60 - 1));
    // Not due yet: the next run leaves it.
    QCOMPARE(send(settings()).deferred, 0);
    QCOMPARE(OutboxSender::nextAttempt(3, before), before.addSecs(45 * 60));
    QCOMPARE(OutboxSender::nextAttempt(20, before), before.addSecs(6 * 3600));
}

void TestOutbox::unusableAddressesFailWithTheReason_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QString() << QStringLiteral("no contact e-mail address");
    QTest::newRow("malformed") << QStringLiteral("claire.martin(at)example.fr")
                               << QStringLiteral("not a valid e-mail address");
    QTest::newRow("not ASCII") << QStringLiteral("émilie.martin@exemple.fr") << QStringLiteral("SMTPUTF8");
}

void TestOutbox::unusableAddressesFailWithTheReason()
{
    QFETCH(QString, address);
    QFETCH(QString, reason);
    const qint64 id
        = queue(addEvent(QStringLiteral("SI2018-000001"), address, {}), address, {}, QStringLiteral("Label"));
    const OutboxSender::Counts counts = send(settings());
    QVERIFY2(counts.stoppedBecause.isEmpty(), qPrintable(counts.stoppedBecause));
    QCOMPARE(counts.failed, 1);
    const StoreResult<OutboxMessage> failed = m_outbox->find(id);
    QCOMPARE(failed->state, OutboxMessage::State::Failed);
    QVERIFY2(failed->lastError.contains(reason), qPrintable(failed->lastError));
}

void TestOutbox::unreachableServerLeavesTheQueue()
{
    const QString address = QStringLiteral("claire@") + m_domain;
    const qint64 id
        = queue(addEvent(QStringLiteral("SI2018-000001"), address, {}), address, {}, QStringLiteral("Label"));
    SmtpSettings down = settings();
    // A port where nothing listens: the one of a socket just closed.
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        down.url = QStringLiteral("smtp://127.0.0.1:%1").arg(probe.serverPort());
    }
    const OutboxSender::Counts counts = send(down);
    QVERIFY(!counts.stoppedBecause.isEmpty());
    QCOMPARE(counts.sent + counts.failed + counts.deferred, 0);
    StoreResult<OutboxMessage> waiting = m_outbox->find(id);
    QCOMPARE(waiting->state, OutboxMessage::State::Queued);
    QCOMPARE(waiting->attempts, 0);
    QVERIFY(!waiting->nextAttemptAt.isValid());
    QVERIFY(!waiting->lastError.isEmpty());
    // The server is back: the next run sends it.
    QCOMPARE(send(settings()).sent, 1);
    QCOMPARE(m_outbox->find(id)->state, OutboxMessage::State::Sent);
    QCOMPARE(received().size(), 1);
}

void TestOutbox::plainServerRefusedUnlessAllowed()
{
    const QString address = QStringLiteral("claire@") + m_domain;
    const qint64 id
        = queue(addEvent(QStringLiteral("SI2018-000001"), address, {}), address, {}, QStringLiteral("Label"));
    SmtpSettings tlsOnly = settings();
    tlsOnly.allowPlain = false;
    const OutboxSender::Counts counts = send(tlsOnly);
    QVERIFY2(counts.stoppedBecause.contains(QLatin1String("TLS")), qPrintable(counts.stoppedBecause));
    QCOMPARE(m_outbox->find(id)->state, OutboxMessage::State::Queued);
    QVERIFY(received().isEmpty());
}

void TestOutbox::messageOfADeadSenderIsSentAgainRecognisably()
{
    const QString address = QStringLiteral("claire@") + m_domain;
    const qint64 id
        = queue(addEvent(QStringLiteral("SI2018-000001"), address, {}), address, {}, QStringLiteral("Label"));
    // A sender takes the message and delivers it, then dies before marking it sent.
    const QDateTime then = QDateTime::currentDateTimeUtc();
    const StoreResult<std::optional<OutboxMessage>> claimed
        = m_outbox->claim(QStringLiteral("dead"), then, then.addSecs(-60));
    QVERIFY2(claimed.ok(), qPrintable(claimed.message));
    const std::optional<OutboxMessage> taken = *claimed;
    QVERIFY(taken && taken->id == id);
    const SmtpSettings smtp = settings();
    SmtpConnection connection(smtp);
    const QString messageId = OutboxSender::messageId(*taken, smtp.from);
    QCOMPARE(connection
                 .send({ smtp.from, smtp.fromName, {}, address, {}, taken->subject, taken->body, messageId,
                     {}, {} })
                 .outcome,
        SmtpReply::Outcome::Sent);
    QCOMPARE(m_outbox->find(id)->state, OutboxMessage::State::Sending);
    // A run within the staleness delay leaves it to the sender that holds it.
    QCOMPARE(send(smtp).sent, 0);
    // Once stale, another run sends it again, with the same Message-ID.
    OutboxSender sender(*m_outbox, smtp);
    sender.setStaleAfter(0);
    QCOMPARE(sender.run().sent, 1);
    QCOMPARE(m_outbox->find(id)->state, OutboxMessage::State::Sent);
    QCOMPARE(m_outbox->find(id)->attempts, 2);
    const QJsonArray messages = received();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(
        messages[0][QLatin1String("messageId")].toString(), QLatin1Char('<') + messageId + QLatin1Char('>'));
    QCOMPARE(
        messages[1][QLatin1String("messageId")].toString(), QLatin1Char('<') + messageId + QLatin1Char('>'));
}

void TestOutbox::twoSendersNeverSendTheSameMessage()
{
    constexpr int count = 40;
    QList<qint64> ids;
    for (int i = 1; i <= count; ++i) {
        const QString address = QStringLiteral("organiser%1@").arg(i) + m_domain;
        ids.append(queue(addEvent(QStringLiteral("SI2018-%1").arg(i, 6, 10, QLatin1Char('0')), address, {}),
            address, {}, QStringLiteral("Message %1").arg(i)));
    }
    // Two workstations: each its own connection to the store, in its own thread.
    const SmtpSettings smtp = settings();
    const auto workstation = [&] {
        Database db;
        if (!db.open(m_location)) {
            return OutboxSender::Counts { 0, 0, 0, db.errorString() };
        }
        OutboxRepository outbox(db);
        return OutboxSender(outbox, smtp).run();
    };
    QFuture<OutboxSender::Counts> one = QtConcurrent::run(workstation);
    QFuture<OutboxSender::Counts> two = QtConcurrent::run(workstation);
    const OutboxSender::Counts a = one.result();
    const OutboxSender::Counts b = two.result();
    QVERIFY2(a.stoppedBecause.isEmpty() && b.stoppedBecause.isEmpty(),
        qPrintable(a.stoppedBecause + b.stoppedBecause));
    QCOMPARE(a.sent + b.sent, count);
    const QJsonArray messages = received();
    QCOMPARE(messages.size(), count);
    QSet<QString> recipients;
    for (const QJsonValue& message : messages) {
        recipients.insert(message[QLatin1String("rcpt")].toString());
    }
    QCOMPARE(recipients.size(), count);
    QCOMPARE(m_outbox->countByState()->value(OutboxMessage::State::Sent), count);
}

QList<qint64> TestOutbox::queueAttestations(int count, QStringList* numbers)
{
    QList<qint64> ids;
    for (int n = 1; n <= count; ++n) {
        const QString address = QStringLiteral("n%1@").arg(n) + m_domain;
        const qint64 eventId
            = addEvent(QStringLiteral("SI2018-%1").arg(n, 6, 10, QLatin1Char('0')), address, {});
        if (!m_db->beginWrite()) {
            return {};
        }
        numbers->append(LabelNumberRepository(*m_db).assign(eventId, 2018).value_or(QString()));
        if (!m_db->connection().commit()) {
            return {};
        }
        ids.append(queue(
            eventId, address, {}, QStringLiteral("Label %1").arg(n), OutboxMessage::Attachment::Attestation));
    }
    return ids;
}

void TestOutbox::checkEachAttestationIsItsOwn(const QStringList& numbers, const QList<int>& expected)
{
    const QJsonArray messages = received(true);
    QList<int> arrived;
    for (const QJsonValue& message : messages) {
        const int n
            = message[QLatin1String("rcpt")].toString().section(QLatin1Char('@'), 0, 0).mid(1).toInt();
        arrived.append(n);
        const QJsonArray attachments = message[QLatin1String("attachments")].toArray();
        QCOMPARE(attachments.size(), 1);
        const QString number = numbers.value(n - 1);
        QCOMPARE(attachments[0][QLatin1String("filename")].toString(),
            QStringLiteral("attestation-%1.pdf").arg(number));
        const QString pdfText = attachments[0][QLatin1String("text")].toString();
        for (const QString& other : numbers) {
            QVERIFY2(pdfText.contains(other) == (other == number),
                qPrintable(QStringLiteral("%1 in %2's attestation: %3").arg(other, number, pdfText)));
        }
    }
    std::sort(arrived.begin(), arrived.end());
    QCOMPARE(arrived, expected);
}

void TestOutbox::attestationMadeAheadGoesWithItsOwnMessage()
{
    QStringList numbers;
    const QList<qint64> ids = queueAttestations(4, &numbers);
    QCOMPARE(ids.size(), 4);
    QVERIFY(!numbers.contains(QString()));
    // While the first message leaves, the second's attestation is made ahead; a reviewer then
    // cancels the second, so that the third is claimed instead and must carry its own.
    const OutboxSender::Counts counts
        = OutboxSender(*m_outbox, settings(), AttestationAttachment::maker(*m_db))
              .run([&](const OutboxSender::Counts& sofar) {
                  if (sofar.sent == 1 && m_outbox->find(ids[1])->state == OutboxMessage::State::Queued) {
                      m_outbox->cancel(ids[1]);
                  }
                  return true;
              });
    QVERIFY2(counts.stoppedBecause.isEmpty(), qPrintable(counts.stoppedBecause));
    QCOMPARE(counts.sent, 3);
    QCOMPARE(m_outbox->find(ids[1])->state, OutboxMessage::State::Cancelled);
    QCOMPARE(connections(), 1);
    checkEachAttestationIsItsOwn(numbers, { 1, 3, 4 });
}

void TestOutbox::stoppingMidRunLeavesTheRestQueued()
{
    QStringList numbers;
    const QList<qint64> ids = queueAttestations(5, &numbers);
    QCOMPARE(ids.size(), 5);
    // Looking at the next message does not take it.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QCOMPARE(m_outbox->nextDue(now, now.addSecs(-900)).value()->id, ids[0]);
    QCOMPARE(m_outbox->find(ids[0])->state, OutboxMessage::State::Queued);

    // Stopped (the window's "Stop") after two messages, while the third's attestation was being
    // made ahead: the third and the others stay queued, never tried, none left "sending".
    const OutboxSender::Counts stopped
        = OutboxSender(*m_outbox, settings(), AttestationAttachment::maker(*m_db))
              .run([](const OutboxSender::Counts& sofar) { return sofar.sent < 2; });
    QVERIFY2(stopped.stoppedBecause.isEmpty(), qPrintable(stopped.stoppedBecause));
    QCOMPARE(stopped.sent, 2);
    for (int i = 0; i < ids.size(); ++i) {
        const StoreResult<OutboxMessage> message = m_outbox->find(ids[i]);
        QCOMPARE(message->state, i < 2 ? OutboxMessage::State::Sent : OutboxMessage::State::Queued);
        QCOMPARE(message->attempts, i < 2 ? 1 : 0);
    }
    checkEachAttestationIsItsOwn(numbers, { 1, 2 });

    // The next run sends the rest, each once, each with its own attestation.
    QCOMPARE(send(settings()).sent, 3);
    QCOMPARE(m_outbox->waitingCount().value(), 0);
    checkEachAttestationIsItsOwn(numbers, { 1, 2, 3, 4, 5 });
}

void TestOutbox::cancelAndRetry()
{
    const QString address = QStringLiteral("reject.first@") + m_domain;
    const qint64 eventId = addEvent(QStringLiteral("SI2018-000001"), address, {});
    const qint64 failing = queue(eventId, address, {}, QStringLiteral("Label"));
    QCOMPARE(send(settings()).failed, 1);
    // A reviewer retries a failed message; cancelling it before it leaves.
    QVERIFY(m_outbox->retry(failing));
    QCOMPARE(m_outbox->find(failing)->state, OutboxMessage::State::Queued);
    QVERIFY(!m_outbox->retry(failing));
    QVERIFY(m_outbox->cancel(failing));
    QCOMPARE(m_outbox->find(failing)->state, OutboxMessage::State::Cancelled);
    QVERIFY(!m_outbox->cancel(failing));
    // A reopened decision cancels what has not left, not what has.
    const qint64 queued = queue(eventId, QStringLiteral("claire@") + m_domain, {}, QStringLiteral("Refus"));
    const qint64 sent = queue(eventId, QStringLiteral("claire@") + m_domain, {}, QStringLiteral("Info"));
    QVERIFY(m_outbox->claim(QStringLiteral("x"), QDateTime::currentDateTimeUtc(), QDateTime()).value());
    QVERIFY(m_outbox
            ->markSent(queued, QStringLiteral("m"), QStringLiteral("250 Ok"), QDateTime::currentDateTimeUtc())
            .ok());
    QVERIFY(m_db->beginWrite());
    QCOMPARE(m_outbox->cancelUnsent(eventId).value(), 1);
    QVERIFY(m_db->connection().commit());
    QCOMPARE(m_outbox->find(queued)->state, OutboxMessage::State::Sent);
    QCOMPARE(m_outbox->find(sent)->state, OutboxMessage::State::Cancelled);
    QCOMPARE(m_outbox->forEvent(eventId)->size(), 3);
    QCOMPARE(m_outbox->list(OutboxMessage::State::Cancelled)->size(), 2);
}

void TestOutbox::decisionQueuesItsLetter_data()
{
    QTest::addColumn<EventStatus>("decision");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("inBody");
    QTest::newRow("label") << EventStatus::Labelled << QString() << QStringLiteral("labelled")
                           << QStringLiteral("SI2018-L-00001");
    QTest::newRow("refusal") << EventStatus::Refused
                             << QStringLiteral("L'événement est payant : le label exige un accès gratuit.")
                             << QStringLiteral("refused") << QStringLiteral("L'événement est payant");
    QTest::newRow("information") << EventStatus::InformationRequested
                                 << QStringLiteral("Le programme de la journée.")
                                 << QStringLiteral("info_requested")
                                 << QStringLiteral("Le programme de la journée.");
}

void TestOutbox::decisionQueuesItsLetter()
{
    QFETCH(EventStatus, decision);
    QFETCH(QString, reason);
    QFETCH(QString, kind);
    QFETCH(QString, inBody);
    const QString address = QStringLiteral("claire@") + m_domain;
    const qint64 id = addEvent(QStringLiteral("SI2018-000001"), address, QStringLiteral("Claire Martin"));
    Decisions events(*m_db);
    EventRepository requests(*m_db);
    QVERIFY(events.assign(id, 1, QStringLiteral("alice"), QStringLiteral("alice")).ok());
    const WriteResult decided = events.changeStatus(id, 2, decision, reason, QStringLiteral("alice"));
    QVERIFY2(decided.ok(), qPrintable(decided.message));
    const QList<OutboxMessage> messages = m_outbox->forEvent(id).value();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().kind, kind);
    QCOMPARE(messages.first().state, OutboxMessage::State::Queued);
    QCOMPARE(messages.first().recipient, address);
    QCOMPARE(messages.first().recipientName, QStringLiteral("Claire Martin"));
    QVERIFY(!messages.first().subject.isEmpty());
    QVERIFY2(messages.first().body.contains(inBody), qPrintable(messages.first().body));
    QCOMPARE(messages.first().attachment == OutboxMessage::Attachment::Attestation,
        decision == EventStatus::Labelled);
    QCOMPARE(LabelNumberRepository(*m_db).find(id)->isEmpty(), decision != EventStatus::Labelled);
    // Delivered with its attestation.
    QCOMPARE(send(settings()).sent, 1);
    const QJsonArray received = this->received(true);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0][QLatin1String("subject")].toString(), messages.first().subject);
    if (decision == EventStatus::Labelled) {
        const QString pdfText
            = received[0][QLatin1String("attachments")][0][QLatin1String("text")].toString();
        QVERIFY2(pdfText.contains(QStringLiteral("SI2018-L-00001")) && pdfText.contains(m_titles.value(id)),
            qPrintable(pdfText));
    }
}

void TestOutbox::reopeningCancelsAndRelabellingKeepsTheNumber()
{
    const QString address = QStringLiteral("claire@") + m_domain;
    addEvent(QStringLiteral("SI2018-000001"), QStringLiteral("other@") + m_domain, {});
    const qint64 id = addEvent(QStringLiteral("SI2018-000002"), address, {});
    Decisions events(*m_db);
    EventRepository requests(*m_db);
    QVERIFY(events.changeStatus(id, 1, EventStatus::InReview, {}, QStringLiteral("alice")).ok());
    QVERIFY(events.changeStatus(id, 2, EventStatus::Labelled, {}, QStringLiteral("alice")).ok());
    const QString number = LabelNumberRepository(*m_db).find(id).value();
    QCOMPARE(number, QStringLiteral("SI2018-L-00001"));
    QVERIFY(events
            .changeStatus(
                id, 3, EventStatus::InReview, QStringLiteral("Erreur de date"), QStringLiteral("alice"))
            .ok());
    QList<OutboxMessage> messages = m_outbox->forEvent(id).value();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().state, OutboxMessage::State::Cancelled);
    QVERIFY(events.changeStatus(id, 4, EventStatus::Labelled, {}, QStringLiteral("alice")).ok());
    QCOMPARE(LabelNumberRepository(*m_db).find(id).value(), number);
    messages = m_outbox->forEvent(id).value();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.last().state, OutboxMessage::State::Queued);
    QVERIFY(messages.last().body.contains(number));
}

void TestOutbox::decisionAndMessageRollBackTogether()
{
    const qint64 id = addEvent(QStringLiteral("SI2018-000001"), QStringLiteral("claire@") + m_domain, {});
    Decisions events(*m_db);
    EventRepository requests(*m_db);
    QVERIFY(events.changeStatus(id, 1, EventStatus::InReview, {}, QStringLiteral("alice")).ok());
    const int auditRows = int(AuditTrail(*m_db).of(id)->size());
    // The message cannot be written (a trigger refuses it): the decision is not written either.
    QVERIFY(refuseOutbox(true));
    const WriteResult refused
        = events.changeStatus(id, 2, EventStatus::Labelled, {}, QStringLiteral("alice"));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message.contains(QLatin1String("outbox refused")), qPrintable(refused.message));
    QCOMPARE(requests.find(id)->status, EventStatus::InReview);
    QCOMPARE(requests.find(id)->version, 2);
    QCOMPARE(int(AuditTrail(*m_db).of(id)->size()), auditRows);
    QVERIFY(LabelNumberRepository(*m_db).find(id)->isEmpty());
    QVERIFY(m_outbox->forEvent(id)->isEmpty());
    // And a decision refused (a stale version) writes no message.
    QVERIFY(refuseOutbox(false));
    QCOMPARE(events.changeStatus(id, 1, EventStatus::Labelled, {}, QStringLiteral("alice")).status,
        WriteResult::Status::Conflict);
    QVERIFY(m_outbox->forEvent(id)->isEmpty());
    QVERIFY(events.changeStatus(id, 2, EventStatus::Labelled, {}, QStringLiteral("alice")).ok());
    QCOMPARE(m_outbox->forEvent(id)->size(), 1);
}

// A message written from the event form: queued with its audit entry, or neither.
void TestOutbox::freeMessageAndItsAuditExistTogether()
{
    const QString address = QStringLiteral("claire@") + m_domain;
    const qint64 id = addEvent(QStringLiteral("SI2018-000001"), address, QStringLiteral("Claire Martin"));
    const int auditRows = int(AuditTrail(*m_db).of(id)->size());
    const auto message = [&](const QString& subject) {
        OutboxMessage written;
        written.eventId = id;
        written.recipient = address;
        written.recipientName = QStringLiteral("Claire Martin");
        written.subject = subject;
        written.body = QStringLiteral("Bonjour,\n\nPourriez-vous nous envoyer le programme ?");
        written.who = QStringLiteral("alice");
        return written;
    };
    OutboxMessage written = message(QStringLiteral("Votre programme"));
    const WriteResult queued = FreeMessage(*m_db).queue(written);
    QVERIFY2(queued.ok(), qPrintable(queued.message));
    QVERIFY(written.id > 0);
    QList<OutboxMessage> messages = m_outbox->forEvent(id).value();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().kind, QStringLiteral("free"));
    QCOMPARE(messages.first().state, OutboxMessage::State::Queued);
    QCOMPARE(messages.first().subject, QStringLiteral("Votre programme"));
    QList<AuditEntry> audit = *AuditTrail(*m_db).of(id);
    QCOMPARE(int(audit.size()), auditRows + 1);
    QCOMPARE(audit.last().action, QStringLiteral("message"));
    QCOMPARE(audit.last().reason, QStringLiteral("Votre programme"));
    QVERIFY(!audit.last().newStatus);
    // The outbox refuses the next one (a trigger): no audit entry either.
    QVERIFY(refuseOutbox(true));
    written = message(QStringLiteral("Relance"));
    const WriteResult refused = FreeMessage(*m_db).queue(written);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message.contains(QLatin1String("outbox refused")), qPrintable(refused.message));
    QCOMPARE(m_outbox->forEvent(id)->size(), 1);
    QCOMPARE(int(AuditTrail(*m_db).of(id)->size()), auditRows + 1);
    // Delivered like a decision's letter.
    QVERIFY(refuseOutbox(false));
    QCOMPARE(send(settings()).sent, 1);
    const QJsonArray received = this->received();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0][QLatin1String("subject")].toString(), QStringLiteral("Votre programme"));
}

QTEST_MAIN(TestOutbox)
#include "tst_outbox.moc"
