// Every write of the outbox, the label numbers, the decisions (their audit and messages), the letter
// templates, the queue's index, the previous edition's figures, the export snapshots, the reviewer's notes
// and the editions, made to fail (a table gone, the connection closed): each answers with a failure and the
// engine's message, never with a silent success. The twin of tst_storereaderrors for the writes.

#include "TestData.h"
#include "TestStore.h"
#include "db/Database.h"
#include "db/DecisionMail.h"
#include "db/Decisions.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/ExportSnapshotRepository.h"
#include "db/LabelNumberRepository.h"
#include "db/LetterTemplateRepository.h"
#include "db/OutboxRepository.h"
#include "db/QueueIndex.h"
#include "db/RequestStore.h"
#include "db/StatisticsRepository.h"
#include "db/StoreCopy.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestStoreWriteErrors : public QObject {
    Q_OBJECT

public:
    enum class Write {
        QueueMessage,
        CancelUnsentMessages,
        ClaimMessage,
        MarkSent,
        MarkFailed,
        MarkRetry,
        RetryMessage,
        CancelMessage,
        AssignLabelNumber,
        RecordDecisionMail,
        Decide,
        SaveLetterTemplate,
        IndexRequest,
        InvalidateEdition,
        MarkIndexCurrent,
        SetPreviousFigures,
        RecordExportSnapshot,
        SaveReviewerNotes,
        SaveEdition,
    };
    Q_ENUM(Write)

private slots:
    void init();
    void cleanup();
    void writesSucceedOnAWholeStore_data();
    void writesSucceedOnAWholeStore();
    void aFailedWriteSaysWhy_data();
    void aFailedWriteSaysWhy();
    void aFailedCopySaysWhy_data();
    void aFailedCopySaysWhy();

private:
    StoreResult<void> run(Write write);
    qint64 queueMessage();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    Event m_event;
    // Messages of m_event in each state that a write starts from.
    qint64 m_failed = 0;
    qint64 m_sending = 0;
    qint64 m_queued = 0;
};

qint64 TestStoreWriteErrors::queueMessage()
{
    OutboxMessage message;
    message.eventId = m_event.id;
    message.kind = QStringLiteral("free");
    message.recipient = QStringLiteral("contact@example.org");
    message.subject = QStringLiteral("Votre événement");
    message.body = QStringLiteral("Bonjour");
    Transaction transaction(*m_database);
    if (!OutboxRepository(*m_database).queue(message) || !transaction.commit()) {
        return 0;
    }
    return message.id;
}

void TestStoreWriteErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(TestStore::create(*m_dir)), qPrintable(m_database->errorString()));
    m_event = passingEvent();
    const WriteResult stored = RequestStore(*m_database).insert(m_event, QStringLiteral("test"));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    OutboxRepository outbox(*m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Taken in the order they were queued: the first fails, the second is being sent.
    m_failed = queueMessage();
    m_sending = queueMessage();
    m_queued = queueMessage();
    QVERIFY(m_failed != 0 && m_sending != 0 && m_queued != 0);
    QCOMPARE(outbox.claim(QStringLiteral("test"), now, now.addSecs(-900)).value()->id, m_failed);
    QVERIFY(outbox.markFailed(m_failed, 550, QStringLiteral("5.1.1 no such mailbox")).ok());
    QCOMPARE(outbox.claim(QStringLiteral("test"), now, now.addSecs(-900)).value()->id, m_sending);
}

void TestStoreWriteErrors::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

