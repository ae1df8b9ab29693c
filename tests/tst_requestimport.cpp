// Imports into a store: created, updated, unchanged, rejected; decided requests get pending
// updates; one transaction (a cancel leaves the store as it was); the CSV round trip.

#include "TestData.h"

#include "app/core/CsvWriter.h"
#include "app/core/DemoGenerator.h"
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"
#include "app/core/LabelRules.h"
#include "db/AuditTrail.h"
#include "db/Database.h"
#include "db/Decisions.h"
#include "db/EventRepository.h"
#include "db/PendingUpdates.h"
#include "db/QueueIndex.h"
#include "db/RequestImport.h"
#include "db/RequestStore.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include "TestStore.h"
#include <QTest>

#include <algorithm>
#include <memory>

class TestRequestImport : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsThenFindsUnchanged();
    void updatesAnUndecidedRequest();
    void decidedRequestGetsAPendingUpdate();
    void rejectedRowsGoToTheReport();
    void accountingOnEveryCorpusFile_data();
    void accountingOnEveryCorpusFile();
    void unreadableFile();
    void dryRunStoresNothing();
    void cancelLeavesTheStoreAsItWas_data();
    void cancelLeavesTheStoreAsItWas();
    void csvRoundTripGivesIdenticalEvents();
    void aStrayByteNeverChangesStoredText();
    void aMalformedRowDeepInALargeFileIsNamedByItsLine();
    void aFailureDeepInALargeFileLeavesTheStoreAsItWas();
    void aLargeImportIsSearchedAndQueuedAsItsRulesSay();

private:
    QString writeFile(const QString& name, const QList<Event>& events, const QStringList& extraRow = {});
    RequestImport::Outcome import(const QString& file, const RequestImport::Progress& progress = {});
    // Everything the store holds for the edition, as text: requests, audit, pending updates.
    QString storeDump();
    // The indexes and triggers of the requests and of the queue, by name (SQLite's test trigger "refuse"
    // aside).
    QStringList schemaDump();
    // A large file's rows: several of the import's batches (RequestStore::ProgressEvery), and on SQLite two
    // batches more than a bulk write that drops the indexes (RequestStore::BulkWithoutIndexes), so that the
    // rows the tests break come after the drop. PostgreSQL keeps its indexes, and three batches show what
    // the tests check there.
    int largeFileRows() const
    {
        return m_db->isPostgresql() ? 3 * RequestStore::ProgressEvery
                                    : int(RequestStore::BulkWithoutIndexes) + 2 * RequestStore::ProgressEvery;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestRequestImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY2(m_db->open(TestStore::create(*m_dir)), qPrintable(m_db->errorString()));
}

void TestRequestImport::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QString TestRequestImport::writeFile(
    const QString& name, const QList<Event>& events, const QStringList& extraRow)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    CsvWriter writer(&file, CsvWriter::Formulas::Neutralise);
    writer.writeRow(ImportParser::keys());
    for (const Event& event : events) {
        writer.writeRow(ImportParser::record(event));
    }
    if (!extraRow.isEmpty()) {
        writer.writeRow(extraRow);
    }
    return path;
}

RequestImport::Outcome TestRequestImport::import(const QString& file, const RequestImport::Progress& progress)
{
    RequestImport::Options options;
    options.file = file;
    options.who = QStringLiteral("tester");
    return RequestImport::run(*m_db, options, progress);
}

