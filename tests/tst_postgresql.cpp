#include "app/core/CsvWriter.h"
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"
#include "db/AccessRepository.h"
#include "db/AuditTrail.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EditionRepository.h"
#include "db/EncodedRows.h"
#include "db/EventRepository.h"
#include "db/EventRows.h"
#include "db/ExportSnapshotRepository.h"
#include "db/OutboxRepository.h"
#include "db/PendingUpdates.h"
#include "db/PostgresqlRows.h"
#include "db/QueueIndex.h"
#include "db/RequestImport.h"
#include "db/RequestStore.h"
#include "db/Statement.h"
#include "db/StoreCopy.h"

#include "ServerStatements.h"
#include "TestStore.h"

#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <QThread>
#include <QUrl>
#include <algorithm>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Every statement this connection sends from now on, as the server logs it; none when the
// server refuses to log them.
std::optional<ServerStatements> statementsOf(Database& database)
{
    QSqlQuery session(database.connection());
    if (!session.exec(QStringLiteral("SET log_statement = 'all'"))
        || !session.exec(QStringLiteral("SELECT pg_backend_pid()")) || !session.next()) {
        return std::nullopt;
    }
    return ServerStatements(TestStore::serverLog(), session.value(0).toLongLong());
}

} // namespace

// What a store shared by several reviewers promises: concurrent decisions never lose an update,
// the database itself refuses what a role may not do, other workstations hear of changes, and a
// workstation's store can be copied into the shared one. Run on SQLite (what applies there) and,
// by ctest, on a real PostgreSQL server.
class TestPostgresql : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void concurrentReviewersLoseNothing();
    void regionalReviewerIsHeldByTheDatabase();
    void viewerWritesNothing();
    void otherWorkstationsHearOfChanges();
    void aDecisionIsAFewRoundTrips();
    void anImportsEditIsThreeRoundTrips();
    void aQueueStepRepeatedIsItsExecutesAlone();
    void aQueueScanIsOneRoundTripFromTheFirst();
    void aScanReadsInBinaryWhatTheDriverReadsInText();
    void aLongScanIsReadInChunks();
    void aCurrentQueueIndexIsCheckedInThreeStatements();
    void copyRoundTrip();
    void anotherApplicationsDatabaseIsRefused();
    void rightsIgnoreTheCallersSearchPath_data();
    void rightsIgnoreTheCallersSearchPath();
    void theServerSignsTheAuditTrail();
    void everyChangeOfStatusIsAudited();
    void theServerSignsWaitingChangesAndExports();
    void eachRoleMayDoWhatItNeedsAndNoMore();
    void aVersion7StoreGetsTheseRights();
    void outboxFollowsTheRegionalRights();

private:
    // A login role of `group`; a regional reviewer gets the région 53 (Bretagne).
    std::unique_ptr<Database> openAs(const QString& name, const QString& group);
    Event firstIn(const QString& region) const;
    // Sixty submitted requests, stored once, closed; each test function works on a copy of them.
    QTemporaryDir m_filledDir;
    QString m_filled;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    QList<Event> m_events;
};

void TestPostgresql::initTestCase()
{
    // A PostgreSQL template must have nobody connected to it: closed at the end of this function.
    Database filled;
    m_filled = TestStore::create(m_filledDir);
    QVERIFY2(filled.open(m_filled), qPrintable(filled.errorString()));
    const Edition edition = *EditionRepository(filled).find(2018);
    m_events = DemoGenerator(edition, GeoReference::embedded(), 808).generate(60);
    for (Event& event : m_events) {
        event.status = EventStatus::Submitted;
    }
    QVERIFY(RequestStore(filled).insertAll(m_events, QStringLiteral("import")).ok());
}

void TestPostgresql::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_location = TestStore::copyOfStore(m_filled, *m_dir);
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(m_location), qPrintable(m_db->errorString()));
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
                const StoreResult<Event> seen = repository.find(id);
                if (!seen) {
                    ++failures;
                    continue;
                }
                const bool refuse = seen->status != EventStatus::Refused;
                const WriteResult result = Decisions(database).changeStatus(id, seen->version,
                    refuse ? EventStatus::Refused : EventStatus::InReview,
                    QStringLiteral("décision %1/%2").arg(r).arg(i), QStringLiteral("reviewer%1").arg(r));
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
        const StoreResult<Event> now = repository.find(event.id);
        QVERIFY(now);
        // No lost update: each accepted decision raised the version once, and is in the trail.
        const QList<AuditEntry> trail = AuditTrail(*m_db).of(event.id).value();
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
    QVERIFY(admin.exec(
        QStringLiteral("INSERT INTO reviewer_region (role_name, region) VALUES ('reviewer_bzh', '53')")));
    const QString location
        = TestStore::asRole(m_location, QStringLiteral("reviewer_bzh"), QStringLiteral("semaine_regional"));
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
    QVERIFY2(raw.lastError().text().contains(QStringLiteral("row-level security")),
        qPrintable(raw.lastError().text()));
    QVERIFY(!raw.exec(QStringLiteral("UPDATE edition SET week_end = '2018-04-30'")));
    QVERIFY(!raw.exec(
        QStringLiteral("INSERT INTO reviewer_region (role_name, region) VALUES ('reviewer_bzh', '11')")));
    EventRepository repository(*m_db);
    QCOMPARE(repository.find(other.id)->title, other.title);

    // Through the app: a clear refusal for the other région, a decision for its own.
    EventRepository asBreton(bzh);
    const WriteResult refused
        = Decisions(bzh).changeStatus(other.id, 1, EventStatus::InReview, {}, QStringLiteral("reviewer_bzh"));
    QCOMPARE(refused.status, WriteResult::Status::NotAllowed);
    QVERIFY2(refused.message.contains(other.requestId), qPrintable(refused.message));
    const int version = repository.find(breton.id)->version;
    const WriteResult decided = Decisions(bzh).changeStatus(
        breton.id, version, EventStatus::InReview, {}, QStringLiteral("reviewer_bzh"));
    QVERIFY2(decided.ok(), qPrintable(decided.message));
    QCOMPARE(repository.find(other.id)->status, EventStatus::Submitted);
}

void TestPostgresql::viewerWritesNothing()
{
    SKIP_UNLESS_POSTGRESQL;
    Database viewer;
    QVERIFY2(viewer.open(TestStore::asRole(
                 m_location, QStringLiteral("viewer_dge"), QStringLiteral("semaine_viewer"))),
        qPrintable(viewer.errorString()));
    QCOMPARE(AccessRepository(viewer).current().role, Access::Role::Viewer);
    QSqlQuery raw(viewer.connection());
    QVERIFY(raw.exec(QStringLiteral("SELECT count(*) FROM event")) && raw.next());
    QCOMPARE(raw.value(0).toInt(), int(m_events.size()));
    QVERIFY(!raw.exec(QStringLiteral("UPDATE event SET title = 'x'")));
    QVERIFY(raw.lastError().text().contains(QStringLiteral("permission denied")));
    QVERIFY(!raw.exec(
        QStringLiteral("INSERT INTO audit (event_id, at, who, action) VALUES (%1, 'now', 'x', 'status')")
            .arg(m_events.first().id)));
    const WriteResult result = Decisions(viewer).changeStatus(
        m_events.first().id, 1, EventStatus::InReview, {}, QStringLiteral("viewer_dge"));
    QVERIFY(!result.ok());
}

