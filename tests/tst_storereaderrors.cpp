// Every read of the requests, the editions, the audit trail, the changes from imports, the outbox, the label
// numbers, the letter templates, the queue's index, the statistics and the store's facts, made to fail (a
// table gone, the connection closed): each answers with a failure and the engine's message, never with "no
// rows".

#include "TestData.h"
#include "TestStore.h"
#include "app/core/GeoReference.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/ExportTemplateRepository.h"
#include "db/LabelNumberRepository.h"
#include "db/LabelledRequestRepository.h"
#include "db/LetterTemplateRepository.h"
#include "db/MetaRepository.h"
#include "db/OutboxRepository.h"
#include "db/PendingUpdates.h"
#include "db/QueueIndex.h"
#include "db/StatisticsRepository.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
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
        QueueIds,
        QueueCounts,
        QueueSelection,
        QueueSearchSelection,
        MapPoints,
        Assignees,
        StaleIds,
        Statistics,
        PreviousFigures,
        StoreFact,
        ExportTemplates,
        ExportTemplate,
    };
    Q_ENUM(Read)

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void readsSucceedOnAWholeStore_data();
    void readsSucceedOnAWholeStore();
    void aFailedReadSaysWhy_data();
    void aFailedReadSaysWhy();

private:
    StoreResult<void> run(Read read) const;

    TestStore::StoreWithOneRequest m_filled; // the store every row opens; its connection mends it
    std::unique_ptr<Database> m_store; // the row's own connection, which it breaks
    QString m_brokenTable;
    qint64 m_messageId = 0;
};

// The request and its message are stored once, and each row breaks the store through a connection of its
// own; cleanup() renames the table back. A store made and filled per row was most of this test's time,
// and a copy per row still was on PostgreSQL (a database created per row: 13 of its 14 CPU s).
void TestStoreReadErrors::initTestCase()
{
    const QString opened = m_filled.open();
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    // A message waiting in the outbox.
    OutboxMessage message;
    message.eventId = m_filled.event.id;
    message.kind = QStringLiteral("free");
    message.recipient = QStringLiteral("contact@example.org");
    message.subject = QStringLiteral("Votre événement");
    message.body = QStringLiteral("Bonjour");
    message.createdAt = QDateTime::currentDateTimeUtc();
    Transaction transaction(m_filled.database);
    const WriteResult queued = OutboxRepository(m_filled.database).queue(message);
    QVERIFY2(queued.ok(), qPrintable(queued.message));
    QVERIFY(transaction.commit().ok());
    m_messageId = message.id;
}

void TestStoreReadErrors::init()
{
    m_store = std::make_unique<Database>();
    QVERIFY2(m_store->open(m_filled.location), qPrintable(m_store->errorString()));
}

void TestStoreReadErrors::cleanup()
{
    // The row's connection goes first, with whatever it holds (a transaction, locks).
    m_store.reset();
    if (!m_brokenTable.isEmpty()) {
        QSqlQuery query(m_filled.database.connection());
        QVERIFY2(query.exec(QStringLiteral("ALTER TABLE %1_gone RENAME TO %1").arg(m_brokenTable)),
            qPrintable(query.lastError().text()));
        m_brokenTable.clear();
    }
}