QString TestRequestImport::storeDump()
{
    QStringList lines;
    QSqlQuery query(m_db->connection());
    for (const char* sql : { "SELECT * FROM event ORDER BY id", "SELECT * FROM audit ORDER BY id",
             "SELECT * FROM pending_update ORDER BY id", "SELECT * FROM event_queue ORDER BY event_id" }) {
        if (!query.exec(QLatin1String(sql))) {
            lines << QStringLiteral("cannot run %1").arg(QLatin1String(sql));
        }
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i) {
                values << query.value(i).toString();
            }
            lines << values.join(QLatin1Char('|'));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QStringList TestRequestImport::schemaDump()
{
    QSqlQuery query(m_db->connection());
    const QString schema = m_db->isPostgresql()
        ? QStringLiteral(
              "SELECT indexname FROM pg_indexes WHERE tablename IN ('event', 'event_queue') ORDER BY 1")
        : QStringLiteral(
              "SELECT name FROM sqlite_master WHERE tbl_name IN ('event', 'event_queue') AND name <> "
              "'refuse' ORDER BY 1");
    QStringList names;
    if (query.exec(schema)) {
        while (query.next()) {
            names << query.value(0).toString();
        }
    }
    return names;
}

namespace {

QList<Event> threeEvents()
{
    QList<Event> events;
    for (const char* id : { "SI-1", "SI-2", "SI-3" }) {
        Event event = passingEvent();
        event.requestId = QLatin1String(id);
        events << event;
    }
    return events;
}

} // namespace

void TestRequestImport::createsThenFindsUnchanged()
{
    const QString file = writeFile(QStringLiteral("a.csv"), threeEvents());
    RequestImport::Outcome outcome = import(file);
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Done);
    QCOMPARE(outcome.read, 3);
    QCOMPARE(outcome.created, 3);
    QVERIFY(outcome.summary().startsWith(
        QStringLiteral("3 row(s) read = 3 created + 0 updated + 0 unchanged + 0 rejected")));
    EventRepository repository(*m_db);
    QCOMPARE(repository.count(2018).value(), 3);
    QCOMPARE(repository.all(2018).value().first().status, EventStatus::Submitted);

    outcome = import(file);
    QCOMPARE(outcome.created, 0);
    QCOMPARE(outcome.unchanged, 3);
    QCOMPARE(repository.count(2018).value(), 3);
}

void TestRequestImport::updatesAnUndecidedRequest()
{
    QList<Event> events = threeEvents();
    QCOMPARE(import(writeFile(QStringLiteral("a.csv"), events)).created, 3);
    events[1].title = QStringLiteral("Visite de l'usine, nouvel horaire");
    const RequestImport::Outcome outcome = import(writeFile(QStringLiteral("b.csv"), events));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.unchanged, 2);
    QCOMPARE(outcome.pending, 0);
    EventRepository repository(*m_db);
    const Event stored = repository.all(2018).value().at(1);
    QCOMPARE(stored.title, events.at(1).title);
    QCOMPARE(stored.version, 2);
    const QList<AuditEntry> trail = AuditTrail(*m_db).of(stored.id).value();
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.last().action, QStringLiteral("edit"));
    QCOMPARE(trail.last().reason, QStringLiteral("Import of b.csv"));
    QVERIFY(trail.last().changes.startsWith(QStringLiteral("title: ")));
}

void TestRequestImport::decidedRequestGetsAPendingUpdate()
{
    QList<Event> events = threeEvents();
    QCOMPARE(import(writeFile(QStringLiteral("a.csv"), events)).created, 3);
    EventRepository repository(*m_db);
    const Event first = repository.all(2018).value().first();
    QVERIFY(Decisions(*m_db).changeStatus(first.id, 1, EventStatus::InReview, {}, QStringLiteral("r")).ok());
    QVERIFY(Decisions(*m_db).changeStatus(first.id, 2, EventStatus::Labelled, {}, QStringLiteral("r")).ok());
    events[0].free = false;
    events[0].price = 10;
    const QString file = writeFile(QStringLiteral("b.csv"), events);
    RequestImport::Outcome outcome = import(file);
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.pending, 1);
    QCOMPARE(outcome.unchanged, 2);
    QVERIFY(outcome.summary().contains(QStringLiteral("kept for a reviewer to accept")));
    // Never applied silently.
    const Event stored = *repository.find(first.id);
    QCOMPARE(stored.free, std::optional<bool>(true));
    QCOMPARE(stored.status, EventStatus::Labelled);
    QCOMPARE(stored.version, 3);
    const QList<PendingUpdate> pending = PendingUpdates(*m_db).openFor(first.id).value();
    QCOMPARE(pending.size(), 1);
    QVERIFY(pending.first().changes.contains(QStringLiteral("is_free: true → false")));
    QVERIFY(pending.first().content.contains(QStringLiteral("\"gratuit\":\"non\"")));
    QCOMPARE(pending.first().source, QStringLiteral("b.csv"));
    // The same file again adds no second copy of the same change.
    outcome = import(file);
    QCOMPARE(outcome.pending, 0);
    QCOMPARE(outcome.unchanged, 3);
    QCOMPARE(PendingUpdates(*m_db).openFor(first.id).value().size(), 1);
}

