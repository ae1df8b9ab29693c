// The queue's SQL side (QueueIndex) against the domain: on a generated edition, every filter keeps
// exactly the requests EventFilter::matches() keeps, the counts per status equal a plain count,
// each sort orders as its column reads, and the index follows every write and edition change.
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/core/LabelRules.h"
#include "app/core/TextFold.h"
#include "db/AsideSearchIndex.h"
#include "db/BulkInsert.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/MetaRepository.h"
#include "db/QueueIndex.h"
#include "db/RequestStore.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <limits>
#include <numeric>
#include <utility>

#include "TestStore.h"
#include <QTest>

// What the domain keeps of `events`, as EventFilter says: for a test function that asks many filters
// of the same rows, which are read once and whose rules are worked out once per day.
class DomainKeeps {
public:
    DomainKeeps(QList<Event> events, const Edition& edition)
        : m_events(std::move(events))
        , m_edition(edition)
    {
    }

    QSet<qint64> operator()(const EventFilter& filter, const QDate& today)
    {
        QList<RuleReport>& reports = m_reportsOn[today];
        const RuleContext context { &m_edition, today, &GeoReference::embedded(), false };
        for (qsizetype i = reports.size(); i < m_events.size(); ++i) {
            reports.append(LabelRules::evaluateAll(m_events.at(i), context));
        }
        QSet<qint64> ids;
        for (qsizetype i = 0; i < m_events.size(); ++i) {
            if (filter.matches(m_events.at(i), reports.at(i))) {
                ids.insert(m_events.at(i).id);
            }
        }
        return ids;
    }

private:
    QList<Event> m_events;
    const Edition& m_edition;
    QHash<QDate, QList<RuleReport>> m_reportsOn;
};

// Writes `events` as one bulk insert (BulkInsert), in batches of RequestStore::ProgressEvery, the
// first `beforeBulk` of them before the insert knows how many come (the search trigger indexes
// those, as in an import's first batch); answers whether its search index was built aside.
StoreResult<bool> insertInBulk(Database& database, const QList<Event>& events, qsizetype beforeBulk = 0)
{
    Transaction transaction(database);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    const StoreResult<QHash<int, Edition>> editions = QueueIndex(database).editionsOf(events);
    if (!editions) {
        return editions;
    }
    BulkInsert insert(database, QStringLiteral("test"), beforeBulk > 0 ? 0 : events.size());
    const QSpan<const Event> all(events);
    for (qsizetype from = 0; from < all.size();) {
        if (from >= beforeBulk) {
            insert.expect(std::max(events.size(), RequestStore::BulkWithoutIndexes));
        }
        const qsizetype size = std::min<qsizetype>(
            from < beforeBulk ? beforeBulk - from : RequestStore::ProgressEvery, all.size() - from);
        const QSpan<const Event> part = all.subspan(from, size);
        QList<qsizetype> rowOf(part.size());
        std::iota(rowOf.begin(), rowOf.end(), 0);
        const StoreResult<QList<qint64>> added
            = insert.add(part, BulkInsert::encode(part, QueueIndex::digests(part, *editions)), rowOf);
        if (!added) {
            return added;
        }
        from += size;
    }
    if (const WriteResult finished = insert.finish(); !finished) {
        return finished;
    }
    const bool aside = insert.searchIndexBuiltAside();
    if (const WriteResult committed = transaction.commit(); !committed) {
        return committed;
    }
    return aside;
}

// FTS5's own check of its index against the rows of event_queue it reads them from (SQLite).
WriteResult searchIndexIsWhole(Database& database)
{
    QSqlQuery check(database.connection());
    if (!check.exec(QStringLiteral(
            "INSERT INTO event_queue_search (event_queue_search, rank) VALUES ('integrity-check', 1)"))) {
        return WriteResult::failure(StoreStatus::Failed, check.lastError().text());
    }
    return WriteResult::success();
}

class TestQueueIndex : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filtersKeepWhatEventFilterKeeps_data();
    void filtersKeepWhatEventFilterKeeps();
    void randomFiltersKeepWhatEventFilterKeeps();
    void digestSearchesWhatTheFilterSearches();
    void bulkInsertIndexesEverySearchText();
    void indexedSearchFindsWhatEventFilterFinds_data();
    void indexedSearchFindsWhatEventFilterFinds();
    void aSearchIndexBuiltAsideTakesLaterWrites();
    void aSearchIndexBuiltAsideHoldsTheRecordsFts5Writes();
    void anyRowsIndexedAsideGiveTheRecordsFts5Writes_data();
    void anyRowsIndexedAsideGiveTheRecordsFts5Writes();
    void aSearchIndexAlreadyHoldingRowsIsFilledAsBefore();
    void aBulkDecidedAfterItsFirstRowsFillsTheSearchIndex();
    void countsEqualAPlainCount();
    void sortsOrderAsTheColumnReads_data();
    void sortsOrderAsTheColumnReads();
    void followsEveryWrite();
    void editionChangeAndOlderRowsAreWorkedOutAgain();
    void mapPointsComeFromOneIndexAlone();
    void mapPointsAreWhatTheRequestsSay_data();
    void mapPointsAreWhatTheRequestsSay();
    void mapTextsFollowEdits();
    void mapCoordinatesAreExactWhateverTheSessionsDigits();
    void aSearchIsLedByWhatItFinds();
    void aPlaceAndTheEditionsCountsReadTheirIndexes();
    void firstRowsBeginTheSelection_data();
    void firstRowsBeginTheSelection();

private:
    // A store holding the generated edition.
    struct Store {
        QTemporaryDir dir;
        Database database;
        std::unique_ptr<EventRepository> repository;
        std::unique_ptr<QueueIndex> index;
    };
    // A new store holding a copy of m_filled; null after saying why.
    std::unique_ptr<Store> build();
    // A new store holding m_events, written as one bulk insert into its empty queue (the search
    // index built aside on SQLite); null after saying why.
    std::unique_ptr<Store> buildInBulk();
    // Points the tests' members at `store`.
    void use(Store& store);
    // A store of the test function's own, for one that writes: the shared one is only read.
    bool useOwnStore();
    // What the domain keeps of the stored requests of 2018, as EventFilter says.
    QSet<qint64> expected(const EventFilter& filter, const QDate& today) const;
    QSet<qint64> actual(const EventFilter& filter, const QDate& today) const;
    // A search for each of `texts`, each found in some request, keeps in `database` what the domain
    // keeps of its requests.
    void searchesKeepWhatTheDomainKeeps(Database& database, const QStringList& texts);

    static constexpr int EventCount = 1200;
    // The EventCount generated requests (m_events) stored once, closed: every Store is a copy of it,
    // cheaper than storing them again for each test function that writes.
    QTemporaryDir m_filledDir;
    QString m_filled;
    std::unique_ptr<Store> m_shared; // built once, read by every read-only row
    std::unique_ptr<Store> m_own; // the writing test function's
    Database* m_database = nullptr;
    EventRepository* m_repository = nullptr;
    QueueIndex* m_index = nullptr;
    Edition m_edition;
    QList<Event> m_events;
};

std::unique_ptr<TestQueueIndex::Store> TestQueueIndex::build()
{
    auto store = std::make_unique<Store>();
    if (!store->database.open(TestStore::copyOfStore(m_filled, store->dir))) {
        qWarning("%s", qPrintable(store->database.errorString()));
        return nullptr;
    }
    store->repository = std::make_unique<EventRepository>(store->database);
    store->index = std::make_unique<QueueIndex>(store->database);
    return store;
}

std::unique_ptr<TestQueueIndex::Store> TestQueueIndex::buildInBulk()
{
    auto store = std::make_unique<Store>();
    if (!store->database.open(TestStore::create(store->dir))) {
        qWarning("%s", qPrintable(store->database.errorString()));
        return nullptr;
    }
    const StoreResult<bool> aside = insertInBulk(store->database, m_events);
    if (!aside || *aside == TestStore::onPostgresql()) {
        qWarning("Not built aside: %s", qPrintable(aside.message));
        return nullptr;
    }
    store->repository = std::make_unique<EventRepository>(store->database);
    store->index = std::make_unique<QueueIndex>(store->database);
    return store;
}