void TestPostgresql::otherWorkstationsHearOfChanges()
{
    SKIP_UNLESS_POSTGRESQL;
    QVERIFY(m_db->listenToOtherWorkstations());
    ChangeNotifier& notifier = m_db->changes();
    QVERIFY(notifier.isListening());
    QSignalSpy changed(&notifier, &ChangeNotifier::eventsChanged);
    QSignalSpy added(&notifier, &ChangeNotifier::eventsAdded);
    const auto heard = [&](qint64 id) {
        return std::any_of(changed.cbegin(), changed.cend(), [id](const QList<QVariant>& signal) {
            return signal.first().value<QList<qint64>>().contains(id);
        });
    };
    Database other;
    QVERIFY(other.open(m_location));
    const qint64 id = m_events.at(3).id;
    QVERIFY(Decisions(other).changeStatus(id, 1, EventStatus::InReview, {}, QStringLiteral("dupont")).ok());
    QTRY_VERIFY(heard(id));
    QList<Event> more
        = DemoGenerator(*EditionRepository(other).find(2018), GeoReference::embedded(), 9).generate(30);
    for (Event& event : more) {
        event.requestId += QStringLiteral("-B");
    }
    QVERIFY(RequestStore(other).insertAll(more, QStringLiteral("import")).ok());
    QTRY_COMPARE(added.size(), 1);
    // Notifications reach a listener in the order their transactions committed: once a marker
    // written after the writes under test is heard, whatever those writes announced has come.
    const auto hearMarker = [&](qint64 marker) {
        QVERIFY(Decisions(other)
                .changeStatus(marker, 1, EventStatus::InReview, {}, QStringLiteral("dupont"))
                .ok());
        QTRY_VERIFY(heard(marker));
    };
    hearMarker(m_events.at(4).id);
    if (QTest::currentTestFailed()) {
        return;
    }
    // One announcement for the whole batch.
    QCOMPARE(added.size(), 1);
    // Its own changes are announced as they commit, and not a second time by the server.
    changed.clear();
    QVERIFY(Decisions(*m_db)
            .changeStatus(id, 2, EventStatus::Refused, QStringLiteral("hors délai"), QStringLiteral("me"))
            .ok());
    QCOMPARE(changed.size(), 1);
    QVERIFY(heard(id));
    hearMarker(m_events.at(5).id);
    if (QTest::currentTestFailed()) {
        return;
    }
    QCOMPARE(changed.size(), 2); // its own, then the marker
}

// Each statement is a round trip to the server, which a network makes dear: a decision's are
// few, its statements being kept prepared by the connection (Qt's driver would otherwise send
// PREPARE, EXECUTE and DEALLOCATE for each), and another workstation's kept statements read what
// the decision wrote.
void TestPostgresql::aDecisionIsAFewRoundTrips()
{
    SKIP_UNLESS_POSTGRESQL;
    std::optional<ServerStatements> statements = statementsOf(*m_db);
    QVERIFY(statements);
    Database other;
    QVERIFY(other.open(m_location));
    EventRepository otherRequests(other);
    Decisions decisions(*m_db);
    // The first decisions prepare the statements that the connection keeps.
    QVERIFY(decisions.assign(m_events.at(0).id, 1, QStringLiteral("dupont"), QStringLiteral("dupont")).ok());
    QVERIFY(decisions.changeStatus(m_events.at(1).id, 1, EventStatus::InReview, {}, QStringLiteral("dupont"))
            .ok());
    const qint64 id = m_events.at(2).id;
    QCOMPARE(otherRequests.find(id)->assignee, QString());

    statements->mark();
    QVERIFY(decisions.assign(id, 1, QStringLiteral("dupont"), QStringLiteral("dupont")).ok());
    QStringList logged = statements->logged();
    // BEGIN, the request read as it is locked, its update, the audit of the review started and of
    // the assignment (one statement), its queue row, COMMIT.
    QVERIFY2(logged.size() == 6, qPrintable(logged.join(QLatin1Char('\n'))));
    statements->mark();
    QVERIFY(decisions
            .changeStatus(id, 2, EventStatus::Withdrawn, QStringLiteral("annulé"), QStringLiteral("dupont"))
            .ok());
    logged = statements->logged();
    QVERIFY2(logged.size() == 6, qPrintable(logged.join(QLatin1Char('\n'))));

    const StoreResult<Event> seen = otherRequests.find(id);
    QVERIFY(seen);
    QCOMPARE(seen->version, 3);
    QCOMPARE(seen->assignee, QStringLiteral("dupont"));
    QCOMPARE(seen->status, EventStatus::Withdrawn);
    const QList<AuditEntry> trail = AuditTrail(other).of(id).value();
    QCOMPARE(trail.size(), 4); // created, review started, assigned, withdrawn
    QCOMPARE(trail.last().reason, QStringLiteral("annulé"));
}

// An import that edits stored requests sends each edit's update, queue row and audit, one
// round trip each, their statements prepared once for the import: not the editions read again and
// the statements prepared and deallocated again for every request.
void TestPostgresql::anImportsEditIsThreeRoundTrips()
{
    SKIP_UNLESS_POSTGRESQL;
    const QString file = m_dir->filePath(QStringLiteral("edits.csv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        CsvWriter writer(&out, CsvWriter::Formulas::Neutralise);
        writer.writeRow(ImportParser::keys());
        for (Event event : std::as_const(m_events)) {
            event.title += QStringLiteral(" (nouvel horaire)");
            writer.writeRow(ImportParser::record(event));
        }
    }
    std::optional<ServerStatements> statements = statementsOf(*m_db);
    QVERIFY(statements);
    RequestImport::Options options;
    options.file = file;
    options.who = QStringLiteral("dupont");
    statements->mark();
    const RequestImport::Outcome outcome = RequestImport::run(*m_db, options);
    const QStringList logged = statements->logged();
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Done);
    QCOMPARE(outcome.updated, int(m_events.size()));
    // Besides the edits' own (180), about twenty: the transaction, the stored requests read, the
    // editions read and the statements prepared once. Each edit cost nine before.
    QVERIFY2(logged.size() <= 3 * m_events.size() + 30, qPrintable(logged.join(QLatin1Char('\n'))));
    const QList<Event> stored = EventRepository(*m_db).all(2018).value();
    QCOMPARE(stored.size(), m_events.size());
    for (const Event& event : stored) {
        QVERIFY(event.title.endsWith(QStringLiteral(" (nouvel horaire)")));
        QCOMPARE(event.version, 2);
    }
    QCOMPARE(
        AuditTrail(*m_db).of(stored.last().id).value().last().reason, QStringLiteral("Import of edits.csv"));
}

