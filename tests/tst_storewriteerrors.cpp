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
        SaveExportTemplate,
        RemoveExportTemplate,
    };
    Q_ENUM(Write)

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void writesSucceedOnAWholeStore_data();
    void writesSucceedOnAWholeStore();
    void aFailedWriteSaysWhy_data();
    void aFailedWriteSaysWhy();
    void aFailedCopySaysWhy_data();
    void aFailedCopySaysWhy();

private:
    // A store holding one request and its messages in each state that a write starts from.
    struct Store {
        TestStore::StoreWithOneRequest filled;
        qint64 failed = 0; // its delivery failed
        qint64 sending = 0; // being sent
        qint64 queued = 0;
    };
    static QString fill(Store& store);
    // What the failing writes must leave as it was: the requests, their audit and their messages.
    QString sharedState();
    static qint64 queueMessage(TestStore::StoreWithOneRequest& store);
    StoreResult<void> run(Write write);

    // The store that the failing writes share: each row breaks it through a connection of its own (a write
    // that fails changes nothing), and cleanup() renames the table back. A store made and filled per row was
    // most of this test's time on PostgreSQL (a database created per row).
    Store m_shared;
    std::unique_ptr<Store> m_own; // a row's own store, for the writes that succeed (they change it)
    std::unique_ptr<Database> m_connection; // the row's connection to the shared store, which it breaks
    QString m_brokenTable;
    QString m_sharedState; // sharedState() once filled
    std::unique_ptr<QTemporaryDir> m_dir; // the row's other stores
    Store* m_store = nullptr; // the row's store
    Database* m_database = nullptr; // the row's connection to it
};

qint64 TestStoreWriteErrors::queueMessage(TestStore::StoreWithOneRequest& store)
{
    OutboxMessage message;
    message.eventId = store.event.id;
    message.kind = QStringLiteral("free");
    message.recipient = QStringLiteral("contact@example.org");
    message.subject = QStringLiteral("Votre événement");
    message.body = QStringLiteral("Bonjour");
    Transaction transaction(store.database);
    if (!OutboxRepository(store.database).queue(message) || !transaction.commit()) {
        return 0;
    }
    return message.id;
}

// Empty when `store` is open with its request and messages, else why not.
QString TestStoreWriteErrors::fill(Store& store)
{
    const QString opened = store.filled.open();
    if (!opened.isEmpty()) {
        return opened;
    }
    OutboxRepository outbox(store.filled.database);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Taken in the order they were queued: the first fails, the second is being sent.
    store.failed = queueMessage(store.filled);
    store.sending = queueMessage(store.filled);
    store.queued = queueMessage(store.filled);
    if (store.failed == 0 || store.sending == 0 || store.queued == 0) {
        return QStringLiteral("the messages were not queued");
    }
    const auto claimed = [&] {
        const auto message = outbox.claim(QStringLiteral("test"), now, now.addSecs(-900));
        return message.ok() && message.value() ? message.value()->id : 0;
    };
    if (claimed() != store.failed
        || !outbox.markFailed(store.failed, 550, QStringLiteral("5.1.1 no such mailbox")).ok()
        || claimed() != store.sending) {
        return QStringLiteral("the messages were not claimed in order");
    }
    return {};
}