void TestQueueIndex::use(Store& store)
{
    m_database = &store.database;
    m_repository = store.repository.get();
    m_index = store.index.get();
    m_edition = *EditionRepository(store.database).find(2018);
}

bool TestQueueIndex::useOwnStore()
{
    m_own = build();
    if (m_own) {
        use(*m_own);
    }
    return m_own != nullptr;
}

void TestQueueIndex::initTestCase()
{
    {
        // A PostgreSQL template must have nobody connected to it: closed at the end of this block.
        Database filled;
        m_filled = TestStore::create(m_filledDir);
        QVERIFY2(filled.open(m_filled), qPrintable(filled.errorString()));
        m_events = DemoGenerator(*EditionRepository(filled).find(2018), GeoReference::embedded(), 77)
                       .generate(EventCount);
        const WriteResult stored = RequestStore(filled).insertAll(m_events, QStringLiteral("test"));
        QVERIFY2(stored.ok(), qPrintable(stored.message));
    }
    m_shared = build();
    QVERIFY(m_shared);
}

void TestQueueIndex::init() { use(*m_shared); }

void TestQueueIndex::cleanup() { m_own.reset(); }

QSet<qint64> TestQueueIndex::expected(const EventFilter& filter, const QDate& today) const
{
    return DomainKeeps(m_repository->all(2018).value(), m_edition)(filter, today);
}

QSet<qint64> TestQueueIndex::actual(const EventFilter& filter, const QDate& today) const
{
    const QList<qint64> ids = m_index->ids(2018, filter, today).value();
    const QSet<qint64> set(ids.cbegin(), ids.cend());
    return ids.size() == set.size() ? set : QSet<qint64> { -1 }; // a duplicate row is a failure too
}

void TestQueueIndex::filtersKeepWhatEventFilterKeeps_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<bool>("mayBeEmpty");
    const QDate campaign(2018, 3, 20);
    const auto make = [](auto change) {
        EventFilter filter;
        change(filter);
        return filter;
    };
    QTest::newRow("none") << EventFilter() << campaign << false;
    QTest::newRow("to review") << make([](EventFilter& f) {
        f.statuses = { EventStatus::Submitted, EventStatus::InReview };
    }) << campaign << false;
    QTest::newRow("Bretagne") << make([](EventFilter& f) { f.region = QStringLiteral("53"); }) << campaign
                              << false;
    QTest::newRow("Corse-du-Sud") << make([](EventFilter& f) { f.departement = QStringLiteral("2A"); })
                                  << campaign << true;
    QTest::newRow("company visits") << make([](EventFilter& f) { f.eventType = EventType::CompanyVisit; })
                                    << campaign << false;
    QTest::newRow("schools") << make([](EventFilter& f) {
        f.organiserType = OrganiserType::SchoolUniversity;
    }) << campaign << false;
    QTest::newRow("failing any") << make([](EventFilter& f) {
        f.conditions = EventFilter::Conditions::FailingAny;
    }) << campaign << false;
    QTest::newRow("failing none") << make([](EventFilter& f) {
        f.conditions = EventFilter::Conditions::FailingNone;
    }) << campaign << false;
    for (Check check : LabelRules::conditions()) {
        QTest::newRow(qPrintable(QStringLiteral("failing %1").arg(LabelRules::code(check)))) << make(
            [check](EventFilter& f) {
                f.conditions = EventFilter::Conditions::Failing;
                f.failing = check;
            }) << campaign << false;
    }
    QTest::newRow("late") << make([](EventFilter& f) { f.late = true; }) << campaign << false;
    QTest::newRow("not late") << make([](EventFilter& f) { f.late = false; }) << campaign << false;
    QTest::newRow("overdue on 20 March")
        << make([](EventFilter& f) { f.overdue = true; }) << campaign << false;
    QTest::newRow("not overdue on 20 March")
        << make([](EventFilter& f) { f.overdue = false; }) << campaign << false;
    QTest::newRow("overdue on 1 March")
        << make([](EventFilter& f) { f.overdue = true; }) << QDate(2018, 3, 1) << true;
    QTest::newRow("overdue without a today")
        << make([](EventFilter& f) { f.overdue = true; }) << QDate() << true;
    QTest::newRow("not overdue without a today")
        << make([](EventFilter& f) { f.overdue = false; }) << QDate() << false;
    QTest::newRow("submitted 1–10 March") << make([](EventFilter& f) {
        f.submittedFrom = QDate(2018, 3, 1);
        f.submittedTo = QDate(2018, 3, 10);
    }) << campaign << false;
    QTest::newRow("submitted from 12 March")
        << make([](EventFilter& f) { f.submittedFrom = QDate(2018, 3, 12); }) << campaign << false;
    QTest::newRow("text usine") << make([](EventFilter& f) { f.text = QStringLiteral("usine"); }) << campaign
                                << false;
    QTest::newRow("text accents folded")
        << make([](EventFilter& f) { f.text = QStringLiteral("  ÎLE "); }) << campaign << true;
    QTest::newRow("text postal code")
        << make([](EventFilter& f) { f.text = QStringLiteral("29"); }) << campaign << false;
    QTest::newRow("text quote and percent")
        << make([](EventFilter& f) { f.text = QStringLiteral("l'%_"); }) << campaign << true;
    QTest::newRow("nobody in charge")
        << make([](EventFilter& f) { f.assignee = QString(); }) << campaign << false;
    QTest::newRow("everything") << make([](EventFilter& f) {
        f.statuses = { EventStatus::Labelled, EventStatus::Refused };
        f.region = QStringLiteral("84");
        f.conditions = EventFilter::Conditions::FailingNone;
        f.late = false;
        f.text = QStringLiteral("a");
    }) << campaign << false;
}

void TestQueueIndex::filtersKeepWhatEventFilterKeeps()
{
    QFETCH(EventFilter, filter);
    QFETCH(QDate, today);
    QFETCH(bool, mayBeEmpty);
    const QSet<qint64> wanted = expected(filter, today);
    QCOMPARE(actual(filter, today), wanted);
    QVERIFY(mayBeEmpty || !wanted.isEmpty()); // a filter that keeps nothing would prove little
}

