#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "db/AccessRepository.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/StoreCopy.h"

#include "TestStore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <atomic>

// What a store shared by several reviewers promises: concurrent decisions never lose an update,
// the database itself refuses what a role may not do, other workstations hear of changes, and a
// workstation's store can be copied into the shared one. Run on SQLite (what applies there) and,
// by ctest, on a real PostgreSQL server.
class TestPostgresql : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void concurrentReviewersLoseNothing();
    void regionalReviewerIsHeldByTheDatabase();
    void viewerWritesNothing();
    void otherWorkstationsHearOfChanges();
    void copyRoundTrip();
    void anotherApplicationsDatabaseIsRefused();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    QList<Event> m_events;
};

void TestPostgresql::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = TestStore::create(*m_dir);
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_location), qPrintable(m_db->errorString()));
    const Edition edition = *EditionRepository(*m_db).find(2018);
    m_events = DemoGenerator(edition, GeoReference::embedded(), 808).generate(60);
    for (Event& event : m_events) {
        event.status = EventStatus::Submitted;
    }
    QVERIFY(EventRepository(*m_db).insertAll(m_events, QStringLiteral("import")).ok());
}

void TestPostgresql::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

// 8 reviewers, 500 decisions each, on 20 requests they all work on: refuse, then take back into
// review, and so on. Every decision either wins or is told it lost; the audit has one entry per
// accepted decision and each request's version counts exactly its accepted decisions.
void TestPostgresql::concurrentReviewersLoseNothing()
{
    constexpr int Reviewers = 8;
    constexpr int DecisionsEach = 500;
    const QList<Event> shared = m_events.mid(0, 20);
    std::atomic<int> accepted = 0;
    std::atomic<int> conflicts = 0;
    std::atomic<int> failures = 0;
    QStringList failureMessages;
    QMutex failureLock;
    QList<QThread*> threads;
    for (int r = 0; r < Reviewers; ++r) {
        threads << QThread::create([&, r] {
            Database database;
            if (!database.open(m_location)) {
                ++failures;
                return;
            }
            EventRepository repository(database);
            for (int i = 0; i < DecisionsEach; ++i) {
                const qint64 id = shared.at((i * 7 + r * 3) % shared.size()).id;
                const std::optional<Event> seen = repository.find(id);
                if (!seen) {
                    ++failures;
                    continue;
                }
                const bool refuse = seen->status != EventStatus::Refused;
                const WriteResult result = repository.changeStatus(id, seen->version,
                    refuse ? EventStatus::Refused : EventStatus::InReview, QStringLiteral("décision %1/%2").arg(r).arg(i),
                    QStringLiteral("reviewer%1").arg(r));
                if (result.ok()) {
                    ++accepted;
                } else if (result.status == WriteResult::Status::Conflict) {
                    ++conflicts;
                } else {
                    ++failures;
                    QMutexLocker locker(&failureLock);
                    failureMessages << result.message;
                }
            }
        });
    }
    for (QThread* thread : threads) {
        thread->start();
    }
    for (QThread* thread : threads) {
        QVERIFY(thread->wait(240000));
        delete thread;
    }
    QVERIFY2(failures == 0, qPrintable(failureMessages.join(QLatin1Char('\n'))));
    QCOMPARE(accepted + conflicts, Reviewers * DecisionsEach);
    QVERIFY(accepted > 0);

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit WHERE action = 'status'")) && query.next());
    QCOMPARE(query.value(0).toInt(), accepted.load());
    EventRepository repository(*m_db);
    int versions = 0;
    for (const Event& event : shared) {
        const std::optional<Event> now = repository.find(event.id);
        QVERIFY(now);
        // No lost update: each accepted decision raised the version once, and is in the trail.
        const QList<AuditEntry> trail = repository.auditTrail(event.id);
        QCOMPARE(now->version - 1, int(trail.size()) - 1);
        versions += now->version - 1;
    }
    QCOMPARE(versions, accepted.load());
}


