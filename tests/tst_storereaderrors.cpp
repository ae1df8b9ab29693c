// Every read of the requests, the editions, the audit trail, the changes from imports, the outbox, the label
// numbers and the letter templates, made to fail (a table gone, the connection closed): each answers with a
// failure and the engine's message, never with "no rows".

#include "TestData.h"
#include "TestStore.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/LabelNumberRepository.h"
#include "db/LabelledRequestRepository.h"
#include "db/LetterTemplateRepository.h"
#include "db/OutboxRepository.h"
#include "db/PendingUpdates.h"
#include "db/RequestStore.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestStoreReadErrors : public QObject {
    Q_OBJECT

public:
    enum class Read {
        Find,
        FindMany,
        All,
        Count,
        CountByStatus,
        PossibleDuplicates,
        NextRequestId,
        OrganiserRequests,
        Editions,
        Edition,
        LatestEdition,
        LabelledRequest,
        RequestIds,
        OutboxMessages,
        OutboxMessage,
        RequestMessages,
        OutboxCounts,
        MessagesWaiting,
        NextMessageDue,
        LabelNumber,
        LetterTemplate,
        LetterTemplateHistory,
        Letter,
        AuditTrail,
        LastAudited,
        OpenUpdates,
        OpenUpdateCount,
        RequestsWithOpenUpdates,
    };
    Q_ENUM(Read)

private slots:
    void init();
    void cleanup();
    void readsSucceedOnAWholeStore_data();
    void readsSucceedOnAWholeStore();
    void aFailedReadSaysWhy_data();
    void aFailedReadSaysWhy();

private:
    StoreResult<void> run(Read read) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    Event m_event;
    qint64 m_messageId = 0;
};

void TestStoreReadErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    QVERIFY2(m_database->open(TestStore::create(*m_dir)), qPrintable(m_database->errorString()));
    m_event = passingEvent();
    const WriteResult stored = RequestStore(*m_database).insert(m_event, QStringLiteral("test"));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    // A message waiting in the outbox.
    OutboxMessage message;
    message.eventId = m_event.id;
    message.kind = QStringLiteral("free");
    message.recipient = QStringLiteral("contact@example.org");
    message.subject = QStringLiteral("Votre événement");
    message.body = QStringLiteral("Bonjour");
    message.createdAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(*m_database);
    const WriteResult queued = OutboxRepository(*m_database).queue(message);
    QVERIFY2(queued.ok(), qPrintable(queued.message));
    QVERIFY(transaction.commit().ok());
    m_messageId = message.id;
}

void TestStoreReadErrors::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

StoreResult<void> TestStoreReadErrors::run(Read read) const
{
    const EventRepository requests(*m_database);
    const EditionRepository editions(*m_database);
    switch (read) {
    case Read::Find:
        return requests.find(m_event.id);
    case Read::FindMany:
        return requests.findMany({ m_event.id });
    case Read::All:
        return requests.all(2018);
    case Read::Count:
        return requests.count(2018);
    case Read::CountByStatus:
        return requests.countByStatus(2018);
    case Read::PossibleDuplicates:
        return requests.possibleDuplicates(m_event);
    case Read::NextRequestId:
        return requests.nextRequestId(2018);
    case Read::OrganiserRequests:
        return requests.organiserRequests(m_event);
    case Read::Editions:
        return editions.all();
    case Read::Edition:
        return editions.find(2018);
    case Read::LatestEdition:
        return editions.latest();
    case Read::LabelledRequest:
        // Not labelled: the refusal says so, after reading the request.
        return LabelledRequestRepository(*m_database).find(m_event.id);
    case Read::RequestIds:
        return LabelledRequestRepository(*m_database).idsByRequestId(2018);
    case Read::OutboxMessages:
        return OutboxRepository(*m_database).list();
    case Read::OutboxMessage:
        return OutboxRepository(*m_database).find(m_messageId);
    case Read::RequestMessages:
        return OutboxRepository(*m_database).forEvent(m_event.id);
    case Read::OutboxCounts:
        return OutboxRepository(*m_database).countByState();
    case Read::MessagesWaiting:
        return OutboxRepository(*m_database).waitingCount();
    case Read::NextMessageDue: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return OutboxRepository(*m_database).nextDue(now, now.addSecs(-900));
    }
    case Read::LabelNumber:
        return LabelNumberRepository(*m_database).find(m_event.id);
    case Read::LetterTemplate:
        return LetterTemplateRepository(*m_database).current(LetterKind::Refused, QLocale::French);
    case Read::LetterTemplateHistory:
        return LetterTemplateRepository(*m_database).history(LetterKind::Refused, QLocale::English);
    case Read::Letter:
        return LetterTemplateRepository(*m_database)
            .compose(LetterKind::Labelled, QLocale::French, m_event, edition2018(), LetterContext());
    case Read::AuditTrail:
        return AuditTrail(*m_database).of(m_event.id);
    case Read::LastAudited:
        return AuditTrail(*m_database).last(m_event.id);
    case Read::OpenUpdates:
        return PendingUpdates(*m_database).openFor(m_event.id);
    case Read::OpenUpdateCount:
        return PendingUpdates(*m_database).openCount(2018);
    case Read::RequestsWithOpenUpdates:
        return PendingUpdates(*m_database).eventsWithOpen(2018);
    }
    return StoreResult<void>::failure(StoreStatus::Failed, QStringLiteral("unknown read"));
}