void TestQueueIndex::randomFiltersKeepWhatEventFilterKeeps()
{
    QVERIFY(useOwnStore()); // it writes
    // Combinations nobody would write down, from a fixed seed.
    QRandomGenerator random(2018);
    const QList<QString> regions
        = { QStringLiteral("11"), QStringLiteral("53"), QStringLiteral("84"), QStringLiteral("976") };
    const QList<QString> texts
        = { QStringLiteral("e"), QStringLiteral("usine"), QStringLiteral("SI2018"), QStringLiteral("é") };
    const QList<EventStatus> statuses = EventStatuses::all();
    const QList<Event> all = m_repository->all(2018).value();
    for (int i = 0; i < 60; ++i) {
        const Event& event = all.at(i * 13);
        QVERIFY(Decisions(*m_database)
                .assign(event.id, event.version, QStringLiteral("alice"), QStringLiteral("test"))
                .ok());
    }
    DomainKeeps expectedOn(m_repository->all(2018).value(), m_edition);
    for (int round = 0; round < 150; ++round) {
        EventFilter filter;
        if (random.bounded(3) == 0) {
            filter.statuses = { statuses.at(random.bounded(int(statuses.size()))) };
            if (random.bounded(2) == 0) {
                filter.statuses.append(statuses.at(random.bounded(int(statuses.size()))));
            }
        }
        if (random.bounded(3) == 0) {
            filter.region = regions.at(random.bounded(int(regions.size())));
        }
        filter.conditions = static_cast<EventFilter::Conditions>(random.bounded(4));
        filter.failing = LabelRules::conditions().at(random.bounded(4));
        if (random.bounded(3) == 0) {
            filter.late = random.bounded(2) == 0;
        }
        if (random.bounded(3) == 0) {
            filter.overdue = random.bounded(2) == 0;
        }
        if (random.bounded(3) == 0) {
            filter.text = texts.at(random.bounded(int(texts.size())));
        }
        if (random.bounded(4) == 0) {
            filter.submittedTo = QDate(2018, 3, 1).addDays(random.bounded(20));
        }
        const QDate today = QDate(2018, 3, 1).addDays(random.bounded(40));
        if (random.bounded(3) == 0) {
            filter.assignee = random.bounded(2) == 0 ? QStringLiteral("alice") : QString();
        }
        if (random.bounded(3) == 0) {
            // A box the size of a few départements somewhere over mainland France.
            const double south = 42.0 + random.bounded(7.0);
            const double west = -4.5 + random.bounded(12.0);
            filter.area
                = EventFilter::Area { south, west, south + random.bounded(3.0), west + random.bounded(4.0) };
        }
        const QSet<qint64> wanted = expectedOn(filter, today);
        const QSet<qint64> got = actual(filter, today);
        QVERIFY2(got == wanted,
            qPrintable(QStringLiteral("round %1: %2 kept, %3 expected")
                    .arg(round)
                    .arg(got.size())
                    .arg(wanted.size())));
        // The one-scan selection gives the same rows in the same order, and the same counts.
        const auto sort = static_cast<QueueColumns::Column>(random.bounded(int(QueueColumns::Count)));
        const QueueIndex::Selection selection
            = m_index->select(2018, filter, today, QStringLiteral("alice"), sort, Qt::DescendingOrder);
        QCOMPARE(selection.ids, m_index->ids(2018, filter, today, sort, Qt::DescendingOrder).value());
        const QueueIndex::Counts counts
            = m_index->counts(2018, filter, today, QStringLiteral("alice")).value();
        QCOMPARE(selection.counts.byStatus, counts.byStatus);
        QCOMPARE(selection.counts.total, counts.total);
        for (EventStatus status : statuses) {
            QCOMPARE(selection.counts.mineByStatus.value(status), counts.mineByStatus.value(status));
        }
    }
}

void TestQueueIndex::indexedSearchFindsWhatEventFilterFinds_data()
{
    QTest::addColumn<bool>("inBulk");
    QTest::newRow("indexed by the trigger, row by row") << false;
    QTest::newRow("bulk insert, index built aside") << true;
}

void TestQueueIndex::indexedSearchFindsWhatEventFilterFinds()
{
    // The trigram index (FTS5 on SQLite, pg_trgm on PostgreSQL) against the plain substring
    // search: pieces of the requests' own texts as typed (case and accents changed at random),
    // and strings nobody would type, from one to nine characters.
    QFETCH(bool, inBulk);
    if (inBulk) {
        m_own = buildInBulk();
        QVERIFY(m_own);
        use(*m_own);
        if (!TestStore::onPostgresql()) {
            const WriteResult whole = searchIndexIsWhole(*m_database);
            QVERIFY2(whole.ok(), qPrintable(whole.message));
        }
    }
    QVERIFY(m_index->searchIsIndexed());
    QRandomGenerator random(16);
    const QString alphabet = QStringLiteral("aeiouéèêàçîôûœÉÎAEZ '%_*?[]\\\"-.012");
    const QList<Event> all = m_repository->all(2018).value();
    QList<RuleReport> reports;
    for (const Event& event : all) {
        reports.append(LabelRules::evaluateAll(
            event, { &m_edition, QDate(2018, 3, 20), &GeoReference::embedded(), false }));
    }
    for (int round = 0; round < 120; ++round) {
        QString needle;
        if (round % 3 != 0) {
            const Event& event = all.at(random.bounded(int(all.size())));
            const QString source = QStringList { event.title, event.organiserName, event.commune,
                event.postalCode, event.requestId }
                                       .at(random.bounded(5));
            const int length = 1 + random.bounded(9);
            needle = source.mid(random.bounded(std::max(1, int(source.size()) - length + 1)), length);
            for (QChar& c : needle) {
                c = random.bounded(2) == 0 ? c.toUpper() : c;
            }
        } else {
            for (int i = 1 + random.bounded(5); i > 0; --i) {
                needle += alphabet.at(random.bounded(int(alphabet.size())));
            }
        }
        EventFilter filter;
        filter.text = needle;
        const QDate today(2018, 3, 20);
        QSet<qint64> wanted;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (filter.matches(all.at(i), reports.at(i))) {
                wanted.insert(all.at(i).id);
            }
        }
        const QSet<qint64> got = actual(filter, today);
        QVERIFY2(got == wanted,
            qPrintable(QStringLiteral("\"%1\": %2 kept, %3 expected")
                    .arg(needle)
                    .arg(got.size())
                    .arg(wanted.size())));
        const QueueIndex::Selection selection = m_index->select(2018, filter, today, QString());
        QCOMPARE(QSet<qint64>(selection.ids.cbegin(), selection.ids.cend()), wanted);
        QCOMPARE(selection.counts.total, int(wanted.size()));
    }
    // A server without pg_trgm (not installed, or refused to the role that created the store)
    // has no index: the same LIKE scans, and the index says so.
    if (TestStore::onPostgresql()) {
        QSqlQuery drop(m_database->connection());
        QVERIFY2(
            drop.exec(QStringLiteral("DROP INDEX event_queue_search")), qPrintable(drop.lastError().text()));
        QVERIFY(!m_index->searchIsIndexed());
        for (const QString& text :
            { QStringLiteral("usine"), QStringLiteral("ÎLE"), QStringLiteral("l'%_") }) {
            EventFilter filter;
            filter.text = text;
            QCOMPARE(actual(filter, QDate(2018, 3, 20)), expected(filter, QDate(2018, 3, 20)));
        }
    }
}

void TestQueueIndex::bulkInsertIndexesEverySearchText()
{
    QVERIFY(useOwnStore()); // it writes
    // A batch large enough for the bulk path, whose search texts are indexed after its rows in
    // one statement, then one request on its own, indexed by the trigger the bulk path put back.
    QList<Event> batch = DemoGenerator(m_edition, GeoReference::embedded(), 78)
                             .generate(int(RequestStore::BulkWithoutIndexes));
    for (qsizetype i = 0; i < batch.size(); ++i) {
        batch[i].requestId = QStringLiteral("LOT-%1").arg(i);
    }
    const WriteResult stored = RequestStore(*m_database).insertAll(batch, QStringLiteral("test"));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    Event single = DemoGenerator(m_edition, GeoReference::embedded(), 79).next();
    single.requestId = QStringLiteral("SEUL-1");
    single.title = QStringLiteral("Zythologie appliquée");
    const WriteResult alone = RequestStore(*m_database).insert(single, QStringLiteral("test"));
    QVERIFY2(alone.ok(), qPrintable(alone.message));
    if (!TestStore::onPostgresql()) {
        // FTS5 compares its index with the rows it reads them from.
        QSqlQuery check(m_database->connection());
        QVERIFY2(
            check.exec(QStringLiteral(
                "INSERT INTO event_queue_search (event_queue_search, rank) VALUES ('integrity-check', 1)")),
            qPrintable(check.lastError().text()));
    }
    DomainKeeps expectedNow(m_repository->all(2018).value(), m_edition);
    for (const QString& text :
        { QStringLiteral("zythologie"), QStringLiteral("LOT-17"), batch.last().title.mid(2, 6),
            batch.at(2500).organiserName.left(5), m_events.first().requestId, QStringLiteral("usine") }) {
        EventFilter filter;
        filter.text = text;
        const QSet<qint64> wanted = expectedNow(filter, QDate(2018, 3, 20));
        QVERIFY2(!wanted.isEmpty(), qPrintable(text));
        QCOMPARE(actual(filter, QDate(2018, 3, 20)), wanted);
    }
}