// The queue's selections (a région chosen, a status tab, the map's points), repeated with other
// values: each costs one execute, one round trip.
void TestPostgresql::aQueueStepRepeatedIsItsExecutesAlone()
{
    SKIP_UNLESS_POSTGRESQL;
    std::optional<ServerStatements> statements = statementsOf(*m_db);
    QVERIFY(statements);
    const QueueIndex index(*m_db);
    const QDate today(2018, 3, 20);
    EventFilter region;
    region.region = QStringLiteral("53");
    EventFilter submitted;
    submitted.statuses = { EventStatus::Submitted };
    const auto select = [&](const EventFilter& filter) {
        return index.select(2018, filter, today, QStringLiteral("dupont")).error.isEmpty()
            && index.mapPoints(2018, filter, today).ok();
    };
    QVERIFY(select(region));
    QVERIFY(select(submitted));
    const int inBretagne = int(index.select(2018, region, today, {}).ids.size());

    // The région's selection and its map points; the status tab's ids, counts and map points.
    region.region = QStringLiteral("84");
    submitted.statuses = { EventStatus::InReview };
    for (const auto& [filter, expected] : { std::pair { region, 2 }, std::pair { submitted, 3 } }) {
        statements->mark();
        QVERIFY(select(filter));
        const QStringList logged = statements->logged();
        QVERIFY2(logged.size() == expected, qPrintable(logged.join(QLatin1Char('\n'))));
        for (const QString& line : logged) {
            QVERIFY2(line.contains(QStringLiteral("execute ")) || line.contains(QStringLiteral("EXECUTE ")),
                qPrintable(line));
        }
    }
    // The kept statements answer for the values given this time.
    region.region = QStringLiteral("53");
    QCOMPARE(int(index.select(2018, region, today, {}).ids.size()), inBretagne);
}

// The queue's scans go through libpq (PostgresqlRows): each one statement, its first use
// included, where Qt's driver sent PREPARE then EXECUTE.
void TestPostgresql::aQueueScanIsOneRoundTripFromTheFirst()
{
    SKIP_UNLESS_POSTGRESQL;
    Database opening;
    QVERIFY(opening.open(m_location));
    std::optional<ServerStatements> statements = statementsOf(opening);
    QVERIFY(statements);
    const QueueIndex index(opening);
    EventFilter region;
    region.region = QStringLiteral("53");
    statements->mark();
    const QueueIndex::Selection selection = index.select(2018, region, QDate(2018, 3, 20), {});
    QVERIFY2(selection.error.isEmpty(), qPrintable(selection.error));
    QVERIFY(index.mapPoints(2018, region, QDate(2018, 3, 20)).ok());
    const QStringList logged = statements->logged();
    QVERIFY2(logged.size() == 2, qPrintable(logged.join(QLatin1Char('\n'))));
    QVERIFY(!selection.ids.isEmpty());
}

// Rows beyond a chunk come in several, each read while the server sends the next: every row in
// its order, an error after the first chunks said as such, and the connection free again after a
// scan read to its end, one stopped early, one that failed, and beside a query that the driver
// left unread.
void TestPostgresql::aLongScanIsReadInChunks()
{
    SKIP_UNLESS_POSTGRESQL;
    const int rows = 2 * PostgresqlRows::ChunkRows + 5;
    const auto isFree = [this] {
        QSqlQuery check(m_db->connection());
        return check.exec(QStringLiteral("SELECT 41 + 1")) && check.next() && check.value(0).toInt() == 42;
    };
    // Left by the driver after its first row, as a forward-only query that found what it needed.
    QSqlQuery unread(m_db->connection());
    unread.setForwardOnly(true);
    QVERIFY(unread.exec(QStringLiteral("SELECT g FROM generate_series(1, 50000) AS g")) && unread.next());
    Statement all(
        *m_db, QStringLiteral("SELECT g, 'ligne ' || g FROM generate_series(1, ?) AS g ORDER BY g"));
    QVERIFY2(all.isValid(), qPrintable(all.errorString()));
    all.bindInteger(1, rows);
    for (int pass = 0; pass < 2; ++pass) {
        int read = 0;
        while (all.next()) {
            ++read;
            QCOMPARE(all.columnInteger(0), qint64(read));
            QCOMPARE(all.columnText(1).toByteArray(), QByteArray("ligne ") + QByteArray::number(read));
        }
        QVERIFY2(all.errorString().isEmpty(), qPrintable(all.errorString()));
        QCOMPARE(read, rows);
        QVERIFY(isFree());
    }
    {
        Statement early(*m_db, QStringLiteral("SELECT g FROM generate_series(1, ?) AS g"));
        early.bindInteger(1, rows);
        QVERIFY(early.next() && early.next());
        QCOMPARE(early.columnInteger(0), 2);
    }
    QVERIFY(isFree());
    // Division by zero at the last row but one, the first chunks sent.
    Statement failing(*m_db, QStringLiteral("SELECT 1 / (? - g) FROM generate_series(1, ?) AS g"));
    failing.bindInteger(1, rows - 1);
    failing.bindInteger(2, rows);
    int read = 0;
    while (failing.next()) {
        ++read;
    }
    QVERIFY(!failing.errorString().isEmpty());
    QVERIFY2(read >= PostgresqlRows::ChunkRows && read < rows - 1, qPrintable(QString::number(read)));
    QVERIFY(isFree());
}

// Read in binary, every value is what Qt's driver reads in text: NULLs, negative and large
// numbers, doubles to the last bit, texts beyond ASCII, empty texts, a '?' quoted in the query
// beside the placeholders.
void TestPostgresql::aScanReadsInBinaryWhatTheDriverReadsInText()
{
    SKIP_UNLESS_POSTGRESQL;
    const QString sql = QStringLiteral(
        "SELECT v.i, v.s, v.b, v.d, v.t, v.n, v.flag, ?::text || '?', ?::bigint * -1, ?::double precision "
        "FROM (VALUES "
        "(1::integer, 2::smallint, 3::bigint, 0.1::double precision, 'Lannion'::text, NULL::integer, true), "
        "(-2147483648, -32768, -9223372036854775807, -1.5e-300, 'Île-de-France — Noël ✓', NULL, false), "
        "(2147483647, 32767, 9223372036854775807, 1e308, '', 7, NULL)) "
        "AS v(i, s, b, d, t, n, flag) ORDER BY v.i");
    QSqlQuery text(m_db->connection());
    QVERIFY(text.prepare(sql));
    text.addBindValue(QStringLiteral("Bretagne é"));
    text.addBindValue(qint64(-42));
    text.addBindValue(-0.3);
    QVERIFY2(text.exec(), qPrintable(text.lastError().text()));
    Statement binary(*m_db, sql);
    QVERIFY2(binary.isValid(), qPrintable(binary.errorString()));
    binary.bindText(1, "Bretagne é");
    binary.bindInteger(2, -42);
    binary.bindReal(3, -0.3);
    int rows = 0;
    while (binary.next()) {
        QVERIFY(text.next());
        ++rows;
        for (int column : { 0, 1, 2, 5, 6, 8 }) {
            QCOMPARE(binary.columnIsNull(column), text.isNull(column));
            QCOMPARE(binary.columnInteger(column), text.value(column).toLongLong()); // 0 for NULL
        }
        for (int column : { 3, 5, 9 }) {
            QCOMPARE(binary.columnReal(column), text.value(column).toDouble());
        }
        for (int column : { 4, 7 }) {
            QCOMPARE(QString::fromUtf8(binary.columnText(column)), text.value(column).toString());
        }
        // A number as a text (a NULL is no text, where the driver says "0").
        QCOMPARE(binary.columnText(5).toByteArray(),
            text.isNull(5) ? QByteArray() : text.value(5).toString().toUtf8());
    }
    QVERIFY2(binary.errorString().isEmpty(), qPrintable(binary.errorString()));
    QVERIFY(!text.next());
    QCOMPARE(rows, 3);
}