StoreResult<void> TestStoreReadErrors::run(Read read) const
{
    const EventRepository requests(*m_store);
    const EditionRepository editions(*m_store);
    const QDate today(2018, 3, 20);
    switch (read) {
    case Read::Find:
        return requests.find(m_filled.event.id);
    case Read::FindMany:
        return requests.findMany({ m_filled.event.id });
    case Read::All:
        return requests.all(2018);
    case Read::Count:
        return requests.count(2018);
    case Read::PossibleDuplicates:
        return requests.possibleDuplicates(m_filled.event);
    case Read::NextRequestId:
        return requests.nextRequestId(2018);
    case Read::OrganiserRequests:
        return requests.organiserRequests(m_filled.event);
    case Read::Editions:
        return editions.all();
    case Read::Edition:
        return editions.find(2018);
    case Read::LatestEdition:
        return editions.latest();
    case Read::LabelledRequest:
        // Not labelled: the refusal says so, after reading the request.
        return LabelledRequestRepository(*m_store).find(m_filled.event.id);
    case Read::RequestIds:
        return LabelledRequestRepository(*m_store).idsByRequestId(2018);
    case Read::OutboxMessages:
        return OutboxRepository(*m_store).list();
    case Read::OutboxMessage:
        return OutboxRepository(*m_store).find(m_messageId);
    case Read::RequestMessages:
        return OutboxRepository(*m_store).forEvent(m_filled.event.id);
    case Read::OutboxCounts:
        return OutboxRepository(*m_store).countByState();
    case Read::MessagesWaiting:
        return OutboxRepository(*m_store).waitingCount();
    case Read::NextMessageDue: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return OutboxRepository(*m_store).nextDue(now, now.addSecs(-900));
    }
    case Read::LabelNumber:
        return LabelNumberRepository(*m_store).find(m_filled.event.id);
    case Read::LetterTemplate:
        return LetterTemplateRepository(*m_store).current(LetterKind::Refused, QLocale::French);
    case Read::LetterTemplateHistory:
        return LetterTemplateRepository(*m_store).history(LetterKind::Refused, QLocale::English);
    case Read::Letter:
        return LetterTemplateRepository(*m_store).compose(
            LetterKind::Labelled, QLocale::French, m_filled.event, edition2018(), LetterContext());
    case Read::AuditTrail:
        return AuditTrail(*m_store).of(m_filled.event.id);
    case Read::LastAudited:
        return AuditTrail(*m_store).last(m_filled.event.id);
    case Read::OpenUpdates:
        return PendingUpdates(*m_store).openFor(m_filled.event.id);
    case Read::OpenUpdateCount:
        return PendingUpdates(*m_store).openCount(2018);
    case Read::RequestsWithOpenUpdates:
        return PendingUpdates(*m_store).eventsWithOpen(2018);
    case Read::QueueIds:
        return QueueIndex(*m_store).ids(2018, EventFilter(), today);
    case Read::QueueCounts:
        return QueueIndex(*m_store).counts(2018, EventFilter(), today, QStringLiteral("alice"));
    case Read::QueueSelection:
    case Read::QueueSearchSelection: {
        // Only statuses: from the ids and the counts; with a région, one scan of its own.
        EventFilter filter;
        filter.region = read == Read::QueueSearchSelection ? QStringLiteral("53") : QString();
        const QueueIndex::Selection selection
            = QueueIndex(*m_store).select(2018, filter, today, QStringLiteral("alice"));
        return selection.error.isEmpty() ? StoreResult<void>::success()
                                         : StoreResult<void>::failure(StoreStatus::Failed, selection.error);
    }
    case Read::MapPoints:
        return QueueIndex(*m_store).mapPoints(2018, EventFilter(), today);
    case Read::Assignees:
        return QueueIndex(*m_store).assignees(2018);
    case Read::StaleIds:
        return QueueIndex(*m_store).staleIds();
    case Read::Statistics:
        return StatisticsRepository(*m_store).compute(
            edition2018(), EventFilter(), today, GeoReference::embedded());
    case Read::PreviousFigures:
        return StatisticsRepository(*m_store).previousFigures(2018);
    case Read::StoreFact:
        return MetaRepository(*m_store).value(MetaRepository::demoDataKey());
    case Read::ExportTemplates:
        return ExportTemplateRepository(*m_store).names();
    case Read::ExportTemplate:
        return ExportTemplateRepository(*m_store).find(QStringLiteral("presse"));
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
    QTest::newRow("queue ids") << Read::QueueIds << true;
    QTest::newRow("queue counts") << Read::QueueCounts << true;
    QTest::newRow("queue selection") << Read::QueueSelection << true;
    QTest::newRow("queue selection of a région") << Read::QueueSearchSelection << true;
    QTest::newRow("map points") << Read::MapPoints << true;
    QTest::newRow("assignees") << Read::Assignees << true;
    QTest::newRow("stale ids") << Read::StaleIds << true;
    QTest::newRow("statistics") << Read::Statistics << true;
    QTest::newRow("previous figures") << Read::PreviousFigures << true;
    QTest::newRow("store fact") << Read::StoreFact << true;
    QTest::newRow("export templates") << Read::ExportTemplates << true;
    QTest::newRow("export template") << Read::ExportTemplate << true;
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
        { "queue ids", Read::QueueIds, "event_queue" },
        { "queue counts", Read::QueueCounts, "event_queue" },
        { "queue selection", Read::QueueSelection, "event_queue" },
        { "queue selection of a région", Read::QueueSearchSelection, "event_queue" },
        { "map points", Read::MapPoints, "event_queue" },
        { "assignees", Read::Assignees, "event_queue" },
        { "stale ids", Read::StaleIds, "meta" },
        { "stale ids", Read::StaleIds, "event_queue" },
        { "statistics", Read::Statistics, "event_queue" },
        // The decisions per day, read after the scan of the index.
        { "statistics", Read::Statistics, "audit" },
        { "previous figures", Read::PreviousFigures, "previous_territory" },
        { "store fact", Read::StoreFact, "meta" },
        { "export templates", Read::ExportTemplates, "export_template" },
        { "export template", Read::ExportTemplate, "export_template" },
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
    const QString broken = TestStore::breakStore(*m_store, table);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    m_brokenTable = table;
    // The engine's own words follow the read's: not an empty "cannot be read: ".
    const QString unexplained = TestStore::unexplained(run(read), table);
    QVERIFY2(unexplained.isEmpty(), qPrintable(unexplained));
}

QTEST_GUILESS_MAIN(TestStoreReadErrors)
#include "tst_storereaderrors.moc"