void TestRequestImport::rejectedRowsGoToTheReport()
{
    QStringList bad = ImportParser::record(passingEvent());
    bad[0] = QStringLiteral("SI-BAD");
    bad[ImportParser::keys().indexOf(QStringLiteral("latitude"))] = QStringLiteral("N48°51'");
    const QString file = writeFile(QStringLiteral("demandes.csv"), threeEvents(), bad);
    const RequestImport::Outcome outcome = import(file);
    QCOMPARE(outcome.read, 4);
    QCOMPARE(outcome.created, 3);
    QCOMPARE(outcome.rejected, 1);
    QCOMPARE(outcome.reportPath, m_dir->filePath(QStringLiteral("demandes-rejects.csv")));
    QVERIFY(
        outcome.summary().contains(QStringLiteral("line 5, column latitude: “N48°51'” is not a number.")));
    QFile report(outcome.reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    QVERIFY(text.contains(QStringLiteral("SI-BAD;")));
    QVERIFY(text.contains(QStringLiteral("N48°51'")));
}

void TestRequestImport::accountingOnEveryCorpusFile_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(QStringLiteral(SEMAINE_TEST_DATA "/import"));
    for (const QString& name : corpus.entryList(QDir::Files)) {
        QTest::newRow(qPrintable(name)) << corpus.filePath(name);
    }
    QTest::newRow("example") << QStringLiteral(SEMAINE_SOURCE_DIR "/resources/examples/demandes-exemple.csv");
}

void TestRequestImport::accountingOnEveryCorpusFile()
{
    QFETCH(QString, path);
    // The corpus is read-only: the report goes to the temporary directory.
    RequestImport::Options options;
    options.file = path;
    options.reportPath = m_dir->filePath(QStringLiteral("report.csv"));
    const RequestImport::Outcome outcome = RequestImport::run(*m_db, options);
    if (outcome.status == RequestImport::Outcome::Status::Unreadable) {
        QVERIFY(!outcome.message.isEmpty());
        QCOMPARE(EventRepository(*m_db).count(2018).value(), 0);
        return;
    }
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Done);
    QCOMPARE(outcome.read, outcome.created + outcome.updated + outcome.unchanged + outcome.rejected);
    QCOMPARE(EventRepository(*m_db).count(2018).value(), outcome.created);
    QCOMPARE(QFile::exists(options.reportPath), outcome.rejected + outcome.warnings > 0);
}

void TestRequestImport::unreadableFile()
{
    const RequestImport::Outcome outcome = import(m_dir->filePath(QStringLiteral("missing.csv")));
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Unreadable);
    QVERIFY(outcome.summary().startsWith(QStringLiteral("Cannot read ")));
}

void TestRequestImport::dryRunStoresNothing()
{
    RequestImport::Options options;
    options.file = writeFile(QStringLiteral("a.csv"), threeEvents());
    options.dryRun = true;
    const QString before = storeDump();
    const RequestImport::Outcome outcome = RequestImport::run(*m_db, options);
    QCOMPARE(outcome.created, 3);
    QVERIFY(outcome.summary().startsWith(QStringLiteral("Dry run, nothing was stored: 3 row(s) read")));
    QCOMPARE(storeDump(), before);
}