// A workstation opening a store whose queue index is current reads the rules' recipe and compares
// two counts: three statements on a new connection (the recipe's is kept, prepared once).
void TestPostgresql::aCurrentQueueIndexIsCheckedInThreeStatements()
{
    SKIP_UNLESS_POSTGRESQL;
    Database opening;
    QVERIFY(opening.open(m_location));
    std::optional<ServerStatements> statements = statementsOf(opening);
    QVERIFY(statements);
    statements->mark();
    QCOMPARE(RequestStore(opening).refreshQueueIndex().value(), 0);
    const QStringList logged = statements->logged();
    QVERIFY2(logged.size() == 3, qPrintable(logged.join(QLatin1Char('\n'))));
}

void TestPostgresql::copyRoundTrip()
{
    // A workstation's store with decisions, notes and the audit trail, large enough for the copy
    // to take several batches…
    EventRepository repository(*m_db);
    QList<Event> more
        = DemoGenerator(*EditionRepository(*m_db).find(2018), GeoReference::embedded(), 31).generate(500);
    for (Event& event : more) {
        event.requestId += QStringLiteral("-L");
    }
    QVERIFY(RequestStore(*m_db).insertAll(more, QStringLiteral("import")).ok());
    const qint64 requests = m_events.size() + more.size();
    QVERIFY(Decisions(*m_db)
            .changeStatus(
                m_events.at(0).id, 1, EventStatus::Refused, QStringLiteral("payant"), QStringLiteral("alice"))
            .ok());
    QVERIFY(
        Decisions(*m_db).assign(m_events.at(1).id, 1, QStringLiteral("bob"), QStringLiteral("alice")).ok());
    QVERIFY(RequestStore(*m_db)
            .saveReviewerNotes(m_events.at(2).id, QStringLiteral("rappeler l'organisateur"))
            .ok());
    Database local;
    QTemporaryDir dir;
    QVERIFY(local.open(dir.filePath(QStringLiteral("poste.sqlite"))));
    // …copied out to an SQLite file and back into a fresh store of the engine under test.
    StoreResult<StoreCopy::Counts> counts = StoreCopy::copy(*m_db, local);
    QVERIFY2(counts.ok(), qPrintable(counts.message));
    QCOMPARE(counts->value(QStringLiteral("event")), requests);
    Database shared;
    QVERIFY(shared.open(TestStore::create(*m_dir, QStringLiteral("shared.sqlite"))));
    counts = StoreCopy::copy(local, shared);
    QVERIFY2(counts.ok(), qPrintable(counts.message));
    // One per import, the refusal, and the assignment with the start of review it brings.
    QCOMPARE(counts->value(QStringLiteral("audit")), requests + 3);

    EventRepository copied(shared);
    QCOMPARE(copied.count(2018).value(), int(requests));
    for (const Event& original : repository.all(2018).value()) {
        const StoreResult<Event> same = copied.find(original.id);
        QVERIFY(same);
        QCOMPARE(same->requestId, original.requestId);
        QCOMPARE(same->title, original.title);
        QCOMPARE(same->status, original.status);
        QCOMPARE(same->version, original.version);
        QCOMPARE(same->assignee, original.assignee);
        QCOMPARE(same->reviewerNotes, original.reviewerNotes);
        QCOMPARE(same->startsAt, original.startsAt);
        QCOMPARE(same->latitude, original.latitude);
        QCOMPARE(AuditTrail(shared).of(original.id).value().size(),
            AuditTrail(*m_db).of(original.id).value().size());
    }
    // The copy goes on working: new requests get new ids, decisions go on with the versions.
    Event added = m_events.first();
    added.requestId = QStringLiteral("SI2018-NOUVEAU");
    QVERIFY(RequestStore(shared).insert(added, QStringLiteral("carol")).ok());
    QVERIFY(added.id > more.last().id);
    QVERIFY(Decisions(shared)
            .changeStatus(m_events.at(0).id, 2, EventStatus::InReview, QStringLiteral("recours"),
                QStringLiteral("carol"))
            .ok());
    // A store that already holds requests is not a target.
    counts = StoreCopy::copy(local, shared);
    QCOMPARE(counts.status, StoreStatus::NotAllowed);
    QVERIFY2(counts.message.contains(QStringLiteral("already holds")), qPrintable(counts.message));
}

void TestPostgresql::anotherApplicationsDatabaseIsRefused()
{
    SKIP_UNLESS_POSTGRESQL;
    const QString location = TestStore::createEmpty(*m_dir, QStringLiteral("other.sqlite"));
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
    QVERIFY2(database.errorString().contains(QStringLiteral("another application")),
        qPrintable(database.errorString()));
}

std::unique_ptr<Database> TestPostgresql::openAs(const QString& name, const QString& group)
{
    if (group == QLatin1String("semaine_regional")) {
        QSqlQuery(m_db->connection())
            .exec(QStringLiteral("INSERT INTO reviewer_region (role_name, region) VALUES ('%1', '53')")
                    .arg(name));
    }
    auto database = std::make_unique<Database>();
    if (!database->open(TestStore::asRole(m_location, name, group))) {
        qWarning("%s", qPrintable(database->errorString()));
        return nullptr;
    }
    return database;
}

Event TestPostgresql::firstIn(const QString& region) const
{
    for (const Event& event : m_events) {
        if (event.region == region) {
            return event;
        }
    }
    return Event();
}

// A reviewer of Bretagne puts objects of its own before the store's in its search path (pg_temp
// comes first for tables and views unless it is listed): none may stand in for the store's in the
// server's decision.
void TestPostgresql::rightsIgnoreTheCallersSearchPath_data()
{
    QTest::addColumn<QString>("disguise");
    QTest::newRow("temporary reviewer_region")
        << QStringLiteral("CREATE TEMP TABLE reviewer_region (role_name text, region text); "
                          "INSERT INTO reviewer_region VALUES (current_user, '11')");
    QTest::newRow("temporary reviewer_region, pg_temp named first")
        << QStringLiteral("CREATE TEMP TABLE reviewer_region (role_name text, region text); "
                          "INSERT INTO reviewer_region VALUES (current_user, '11'); SET search_path = "
                          "pg_temp, public, pg_catalog");
    QTest::newRow("temporary view named event")
        << QStringLiteral("CREATE TEMP VIEW event AS SELECT id, '53'::text AS region FROM public.event");
    QTest::newRow("temporary semaine_may_edit") << QStringLiteral(
        "CREATE FUNCTION pg_temp.semaine_may_edit(r text) RETURNS boolean LANGUAGE sql AS 'SELECT true'; "
        "SET search_path = pg_temp, public, pg_catalog");
    QTest::newRow("temporary pg_has_role")
        << QStringLiteral("CREATE FUNCTION pg_temp.pg_has_role(a name, b text, c text) RETURNS boolean "
                          "LANGUAGE sql AS 'SELECT true'; "
                          "SET search_path = pg_temp, public, pg_catalog");
}