void TestQueueIndex::searchesKeepWhatTheDomainKeeps(Database& database, const QStringList& texts)
{
    QueueIndex index(database);
    DomainKeeps expectedNow(EventRepository(database).all(2018).value(), m_edition);
    for (const QString& text : texts) {
        EventFilter filter;
        filter.text = text;
        const QSet<qint64> wanted = expectedNow(filter, QDate(2018, 3, 20));
        QVERIFY2(!wanted.isEmpty(), qPrintable(text));
        const QList<qint64> found = index.ids(2018, filter, QDate(2018, 3, 20)).value();
        QCOMPARE(QSet<qint64>(found.cbegin(), found.cend()), wanted);
    }
}

void TestQueueIndex::aSearchIndexBuiltAsideTakesLaterWrites()
{
    if (TestStore::onPostgresql()) {
        QSKIP("pg_trgm's index is PostgreSQL's own; nothing is built aside");
    }
    Store store;
    QVERIFY2(store.database.open(TestStore::create(store.dir)), qPrintable(store.database.errorString()));
    QueueIndex index(store.database);
    // A search first: this connection's FTS5 then keeps the empty index's structure in memory.
    EventFilter usine;
    usine.text = QStringLiteral("usine");
    QVERIFY(index.ids(2018, usine, QDate(2018, 3, 20)).value().isEmpty());
    QList<Event> events = m_events;
    const StoreResult<bool> aside = insertInBulk(store.database, events);
    QVERIFY2(aside.ok(), qPrintable(aside.message));
    QVERIFY(*aside);
    WriteResult whole = searchIndexIsWhole(store.database);
    QVERIFY2(whole.ok(), qPrintable(whole.message));
    // Later writes go through the triggers into the index built aside, and keep it whole.
    Event single = DemoGenerator(m_edition, GeoReference::embedded(), 80).next();
    single.requestId = QStringLiteral("SEUL-2");
    single.title = QStringLiteral("Zythologie comparée");
    const WriteResult alone = RequestStore(store.database).insert(single, QStringLiteral("test"));
    QVERIFY2(alone.ok(), qPrintable(alone.message));
    Event edited = EventRepository(store.database).find(1).value();
    edited.title = QStringLiteral("Xylographie industrielle");
    const WriteResult edit
        = RequestStore(store.database).update(edited, QStringLiteral("test"), QDate(2018, 3, 20));
    QVERIFY2(edit.ok(), qPrintable(edit.message));
    whole = searchIndexIsWhole(store.database);
    QVERIFY2(whole.ok(), qPrintable(whole.message));
    searchesKeepWhatTheDomainKeeps(store.database,
        { QStringLiteral("zythologie"), QStringLiteral("xylographie"), m_events.at(1).title.mid(1, 5),
            m_events.last().organiserName.left(6), QStringLiteral("usine") });
}

// The records of the search index's shadow tables, each as one line; of the structure record (id
// 10), all but its first four bytes, a counter of the index's writes.
QStringList searchIndexRecords(Database& database)
{
    QStringList records;
    QSqlQuery query(database.connection());
    for (const QString& select : { QStringLiteral("SELECT id, hex(iif(id = 10, substr(block, 5), block)) "
                                                  "FROM event_queue_search_data ORDER BY id"),
             QStringLiteral(
                 "SELECT segid, hex(term), pgno FROM event_queue_search_idx ORDER BY segid, term") }) {
        if (!query.exec(select)) {
            return { query.lastError().text() };
        }
        while (query.next()) {
            records << QStringLiteral("%1 %2 %3")
                           .arg(query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString());
        }
    }
    return records;
}

void TestQueueIndex::aSearchIndexBuiltAsideHoldsTheRecordsFts5Writes()
{
    if (TestStore::onPostgresql()) {
        QSKIP("pg_trgm's index is PostgreSQL's own; nothing is built aside");
    }
    Store store;
    QVERIFY2(store.database.open(TestStore::create(store.dir)), qPrintable(store.database.errorString()));
    // Repeated trigrams (dropped aside, yet counted in the averages record), characters of two to
    // four bytes, and texts that FTS5's own tokenizer reads aside: a NUL, U+FFFF, a lone surrogate.
    QList<Event> events = m_events;
    const QStringList titles { QStringLiteral("ananas ananas ananas"), QStringLiteral("ߟߟߟ €€€€ 𝄞𝄞𝄞𝄞 ab"),
        QStringLiteral("avant") + QChar(0) + QStringLiteral("apres"), QStringLiteral("fin ") + QChar(0xffff),
        QStringLiteral("seul ") + QChar(0xd800) + QStringLiteral(" seul"), QStringLiteral("ab") };
    for (qsizetype i = 0; i < titles.size(); ++i) {
        events[i * 100].title = titles.at(i);
    }
    const StoreResult<bool> aside = insertInBulk(store.database, events);
    QVERIFY2(aside.ok(), qPrintable(aside.message));
    QVERIFY(*aside);
    const QStringList built = searchIndexRecords(store.database);
    // FTS5 indexes every row again with its own tokenizer: the same records, byte for byte.
    QSqlQuery rebuild(store.database.connection());
    QVERIFY2(rebuild.exec(
                 QStringLiteral("INSERT INTO event_queue_search (event_queue_search) VALUES ('rebuild')")),
        qPrintable(rebuild.lastError().text()));
    QCOMPARE(built, searchIndexRecords(store.database));
    const WriteResult whole = searchIndexIsWhole(store.database);
    QVERIFY2(whole.ok(), qPrintable(whole.message));
}

void TestQueueIndex::anyRowsIndexedAsideGiveTheRecordsFts5Writes_data()
{
    QTest::addColumn<QByteArrayList>("pieces"); // of the texts, UTF-8 or not
    QTest::addColumn<qint64>("firstId");
    QTest::addColumn<qint64>("step"); // from an id to the next
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("doclistIndexes"); // whether FTS5 writes some
    QTest::addColumn<int>("heldBytes"); // of the texts that may wait for the end of the rows
    const auto each = [](QByteArrayView characters) {
        QByteArrayList pieces;
        for (const char character : characters) {
            pieces.append(QByteArray(1, character));
        }
        return pieces;
    };
    const QByteArrayList ascii = each("etaoinsrd-");
    // Doclists over several leaf pages: a trigram of every row takes a byte of them a row.
    constexpr int held = int(AsideSearchIndex::HeldBytes);
    QTest::newRow("ASCII") << ascii << qint64(1) << qint64(1) << 12000 << false << held;
    // Worked out batch after batch, as the texts of a million requests.
    QTest::newRow("ASCII, past the texts held") << ascii << qint64(1) << qint64(1) << 12000 << false << 4096;
    QTest::newRow("characters of 2 to 4 bytes") << QByteArrayList { "é", "ß", "€", "ߟ", "𝄞", "😀", "a", "-" }
                                                << qint64(1) << qint64(1) << 9000 << false << held;
    // Read by FTS5's own tokenizer: a NUL, bytes that are not UTF-8 (a lone continuation byte, an
    // overlong form, a cut sequence, a surrogate, beyond U+10FFFF, a five-byte form), U+FFFE, U+FFFF.
    QTest::newRow("odd bytes") << ascii
            + QByteArrayList { QByteArray(1, '\0'), "\x80", "\xff", "\xc0\xaf", "\xe2\x82", "\xed\xa0\x80",
                  "\xf4\x90\x80\x80", "\xf8\x88\x80\x80\x80", "\xef\xbf\xbe", "\xef\xbf\xbf" }
                               << qint64(1) << qint64(1) << 3000 << false << held;
    // Rowids of four bytes apart: the doclists fill enough pages for their indexes.
    QTest::newRow("doclist indexes") << ascii << qint64(7) << qint64(3000000) << 6000 << true << held;
    QTest::newRow("rowids of nine bytes")
        << ascii << (qint64(1) << 56) << (qint64(1) << 56) << 100 << false << held;
}