void TestStoreReadErrors::readsSucceedOnAWholeStore_data()
{
    QTest::addColumn<Read>("read");
    QTest::addColumn<bool>("ok");
    QTest::newRow("find") << Read::Find << true;
    QTest::newRow("findMany") << Read::FindMany << true;
    QTest::newRow("all") << Read::All << true;
    QTest::newRow("count") << Read::Count << true;
    QTest::newRow("countByStatus") << Read::CountByStatus << true;
    QTest::newRow("possibleDuplicates") << Read::PossibleDuplicates << true;
    QTest::newRow("nextRequestId") << Read::NextRequestId << true;
    QTest::newRow("organiserRequests") << Read::OrganiserRequests << true;
    QTest::newRow("editions") << Read::Editions << true;
    QTest::newRow("edition") << Read::Edition << true;
    QTest::newRow("latest edition") << Read::LatestEdition << true;
    QTest::newRow("labelled request (not labelled)") << Read::LabelledRequest << false;
    QTest::newRow("request ids") << Read::RequestIds << true;
    QTest::newRow("outbox messages") << Read::OutboxMessages << true;
    QTest::newRow("outbox message") << Read::OutboxMessage << true;
    QTest::newRow("a request's messages") << Read::RequestMessages << true;
    QTest::newRow("outbox counts") << Read::OutboxCounts << true;
    QTest::newRow("messages waiting") << Read::MessagesWaiting << true;
    QTest::newRow("next message due") << Read::NextMessageDue << true;
    QTest::newRow("label number") << Read::LabelNumber << true;
    QTest::newRow("letter template") << Read::LetterTemplate << true;
    QTest::newRow("letter template history") << Read::LetterTemplateHistory << true;
    QTest::newRow("letter") << Read::Letter << true;
    QTest::newRow("audit trail") << Read::AuditTrail << true;
    QTest::newRow("last audited") << Read::LastAudited << true;
    QTest::newRow("open updates") << Read::OpenUpdates << true;
    QTest::newRow("open update count") << Read::OpenUpdateCount << true;
    QTest::newRow("requests with open updates") << Read::RequestsWithOpenUpdates << true;
}

// The same reads on the store before it is broken: the failures below are the breakage's.
void TestStoreReadErrors::readsSucceedOnAWholeStore()
{
    QFETCH(Read, read);
    QFETCH(bool, ok);
    const StoreResult<void> result = run(read);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.status, StoreStatus::NotAllowed);
    }
}

void TestStoreReadErrors::aFailedReadSaysWhy_data()
{
    QTest::addColumn<Read>("read");
    QTest::addColumn<QString>("table"); // the one renamed away; empty: the connection is closed
    const QList<std::tuple<const char*, Read, const char*>> reads {
        { "find", Read::Find, "event" },
        { "findMany", Read::FindMany, "event" },
        { "all", Read::All, "event" },
        { "count", Read::Count, "event" },
        { "countByStatus", Read::CountByStatus, "event" },
        { "possibleDuplicates", Read::PossibleDuplicates, "event" },
        { "nextRequestId", Read::NextRequestId, "event" },
        { "organiserRequests", Read::OrganiserRequests, "event" },
        { "labelled request", Read::LabelledRequest, "event" },
        { "request ids", Read::RequestIds, "event" },
        { "editions", Read::Editions, "edition" },
        { "edition", Read::Edition, "edition" },
        { "latest edition", Read::LatestEdition, "edition" },
        // Without its windows La Réunion's week would vanish and C1 be judged wrongly.
        { "editions", Read::Editions, "edition_territory_window" },
        { "edition", Read::Edition, "edition_territory_window" },
        { "latest edition", Read::LatestEdition, "edition_territory_window" },
        { "outbox messages", Read::OutboxMessages, "outbox" },
        { "outbox message", Read::OutboxMessage, "outbox" },
        { "a request's messages", Read::RequestMessages, "outbox" },
        { "outbox counts", Read::OutboxCounts, "outbox" },
        { "messages waiting", Read::MessagesWaiting, "outbox" },
        { "next message due", Read::NextMessageDue, "outbox" },
        { "label number", Read::LabelNumber, "label_number" },
        { "letter template", Read::LetterTemplate, "letter_template" },
        { "letter template history", Read::LetterTemplateHistory, "letter_template" },
        { "letter", Read::Letter, "letter_template" },
        { "audit trail", Read::AuditTrail, "audit" },
        { "last audited", Read::LastAudited, "audit" },
        { "open updates", Read::OpenUpdates, "pending_update" },
        { "open update count", Read::OpenUpdateCount, "pending_update" },
        { "requests with open updates", Read::RequestsWithOpenUpdates, "pending_update" },
    };
    QList<Read> closed;
    for (const auto& [name, read, table] : reads) {
        QTest::addRow("%s, no %s table", name, table) << read << QString::fromLatin1(table);
        if (!closed.contains(read)) {
            closed.append(read);
            QTest::addRow("%s, connection closed", name) << read << QString();
        }
    }
}

void TestStoreReadErrors::aFailedReadSaysWhy()
{
    QFETCH(Read, read);
    QFETCH(QString, table);
    const QString broken = TestStore::breakStore(*m_database, table);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    const StoreResult<void> result = run(read);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, StoreStatus::Failed);
    // The engine's own words follow the read's: not an empty "cannot be read: ".
    QVERIFY2(!result.message.trimmed().isEmpty() && !result.message.trimmed().endsWith(QLatin1Char(':')),
        qPrintable(result.message));
    if (table.isEmpty()) {
        return;
    }
    QVERIFY2(TestStore::namesMissingTable(result.message, table), qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestStoreReadErrors)
#include "tst_storereaderrors.moc"