void TestPostgresql::rightsIgnoreTheCallersSearchPath()
{
    SKIP_UNLESS_POSTGRESQL;
    QFETCH(QString, disguise);
    std::unique_ptr<Database> bzh
        = openAs(QStringLiteral("reviewer_bzh"), QStringLiteral("semaine_regional"));
    QVERIFY(bzh);
    QSqlQuery raw(bzh->connection());
    QVERIFY2(raw.exec(disguise), qPrintable(raw.lastError().text()));
    const QString attack = QStringLiteral("UPDATE public.event SET status = 'labelled', version = version + "
                                          "1 WHERE region = '11' AND status <> 'labelled'");
    if (raw.exec(attack)) {
        QCOMPARE(raw.numRowsAffected(), 0);
    }
    const qint64 parisian = firstIn(QStringLiteral("11")).id;
    QVERIFY(parisian > 0);
    const QString audit = QStringLiteral(
        "INSERT INTO public.audit (event_id, at, who, action) VALUES (%1, 'now', 'x', 'note')")
                              .arg(parisian);
    QVERIFY(!raw.exec(audit));
    QSqlQuery check(m_db->connection());
    QVERIFY(
        check.exec(QStringLiteral("SELECT count(*) FROM event WHERE region = '11' AND status = 'labelled'"))
        && check.next());
    QCOMPARE(check.value(0).toInt(), 0);
}

void TestPostgresql::theServerSignsTheAuditTrail()
{
    SKIP_UNLESS_POSTGRESQL;
    std::unique_ptr<Database> bzh
        = openAs(QStringLiteral("reviewer_bzh"), QStringLiteral("semaine_regional"));
    QVERIFY(bzh);
    const Event breton = firstIn(QStringLiteral("53"));
    QSqlQuery raw(bzh->connection());
    QVERIFY2(raw.exec(QStringLiteral("INSERT INTO audit (event_id, at, who, action, reason) VALUES (%1, "
                                     "'now', 'le_ministre', 'note', 'forged')")
                     .arg(breton.id)),
        qPrintable(raw.lastError().text()));
    QVERIFY(raw.exec(QStringLiteral(
        "INSERT INTO audit (event_id, at, action, reason) VALUES (%1, 'now', 'note', 'unsigned')")
            .arg(breton.id)));
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT who FROM audit WHERE reason IN ('forged', 'unsigned')")));
    int rows = 0;
    while (check.next()) {
        QCOMPARE(check.value(0).toString(), QStringLiteral("reviewer_bzh"));
        ++rows;
    }
    QCOMPARE(rows, 2);
}

// Raw SQL gets the server's audit row; the app's decision keeps exactly its own.
void TestPostgresql::everyChangeOfStatusIsAudited()
{
    SKIP_UNLESS_POSTGRESQL;
    std::unique_ptr<Database> bzh
        = openAs(QStringLiteral("reviewer_bzh"), QStringLiteral("semaine_regional"));
    QVERIFY(bzh);
    QList<Event> breton;
    for (const Event& event : std::as_const(m_events)) {
        if (event.region == QLatin1String("53")) {
            breton << event;
        }
    }
    QVERIFY(breton.size() >= 3);
    EventRepository repository(*m_db);
    const auto trail = [&](qint64 id) { return AuditTrail(*m_db).of(id).value(); };
    const qsizetype before = trail(breton.at(0).id).size();
    QSqlQuery raw(bzh->connection());
    QVERIFY(
        raw.exec(QStringLiteral("UPDATE event SET status = 'labelled', version = version + 1 WHERE id = %1")
                .arg(breton.at(0).id)));
    const QList<AuditEntry> after = trail(breton.at(0).id);
    QCOMPARE(after.size(), before + 1);
    QCOMPARE(after.last().who, QStringLiteral("reviewer_bzh"));
    QCOMPARE(after.last().newStatus, std::optional<EventStatus>(EventStatus::Labelled));
    QCOMPARE(after.last().oldStatus, std::optional<EventStatus>(EventStatus::Submitted));

    const qsizetype beforeApp = trail(breton.at(1).id).size();
    const WriteResult decided = Decisions(*bzh).changeStatus(breton.at(1).id, breton.at(1).version,
        EventStatus::Refused, QStringLiteral("payant"), QStringLiteral("reviewer_bzh"));
    QVERIFY2(decided.ok(), qPrintable(decided.message));
    const QList<AuditEntry> app = trail(breton.at(1).id);
    QCOMPARE(app.size(), beforeApp + 1);
    QCOMPARE(app.last().reason, QStringLiteral("payant"));

    // A row of the client's own that names the new status under another action or from another
    // status does not stand for the change.
    const qint64 third = breton.at(2).id;
    const qsizetype beforeForged = trail(third).size();
    QVERIFY(raw.exec(QStringLiteral("BEGIN")));
    QVERIFY(raw.exec(QStringLiteral("UPDATE event SET status = 'labelled' WHERE id = %1").arg(third)));
    QVERIFY(
        raw.exec(QStringLiteral("INSERT INTO audit (event_id, at, action, old_status, new_status, reason) "
                                "VALUES (%1, 'now', 'note', 'submitted', 'labelled', 'vu')")
                .arg(third)));
    QVERIFY(
        raw.exec(QStringLiteral("INSERT INTO audit (event_id, at, action, old_status, new_status, reason) "
                                "VALUES (%1, 'now', 'status', 'in_review', 'labelled', 'vu')")
                .arg(third)));
    QVERIFY2(raw.exec(QStringLiteral("COMMIT")), qPrintable(raw.lastError().text()));
    const QList<AuditEntry> forged = trail(third);
    QCOMPARE(forged.size(), beforeForged + 3);
    QCOMPARE(forged.last().action, QStringLiteral("status"));
    QCOMPARE(forged.last().oldStatus, std::optional<EventStatus>(EventStatus::Submitted));
    QCOMPARE(forged.last().newStatus, std::optional<EventStatus>(EventStatus::Labelled));
    QCOMPARE(forged.last().who, QStringLiteral("reviewer_bzh"));
}