StoreResult<void> TestStoreWriteErrors::run(Write write)
{
    OutboxRepository outbox(*m_database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The writes made inside a caller's transaction (a decision's) are given one here.
    const auto inTransaction = [this](const auto& writeIt) {
        Transaction transaction(*m_database);
        const WriteResult written = writeIt();
        return written ? transaction.commit() : written;
    };
    switch (write) {
    case Write::QueueMessage:
        return inTransaction([&] {
            OutboxMessage message;
            message.eventId = m_event.id;
            message.kind = QStringLiteral("free");
            message.subject = QStringLiteral("Encore");
            return outbox.queue(message);
        });
    case Write::CancelUnsentMessages:
        return inTransaction([&] { return WriteResult(outbox.cancelUnsent(m_event.id)); });
    case Write::ClaimMessage:
        return outbox.claim(QStringLiteral("test"), now, now.addSecs(-900));
    case Write::MarkSent:
        return outbox.markSent(m_sending, QStringLiteral("<m@example.org>"), QStringLiteral("250 Ok"), now);
    case Write::MarkFailed:
        return outbox.markFailed(m_sending, 550, QStringLiteral("5.1.1 no such mailbox"));
    case Write::MarkRetry:
        return outbox.markRetry(m_sending, 421, QStringLiteral("4.3.2 try later"), now.addSecs(300));
    case Write::RetryMessage:
        return outbox.retry(m_failed);
    case Write::CancelMessage:
        return outbox.cancel(m_queued);
    case Write::AssignLabelNumber:
        return inTransaction(
            [&] { return WriteResult(LabelNumberRepository(*m_database).assign(m_event.id, 2018)); });
    case Write::RecordDecisionMail:
        return inTransaction([&] {
            return DecisionMail(*m_database)
                .record(m_event, EventStatus::Submitted, EventStatus::Labelled, {}, QStringLiteral("alice"));
        });
    case Write::Decide:
        return Decisions(*m_database)
            .changeStatus(m_event.id, m_event.version, EventStatus::Labelled, {}, QStringLiteral("alice"));
    case Write::SaveLetterTemplate:
        return LetterTemplateRepository(*m_database)
            .save(LetterKind::Refused, QLocale::French,
                LetterTemplate(QStringLiteral("Votre demande"), QStringLiteral("Bonjour,\n\nNon.")), 1,
                QStringLiteral("alice"));
    case Write::IndexRequest:
        return inTransaction([&] { return QueueIndex(*m_database).store({ m_event }); });
    case Write::InvalidateEdition:
        return inTransaction([&] { return QueueIndex(*m_database).invalidate(2018); });
    case Write::MarkIndexCurrent:
        return inTransaction([&] { return QueueIndex(*m_database).markCurrent(); });
    case Write::SetPreviousFigures:
        return StatisticsRepository(*m_database)
            .setPreviousFigures(2018, { { QStringLiteral("29"), { 31, 4000 } } });
    case Write::RecordExportSnapshot: {
        ExportSnapshot snapshot;
        snapshot.editionYear = 2018;
        snapshot.exportedAt = now;
        snapshot.who = QStringLiteral("alice");
        snapshot.format = QStringLiteral("csv");
        snapshot.filter = QStringLiteral("labelled");
        snapshot.rows << ExportSnapshot::Row { m_event.requestId, m_event.title, QByteArray("h") };
        return ExportSnapshotRepository(*m_database).record(snapshot);
    }
    case Write::SaveReviewerNotes:
        return RequestStore(*m_database).saveReviewerNotes(m_event.id, QStringLiteral("À rappeler"));
    case Write::SaveEdition:
        return EditionRepository(*m_database).save(edition2018());
    }
    return StoreResult<void>::failure(StoreStatus::Failed, QStringLiteral("unknown write"));
}

void TestStoreWriteErrors::writesSucceedOnAWholeStore_data()
{
    QTest::addColumn<Write>("write");
    QTest::newRow("queue a message") << Write::QueueMessage;
    QTest::newRow("cancel unsent messages") << Write::CancelUnsentMessages;
    QTest::newRow("claim a message") << Write::ClaimMessage;
    QTest::newRow("mark sent") << Write::MarkSent;
    QTest::newRow("mark failed") << Write::MarkFailed;
    QTest::newRow("mark for a retry") << Write::MarkRetry;
    QTest::newRow("retry a message") << Write::RetryMessage;
    QTest::newRow("cancel a message") << Write::CancelMessage;
    QTest::newRow("assign a label number") << Write::AssignLabelNumber;
    QTest::newRow("record a decision's mail") << Write::RecordDecisionMail;
    QTest::newRow("decide") << Write::Decide;
    QTest::newRow("save a letter template") << Write::SaveLetterTemplate;
    QTest::newRow("index a request") << Write::IndexRequest;
    QTest::newRow("invalidate an edition's index") << Write::InvalidateEdition;
    QTest::newRow("mark the index current") << Write::MarkIndexCurrent;
    QTest::newRow("set the previous figures") << Write::SetPreviousFigures;
    QTest::newRow("record an export snapshot") << Write::RecordExportSnapshot;
    QTest::newRow("save reviewer notes") << Write::SaveReviewerNotes;
    QTest::newRow("save an edition") << Write::SaveEdition;
}

// The same writes on the store before it is broken: the failures below are the breakage's.
void TestStoreWriteErrors::writesSucceedOnAWholeStore()
{
    QFETCH(Write, write);
    const StoreResult<void> result = run(write);
    QVERIFY2(result.ok(), qPrintable(result.message));
}