void TestQueueIndex::anyRowsIndexedAsideGiveTheRecordsFts5Writes()
{
    if (TestStore::onPostgresql()) {
        QSKIP("pg_trgm's index is PostgreSQL's own; nothing is built aside");
    }
    QFETCH(QByteArrayList, pieces);
    QFETCH(qint64, firstId);
    QFETCH(qint64, step);
    QFETCH(int, rows);
    QFETCH(bool, doclistIndexes);
    QFETCH(int, heldBytes);
    Store store;
    QVERIFY2(store.database.open(TestStore::create(store.dir)), qPrintable(store.database.errorString()));
    QSqlQuery query(store.database.connection());
    // The rows are written to event_queue alone, their other columns 0, under any id.
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(name, ', ') FROM pragma_table_info('event_queue') "
                                      "WHERE \"notnull\" AND name <> 'search_text'")));
    QVERIFY(query.next());
    const QStringList others = query.value(0).toString().split(QStringLiteral(", "));
    query.finish();
    Transaction transaction(store.database);
    QVERIFY(transaction.isOpen());
    QueueIndex index(store.database);
    const QString definition = index.searchIndexDefinition().value();
    const QString trigger = index.suspendSearchIndex().value();
    Statement insert(store.database,
        QStringLiteral("INSERT INTO event_queue (event_id, search_text, %1) VALUES (?, ?%2)")
            .arg(others.join(QStringLiteral(", ")), QStringLiteral(", 0").repeated(others.size())));
    QVERIFY2(insert.isValid(), qPrintable(insert.errorString()));
    // Every text begins alike, a quarter of them in ASCII alone, for the doclists that span pages.
    // They are handed over in batches of a thousand, as a bulk insert's.
    AsideSearchIndex aside(definition, std::size_t(heldBytes));
    QRandomGenerator random(16);
    EncodedRows texts;
    QList<qint64> ids;
    const auto handOver = [&aside, &texts, &ids] {
        QList<qsizetype> rowOf(ids.size());
        std::iota(rowOf.begin(), rowOf.end(), 0);
        aside.add(ids, std::exchange(texts, {}), rowOf);
        ids.clear();
    };
    for (int row = 0; row < rows; ++row) {
        QByteArray text("tout le monde ");
        for (int piece = row % 4 == 0 ? 0 : random.bounded(5, 40); piece > 0; --piece) {
            text += pieces.at(random.bounded(int(pieces.size())));
        }
        ids.append(firstId + row * step);
        texts.startRow();
        for (int value = 0; value < QueueIndex::SearchTextValue; ++value) {
            texts.appendNull();
        }
        texts.appendText(QByteArrayView(text));
        insert.bindInteger(1, ids.last());
        insert.bindKeptText(2, text);
        QVERIFY2(insert.step(), qPrintable(insert.errorString()));
        if (ids.size() == 1000 || row + 1 == rows) {
            handOver();
        }
    }
    const StoreResult<SearchIndexRecords> records = aside.finish();
    QVERIFY2(records.ok(), qPrintable(records.message));
    const WriteResult adopted = index.adoptSearchIndex(trigger, definition, *records);
    QVERIFY2(adopted.ok(), qPrintable(adopted.message));
    QVERIFY(transaction.commit().ok());
    const QStringList built = searchIndexRecords(store.database);
    // Some doclist went on over a leaf page (whose header then points at its first rowid); the
    // leaf pages' ids are from 1 << 37 on (segment 1), the doclist indexes' from 3 << 36.
    QVERIFY(query.exec(
        QStringLiteral("SELECT sum(id >= 1 << 37 AND id < 3 << 36 AND substr(block, 1, 2) <> x'0000'), "
                       "sum(id >= 3 << 36) FROM event_queue_search_data")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QCOMPARE(query.value(1).toInt() > 0, doclistIndexes);
    query.finish();
    // FTS5 indexes every row again, in one segment as the records built aside.
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO event_queue_search (event_queue_search, rank) VALUES ('hashsize', 268435456)")));
    QVERIFY2(
        query.exec(QStringLiteral("INSERT INTO event_queue_search (event_queue_search) VALUES ('rebuild')")),
        qPrintable(query.lastError().text()));
    QCOMPARE(built, searchIndexRecords(store.database));
    const WriteResult whole = searchIndexIsWhole(store.database);
    QVERIFY2(whole.ok(), qPrintable(whole.message));
}

void TestQueueIndex::aSearchIndexAlreadyHoldingRowsIsFilledAsBefore()
{
    QVERIFY(useOwnStore()); // it writes
    QList<Event> more = DemoGenerator(m_edition, GeoReference::embedded(), 81).generate(300);
    for (qsizetype i = 0; i < more.size(); ++i) {
        more[i].requestId = QStringLiteral("PLUS-%1").arg(i);
    }
    const StoreResult<bool> aside = insertInBulk(*m_database, more);
    QVERIFY2(aside.ok(), qPrintable(aside.message));
    QVERIFY(!*aside); // the index held the shared store's requests
    if (!TestStore::onPostgresql()) {
        const WriteResult whole = searchIndexIsWhole(*m_database);
        QVERIFY2(whole.ok(), qPrintable(whole.message));
    }
    searchesKeepWhatTheDomainKeeps(
        *m_database, { QStringLiteral("PLUS-29"), more.at(7).title.mid(2, 6), m_events.first().requestId });
}

void TestQueueIndex::aBulkDecidedAfterItsFirstRowsFillsTheSearchIndex()
{
    // As an import that learns its size after its first batch: those rows went through the trigger,
    // so the index holds rows when the bulk begins, and the others are filled in as before.
    Store store;
    QVERIFY2(store.database.open(TestStore::create(store.dir)), qPrintable(store.database.errorString()));
    const StoreResult<bool> aside = insertInBulk(store.database, m_events, 100);
    QVERIFY2(aside.ok(), qPrintable(aside.message));
    QVERIFY(!*aside);
    if (!TestStore::onPostgresql()) {
        const WriteResult whole = searchIndexIsWhole(store.database);
        QVERIFY2(whole.ok(), qPrintable(whole.message));
    }
    searchesKeepWhatTheDomainKeeps(
        store.database, { m_events.at(5).title.mid(1, 6), m_events.at(900).title.mid(1, 6) });
}

void TestQueueIndex::digestSearchesWhatTheFilterSearches()
{
    // The stored search text is built from the digest's pieces: it must be the filter's own.
    const RuleContext context { &m_edition, QDate(2018, 3, 20), &GeoReference::embedded(), false };
    Event spaced = m_events.first();
    spaced.organiserName = QStringLiteral("  Métal Œuvre SAS  ");
    spaced.postalCode = QStringLiteral("2A004");
    for (const Event& event : m_events + QList<Event> { spaced }) {
        QCOMPARE(EventDigest::of(event, context).searchText, EventFilter::searchText(event));
    }
}

void TestQueueIndex::countsEqualAPlainCount()
{
    QVERIFY(useOwnStore()); // it writes
    // Independent: plain SQL over the requests themselves, not over the queue's index.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT status, count(*), sum(CASE WHEN assignee = 'alice' THEN 1 ELSE "
                                      "0 END) FROM event WHERE edition_year = 2018 GROUP BY status")));
    QHash<EventStatus, int> byStatus;
    while (query.next()) {
        byStatus.insert(*EventStatuses::fromKey(query.value(0).toString()), query.value(1).toInt());
    }
    const QueueIndex::Counts counts
        = m_index->counts(2018, EventFilter(), QDate(2018, 3, 20), QStringLiteral("alice")).value();
    QCOMPARE(counts.byStatus, byStatus);
    QCOMPARE(counts.total, EventCount);

    // Assign some to alice, then count one failed condition per status with the rules in C++.
    const QList<Event> all = m_repository->all(2018).value();
    for (int i = 0; i < 40; ++i) {
        const Event& event = all.at(i * 7);
        QVERIFY(Decisions(*m_database)
                .assign(event.id, event.version, QStringLiteral("alice"), QStringLiteral("test"))
                .ok());
    }
    EventFilter paying;
    paying.conditions = EventFilter::Conditions::Failing;
    paying.failing = Check::Free;
    paying.statuses = { EventStatus::Labelled }; // ignored by the counts, as the tabs need
    paying.assignee = QStringLiteral("bob");
    const RuleContext context { &m_edition, QDate(2018, 3, 20), &GeoReference::embedded(), false };
    QHash<EventStatus, int> payingByStatus;
    QHash<EventStatus, int> payingMine;
    for (const Event& event : m_repository->all(2018).value()) {
        if (LabelRules::evaluate(Check::Free, event, context).outcome == Outcome::Fail) {
            ++payingByStatus[event.status];
            payingMine[event.status] += event.assignee == QLatin1String("alice") ? 1 : 0;
        }
    }
    const QueueIndex::Counts paid
        = m_index->counts(2018, paying, QDate(2018, 3, 20), QStringLiteral("alice")).value();
    QCOMPARE(paid.byStatus, payingByStatus);
    for (EventStatus status : EventStatuses::all()) {
        QCOMPARE(paid.mineByStatus.value(status), payingMine.value(status));
    }
    QVERIFY(!payingByStatus.isEmpty());
    QCOMPARE(m_index->counts(2019, EventFilter(), QDate(2018, 3, 20), QString()).value().total, 0);
}