void TestRequestImport::cancelLeavesTheStoreAsItWas_data()
{
    // Cancelled from the progress callback once so many batches are stored, rather than at a share of
    // a file large enough for the timing to land there: the file holds one batch more than that.
    QTest::addColumn<int>("cancelAfter"); // batches stored
    QTest::newRow("after the first batch, while parsing") << 1;
    // On SQLite the bulk write has dropped the indexes and the search trigger by then (BulkInsert).
    // PostgreSQL keeps them, so there the row would be the first one again with 6,000 requests more
    // to write and roll back: 15 s, the longest of the suite on that engine.
    if (!TestStore::onPostgresql()) {
        QTest::newRow("after the indexes were dropped")
            << int(RequestStore::BulkWithoutIndexes / RequestStore::ProgressEvery) + 1;
    }
}

void TestRequestImport::cancelLeavesTheStoreAsItWas()
{
    QFETCH(int, cancelAfter);
    // Some requests already there, one of them decided, then a big file that updates and adds.
    QList<Event> events = threeEvents();
    QCOMPARE(import(writeFile(QStringLiteral("a.csv"), events)).created, 3);
    EventRepository repository(*m_db);
    const qint64 firstId = repository.all(2018).value().first().id;
    QVERIFY(Decisions(*m_db)
            .changeStatus(firstId, 1, EventStatus::Refused, QStringLiteral("C4"), QStringLiteral("r"))
            .ok());
    events[0].title = QStringLiteral("Changed");
    events[1].title = QStringLiteral("Changed too");
    for (int i = 0; i < (cancelAfter + 1) * RequestStore::ProgressEvery; ++i) {
        Event event = passingEvent();
        event.requestId = QStringLiteral("SI-BIG-%1").arg(i);
        events << event;
    }
    const QString file = writeFile(QStringLiteral("big.csv"), events);
    const QString before = storeDump();
    const QStringList indexes = schemaDump();
    QStringList indexesWhenCancelled;
    int calls = 0;
    int last = 0;
    const RequestImport::Outcome outcome = import(file, [&](int percent) {
        last = percent;
        // The first call comes once the file is read, before any batch.
        if (++calls <= cancelAfter) {
            return true;
        }
        indexesWhenCancelled = schemaDump();
        return false;
    });
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Cancelled);
    QCOMPARE(calls, cancelAfter + 1);
    QVERIFY(last < 100);
    if (cancelAfter * RequestStore::ProgressEvery > RequestStore::BulkWithoutIndexes) {
        QVERIFY2(indexesWhenCancelled.size() < indexes.size(), qPrintable(indexesWhenCancelled.join(u' ')));
    }
    QCOMPARE(storeDump(), before);
    QCOMPARE(schemaDump(), indexes);
}

// The file is read in batches written while the next are parsed: a row cut short near the end
// still names its line, and the others are stored in the file's order, each audited once.
void TestRequestImport::aMalformedRowDeepInALargeFileIsNamedByItsLine()
{
    const int rows = largeFileRows();
    const int malformed = rows - 1500; // the row's index; the header is line 1
    const QString path = m_dir->filePath(QStringLiteral("large.csv"));
    QStringList expected;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file, CsvWriter::Formulas::Neutralise);
        writer.writeRow(ImportParser::keys());
        for (int i = 0; i < rows; ++i) {
            Event event = passingEvent();
            event.requestId = QStringLiteral("SI-L-%1").arg(i);
            QStringList record = ImportParser::record(event);
            if (i == malformed) {
                record.removeLast();
            } else {
                expected << event.requestId;
            }
            writer.writeRow(record);
        }
    }
    const RequestImport::Outcome outcome = import(path);
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Done);
    QCOMPARE(outcome.read, rows);
    QCOMPARE(outcome.created, rows - 1);
    QCOMPARE(outcome.rejected, 1);
    QCOMPARE(outcome.rejections.first().line, malformed + 2);
    QVERIFY(outcome.summary().contains(QStringLiteral("line %1: ").arg(malformed + 2)));
    QStringList stored;
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT request_id FROM event ORDER BY id")));
    while (query.next()) {
        stored << query.value(0).toString();
    }
    QCOMPARE(stored, expected);
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*), count(DISTINCT a.event_id) FROM audit a JOIN event e ON "
                                  "e.id = a.event_id WHERE a.action = 'created'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), rows - 1);
    QCOMPARE(query.value(1).toInt(), rows - 1);
    // Every request has its queue row, found by the search.
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM event_queue")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), rows - 1);
}