QString TestStoreWriteErrors::sharedState()
{
    QStringList lines;
    QSqlQuery query(m_shared.filled.database.connection());
    for (const char* sql : { "SELECT id, status, version FROM event ORDER BY id",
             "SELECT count(*) FROM audit", "SELECT id, state, attempts FROM outbox ORDER BY id" }) {
        if (!query.exec(QLatin1String(sql))) {
            return query.lastError().text();
        }
        while (query.next()) {
            lines << QStringLiteral("%1 %2 %3")
                         .arg(
                             query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void TestStoreWriteErrors::initTestCase()
{
    const QString filled = fill(m_shared);
    QVERIFY2(filled.isEmpty(), qPrintable(filled));
    m_sharedState = sharedState();
}

void TestStoreWriteErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (QTest::currentTestFunction() == QByteArrayLiteral("writesSucceedOnAWholeStore")) {
        m_own = std::make_unique<Store>();
        const QString filled = fill(*m_own);
        QVERIFY2(filled.isEmpty(), qPrintable(filled));
        m_store = m_own.get();
        m_database = &m_own->filled.database;
        return;
    }
    m_connection = std::make_unique<Database>();
    QVERIFY2(m_connection->open(m_shared.filled.location), qPrintable(m_connection->errorString()));
    m_store = &m_shared;
    m_database = m_connection.get();
}

void TestStoreWriteErrors::cleanup()
{
    // The row's connection goes first, with whatever it holds (a transaction, locks).
    m_database = nullptr;
    m_store = nullptr;
    m_connection.reset();
    m_own.reset();
    if (!m_brokenTable.isEmpty()) {
        QSqlQuery query(m_shared.filled.database.connection());
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE %1_gone RENAME TO %1").arg(m_brokenTable)),
            qPrintable(query.lastError().text()));
        m_brokenTable.clear();
    }
    QCOMPARE(sharedState(), m_sharedState);
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
            message.eventId = m_store->filled.event.id;
            message.kind = QStringLiteral("free");
            message.subject = QStringLiteral("Encore");
            return outbox.queue(message);
        });
    case Write::CancelUnsentMessages:
        return inTransaction([&] { return WriteResult(outbox.cancelUnsent(m_store->filled.event.id)); });
    case Write::ClaimMessage:
        return outbox.claim(QStringLiteral("test"), now, now.addSecs(-900));
    case Write::MarkSent:
        return outbox.markSent(
            m_store->sending, QStringLiteral("<m@example.org>"), QStringLiteral("250 Ok"), now);
    case Write::MarkFailed:
        return outbox.markFailed(m_store->sending, 550, QStringLiteral("5.1.1 no such mailbox"));
    case Write::MarkRetry:
        return outbox.markRetry(m_store->sending, 421, QStringLiteral("4.3.2 try later"), now.addSecs(300));
    case Write::RetryMessage:
        return outbox.retry(m_store->failed);
    case Write::CancelMessage:
        return outbox.cancel(m_store->queued);
    case Write::AssignLabelNumber:
        return inTransaction([&] {
            return WriteResult(LabelNumberRepository(*m_database).assign(m_store->filled.event.id, 2018));
        });
    case Write::RecordDecisionMail:
        return inTransaction([&] {
            return DecisionMail(*m_database)
                .record(m_store->filled.event, EventStatus::Submitted, EventStatus::Labelled, {},
                    QStringLiteral("alice"));
        });
    case Write::Decide:
        return Decisions(*m_database)
            .changeStatus(m_store->filled.event.id, m_store->filled.event.version, EventStatus::Labelled, {},
                QStringLiteral("alice"));
    case Write::SaveLetterTemplate:
        return LetterTemplateRepository(*m_database)
            .save(LetterKind::Refused, QLocale::French,
                LetterTemplate(QStringLiteral("Votre demande"), QStringLiteral("Bonjour,\n\nNon.")), 1,
                QStringLiteral("alice"));
    case Write::IndexRequest:
        return inTransaction([&] { return QueueIndex(*m_database).store({ m_store->filled.event }); });
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
        snapshot.rows << ExportSnapshot::Row { m_store->filled.event.requestId, m_store->filled.event.title,
            QByteArray("h") };
        return ExportSnapshotRepository(*m_database).record(snapshot);
    }
    case Write::SaveReviewerNotes:
        return RequestStore(*m_database)
            .saveReviewerNotes(m_store->filled.event.id, QStringLiteral("À rappeler"));
    case Write::SaveEdition:
        return EditionRepository(*m_database).save(edition2018());
    case Write::SaveExportTemplate:
        return ExportTemplateRepository(*m_database)
            .save(QStringLiteral("presse"), ExportColumns({ ExportColumns::Column::Title }));
    case Write::RemoveExportTemplate:
        return ExportTemplateRepository(*m_database).remove(QStringLiteral("presse"));
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
    const QString broken = TestStore::breakStore(*m_database, table);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    m_brokenTable = table;
    // The engine's own words follow the write's: not an empty "cannot be saved: ".
    const QString unexplained = TestStore::unexplained(run(write), table);
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));
    // A decision whose message or audit could not be written did not happen (seen on a connection still
    // open).
    if (table.isEmpty() || write != Write::Decide) {
        return;
    }
    const StoreResult<Event> stored = EventRepository(*m_database).find(m_store->filled.event.id);
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    QCOMPARE(stored->status, m_store->filled.event.status);
    QCOMPARE(stored->version, m_store->filled.event.version);
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
    const QString unexplained = TestStore::unexplained(copied, table);
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));
}

QTEST_GUILESS_MAIN(TestStoreWriteErrors)
#include "tst_storewriteerrors.moc"