void TestQueueIndex::sortsOrderAsTheColumnReads_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("request id") << int(QueueColumns::RequestId);
    QTest::newRow("title") << int(QueueColumns::Title);
    QTest::newRow("organiser") << int(QueueColumns::Organiser);
    QTest::newRow("commune") << int(QueueColumns::Commune);
    QTest::newRow("start") << int(QueueColumns::Start);
    QTest::newRow("submitted") << int(QueueColumns::Submitted);
    QTest::newRow("status") << int(QueueColumns::Status);
    QTest::newRow("region") << int(QueueColumns::Region);
    QTest::newRow("C4") << int(QueueColumns::ConditionFree);
}

void TestQueueIndex::sortsOrderAsTheColumnReads()
{
    QFETCH(int, key);
    const auto sortKey = static_cast<QueueColumns::Column>(key);
    const RuleContext context { &m_edition, QDate(2018, 3, 20), &GeoReference::embedded(), false };
    const QList<EventStatus> workflow = EventStatuses::all();
    // What the reviewer reads in the column, as a comparable value.
    const auto value = [&](const Event& e) -> QVariant {
        switch (sortKey) {
        case QueueColumns::RequestId:
            return TextFold::folded(e.requestId);
        case QueueColumns::Title:
            return TextFold::folded(e.title);
        case QueueColumns::Organiser:
            return TextFold::folded(e.organiserName);
        case QueueColumns::Commune:
            return TextFold::folded(e.commune);
        case QueueColumns::Start:
            return e.startsAt;
        case QueueColumns::Submitted:
            return e.submittedAt;
        case QueueColumns::Status:
            return workflow.indexOf(e.status);
        case QueueColumns::Region: {
            const Region* region = GeoReference::embedded().region(e.region);
            return TextFold::folded(region ? region->name : e.region);
        }
        default:
            return int(LabelRules::evaluate(Check::Free, e, context).outcome);
        }
    };
    for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        const QList<Event> sorted
            = m_repository
                  ->findMany(m_index->ids(2018, EventFilter(), QDate(2018, 3, 20), sortKey, order).value())
                  .value();
        QCOMPARE(sorted.size(), EventCount);
        for (qsizetype i = 1; i < sorted.size(); ++i) {
            const QVariant before = value(sorted.at(i - 1));
            const QVariant after = value(sorted.at(i));
            const int comparison = QVariant::compare(before, after) == QPartialOrdering::Less ? -1
                : before == after                                                             ? 0
                                                                                              : 1;
            QVERIFY2(order == Qt::AscendingOrder ? comparison <= 0 : comparison >= 0,
                qPrintable(
                    QStringLiteral("row %1: %2 then %3").arg(i).arg(before.toString(), after.toString())));
            if (comparison == 0) {
                // Ties by id, so that the order is the same on every run.
                QVERIFY(order == Qt::AscendingOrder ? sorted.at(i - 1).id < sorted.at(i).id
                                                    : sorted.at(i - 1).id > sorted.at(i).id);
            }
        }
    }
}

void TestQueueIndex::followsEveryWrite()
{
    QVERIFY(useOwnStore()); // it writes
    const QDate today(2018, 3, 20);
    EventFilter labelled;
    labelled.statuses = { EventStatus::Labelled };
    EventFilter passing;
    passing.conditions = EventFilter::Conditions::FailingNone;
    EventFilter mine;
    mine.assignee = QStringLiteral("alice");

    Event event;
    for (const Event& candidate : m_repository->all(2018).value()) {
        if (candidate.status == EventStatus::Submitted && candidate.free == std::optional<bool>(true)
            && LabelRules::evaluateAll(candidate, { &m_edition, today, &GeoReference::embedded(), false })
                .passesAllConditions()) {
            event = candidate;
            break;
        }
    }
    QVERIFY(event.id > 0);
    QVERIFY(!actual(labelled, today).contains(event.id));
    QVERIFY(Decisions(*m_database)
            .changeStatus(event.id, event.version, EventStatus::Labelled, {}, QStringLiteral("test"))
            .ok());
    QVERIFY(actual(labelled, today).contains(event.id));
    event = *m_repository->find(event.id);
    QVERIFY(Decisions(*m_database)
            .assign(event.id, event.version, QStringLiteral("alice"), QStringLiteral("test"))
            .ok());
    QVERIFY(actual(mine, today).contains(event.id));

    // An edit that makes it paying: C4 fails from then on.
    event = *m_repository->find(event.id);
    QVERIFY(actual(passing, today).contains(event.id));
    event.free = false;
    event.price = 10;
    event.title = QStringLiteral("Visite payante de la Fonderie Œstrale");
    QVERIFY(RequestStore(*m_database).update(event, QStringLiteral("test")).ok());
    QVERIFY(!actual(passing, today).contains(event.id));
    EventFilter byTitle;
    byTitle.text = QStringLiteral("fonderie oestrale"); // "Œ" is not folded to "oe"…
    QVERIFY(!actual(byTitle, today).contains(event.id));
    byTitle.text = QStringLiteral("PAYANTE");
    QCOMPARE(actual(byTitle, today), expected(byTitle, today));
    QVERIFY(actual(byTitle, today).contains(event.id));

    // A batch that fails leaves no index rows behind.
    QList<Event> twice = { m_events.first(), m_events.first() };
    twice[0].requestId = QStringLiteral("NEW-1");
    twice[1].requestId = QStringLiteral("NEW-1");
    QVERIFY(!RequestStore(*m_database).insertAll(twice, QStringLiteral("test")).ok());
    QCOMPARE(m_index->counts(2018, EventFilter(), today, QString()).value().total, EventCount);
    QVERIFY(m_index->staleIds().value().isEmpty());
}