// A request the store refuses near the end of a large file, after thousands were written: the
// import fails naming it, and the store is as it was (requests, audit, queue and its indexes).
void TestRequestImport::aFailureDeepInALargeFileLeavesTheStoreAsItWas()
{
    QList<Event> events = threeEvents();
    QCOMPARE(import(writeFile(QStringLiteral("a.csv"), events)).created, 3);
    events[0].title = QStringLiteral("Changed");
    const int rows = largeFileRows();
    for (int i = 0; i < rows; ++i) {
        Event event = passingEvent();
        event.requestId = QStringLiteral("SI-BIG-%1").arg(i);
        events << event;
    }
    const QString file = writeFile(QStringLiteral("big.csv"), events);
    const QString refused = QStringLiteral("SI-BIG-%1").arg(rows - 1000);
    QSqlQuery query(m_db->connection());
    if (m_db->isPostgresql()) {
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE FUNCTION refuse_request() RETURNS trigger AS $$ BEGIN IF NEW.request_id = "
                     "'%1' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ "
                     "LANGUAGE plpgsql")
                         .arg(refused)),
            qPrintable(query.lastError().text()));
        QVERIFY2(
            query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON event FOR EACH ROW EXECUTE "
                                      "FUNCTION refuse_request()")),
            qPrintable(query.lastError().text()));
    } else {
        QVERIFY2(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON event WHEN "
                                           "NEW.request_id = '%1' BEGIN SELECT RAISE(ABORT, "
                                           "'refused by the test'); END")
                         .arg(refused)),
            qPrintable(query.lastError().text()));
    }
    const QString before = storeDump();
    const QStringList indexes = schemaDump();
    QVERIFY(indexes.size() > 3);
    const RequestImport::Outcome outcome = import(file);
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Failed);
    QVERIFY2(outcome.message.contains(refused), qPrintable(outcome.message));
    QCOMPARE(outcome.created, 0);
    QCOMPARE(storeDump(), before);
    QCOMPARE(schemaDump(), indexes);
    // Without the refusal, the same file goes in whole.
    QVERIFY(query.exec(QStringLiteral("DROP TRIGGER refuse")
        + (m_db->isPostgresql() ? QStringLiteral(" ON event") : QString())));
    const RequestImport::Outcome again = import(file);
    QCOMPARE(again.created, rows);
    QCOMPARE(again.updated, 1);
    QCOMPARE(schemaDump(), indexes);
}

// A large file of generated requests, written as a bulk from its first batch on (the indexes and
// the search index filled once, after the rows): each request is found
// by the search and sits in the queue with the conditions its rules fail.
void TestRequestImport::aLargeImportIsSearchedAndQueuedAsItsRulesSay()
{
    const Edition edition = edition2018();
    QList<Event> events = DemoGenerator(edition, GeoReference::embedded(), 61).generate(largeFileRows());
    for (qsizetype i = 0; i < events.size(); ++i) {
        events[i].requestId = QStringLiteral("SI-GEN-%1").arg(i);
    }
    const RequestImport::Outcome outcome = import(writeFile(QStringLiteral("generated.csv"), events));
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Done);
    QCOMPARE(outcome.created, int(events.size()));
    QSqlQuery query(m_db->connection());
    if (!m_db->isPostgresql()) {
        // FTS5 compares its index with the rows it reads them from.
        QVERIFY2(query.exec(QStringLiteral("INSERT INTO event_queue_search (event_queue_search, rank) "
                                           "VALUES ('integrity-check', 1)")),
            qPrintable(query.lastError().text()));
    }
    const QList<Event> stored = EventRepository(*m_db).all(2018).value();
    QCOMPARE(stored.size(), events.size());
    const QDate today(2018, 3, 20);
    const RuleContext context { &edition, today, &GeoReference::embedded(), false };
    QList<EventFilter> filters;
    for (Check check : LabelRules::conditions()) {
        EventFilter failing;
        failing.conditions = EventFilter::Conditions::Failing;
        failing.failing = check;
        filters << failing;
    }
    for (const QString& text : { stored.at(17).title.mid(1, 7), stored.at(stored.size() / 2).requestId,
             stored.last().organiserName.left(6), QStringLiteral("usine") }) {
        EventFilter search;
        search.text = text;
        filters << search;
    }
    QueueIndex queue(*m_db);
    for (const EventFilter& filter : std::as_const(filters)) {
        QList<qint64> wanted;
        for (const Event& event : stored) {
            if (filter.matches(event, LabelRules::evaluateAll(event, context))) {
                wanted << event.id;
            }
        }
        QList<qint64> found = queue.ids(2018, filter, today).value(); // in the request ids' order
        std::sort(found.begin(), found.end());
        QVERIFY2(!wanted.isEmpty(), qPrintable(filter.text));
        QCOMPARE(found, wanted);
    }
}