void TestStoreWriteErrors::aFailedWriteSaysWhy_data()
{
    QTest::addColumn<Write>("write");
    QTest::addColumn<QString>("table"); // the one renamed away; empty: the connection is closed
    const QList<std::tuple<const char*, Write, const char*>> writes {
        { "queue a message", Write::QueueMessage, "outbox" },
        { "cancel unsent messages", Write::CancelUnsentMessages, "outbox" },
        { "claim a message", Write::ClaimMessage, "outbox" },
        { "mark sent", Write::MarkSent, "outbox" },
        { "mark failed", Write::MarkFailed, "outbox" },
        { "mark for a retry", Write::MarkRetry, "outbox" },
        { "retry a message", Write::RetryMessage, "outbox" },
        { "cancel a message", Write::CancelMessage, "outbox" },
        { "assign a label number", Write::AssignLabelNumber, "label_counter" },
        { "record a decision's mail", Write::RecordDecisionMail, "outbox" },
        { "decide", Write::Decide, "outbox" },
        { "save a letter template", Write::SaveLetterTemplate, "letter_template" },
        { "index a request", Write::IndexRequest, "event_queue" },
        { "invalidate an edition's index", Write::InvalidateEdition, "event_queue" },
        { "mark the index current", Write::MarkIndexCurrent, "meta" },
        { "set the previous figures", Write::SetPreviousFigures, "previous_territory" },
        { "record an export snapshot", Write::RecordExportSnapshot, "export_snapshot" },
        { "save reviewer notes", Write::SaveReviewerNotes, "event" },
        { "save an edition", Write::SaveEdition, "edition_territory_window" },
    };
    for (const auto& [name, write, table] : writes) {
        QTest::addRow("%s, no %s table", name, table) << write << QString::fromLatin1(table);
        QTest::addRow("%s, connection closed", name) << write << QString();
    }
    // A decision whose audit entry cannot be written did not happen either.
    QTest::newRow("decide, no audit table") << Write::Decide << QStringLiteral("audit");
}

void TestStoreWriteErrors::aFailedWriteSaysWhy()
{
    QFETCH(Write, write);
    QFETCH(QString, table);
    const QString broken = TestStore::breakStore(*m_database, table);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    const StoreResult<void> result = run(write);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, StoreStatus::Failed);
    // The engine's own words follow the write's: not an empty "cannot be saved: ".
    QVERIFY2(!result.message.trimmed().isEmpty() && !result.message.trimmed().endsWith(QLatin1Char(':')),
        qPrintable(result.message));
    if (table.isEmpty()) {
        return;
    }
    QVERIFY2(TestStore::namesMissingTable(result.message, table), qPrintable(result.message));
    if (write != Write::Decide) {
        return;
    }
    // A decision whose message could not be queued did not happen.
    const StoreResult<Event> stored = EventRepository(*m_database).find(m_event.id);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored->status, m_event.status);
    QCOMPARE(stored->version, m_event.version);
}

void TestStoreWriteErrors::aFailedCopySaysWhy_data()
{
    QTest::addColumn<QString>("table"); // the target's, renamed away; empty: its connection is closed
    QTest::newRow("target without export_snapshot_row") << QStringLiteral("export_snapshot_row");
    QTest::newRow("target closed") << QString();
}

// The copy of a store into another (migrate --to) fails with the target's own words.
void TestStoreWriteErrors::aFailedCopySaysWhy()
{
    QFETCH(QString, table);
    Database target;
    QVERIFY2(target.open(TestStore::create(*m_dir, QStringLiteral("target.sqlite"))),
        qPrintable(target.errorString()));
    const StoreResult<StoreCopy::Counts> whole = StoreCopy::copy(*m_database, target);
    QVERIFY2(whole.ok(), qPrintable(whole.message));
    Database broken;
    QVERIFY2(broken.open(TestStore::create(*m_dir, QStringLiteral("broken.sqlite"))),
        qPrintable(broken.errorString()));
    const QString breakage = TestStore::breakStore(broken, table);
    QVERIFY2(breakage.isEmpty(), qPrintable(breakage));
    const StoreResult<StoreCopy::Counts> copied = StoreCopy::copy(*m_database, broken);
    QVERIFY(!copied.ok());
    QCOMPARE(copied.status, StoreStatus::Failed);
    QVERIFY2(!copied.message.trimmed().isEmpty() && !copied.message.trimmed().endsWith(QLatin1Char(':')),
        qPrintable(copied.message));
    if (!table.isEmpty()) {
        QVERIFY2(TestStore::namesMissingTable(copied.message, table), qPrintable(copied.message));
    }
}

QTEST_GUILESS_MAIN(TestStoreWriteErrors)
#include "tst_storewriteerrors.moc"