void TestQueueIndex::editionChangeAndOlderRowsAreWorkedOutAgain()
{
    QVERIFY(useOwnStore()); // it writes
    const QDate today(2018, 3, 20);
    EventFilter datesFail;
    datesFail.conditions = EventFilter::Conditions::Failing;
    datesFail.failing = Check::Dates;
    const QSet<qint64> before = actual(datesFail, today);

    // The week moves a fortnight later: the rows are stale until refreshed, then follow the rules.
    Edition moved = m_edition;
    moved.weekStart = moved.weekStart.addDays(14);
    moved.weekEnd = moved.weekEnd.addDays(14);
    QVERIFY(EditionRepository(*m_database).save(moved).ok());
    QCOMPARE(m_index->staleIds().value().size(), EventCount);
    QCOMPARE(RequestStore(*m_database).refreshQueueIndex().value(), EventCount);
    QVERIFY(m_index->staleIds().value().isEmpty());
    m_edition = moved;
    const QSet<qint64> after = actual(datesFail, today);
    QCOMPARE(after, expected(datesFail, today));
    QVERIFY(after != before);

    // Rows lost are found and worked out again.
    QSqlQuery query(m_database->connection());
    QVERIFY(query.exec(QStringLiteral(
        "DELETE FROM event_queue WHERE event_id IN (SELECT id FROM event ORDER BY id LIMIT 5)")));
    QCOMPARE(m_index->staleIds().value().size(), 5);
    QCOMPARE(RequestStore(*m_database).refreshQueueIndex().value(), 5);
    QCOMPARE(RequestStore(*m_database).refreshQueueIndex().value(), 0);
    QCOMPARE(m_index->counts(2018, EventFilter(), today, QString()).value().total, EventCount);

    // Rows written by an older recipe of the rules are all worked out again, once.
    QVERIFY(MetaRepository(*m_database).setValue(QStringLiteral("queue_recipe"), QStringLiteral("0")));
    QVERIFY(!m_index->isCurrent().value());
    QCOMPARE(m_index->staleIds().value().size(), EventCount);
    QCOMPARE(RequestStore(*m_database).refreshQueueIndex().value(), EventCount);
    QVERIFY(m_index->isCurrent().value());
    QCOMPARE(RequestStore(*m_database).refreshQueueIndex().value(), 0);
    QCOMPARE(actual(datesFail, today), expected(datesFail, today));
}

void TestQueueIndex::mapPointsComeFromOneIndexAlone()
{
    // What QueueIndex::mapPoints reads of event_queue: the plan must be one pass over the index
    // event_queue_map alone (no table row, no sort), on both engines. PostgreSQL reads each row's
    // map_point (schema 17).
    const QString read = QStringLiteral("SELECT %1, online_title, online_request_id, online_organiser "
                                        "FROM event_queue WHERE edition_year = 2018 ORDER BY event_id")
                             .arg(m_database->isPostgresql()
                                     ? QStringLiteral("map_point")
                                     : QStringLiteral("event_id, latitude, longitude, status, failing, "
                                                      "online, region, departement"));
    QSqlQuery query(m_database->connection());
    QString plan;
    if (m_database->isPostgresql()) {
        // Small tables are cheaper to scan whole: keep the planner on indexes to see which one.
        QVERIFY(query.exec(QStringLiteral("SET enable_seqscan = off")));
        QVERIFY(query.exec(QStringLiteral("SET enable_bitmapscan = off")));
        QVERIFY2(query.exec(QStringLiteral("EXPLAIN ") + read), qPrintable(query.lastError().text()));
        while (query.next()) {
            plan += query.value(0).toString() + QLatin1Char('\n');
        }
        QVERIFY(query.exec(QStringLiteral("RESET enable_seqscan")));
        QVERIFY(query.exec(QStringLiteral("RESET enable_bitmapscan")));
        QVERIFY2(plan.contains(QLatin1String("Index Only Scan using event_queue_map")), qPrintable(plan));
    } else {
        QVERIFY2(
            query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + read), qPrintable(query.lastError().text()));
        while (query.next()) {
            plan += query.value(3).toString() + QLatin1Char('\n');
        }
        QVERIFY2(plan.contains(QLatin1String("USING COVERING INDEX event_queue_map")), qPrintable(plan));
    }
    QVERIFY2(!plan.contains(QLatin1String("Sort")) && !plan.contains(QLatin1String("TEMP B-TREE")),
        qPrintable(plan));
}

void TestQueueIndex::mapPointsAreWhatTheRequestsSay_data()
{
    QTest::addColumn<QString>("region");
    QTest::newRow("the whole edition") << QString();
    QTest::newRow("Île-de-France") << QStringLiteral("11");
}

void TestQueueIndex::mapPointsAreWhatTheRequestsSay()
{
    // Each engine reads the points its own way (PostgreSQL: one text per row): on the same
    // generated requests, both give every field exactly as the requests hold it, in id order.
    QFETCH(QString, region);
    EventFilter filter;
    filter.region = region;
    const QDate today(2018, 3, 20);
    const RuleContext context { &m_edition, today, &GeoReference::embedded(), false };
    QList<Event> events = m_repository->all(2018).value();
    events.removeIf([&](const Event& event) { return !region.isEmpty() && event.region != region; });
    // One line per point, numbers written exactly: a difference names the request and the field.
    const auto line = [](qint64 id, double latitude, double longitude, EventStatus status, int failing,
                          bool online, const QStringList& texts) {
        return QStringLiteral("%1 at %2 %3, %4, failing %5, online %6: %7")
            .arg(id)
            .arg(latitude, 0, 'g', 17)
            .arg(longitude, 0, 'g', 17)
            .arg(EventStatuses::key(status))
            .arg(failing)
            .arg(online ? 1 : 0)
            .arg(texts.join(QStringLiteral(" | ")));
    };
    QStringList read;
    int online = 0;
    int placed = 0;
    const StoreResult<QList<MapPoint>> points = m_index->mapPoints(2018, filter, today);
    QVERIFY2(points, qPrintable(points.message));
    for (const MapPoint& point : *points) {
        read << line(point.id, point.latitude, point.longitude, point.status, point.failing, point.online,
            { point.region, point.departement, point.title, point.requestId, point.organiser });
        online += point.online ? 1 : 0;
        placed += point.hasPlace() ? 1 : 0;
    }
    QStringList stored;
    const double unknown = std::numeric_limits<double>::quiet_NaN();
    for (const Event& event : std::as_const(events)) {
        const bool known = event.latitude && event.longitude;
        const QList<Check> failed = LabelRules::evaluateAll(event, context).failedConditions();
        int failing = 0;
        for (qsizetype c = 0; c < LabelRules::conditions().size(); ++c) {
            failing |= failed.contains(LabelRules::conditions().at(c)) ? 1 << c : 0;
        }
        stored << line(event.id, known ? *event.latitude : unknown, known ? *event.longitude : unknown,
            event.status, failing, event.online,
            { event.region, event.departement, event.online ? event.title : QString(),
                event.online ? event.requestId : QString(), event.online ? event.organiserName : QString() });
    }
    QCOMPARE(read, stored);
    QVERIFY(placed > 0);
    QVERIFY(!region.isEmpty() || online > 0);
}

void TestQueueIndex::mapTextsFollowEdits()
{
    // The map lists an online request by texts that the queue's row keeps (schema 15): an edit
    // changes them, and a request that gets a place loses them. Texts holding commas (PostgreSQL's
    // separator of the other columns), colons, line breaks and characters of several bytes come
    // back whole.
    QVERIFY(useOwnStore()); // it writes
    const QDate today(2018, 3, 20);
    const auto pointOf = [&](qint64 id) {
        const QList<MapPoint> points = m_index->mapPoints(2018, EventFilter(), today).value();
        const auto found = std::find_if(
            points.cbegin(), points.cend(), [id](const MapPoint& point) { return point.id == id; });
        return found == points.cend() ? MapPoint() : *found;
    };
    const QList<Event> all = m_repository->all(2018).value();
    const auto online
        = std::find_if(all.cbegin(), all.cend(), [](const Event& event) { return event.online; });
    QVERIFY(online != all.cend());
    Event event = *online;
    QCOMPARE(pointOf(event.id).title, event.title);
    const QStringList titles { QStringLiteral("12:3,4 Atelier « ouvert »\n,5:ab"),
        QStringLiteral("Ligne 1\nLigne 2\r\n;:,"), QStringLiteral("Œuvre 😀 usine 7:"), QString() };
    for (const QString& title : titles) {
        event.title = title;
        event.organiserName = title + QStringLiteral(" SAS, 3:x");
        event.requestId = QStringLiteral("SI2018-9:%1").arg(title.size());
        QVERIFY(RequestStore(*m_database).update(event, QStringLiteral("test")).ok());
        const MapPoint point = pointOf(event.id);
        QVERIFY(point.online);
        QCOMPARE(point.title, title);
        QCOMPARE(point.organiser, event.organiserName);
        QCOMPARE(point.requestId, event.requestId);
    }
    // Placed, it is a marker: no texts kept for it.
    event.online = false;
    event.latitude = 48.8566;
    event.longitude = 2.3522;
    QVERIFY(RequestStore(*m_database).update(event, QStringLiteral("test")).ok());
    const MapPoint placed = pointOf(event.id);
    QVERIFY(!placed.online);
    QVERIFY(placed.hasPlace());
    QVERIFY(placed.title.isEmpty() && placed.organiser.isEmpty() && placed.requestId.isEmpty());
}