void TestPostgresql::regionalReviewerIsHeldByTheDatabase()
{
    SKIP_UNLESS_POSTGRESQL;
    // A reviewer of Bretagne (53) only.
    QSqlQuery admin(m_db->connection());
    QVERIFY(admin.exec(QStringLiteral("INSERT INTO reviewer_region (role_name, region) VALUES ('reviewer_bzh', '53')")));
    const QString location = TestStore::asRole(m_location, QStringLiteral("reviewer_bzh"), QStringLiteral("semaine_regional"));
    Database bzh;
    QVERIFY2(bzh.open(location), qPrintable(bzh.errorString()));
    QCOMPARE(bzh.userName(), QStringLiteral("reviewer_bzh"));
    const Access access = AccessRepository(bzh).current();
    QCOMPARE(access.role, Access::Role::Regional);
    QCOMPARE(access.regions, QStringList { QStringLiteral("53") });
    // Who ran the migrations owns the tables: an administrator.
    QCOMPARE(AccessRepository(*m_db).current().role, Access::Role::Administrator);

    const auto inRegion = [&](bool breton) {
        for (const Event& event : std::as_const(m_events)) {
            if ((event.region == QLatin1String("53")) == breton) {
                return event;
            }
        }
        return Event();
    };
    const Event breton = inRegion(true);
    const Event other = inRegion(false);
    QVERIFY(breton.id > 0 && other.id > 0);

    // Raw SQL, as another client would send it: the other région's request is not touched.
    QSqlQuery raw(bzh.connection());
    QVERIFY(raw.exec(QStringLiteral("UPDATE event SET title = 'piraté' WHERE id = %1").arg(other.id)));
    QCOMPARE(raw.numRowsAffected(), 0);
    QVERIFY(raw.exec(QStringLiteral("UPDATE event SET title = 'corrigé' WHERE id = %1").arg(breton.id)));
    QCOMPARE(raw.numRowsAffected(), 1);
    // Moving its own request into another région is refused outright.
    QVERIFY(!raw.exec(QStringLiteral("UPDATE event SET region = '11' WHERE id = %1").arg(breton.id)));
    QVERIFY2(raw.lastError().text().contains(QStringLiteral("row-level security")), qPrintable(raw.lastError().text()));
    QVERIFY(!raw.exec(QStringLiteral("UPDATE edition SET week_end = '2018-04-30'")));
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO reviewer_region (role_name, region) VALUES ('reviewer_bzh', '11')")));
    EventRepository repository(*m_db);
    QCOMPARE(repository.find(other.id)->title, other.title);

    // Through the app: a clear refusal for the other région, a decision for its own.
    EventRepository asBreton(bzh);
    const WriteResult refused = asBreton.changeStatus(other.id, 1, EventStatus::InReview, {}, QStringLiteral("reviewer_bzh"));
    QCOMPARE(refused.status, WriteResult::Status::NotAllowed);
    QVERIFY2(refused.message.contains(other.requestId), qPrintable(refused.message));
    const int version = repository.find(breton.id)->version;
    const WriteResult decided = asBreton.changeStatus(breton.id, version, EventStatus::InReview, {}, QStringLiteral("reviewer_bzh"));
    QVERIFY2(decided.ok(), qPrintable(decided.message));
    QCOMPARE(repository.find(other.id)->status, EventStatus::Submitted);
}

void TestPostgresql::viewerWritesNothing()
{
    SKIP_UNLESS_POSTGRESQL;
    Database viewer;
    QVERIFY2(viewer.open(TestStore::asRole(m_location, QStringLiteral("viewer_dge"), QStringLiteral("semaine_viewer"))),
        qPrintable(viewer.errorString()));
    QCOMPARE(AccessRepository(viewer).current().role, Access::Role::Viewer);
    QSqlQuery raw(viewer.connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM event")) && raw.next());
    QCOMPARE(raw.value(0).toInt(), int(m_events.size()));
    QVERIFY(!raw.exec(QStringLiteral("UPDATE event SET title = 'x'")));
    QVERIFY(raw.lastError().text().contains(QStringLiteral("permission denied")));
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO audit (event_id, at, who, action) VALUES (%1, 'now', 'x', 'status')")
                          .arg(m_events.first().id)));
    const WriteResult result = EventRepository(viewer).changeStatus(
        m_events.first().id, 1, EventStatus::InReview, {}, QStringLiteral("viewer_dge"));
    QVERIFY(!result.ok());
}

void TestPostgresql::otherWorkstationsHearOfChanges()
{
    SKIP_UNLESS_POSTGRESQL;
    ChangeNotifier notifier(*m_db);
    QVERIFY(notifier.isListening());
    QSignalSpy changed(&notifier, &ChangeNotifier::eventChanged);
    QSignalSpy added(&notifier, &ChangeNotifier::eventsAdded);
    Database other;
    QVERIFY(other.open(m_location));
    const qint64 id = m_events.at(3).id;
    QVERIFY(EventRepository(other).changeStatus(id, 1, EventStatus::InReview, {}, QStringLiteral("dupont")).ok());
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.first().first().toLongLong(), id);
    QList<Event> more = DemoGenerator(*EditionRepository(other).find(2018), GeoReference::embedded(), 9).generate(30);
    for (Event& event : more) {
        event.requestId += QStringLiteral("-B");
    }
    QVERIFY(EventRepository(other).insertAll(more, QStringLiteral("import")).ok());
    QVERIFY(added.wait(2000));
    // One announcement for the whole batch.
    QTest::qWait(200);
    QCOMPARE(added.size(), 1);
    // Its own changes are not announced back to a workstation.
    changed.clear();
    QVERIFY(EventRepository(*m_db).changeStatus(id, 2, EventStatus::Refused, QStringLiteral("hors délai"), QStringLiteral("me")).ok());
    QTest::qWait(300);
    QCOMPARE(changed.size(), 0);
}

