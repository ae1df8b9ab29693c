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
#include "db/ExportTemplateRepository.h"
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
        SaveExportTemplate,
        RemoveExportTemplate,
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

    std::unique_ptr<TestStore::StoreWithOneRequest> m_store;
    // Messages of m_store->event in each state that a write starts from.
    qint64 m_failed = 0;
    qint64 m_sending = 0;
    qint64 m_queued = 0;
};

qint64 TestStoreWriteErrors::queueMessage()
{
    OutboxMessage message;
    message.eventId = m_store->event.id;
    message.kind = QStringLiteral("free");
    message.recipient = QStringLiteral("contact@example.org");
    message.subject = QStringLiteral("Votre événement");
    message.body = QStringLiteral("Bonjour");
    Transaction transaction(m_store->database);
    if (!OutboxRepository(m_store->database).queue(message) || !transaction.commit()) {
        return 0;
    }
    return message.id;
}

void TestStoreWriteErrors::init()
{
    m_store = std::make_unique<TestStore::StoreWithOneRequest>();
    const QString opened = m_store->open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    OutboxRepository outbox(m_store->database);
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

void TestStoreWriteErrors::cleanup() { m_store.reset(); }

StoreResult<void> TestStoreWriteErrors::run(Write write)
{
    OutboxRepository outbox(m_store->database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // The writes made inside a caller's transaction (a decision's) are given one here.
    const auto inTransaction = [this](const auto& writeIt) {
        Transaction transaction(m_store->database);
        const WriteResult written = writeIt();
        return written ? transaction.commit() : written;
    };
    switch (write) {
    case Write::QueueMessage:
        return inTransaction([&] {
            OutboxMessage message;
            message.eventId = m_store->event.id;
            message.kind = QStringLiteral("free");
            message.subject = QStringLiteral("Encore");
            return outbox.queue(message);
        });
    case Write::CancelUnsentMessages:
        return inTransaction([&] { return WriteResult(outbox.cancelUnsent(m_store->event.id)); });
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
        return inTransaction([&] {
            return WriteResult(LabelNumberRepository(m_store->database).assign(m_store->event.id, 2018));
        });
    case Write::RecordDecisionMail:
        return inTransaction([&] {
            return DecisionMail(m_store->database)
                .record(m_store->event, EventStatus::Submitted, EventStatus::Labelled, {},
                    QStringLiteral("alice"));
        });
    case Write::Decide:
        return Decisions(m_store->database)
            .changeStatus(m_store->event.id, m_store->event.version, EventStatus::Labelled, {},
                QStringLiteral("alice"));
    case Write::SaveLetterTemplate:
        return LetterTemplateRepository(m_store->database)
            .save(LetterKind::Refused, QLocale::French,
                LetterTemplate(QStringLiteral("Votre demande"), QStringLiteral("Bonjour,\n\nNon.")), 1,
                QStringLiteral("alice"));
    case Write::IndexRequest:
        return inTransaction([&] { return QueueIndex(m_store->database).store({ m_store->event }); });
    case Write::InvalidateEdition:
        return inTransaction([&] { return QueueIndex(m_store->database).invalidate(2018); });
    case Write::MarkIndexCurrent:
        return inTransaction([&] { return QueueIndex(m_store->database).markCurrent(); });
    case Write::SetPreviousFigures:
        return StatisticsRepository(m_store->database)
            .setPreviousFigures(2018, { { QStringLiteral("29"), { 31, 4000 } } });
    case Write::RecordExportSnapshot: {
        ExportSnapshot snapshot;
        snapshot.editionYear = 2018;
        snapshot.exportedAt = now;
        snapshot.who = QStringLiteral("alice");
        snapshot.format = QStringLiteral("csv");
        snapshot.filter = QStringLiteral("labelled");
        snapshot.rows << ExportSnapshot::Row { m_store->event.requestId, m_store->event.title,
            QByteArray("h") };
        return ExportSnapshotRepository(m_store->database).record(snapshot);
    }
    case Write::SaveReviewerNotes:
        return RequestStore(m_store->database)
            .saveReviewerNotes(m_store->event.id, QStringLiteral("À rappeler"));
    case Write::SaveEdition:
        return EditionRepository(m_store->database).save(edition2018());
    case Write::SaveExportTemplate:
        return ExportTemplateRepository(m_store->database)
            .save(QStringLiteral("presse"), ExportColumns({ ExportColumns::Column::Title }));
    case Write::RemoveExportTemplate:
        return ExportTemplateRepository(m_store->database).remove(QStringLiteral("presse"));
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
    QTest::newRow("save an export template") << Write::SaveExportTemplate;
    QTest::newRow("remove an export template") << Write::RemoveExportTemplate;
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
        { "save an export template", Write::SaveExportTemplate, "export_template" },
        { "remove an export template", Write::RemoveExportTemplate, "export_template" },
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
    const QString broken = TestStore::breakStore(m_store->database, table);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    // The engine's own words follow the write's: not an empty "cannot be saved: ".
    const QString unexplained = TestStore::unexplained(run(write), table);
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));
    // A decision whose message or audit could not be written did not happen (seen on a connection still
    // open).
    if (table.isEmpty() || write != Write::Decide) {
        return;
    }
    const StoreResult<Event> stored = EventRepository(m_store->database).find(m_store->event.id);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored->status, m_store->event.status);
    QCOMPARE(stored->version, m_store->event.version);
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
    QVERIFY2(target.open(TestStore::create(m_store->dir, QStringLiteral("target.sqlite"))),
        qPrintable(target.errorString()));
    const StoreResult<StoreCopy::Counts> whole = StoreCopy::copy(m_store->database, target);
    QVERIFY2(whole.ok(), qPrintable(whole.message));
    Database broken;
    QVERIFY2(broken.open(TestStore::create(m_store->dir, QStringLiteral("broken.sqlite"))),
        qPrintable(broken.errorString()));
    const QString breakage = TestStore::breakStore(broken, table);
    QVERIFY2(breakage.isEmpty(), qPrintable(breakage));
    const StoreResult<StoreCopy::Counts> copied = StoreCopy::copy(m_store->database, broken);
    const QString unexplained = TestStore::unexplained(copied, table);
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));
}

QTEST_GUILESS_MAIN(TestStoreWriteErrors)
#include "tst_storewriteerrors.moc"
