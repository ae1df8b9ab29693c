// Every read of the requests, the editions, the outbox, the label numbers and the letter templates,
// made to fail (a table gone, the connection closed): each answers with a failure and the engine's
// message, never with "no rows".

#include "TestData.h"
#include "TestStore.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/LabelNumberRepository.h"
#include "db/LabelledRequestRepository.h"
#include "db/LetterTemplateRepository.h"
#include "db/OutboxRepository.h"
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
    QTest::addColumn<QString>("breakage"); // SQL, or "close" for the connection
    const QString noRequests = QStringLiteral("ALTER TABLE event RENAME TO event_gone");
    const QString noEditions = QStringLiteral("ALTER TABLE edition RENAME TO edition_gone");
    const QString noWindows = QStringLiteral("ALTER TABLE edition_territory_window RENAME TO window_gone");
    const QString closed = QStringLiteral("close");
    const QList<std::pair<const char*, Read>> requestReads { { "find", Read::Find },
        { "findMany", Read::FindMany }, { "all", Read::All }, { "count", Read::Count },
        { "countByStatus", Read::CountByStatus }, { "possibleDuplicates", Read::PossibleDuplicates },
        { "nextRequestId", Read::NextRequestId }, { "organiserRequests", Read::OrganiserRequests },
        { "labelled request", Read::LabelledRequest }, { "request ids", Read::RequestIds } };
    for (const auto& [name, read] : requestReads) {
        QTest::addRow("%s, no request table", name) << read << noRequests;
        QTest::addRow("%s, connection closed", name) << read << closed;
    }
    const QList<std::pair<const char*, Read>> editionReads { { "editions", Read::Editions },
        { "edition", Read::Edition }, { "latest edition", Read::LatestEdition } };
    for (const auto& [name, read] : editionReads) {
        QTest::addRow("%s, no edition table", name) << read << noEditions;
        // Without its windows La Réunion's week would vanish and C1 be judged wrongly.
        QTest::addRow("%s, no territory windows", name) << read << noWindows;
        QTest::addRow("%s, connection closed", name) << read << closed;
    }
    const QList<std::tuple<const char*, Read, const char*>> mailReads { { "outbox messages",
                                                                            Read::OutboxMessages, "outbox" },
        { "outbox message", Read::OutboxMessage, "outbox" },
        { "a request's messages", Read::RequestMessages, "outbox" },
        { "outbox counts", Read::OutboxCounts, "outbox" },
        { "messages waiting", Read::MessagesWaiting, "outbox" },
        { "next message due", Read::NextMessageDue, "outbox" },
        { "label number", Read::LabelNumber, "label_number" },
        { "letter template", Read::LetterTemplate, "letter_template" },
        { "letter template history", Read::LetterTemplateHistory, "letter_template" },
        { "letter", Read::Letter, "letter_template" } };
    for (const auto& [name, read, table] : mailReads) {
        QTest::addRow("%s, no %s table", name, table)
            << read << QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(QLatin1String(table));
        QTest::addRow("%s, connection closed", name) << read << closed;
    }
}

void TestStoreReadErrors::aFailedReadSaysWhy()
{
    QFETCH(Read, read);
    QFETCH(QString, breakage);
    if (breakage == QLatin1String("close")) {
        m_database->close();
    } else {
        QSqlQuery query(m_database->connection());
        QVERIFY2(query.exec(breakage), qPrintable(query.lastError().text()));
    }
    const StoreResult<void> result = run(read);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, StoreStatus::Failed);
    // The engine's own words follow the read's: not an empty "cannot be read: ".
    QVERIFY2(!result.message.trimmed().isEmpty() && !result.message.trimmed().endsWith(QLatin1Char(':')),
        qPrintable(result.message));
}

QTEST_GUILESS_MAIN(TestStoreReadErrors)
#include "tst_storereaderrors.moc"