void TestPostgresql::copyRoundTrip()
{
    // A workstation's store with decisions, notes and the audit trail, large enough for the copy
    // to take several batches…
    EventRepository repository(*m_db);
    QList<Event> more = DemoGenerator(*EditionRepository(*m_db).find(2018), GeoReference::embedded(), 31).generate(500);
    for (Event& event : more) {
        event.requestId += QStringLiteral("-L");
    }
    QVERIFY(repository.insertAll(more, QStringLiteral("import")).ok());
    const qint64 requests = m_events.size() + more.size();
    QVERIFY(repository.changeStatus(m_events.at(0).id, 1, EventStatus::Refused, QStringLiteral("payant"), QStringLiteral("alice")).ok());
    QVERIFY(repository.assign(m_events.at(1).id, 1, QStringLiteral("bob"), QStringLiteral("alice")).ok());
    QVERIFY(repository.saveReviewerNotes(m_events.at(2).id, QStringLiteral("rappeler l'organisateur")).ok());
    Database local;
    QTemporaryDir dir;
    QVERIFY(local.open(dir.filePath(QStringLiteral("poste.sqlite"))));
    // …copied out to an SQLite file and back into a fresh store of the engine under test.
    StoreCopy::Counts counts;
    QString error;
    QVERIFY2(StoreCopy::copy(*m_db, local, &counts, &error), qPrintable(error));
    QCOMPARE(counts.value(QStringLiteral("event")), requests);
    Database shared;
    QVERIFY(shared.open(TestStore::create(*m_dir, QStringLiteral("shared.sqlite"))));
    QVERIFY2(StoreCopy::copy(local, shared, &counts, &error), qPrintable(error));
    QCOMPARE(counts.value(QStringLiteral("audit")), requests + 2);

    EventRepository copied(shared);
    QCOMPARE(copied.count(2018), int(requests));
    for (const Event& original : repository.all(2018)) {
        const std::optional<Event> same = copied.find(original.id);
        QVERIFY(same);
        QCOMPARE(same->requestId, original.requestId);
        QCOMPARE(same->title, original.title);
        QCOMPARE(same->status, original.status);
        QCOMPARE(same->version, original.version);
        QCOMPARE(same->assignee, original.assignee);
        QCOMPARE(same->reviewerNotes, original.reviewerNotes);
        QCOMPARE(same->startsAt, original.startsAt);
        QCOMPARE(same->latitude, original.latitude);
        QCOMPARE(copied.auditTrail(original.id).size(), repository.auditTrail(original.id).size());
    }
    // The copy goes on working: new requests get new ids, decisions go on with the versions.
    Event added = m_events.first();
    added.requestId = QStringLiteral("SI2018-NOUVEAU");
    QVERIFY(copied.insert(added, QStringLiteral("carol")).ok());
    QVERIFY(added.id > more.last().id);
    QVERIFY(copied.changeStatus(m_events.at(0).id, 2, EventStatus::InReview, QStringLiteral("recours"), QStringLiteral("carol")).ok());
    // A store that already holds requests is not a target.
    QVERIFY(!StoreCopy::copy(local, shared, &counts, &error));
    QVERIFY2(error.contains(QStringLiteral("already holds")), qPrintable(error));
}

void TestPostgresql::anotherApplicationsDatabaseIsRefused()
{
    SKIP_UNLESS_POSTGRESQL;
    const QString location = TestStore::create(*m_dir, QStringLiteral("other.sqlite"));
    {
        Database raw;
        // Not through Database: another application's table in an otherwise empty database.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other-app"));
        const QUrl url(location);
        db.setHostName(url.query().section(QLatin1Char('='), 1));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-app"));
    Database database;
    QVERIFY(!database.open(location));
    QCOMPARE(database.openError(), Database::OpenError::NotADatabase);
    QVERIFY2(database.errorString().contains(QStringLiteral("another application")), qPrintable(database.errorString()));
}

QTEST_GUILESS_MAIN(TestPostgresql)
#include "tst_postgresql.moc"
