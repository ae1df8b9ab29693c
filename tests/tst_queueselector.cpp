// The queue's selection on a thread of its own (QueueSelector): it answers what QueueIndex
// answers on the caller's thread, a request made while another is under way cancels it and the
// last one wins, and a cancelled request is never answered.
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/QueueSelector.h"
#include "db/RequestStore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "TestStore.h"
#include <QTest>

class TestQueueSelector : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void answersAsTheIndexDoes();
    void theLastRequestWins();
    void aCancelledRequestIsNotAnswered();
    void manyFoundAnswerTheirFirstRowsFirst();
    void theIndexCheckFindsTheRequestsWithoutARow();
    void aFailedSelectionCarriesItsError(); // last: it breaks the store, then mends it

private:
    QueueSelector::Request search(const QString& text) const;
    QList<qint64> expected(const QString& text) const;
    // The answers the spy caught, once every request under way has been answered.
    static QList<QList<qint64>> answers(QueueSelector& selector, QSignalSpy& spy);

    QTemporaryDir m_dir;
    Database m_database;
};

void TestQueueSelector::initTestCase()
{
    QVERIFY2(m_database.open(TestStore::create(m_dir)), qPrintable(m_database.errorString()));
    const Edition edition = *EditionRepository(m_database).find(2018);
    QList<Event> events = DemoGenerator(edition, GeoReference::embedded(), 16).generate(3000);
    const WriteResult stored = RequestStore(m_database).insertAll(events, QStringLiteral("test"));
    QVERIFY2(stored.ok(), qPrintable(stored.message));
}

void TestQueueSelector::cleanupTestCase() { m_database.close(); }

QueueSelector::Request TestQueueSelector::search(const QString& text) const
{
    QueueSelector::Request request;
    request.editionYear = 2018;
    request.filter.text = text;
    request.today = QDate(2018, 3, 20);
    request.me = QStringLiteral("alice");
    return request;
}

QList<qint64> TestQueueSelector::expected(const QString& text) const
{
    const QueueSelector::Request request = search(text);
    return QueueIndex(const_cast<Database&>(m_database))
        .ids(request.editionYear, request.filter, request.today)
        .value();
}

QList<QList<qint64>> TestQueueSelector::answers(QueueSelector& selector, QSignalSpy& spy)
{
    QList<QList<qint64>> ids;
    if (!QTest::qWaitFor([&] { return !selector.isPending(); })) {
        return { { -1 } };
    }
    for (const QList<QVariant>& arguments : spy) {
        ids.append(arguments.at(0).value<QueueIndex::Selection>().ids);
    }
    return ids;
}

void TestQueueSelector::answersAsTheIndexDoes()
{
    QueueSelector selector(m_database);
    QVERIFY(selector.isAvailable());
    QSignalSpy spy(&selector, &QueueSelector::selected);
    selector.request(search(QStringLiteral("usine")));
    QVERIFY(selector.isPending());
    const QList<QList<qint64>> got = answers(selector, spy);
    QCOMPARE(got.size(), 1);
    QVERIFY(!got.first().isEmpty());
    QCOMPARE(got.first(), expected(QStringLiteral("usine")));
    const QueueIndex::Selection selection = spy.first().at(0).value<QueueIndex::Selection>();
    QCOMPARE(selection.counts.total, int(got.first().size()));
}

void TestQueueSelector::theLastRequestWins()
{
    // Keystrokes faster than the store: each request supersedes the one before, which is
    // interrupted or, if it was answered meanwhile, its answer dropped.
    QueueSelector selector(m_database);
    QSignalSpy spy(&selector, &QueueSelector::selected);
    for (const QString& typed : { QStringLiteral("e"), QStringLiteral("es"), QStringLiteral("est"),
             QStringLiteral("esti"), QStringLiteral("festi") }) {
        selector.request(search(typed));
    }
    QCOMPARE(answers(selector, spy), QList<QList<qint64>> { expected(QStringLiteral("festi")) });
    // Typed a moment later, while the first one may be running or may have been answered: an
    // answer delivered before the next key is right, and only that one may precede the last.
    spy.clear();
    selector.request(search(QStringLiteral("e")));
    QTest::qWait(1);
    const qsizetype answeredBefore = spy.count();
    selector.request(search(QStringLiteral("fonderie")));
    const QList<QList<qint64>> got = answers(selector, spy);
    QCOMPARE(got.size(), answeredBefore + 1);
    if (answeredBefore == 1) {
        QCOMPARE(got.first(), expected(QStringLiteral("e")));
    }
    QCOMPARE(got.last(), expected(QStringLiteral("fonderie")));
}