// What the app records under a name (an import's waiting change, an export of the approved list)
// is signed by the server too: the command line passes the workstation's user name, which the
// server does not know, and a viewer's export is recorded all the same, as the viewer's.
void TestPostgresql::theServerSignsWaitingChangesAndExports()
{
    SKIP_UNLESS_POSTGRESQL;
    std::unique_ptr<Database> viewer = openAs(QStringLiteral("viewer_v"), QStringLiteral("semaine_viewer"));
    QVERIFY(viewer);
    ExportSnapshot snapshot;
    snapshot.editionYear = 2018;
    snapshot.exportedAt = QDateTime::currentDateTimeUtc();
    snapshot.who = QStringLiteral("poste-de-travail");
    snapshot.format = QStringLiteral("csv");
    snapshot.filter = QStringLiteral("labelled");
    snapshot.rows << ExportSnapshot::Row { QStringLiteral("R1"), QStringLiteral("titre"), QByteArray("h") };
    const StoreResult<std::optional<ExportSnapshot>> first
        = ExportSnapshotRepository(*viewer).record(snapshot);
    QVERIFY2(first.ok(), qPrintable(first.message));
    QVERIFY(!*first);
    const std::optional<ExportSnapshot> recorded
        = ExportSnapshotRepository(*m_db).latest(2018, QStringLiteral("labelled")).value();
    QVERIFY(recorded);
    QCOMPARE(recorded->who, QStringLiteral("viewer_v"));
    QCOMPARE(recorded->rows.size(), 1);

    std::unique_ptr<Database> bzh
        = openAs(QStringLiteral("reviewer_bzh"), QStringLiteral("semaine_regional"));
    QVERIFY(bzh);
    const qint64 breton = firstIn(QStringLiteral("53")).id;
    QSqlQuery raw(bzh->connection());
    QVERIFY2(
        raw.exec(QStringLiteral("INSERT INTO pending_update (event_id, created_at, who, changes, content) "
                                "VALUES (%1, 'now', 'le_ministre', '', '{}')")
                .arg(breton)),
        qPrintable(raw.lastError().text()));
    const QList<PendingUpdate> waiting = PendingUpdates(*m_db).openFor(breton).value();
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().who, QStringLiteral("reviewer_bzh"));
}