// A re-import of a UTF-8 file in which one byte went bad changes nothing by its encoding: the
// other rows are unchanged, the row with the byte is rejected with its line.
void TestRequestImport::aStrayByteNeverChangesStoredText()
{
    const QString file = m_dir->filePath(QStringLiteral("demandes.csv"));
    const auto write = [&](const QByteArray& bytes) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size();
    };
    QVERIFY(write(
        "\xEF\xBB\xBFid_demande;titre;organisateur\r\nSI-1;Visite;Mécatech\r\nSI-2;Atelier;Forges\r\n"));
    QCOMPARE(import(file).created, 2);
    const QString before = storeDump();
    QVERIFY(write("id_demande;titre;organisateur\r\nSI-1;Visite;Mécatech\r\nSI-2;Atelier;Forg\xE9s\r\n"));
    const RequestImport::Outcome outcome = import(file);
    QCOMPARE(outcome.status, RequestImport::Outcome::Status::Done);
    QCOMPARE(outcome.unchanged, 1);
    QCOMPARE(outcome.updated, 0);
    QCOMPARE(outcome.rejected, 1);
    QCOMPARE(outcome.rejections.first().line, 3);
    QCOMPARE(storeDump(), before);
    QVERIFY(before.contains(QStringLiteral("Mécatech")));
}

void TestRequestImport::csvRoundTripGivesIdenticalEvents()
{
    QList<Event> generated = DemoGenerator(edition2018(), GeoReference::embedded(), 7).generate(500);
    for (Event& event : generated) {
        // The import creates requests as submitted: the round trip is of the request's content.
        event.status = EventStatus::Submitted;
        event.assignee.clear();
    }
    const RequestImport::Outcome outcome = import(writeFile(QStringLiteral("demo.csv"), generated));
    QCOMPARE(outcome.rejected, 0);
    QCOMPARE(outcome.created, 500);
    const QList<Event> stored = EventRepository(*m_db).all(2018).value();
    QCOMPARE(stored.size(), generated.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        Event expected = generated.at(i);
        expected.id = stored.at(i).id;
        expected.version = 1;
        expected.reviewerNotes.clear();
        // A request without coordinates gets its commune's centre.
        if (!expected.latitude && stored.at(i).latitude) {
            const Commune* commune = GeoReference::embedded().communeByInseeCode(expected.inseeCode);
            QVERIFY(commune);
            expected.latitude = commune->latitude;
            expected.longitude = commune->longitude;
        }
        QCOMPARE(ImportParser::record(stored.at(i)), ImportParser::record(expected));
        QCOMPARE(stored.at(i).submittedAt, expected.submittedAt);
        QCOMPARE(stored.at(i).departement, expected.departement);
        QCOMPARE(stored.at(i).region, expected.region);
        QCOMPARE(stored.at(i).latitude, expected.latitude);
    }
}

QTEST_GUILESS_MAIN(TestRequestImport)
#include "tst_requestimport.moc"