void TestQueueSelector::aCancelledRequestIsNotAnswered()
{
    QueueSelector selector(m_database);
    QSignalSpy spy(&selector, &QueueSelector::selected);
    selector.request(search(QStringLiteral("e")));
    selector.cancel();
    QVERIFY(!selector.isPending());
    // Answers come in the order of the requests: once the next one is answered, the cancelled
    // one would have been too.
    selector.request(search(QStringLiteral("usine")));
    QCOMPARE(answers(selector, spy), QList<QList<qint64>> { expected(QStringLiteral("usine")) });
}

void TestQueueSelector::manyFoundAnswerTheirFirstRowsFirst()
{
    // "usine" is in about a third of the 3,000 requests: more than 32 times 4 candidates.
    QueueSelector selector(m_database);
    QSignalSpy spy(&selector, &QueueSelector::selected);
    QueueSelector::Request request = search(QStringLiteral("usine"));
    request.firstRows = 4;
    selector.request(request);
    QVERIFY(QTest::qWaitFor([&] { return !selector.isPending(); }));
    const QList<qint64> all = expected(QStringLiteral("usine"));
    // PostgreSQL answers the whole selection at once.
    QCOMPARE(spy.count(), m_database.isPostgresql() ? 1 : 2);
    if (spy.count() == 2) {
        const QueueIndex::Selection first = spy.first().at(0).value<QueueIndex::Selection>();
        QVERIFY(first.partial);
        QCOMPARE(first.ids, all.first(4));
    }
    const QueueIndex::Selection whole = spy.last().at(0).value<QueueIndex::Selection>();
    QVERIFY(!whole.partial);
    QCOMPARE(whole.ids, all);
    QCOMPARE(whole.counts.total, int(all.size()));
}

// At start-up the second connection proves that every request has its queue row, the first page
// not waiting for it; one that has none is found, then given its row by refreshQueueIndex(), which
// announces it as added so that the queue, the map and the statistics show it.
void TestQueueSelector::theIndexCheckFindsTheRequestsWithoutARow()
{
    QueueSelector selector(m_database);
    QVERIFY(selector.isAvailable());
    QSignalSpy checked(&selector, &QueueSelector::indexChecked);
    selector.checkIndex();
    QVERIFY(checked.wait());
    QCOMPARE(checked.at(0).at(0).value<QList<qint64>>(), QList<qint64>());
    QCOMPARE(checked.at(0).at(1).toString(), QString());

    const QList<qint64> all = expected({});
    const qint64 lost = all.at(all.size() / 2);
    QSqlQuery query(m_database.connection());
    QVERIFY2(query.exec(QStringLiteral("DELETE FROM event_queue WHERE event_id = %1").arg(lost)),
        qPrintable(query.lastError().text()));
    QCOMPARE(expected({}).size(), all.size() - 1);
    selector.checkIndex();
    QVERIFY(checked.wait());
    QCOMPARE(checked.at(1).at(0).value<QList<qint64>>(), QList<qint64> { lost });
    QCOMPARE(checked.at(1).at(1).toString(), QString());

    QSignalSpy added(&m_database.changes(), &ChangeNotifier::eventsAdded);
    QCOMPARE(RequestStore(m_database).refreshQueueIndex().value(), 1);
    QCOMPARE(added.size(), 1);
    QCOMPARE(expected({}), all);
}

// The selection fails on the selector's thread: its answer brings the store's words to the queue's, not an
// empty queue.
void TestQueueSelector::aFailedSelectionCarriesItsError()
{
    QueueSelector selector(m_database);
    QSignalSpy spy(&selector, &QueueSelector::selected);
    const QString broken = TestStore::breakStore(m_database, QStringLiteral("event_queue"));
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    selector.request(search(QStringLiteral("usine")));
    QVERIFY(QTest::qWaitFor([&] { return !selector.isPending(); }));
    QCOMPARE(spy.count(), 1);
    const QueueIndex::Selection selection = spy.first().at(0).value<QueueIndex::Selection>();
    QVERIFY(selection.ids.isEmpty());
    QVERIFY2(TestStore::namesMissingTable(selection.error, QStringLiteral("event_queue")),
        qPrintable(selection.error));
    QSqlQuery mend(m_database.connection());
    QVERIFY2(mend.exec(QStringLiteral("ALTER TABLE event_queue_gone RENAME TO event_queue")),
        qPrintable(mend.lastError().text()));
}

QTEST_MAIN(TestQueueSelector)
#include "tst_queueselector.moc"