// Every table, role and statement against what each role needs: all read; a viewer only records
// its own exports; reviewers change requests (regional ones, their régions'), their trail, queue
// rows, waiting changes and templates; administrators also the edition and its reference data.
void TestPostgresql::eachRoleMayDoWhatItNeedsAndNoMore()
{
    SKIP_UNLESS_POSTGRESQL;
    const Event breton = firstIn(QStringLiteral("53"));
    QSqlQuery owner(m_db->connection());
    const QStringList setup {
        QStringLiteral(
            "INSERT INTO edition (year, week_start, week_end, request_deadline, decision_delay_days) "
            "VALUES (2030, '2030-03-25', '2030-03-31', '2030-03-11', 10)"),
        QStringLiteral(
            "INSERT INTO edition_territory_window VALUES (2030, '974', '2030-04-01', '2030-04-07')"),
        QStringLiteral("INSERT INTO previous_territory VALUES (2018, '53', 10, 100)"),
        QStringLiteral(
            "INSERT INTO event (edition_year, request_id, title, event_type, organiser_type, status, region) "
            "VALUES (2018, 'SPARE', 'sans file', 'other', 'other', 'submitted', '53')"),
        QStringLiteral("INSERT INTO pending_update (event_id, created_at, who, changes, content) VALUES (%1, "
                       "'now', 'x', '', '{}')")
            .arg(breton.id),
        QStringLiteral("INSERT INTO export_template VALUES ('presse', 'id_demande')"),
        QStringLiteral(
            "INSERT INTO export_snapshot VALUES (1, 2018, 'now', 'someone_else', 'csv', 'labelled')"),
        QStringLiteral("INSERT INTO export_snapshot_row VALUES (1, 'R1', 't', 'h')"),
        QStringLiteral("INSERT INTO export_snapshot VALUES (4, 2018, 'now', 'someone_else', 'pdf', 'empty')"),
    };
    for (const QString& statement : setup) {
        QVERIFY2(
            owner.exec(statement), qPrintable(statement + QLatin1String(": ") + owner.lastError().text()));
    }
    QVERIFY(owner.exec(QStringLiteral("SELECT id FROM event WHERE request_id = 'SPARE'")) && owner.next());
    const QString spare = owner.value(0).toString();
    const QString id = QString::number(breton.id);
    // The correspondence's tables (migrations 0009 and 0010) hold a row of the request to change.
    for (const QString& statement :
        { u"INSERT INTO outbox (event_id, kind, subject, body, created_at, who) VALUES ("_s + id
                + u", 'free', 's', 'b', 'now', 'x')"_s,
            u"INSERT INTO label_counter VALUES (2018, 5)"_s,
            u"INSERT INTO label_number VALUES ("_s + id + u", 2018, 1, 'now')"_s }) {
        QVERIFY2(
            owner.exec(statement), qPrintable(statement + QLatin1String(": ") + owner.lastError().text()));
    }

    struct Table {
        QString name;
        QString insert, update, remove;
        QString viewer, regional, national, admin; // the statements allowed: S, I, U, D
    };
    const QString reference = QStringLiteral("SIUD");
    const QList<Table> tables {
        { u"meta"_s, u"INSERT INTO meta VALUES ('x', '1')"_s,
            u"UPDATE meta SET value = value WHERE key = 'schema_version'"_s,
            u"DELETE FROM meta WHERE key = 'queue_recipe'"_s, u"S"_s, u"S"_s, u"S"_s, reference },
        { u"edition"_s,
            u"INSERT INTO edition (year, week_start, week_end, request_deadline, decision_delay_days) VALUES (2031, '2031-03-24', '2031-03-30', '2031-03-10', 10)"_s,
            u"UPDATE edition SET decision_delay_days = decision_delay_days WHERE year = 2018"_s,
            u"DELETE FROM edition WHERE year = 2030"_s, u"S"_s, u"S"_s, u"S"_s, reference },
        { u"edition_territory_window"_s,
            u"INSERT INTO edition_territory_window VALUES (2030, '971', '2030-04-01', '2030-04-07')"_s,
            u"UPDATE edition_territory_window SET week_end = week_end WHERE edition_year = 2030"_s,
            u"DELETE FROM edition_territory_window WHERE edition_year = 2030"_s, u"S"_s, u"S"_s, u"S"_s,
            reference },
        { u"previous_territory"_s, u"INSERT INTO previous_territory VALUES (2018, '11', 1, 1)"_s,
            u"UPDATE previous_territory SET events = events WHERE territory = '53'"_s,
            u"DELETE FROM previous_territory WHERE territory = '53'"_s, u"S"_s, u"S"_s, u"S"_s, reference },
        { u"reviewer_region"_s, u"INSERT INTO reviewer_region VALUES ('quelqu_un', '11')"_s,
            u"UPDATE reviewer_region SET region = region WHERE role_name = 'regional_m'"_s,
            u"DELETE FROM reviewer_region WHERE role_name = 'regional_m'"_s, u"S"_s, u"S"_s, u"S"_s,
            reference },
        { u"event"_s,
            u"INSERT INTO event (edition_year, request_id, title, event_type, organiser_type, status, region) VALUES (2018, 'NEW', 't', 'other', 'other', 'submitted', '53')"_s,
            u"UPDATE event SET title = title WHERE id = "_s + id, u"DELETE FROM event WHERE id = "_s + spare,
            u"S"_s, u"SIU"_s, u"SIU"_s, u"SIU"_s },
        { u"audit"_s,
            u"INSERT INTO audit (event_id, at, who, action) VALUES ("_s + id + u", 'now', 'x', 'note')"_s,
            u"UPDATE audit SET reason = reason WHERE event_id = "_s + id,
            u"DELETE FROM audit WHERE event_id = "_s + id, u"S"_s, u"SI"_s, u"SI"_s, u"SI"_s },
        { u"event_queue"_s,
            u"INSERT INTO event_queue (event_id, edition_year, status, assignee, region, departement, event_type, organiser_type, request_key, title_key, organiser_key, commune_key, search_text, c1, c2, c3, c4, late, data_problems, failing) VALUES ("_s
                + spare
                + u", 2018, 'submitted', '', '53', '35', 'other', 'other', 'k', 'k', 'k', 'k', 'k', 0, 0, 0, 0, 0, 0, 0)"_s,
            u"UPDATE event_queue SET title_key = title_key WHERE event_id = "_s + id,
            u"DELETE FROM event_queue WHERE event_id = "_s + id, u"S"_s, u"SIU"_s, u"SIU"_s, reference },
        { u"pending_update"_s,
            u"INSERT INTO pending_update (event_id, created_at, who, changes, content) VALUES ("_s + id
                + u", 'now', 'x', '', '{}')"_s,
            u"UPDATE pending_update SET state = state WHERE event_id = "_s + id,
            u"DELETE FROM pending_update WHERE event_id = "_s + id, u"S"_s, u"SIU"_s, u"SIU"_s, u"SIU"_s },
        { u"export_template"_s, u"INSERT INTO export_template VALUES ('autre', 'titre')"_s,
            u"UPDATE export_template SET columns = columns WHERE name = 'presse'"_s,
            u"DELETE FROM export_template WHERE name = 'presse'"_s, u"S"_s, reference, reference, reference },
        { u"export_snapshot"_s,
            u"INSERT INTO export_snapshot VALUES (2, 2018, 'now', session_user, 'csv', 'labelled')"_s,
            u"UPDATE export_snapshot SET format = format WHERE id = 1"_s,
            u"DELETE FROM export_snapshot WHERE id = 4"_s, u"SI"_s, u"SI"_s, u"SI"_s, u"SID"_s },
        { u"outbox"_s,
            u"INSERT INTO outbox (event_id, kind, subject, body, created_at) VALUES ("_s + id
                + u", 'free', 's', 'b', 'now')"_s,
            u"UPDATE outbox SET state = state WHERE event_id = "_s + id,
            u"DELETE FROM outbox WHERE event_id = "_s + id, u"S"_s, u"SIU"_s, u"SIU"_s, u"SIU"_s },
        { u"label_counter"_s, u"INSERT INTO label_counter VALUES (2030, 1)"_s,
            u"UPDATE label_counter SET last_number = last_number WHERE edition_year = 2018"_s,
            u"DELETE FROM label_counter WHERE edition_year = 2018"_s, u"S"_s, u"SIU"_s, u"SIU"_s, u"SIU"_s },
        { u"label_number"_s, u"INSERT INTO label_number VALUES ("_s + spare + u", 2018, 2, 'now')"_s,
            u"UPDATE label_number SET number = number WHERE event_id = "_s + id,
            u"DELETE FROM label_number WHERE event_id = "_s + id, u"S"_s, u"SI"_s, u"SI"_s, u"SI"_s },
        { u"letter_template"_s,
            u"INSERT INTO letter_template (kind, language, version, subject, body, saved_at) VALUES ('free', 'fr', 2, 's', 'b', 'now')"_s,
            u"UPDATE letter_template SET body = body WHERE version = 1"_s,
            u"DELETE FROM letter_template WHERE version = 1"_s, u"S"_s, u"S"_s, u"S"_s, u"SI"_s },
        { u"export_snapshot_row"_s,
            u"INSERT INTO export_snapshot VALUES (2, 2018, 'now', session_user, 'csv', 'labelled'); INSERT INTO export_snapshot_row VALUES (2, 'R1', 't', 'h')"_s,
            u"UPDATE export_snapshot_row SET title = title WHERE snapshot_id = 1"_s,
            u"DELETE FROM export_snapshot_row WHERE snapshot_id = 1"_s, u"SI"_s, u"SI"_s, u"SI"_s, u"SID"_s },
    };
    // Every table of the store is in the list above.
    QVERIFY(owner.exec(
        QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")));
    QStringList stored;
    while (owner.next()) {
        stored << owner.value(0).toString();
    }
    QStringList listed;
    for (const Table& table : tables) {
        listed << table.name;
    }
    listed.sort();
    QCOMPARE(stored, listed);

    const QStringList groups { u"semaine_viewer"_s, u"semaine_regional"_s, u"semaine_national"_s,
        u"semaine_admin"_s };
    QStringList wrong;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const QString login = groups.at(g).mid(8) + u"_m"_s;
        std::unique_ptr<Database> role = openAs(login, groups.at(g));
        QVERIFY(role);
        QSqlDatabase connection = role->connection();
        for (const Table& table : tables) {
            const QString allowed = g == 0 ? table.viewer
                : g == 1                   ? table.regional
                : g == 2                   ? table.national
                                           : table.admin;
            const QStringList statements { u"SELECT count(*) FROM "_s + table.name, table.insert,
                table.update, table.remove };
            for (qsizetype s = 0; s < statements.size(); ++s) {
                QVERIFY(connection.transaction());
                QSqlQuery query(connection);
                const bool ran = query.exec(statements.at(s));
                const bool did = ran && (s == 0 ? query.next() : query.numRowsAffected() > 0);
                connection.rollback();
                if (did != allowed.contains(reference.at(s))) {
                    wrong << u"%1 %2 on %3: %4 (%5)"_s.arg(login, reference.at(s), table.name,
                        did ? u"done"_s : u"refused"_s, query.lastError().text());
                }
            }
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

// The outbox as the requests: a reviewer of Bretagne sees, sends, retries and cancels its région's
// messages only, even through raw SQL; national reviewers and their senders take every région's;
// viewers read them all and send none.
void TestPostgresql::outboxFollowsTheRegionalRights()
{
    SKIP_UNLESS_POSTGRESQL;
    const Event breton = firstIn(QStringLiteral("53"));
    Event other;
    for (const Event& event : std::as_const(m_events)) {
        if (event.region != QLatin1String("53")) {
            other = event;
            break;
        }
    }
    QVERIFY(breton.id > 0 && other.id > 0);
    // Two messages of each request, written by the store's owner.
    QSqlQuery owner(m_db->connection());
    QHash<qint64, QList<qint64>> messages;
    for (const qint64 eventId : { breton.id, other.id, breton.id, other.id }) {
        QVERIFY2(
            owner.exec(
                u"INSERT INTO outbox (event_id, kind, recipient, subject, body, created_at) VALUES (%1, "
                u"'free', "
                "'organiser@example.fr', 'Objet', 'Corps', '2018-03-01T10:00:00.000Z') RETURNING id"_s.arg(
                    eventId))
                && owner.next(),
            qPrintable(owner.lastError().text()));
        messages[eventId].append(owner.value(0).toLongLong());
    }
    std::unique_ptr<Database> bzh = openAs(u"outbox_bzh"_s, u"semaine_regional"_s);
    std::unique_ptr<Database> national = openAs(u"outbox_national"_s, u"semaine_national"_s);
    std::unique_ptr<Database> viewer = openAs(u"outbox_viewer"_s, u"semaine_viewer"_s);
    QVERIFY(bzh && national && viewer);
    OutboxRepository asBreton(*bzh);
    OutboxRepository asNational(*national);
    const auto requestsOf = [](const QList<OutboxMessage>& list) {
        QSet<QString> requests;
        for (const OutboxMessage& message : list) {
            requests.insert(message.requestId);
        }
        return requests;
    };

    // Seen: its own région's, counted as waiting; the other's is not even found.
    QCOMPARE(requestsOf(asBreton.list().value()), QSet<QString> { breton.requestId });
    QCOMPARE(asBreton.waitingCount().value(), 2);
    QCOMPARE(asBreton.countByState()->value(OutboxMessage::State::Queued), 2);
    QVERIFY(asBreton.forEvent(other.id)->isEmpty());
    QVERIFY(!asBreton.find(messages[other.id].first()));
    QCOMPARE(requestsOf(OutboxRepository(*viewer).list().value()),
        (QSet<QString> { breton.requestId, other.requestId }));
    QCOMPARE(asNational.waitingCount().value(), 4);

    // Raw SQL, as another client would send it: nothing of the other région changes or is added.
    QSqlQuery raw(bzh->connection());
    QVERIFY(raw.exec(u"UPDATE outbox SET state = 'cancelled' WHERE event_id = %1"_s.arg(other.id)));
    QCOMPARE(raw.numRowsAffected(), 0);
    QVERIFY(!raw.exec(
        u"INSERT INTO outbox (event_id, kind, subject, body, created_at) VALUES (%1, 'free', 's', 'b', 'now')"_s
            .arg(other.id)));
    QVERIFY(!raw.exec(u"UPDATE outbox SET event_id = %1 WHERE event_id = %2"_s.arg(other.id).arg(breton.id)));
    // Through the app: cancelling the other région's message is refused, its own is cancelled.
    QCOMPARE(asBreton.cancel(messages[other.id].first()).status, StoreStatus::NotAllowed);
    QVERIFY(asBreton.cancel(messages[breton.id].first()).ok());

    // Sent: its sender takes its own région's message and leaves the other's for its reviewers.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StoreResult<std::optional<OutboxMessage>> taken = asBreton.claim(u"bzh"_s, now, now.addSecs(-900));
    QVERIFY2(taken.ok() && *taken, qPrintable(taken.message));
    QCOMPARE((*taken)->id, messages[breton.id].last());
    const StoreResult<std::optional<OutboxMessage>> none = asBreton.claim(u"bzh"_s, now, now.addSecs(-900));
    QVERIFY2(none.ok(), qPrintable(none.message));
    QVERIFY(!*none);
    const StoreResult<std::optional<OutboxMessage>> refused
        = OutboxRepository(*viewer).claim(u"viewer"_s, now, now.addSecs(-900));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.message.isEmpty());
    QList<qint64> nationalTook;
    StoreResult<std::optional<OutboxMessage>> next = asNational.claim(u"national"_s, now, now.addSecs(-900));
    for (; next.ok() && *next; next = asNational.claim(u"national"_s, now, now.addSecs(-900))) {
        nationalTook.append((*next)->id);
    }
    QVERIFY2(next.ok(), qPrintable(next.message));
    QCOMPARE(nationalTook, messages[other.id]);
    // A failed message of the other région is not Breton's to retry.
    QVERIFY(asNational.markFailed(messages[other.id].first(), 550, u"5.1.1 no such mailbox"_s).ok());
    QCOMPARE(asBreton.retry(messages[other.id].first()).status, StoreStatus::NotAllowed);
    QVERIFY(asNational.retry(messages[other.id].first()).ok());
}

// A shared store that the previous version made (schema 7), with its requests and a regional
// reviewer, is held by the rights above once the app has upgraded it.
void TestPostgresql::aVersion7StoreGetsTheseRights()
{
    SKIP_UNLESS_POSTGRESQL;
    QTemporaryDir seven;
    for (const QFileInfo& file : QDir(u":/db/migrations"_s).entryInfoList({ u"000[1-7]_*.sql"_s })) {
        QVERIFY(QFile::copy(file.filePath(), seven.filePath(file.fileName())));
    }
    const QString location = TestStore::createEmpty(*m_dir, u"seven"_s);
    {
        Database old(seven.path());
        QVERIFY2(old.open(location), qPrintable(old.errorString()));
        QList<Event> events
            = DemoGenerator(*EditionRepository(old).find(2018), GeoReference::embedded(), 808).generate(60);
        // The requests alone: today's queue rows have columns that schema 7 lacks (schema 15).
        Statement insert(old.connection(), EventRows::insertStatement(true));
        EncodedRows rows;
        for (const Event& event : events) {
            EventRows::encodeInsert(event, rows);
        }
        for (qsizetype row = 0; row < rows.rowCount(); ++row) {
            rows.bind(insert, row);
            QVERIFY2(insert.step(), qPrintable(insert.errorString()));
        }
        QVERIFY(QSqlQuery(old.connection())
                .exec(u"INSERT INTO reviewer_region VALUES ('reviewer_seven', '53')"_s));
        QVERIFY(QSqlQuery(old.connection())
                .exec(u"INSERT INTO export_snapshot VALUES (1, 2018, 'now', 'x', 'csv', 'labelled')"_s));
    }
    Database upgraded;
    QVERIFY2(upgraded.open(location), qPrintable(upgraded.errorString()));
    Database bzh;
    QVERIFY2(bzh.open(TestStore::asRole(location, u"reviewer_seven"_s, u"semaine_regional"_s)),
        qPrintable(bzh.errorString()));
    QSqlQuery raw(bzh.connection());
    QVERIFY(raw.exec(u"CREATE TEMP TABLE reviewer_region (role_name text, region text)"_s));
    QVERIFY(raw.exec(u"INSERT INTO reviewer_region VALUES (current_user, '11')"_s));
    QVERIFY(raw.exec(
        u"UPDATE public.event SET status = 'labelled' WHERE region = '11' AND status <> 'labelled'"_s));
    QCOMPARE(raw.numRowsAffected(), 0);
    QVERIFY(!raw.exec(u"DELETE FROM export_snapshot"_s));
}

QTEST_GUILESS_MAIN(TestPostgresql)
#include "tst_postgresql.moc"