void TestQueueIndex::mapCoordinatesAreExactWhateverTheSessionsDigits()
{
    // PostgreSQL writes a double as text with the digits its session asks for: with
    // extra_float_digits at 0, 15 significant digits, which do not read back the same double. The
    // map's coordinates are stored as their bits (schema 17), so neither the session that writes
    // the request nor the one that reads the map can round them.
    if (!TestStore::onPostgresql()) {
        QSKIP("SQLite hands its doubles over as they are");
    }
    QVERIFY(useOwnStore()); // it writes
    QVERIFY(QSqlQuery(m_database->connection()).exec(QStringLiteral("SET extra_float_digits = 0")));
    Event event = m_repository->all(2018).value().first();
    event.online = false;
    event.latitude = std::nextafter(48.856614, 49.0);
    event.longitude = std::nextafter(2.3522219, 3.0);
    QVERIFY(QString::number(*event.latitude, 'g', 15).toDouble() != *event.latitude);
    QVERIFY(RequestStore(*m_database).update(event, QStringLiteral("test")).ok());
    const QList<MapPoint> points = m_index->mapPoints(2018, EventFilter(), QDate(2018, 3, 20)).value();
    const auto point
        = std::find_if(points.cbegin(), points.cend(), [&](const MapPoint& p) { return p.id == event.id; });
    QVERIFY(point != points.cend());
    QCOMPARE(point->latitude, *event.latitude);
    QCOMPARE(point->longitude, *event.longitude);
    QVERIFY(QSqlQuery(m_database->connection()).exec(QStringLiteral("RESET extra_float_digits")));
}

void TestQueueIndex::aSearchIsLedByWhatItFinds()
{
    // A keystroke costs what it finds, not a walk of the edition: on SQLite the plan reads the
    // trigram index's candidates and looks their rows up, whatever else the filter holds.
    if (TestStore::onPostgresql()) {
        QSKIP("PostgreSQL's planner weighs pg_trgm's index against the others itself");
    }
    EventFilter filter;
    filter.text = QStringLiteral("Usine");
    EventFilter withRegion = filter;
    withRegion.region = QStringLiteral("84");
    withRegion.statuses = { EventStatus::Submitted };
    for (const EventFilter& searched : { filter, withRegion }) {
        const QueueIndex::Where where = m_index->where(2018, searched, QDate(2018, 3, 20));
        Statement explain(m_database->connection(),
            QStringLiteral("EXPLAIN QUERY PLAN SELECT event_id, status, assignee FROM event_queue WHERE %1 "
                           "ORDER BY request_key")
                .arg(where.sql));
        QVERIFY2(explain.isValid(), qPrintable(explain.errorString()));
        where.bindTo(explain);
        QString plan;
        while (explain.next()) {
            plan += QString::fromUtf8(explain.columnText(3)) + QLatin1Char('\n');
        }
        QVERIFY2(
            plan.contains(QLatin1String("SEARCH event_queue USING INTEGER PRIMARY KEY")), qPrintable(plan));
        QVERIFY2(plan.contains(QLatin1String("VIRTUAL TABLE")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("USING INDEX"))
                && !plan.contains(QLatin1String("SCAN event_queue\n")),
            qPrintable(plan));
    }
}

void TestQueueIndex::aPlaceAndTheEditionsCountsReadTheirIndexes()
{
    // Schema 20 dropped event_queue_place and event_status: a département is read within its
    // région's part of event_queue_region, and the edition's counts (the queue's tabs under any
    // filter) from event_queue_status alone, not through a walk of the whole edition's rows.
    if (TestStore::onPostgresql()) {
        QSKIP("PostgreSQL's planner weighs its indexes itself and keeps event_queue_place");
    }
    EventFilter place;
    place.region = QStringLiteral("84");
    place.departement = QStringLiteral("69");
    const QueueIndex::Where placed = m_index->where(2018, place, QDate(2018, 3, 20));
    const QueueIndex::Where edition = m_index->where(2018, EventFilter(), QDate(2018, 3, 20));
    const QList<std::tuple<QString, QueueIndex::Where, QString>> reads {
        { QStringLiteral("SELECT event_id, status, assignee FROM event_queue WHERE %1 ORDER BY request_key"),
            placed, QStringLiteral("USING INDEX event_queue_region (edition_year=? AND region=?)") },
        { QStringLiteral("SELECT status, count(*) FROM event_queue WHERE %1 GROUP BY status"), edition,
            QStringLiteral("USING COVERING INDEX event_queue_status (edition_year=?)") },
    };
    for (const auto& [read, where, expected] : reads) {
        Statement explain(
            m_database->connection(), QStringLiteral("EXPLAIN QUERY PLAN ") + read.arg(where.sql));
        QVERIFY2(explain.isValid(), qPrintable(explain.errorString()));
        where.bindTo(explain);
        QString plan;
        while (explain.next()) {
            plan += QString::fromUtf8(explain.columnText(3)) + QLatin1Char('\n');
        }
        QVERIFY2(plan.contains(expected), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }
}

void TestQueueIndex::firstRowsBeginTheSelection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<int>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("answered"); // on SQLite; PostgreSQL always selects the whole
    // "usine" is in about a third of the generated requests: far more than 32 times 4 candidates.
    QTest::newRow("many found") << QStringLiteral("Usine") << QString() << int(QueueColumns::RequestId)
                                << Qt::AscendingOrder << true;
    QTest::newRow("many found, descending") << QStringLiteral("usine") << QString()
                                            << int(QueueColumns::RequestId) << Qt::DescendingOrder << true;
    QTest::newRow("many found in a région") << QStringLiteral("usine") << QStringLiteral("84")
                                            << int(QueueColumns::RequestId) << Qt::AscendingOrder << true;
    QTest::newRow("an order no index walks")
        << QStringLiteral("usine") << QString() << int(QueueColumns::Title) << Qt::AscendingOrder << false;
    QTest::newRow("few found") << QStringLiteral("zzqx") << QString() << int(QueueColumns::RequestId)
                               << Qt::AscendingOrder << false;
    QTest::newRow("too short for trigrams")
        << QStringLiteral("us") << QString() << int(QueueColumns::RequestId) << Qt::AscendingOrder << false;
    QTest::newRow("no search") << QString() << QString() << int(QueueColumns::RequestId) << Qt::AscendingOrder
                               << false;
}

void TestQueueIndex::firstRowsBeginTheSelection()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(int, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, answered);
    constexpr int Rows = 4;
    EventFilter filter;
    filter.text = text;
    filter.region = region;
    const QDate today(2018, 3, 20);
    const auto column = static_cast<QueueColumns::Column>(sort);
    const std::optional<QueueIndex::Selection> first
        = m_index->firstRows(2018, filter, today, column, order, Rows);
    QCOMPARE(first.has_value(), answered && !m_database->isPostgresql());
    if (!first) {
        return;
    }
    const QList<qint64> all = m_index->ids(2018, filter, today, column, order).value();
    QVERIFY(first->partial);
    QVERIFY2(first->error.isEmpty(), qPrintable(first->error));
    QCOMPARE(first->ids, all.first(Rows));
    QCOMPARE(first->counts.total, 0);
}

QTEST_GUILESS_MAIN(TestQueueIndex)
#include "tst_queueindex.moc"
