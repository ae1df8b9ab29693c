// The store's file handling: creation, reopening, refusal of files it must not touch, and the
// edition and meta repositories on top of it.

#include "app/core/Edition.h"
#include "app/core/Event.h"
#include "db/Database.h"
#include "db/EditionRepository.h"
#include "db/EventRepository.h"
#include "db/MetaRepository.h"
#include "db/QueueIndex.h"
#include "db/RequestStore.h"
#include "db/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(file.readAll());
    return hash.result();
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Runs statements through a connection of its own, outside Database, then closes and removes it.
bool rawExec(const QString& path, const QStringList& statements, QString* error)
{
    const QString name = QStringLiteral("tst_database-raw");
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        if (!raw.open()) {
            ok = false;
            *error = raw.lastError().text();
        } else {
            QSqlQuery query(raw);
            for (const QString& statement : statements) {
                if (!query.exec(statement)) {
                    ok = false;
                    *error = statement + QStringLiteral(": ") + query.lastError().text();
                    break;
                }
            }
            query.finish();
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

Event sampleEvent(int index)
{
    Event event;
    event.editionYear = 2018;
    event.requestId = QStringLiteral("SI18-%1").arg(index, 5, 10, QLatin1Char('0'));
    event.title = QStringLiteral("Visite d'usine n° %1").arg(index);
    // Long enough text that a few hundred events fill many pages.
    event.description = QString(400, QLatin1Char(char('a' + index % 26)));
    event.type = EventType::CompanyVisit;
    event.organiserName = QStringLiteral("Organisateur %1").arg(index);
    event.organiserType = OrganiserType::Company;
    // Every text column is NOT NULL, and a null QString would be bound as NULL.
    for (QString* text : { &event.siret, &event.contactName, &event.contactEmail, &event.contactPhone,
             &event.address, &event.postalCode, &event.commune, &event.inseeCode, &event.departement,
             &event.region, &event.reviewerNotes }) {
        *text = QStringLiteral("-");
    }
    return event;
}

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshStore();
    void reopenKeepsDataWithoutBackup();
    void pragmas();
    void newStoreHasLargerPagesAnExistingOneKeepsItsOwn();
    void eachConnectionBoundsItsMemory();
    void aBulkWriteHoldsItsPagesUntilItEnds();
    void newerSchemaIsRefused();
    void textFileIsRefused();
    void corruptStoreIsRefused();
    void otherApplicationDatabaseIsRefused();
    void emptyFileBecomesNewStore();
    void editionSaveRoundTrips();
    void editionSaveReplacesWindows();
    void invalidEditionIsRefused();
    void metaValues();
    void upgradeWritesBackupFirst();
    void failedUpgradeLeavesStoreAsItWas();
    void upgradeFromTheFirstSchemaIndexesTheQueue();
    void upgradeTo15CopiesTheOnlineTextsIntoTheQueue();
    void upgradeTo16RebuildsTheSearchWithoutSizes();
    void upgradeTo20DropsTheUnreadIndex();
    void upgradeTo28CountsTheRequestsFromTheEdition();
    void otherApplicationWithAUserVersionIsUntouched_data();
    void otherApplicationWithAUserVersionIsUntouched();
    void unmarkedStoreOfOursGetsTheMark();
    void missingFolderIsNotCreated();
    void readOnlyStoreIsOpenedForReading_data();
    void readOnlyStoreIsOpenedForReading();

private:
    // A migrations folder with the real first migration and a second one of the test's own.
    QString migrationsWith(const QString& secondMigration);
    // A migrations folder with the embedded migrations up to `version`.
    QString migrationsUpTo(int version);
    QString storePath() const { return m_dir->filePath(QStringLiteral("store.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup() { m_dir.reset(); }

void TestDatabase::freshStore()
{
    const QString path = storePath();
    QVERIFY(!QFile::exists(path));

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QVERIFY(db.isOpen());
    QCOMPARE(db.openError(), Database::OpenError::None);
    QVERIFY(db.errorString().isEmpty());
    QVERIFY(QFile::exists(path));
    QCOMPARE(db.path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(Database().latestSchemaVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Database().latestSchemaVersion());
    QVERIFY(db.backupPath().isEmpty());

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
    QCOMPARE(query.value(0).toInt(), Database().latestSchemaVersion());
    query.finish();

    EditionRepository editions(db);
    const StoreResult<Edition> edition = editions.find(2018);
    QVERIFY(edition);
    QCOMPARE(edition->year, 2018);
    QCOMPARE(edition->weekStart, QDate(2018, 3, 26));
    QCOMPARE(edition->weekEnd, QDate(2018, 4, 1));
    QCOMPARE(edition->requestDeadline, QDate(2018, 3, 12));
    QCOMPARE(edition->decisionDelayWorkingDays, 4);
    QVERIFY(edition->previousEvents);
    QCOMPARE(*edition->previousEvents, 2400);
    QVERIFY(edition->previousParticipants);
    QCOMPARE(*edition->previousParticipants, 300000);
    QCOMPARE(edition->territoryWindows.size(), 1);
    const TerritoryWindow& reunion = edition->territoryWindows.first();
    QCOMPARE(reunion.departement, QStringLiteral("974"));
    QCOMPARE(reunion.weekStart, QDate(2018, 4, 3));
    QCOMPARE(reunion.weekEnd, QDate(2018, 4, 8));
    QCOMPARE(edition->windowFor(QStringLiteral("974")).weekStart, QDate(2018, 4, 3));
    QCOMPARE(edition->windowFor(QStringLiteral("69")).weekStart, QDate(2018, 3, 26));

    QCOMPARE(editions.all().value().size(), 1);
    QVERIFY(!editions.find(2017));
    QVERIFY(editions.latest());
    QCOMPARE(editions.latest()->year, 2018);
}

void TestDatabase::reopenKeepsDataWithoutBackup()
{
    const QString path = storePath();
    qint64 eventId = 0;
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        MetaRepository meta(db);
        QVERIFY(meta.setValue(MetaRepository::demoDataKey(), QStringLiteral("1")));
        EventRepository events(db);
        Event event = sampleEvent(1);
        const WriteResult result = RequestStore(db).insert(event, QStringLiteral("tester"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        eventId = event.id;
        db.close();
        QVERIFY(!db.isOpen());
    }

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.openError(), Database::OpenError::None);
    QCOMPARE(db.schemaVersion(), Database().latestSchemaVersion());
    QVERIFY(db.backupPath().isEmpty());
    QCOMPARE(MetaRepository(db).value(MetaRepository::demoDataKey()).value(), QStringLiteral("1"));
    EventRepository events(db);
    QCOMPARE(events.count(2018).value(), 1);
    const StoreResult<Event> found = events.find(eventId);
    QVERIFY(found);
    QCOMPARE(found->requestId, QStringLiteral("SI18-00001"));
    QCOMPARE(EditionRepository(db).all().value().size(), 1); // the seed was not inserted a second time

    const QStringList backups = QDir(m_dir->path()).entryList({ QStringLiteral("*.bak") }, QDir::Files);
    QVERIFY2(backups.isEmpty(), qPrintable(backups.join(QStringLiteral(", "))));
}

void TestDatabase::pragmas()
{
    Database db;
    QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString().toLower(), QStringLiteral("wal"));

    // And the foreign keys are really enforced: a window of an edition that does not exist.
    QVERIFY(!query.exec(
        QStringLiteral("INSERT INTO edition_territory_window (edition_year, departement, week_start, "
                       "week_end) VALUES (1999, '974', '1999-04-01', '1999-04-07')")));
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*) FROM edition_territory_window WHERE edition_year = 1999"))
        && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestDatabase::newStoreHasLargerPagesAnExistingOneKeepsItsOwn()
{
    const auto pageSize = [](const QSqlDatabase& connection) {
        QSqlQuery query(connection);
        return query.exec(QStringLiteral("PRAGMA page_size")) && query.next() ? query.value(0).toInt() : 0;
    };
    int sqliteDefault = 0;
    {
        QSqlDatabase memory
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_database-memory"));
        memory.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(memory.open());
        sqliteDefault = pageSize(memory);
        memory.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_database-memory"));
    QVERIFY(sqliteDefault > 0);
    QVERIFY(sqliteDefault != Database::PageBytes);

    const QString emptyFile = m_dir->filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(emptyFile, QByteArray()));
    for (const QString& path : { storePath(), emptyFile }) {
        Database fresh;
        QVERIFY2(fresh.open(path), qPrintable(fresh.errorString()));
        QCOMPARE(pageSize(fresh.connection()), Database::PageBytes);
    }

    // A store made before: SQLite's default size, which opening it (and writing to it) keeps.
    QString error;
    QVERIFY2(rawExec(storePath(),
                 { QStringLiteral("PRAGMA journal_mode = DELETE"),
                     QStringLiteral("PRAGMA page_size = %1").arg(sqliteDefault), QStringLiteral("VACUUM") },
                 &error),
        qPrintable(error));
    Database existing;
    QVERIFY2(existing.open(storePath()), qPrintable(existing.errorString()));
    QVERIFY(MetaRepository(existing).setValue(QStringLiteral("marker"), QStringLiteral("kept")));
    QCOMPARE(pageSize(existing.connection()), sqliteDefault);
}

// The window's connection and the queue's reader: the same bounded map and cache, whatever the
// store's size, so that the process's memory does not grow with it.
void TestDatabase::eachConnectionBoundsItsMemory()
{
    Database db;
    QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));
    Database reader;
    QVERIFY2(reader.openReader(db), qPrintable(reader.errorString()));
    for (const Database* connection : { &db, &reader }) {
        QSqlQuery query(connection->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size")) && query.next());
        QCOMPARE(-query.value(0).toLongLong(), Database::CacheBytes / 1024);
        QVERIFY(query.exec(QStringLiteral("PRAGMA mmap_size")) && query.next());
        QCOMPARE(query.value(0).toLongLong(), Database::MappedBytes);
    }
}

// A bulk write's larger page cache lasts until its transaction ends, committed or rolled back, and
// is bounded.
void TestDatabase::aBulkWriteHoldsItsPagesUntilItEnds()
{
    Database db;
    QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));
    QSqlQuery query(db.connection());
    const auto cacheKib = [&] {
        return query.exec(QStringLiteral("PRAGMA cache_size")) && query.next() ? -query.value(0).toLongLong()
                                                                               : 0;
    };
    const qint64 usual = cacheKib();
    QCOMPARE(usual, Database::CacheBytes / 1024);
    {
        Transaction transaction(db);
        QVERIFY(transaction.isOpen());
        db.holdWrittenPages(qint64(200) << 20);
        QCOMPARE(cacheKib(), 200 * 1024);
        QVERIFY(transaction.commit());
    }
    QCOMPARE(cacheKib(), usual);
    {
        Transaction transaction(db);
        QVERIFY(transaction.isOpen());
        db.holdWrittenPages(qint64(1) << 40);
        QCOMPARE(cacheKib(), Database::MaxWriteCacheBytes / 1024);
        db.holdWrittenPages(qint64(10) << 20); // once per write: not lowered
        QCOMPARE(cacheKib(), Database::MaxWriteCacheBytes / 1024);
    }
    QCOMPARE(cacheKib(), usual);
}

void TestDatabase::newerSchemaIsRefused()
{
    const QString path = storePath();
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        db.close();
    }
    const int newer = Database().latestSchemaVersion() + 1;
    QString error;
    QVERIFY2(
        rawExec(path, { QStringLiteral("PRAGMA user_version = %1").arg(newer) }, &error), qPrintable(error));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(!db.isOpen());
    QCOMPARE(db.openError(), Database::OpenError::NewerSchema);
    QVERIFY2(db.errorString().contains(QFileInfo(path).absoluteFilePath()), qPrintable(db.errorString()));
    QVERIFY2(db.errorString().contains(QString::number(newer)), qPrintable(db.errorString()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::textFileIsRefused()
{
    const QString path = storePath();
    const QByteArray text("hello, not a database");
    QVERIFY(writeFile(path, text));
    const QByteArray before = fileHash(path);

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(!db.isOpen());
    QCOMPARE(db.openError(), Database::OpenError::NotADatabase);
    QVERIFY2(db.errorString().contains(QFileInfo(path).absoluteFilePath()), qPrintable(db.errorString()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(fileBytes(path), text);
}

void TestDatabase::corruptStoreIsRefused()
{
    const QString path = storePath();
    {
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QList<Event> batch;
        for (int i = 1; i <= 300; ++i) {
            batch.append(sampleEvent(i));
        }
        const WriteResult result = RequestStore(db).insertAll(batch, QStringLiteral("tester"));
        QVERIFY2(result.ok(), qPrintable(result.message));
        db.close();
    }
    // Everything is in the main file (the log was checkpointed on close), so damaging it counts.
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

    const qint64 offset = 8192;
    const qint64 length = 4096;
    QByteArray bytes = fileBytes(path);
    QVERIFY2(bytes.size() > offset + length * 4, qPrintable(QString::number(bytes.size())));
    const QByteArray header = bytes.left(16);
    QCOMPARE(header, QByteArray("SQLite format 3\0", 16));
    bytes.replace(offset, length, QByteArray(length, char(0xFF)));
    QCOMPARE(bytes.left(16), header);
    QVERIFY(writeFile(path, bytes));
    const QByteArray before = fileHash(path);

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(!db.isOpen());
    const Database::OpenError error = db.openError();
    QVERIFY2(error == Database::OpenError::Corrupt || error == Database::OpenError::NotADatabase,
        qPrintable(QStringLiteral("error %1: %2").arg(int(error)).arg(db.errorString())));
    QVERIFY2(db.errorString().contains(QFileInfo(path).absoluteFilePath()), qPrintable(db.errorString()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::otherApplicationDatabaseIsRefused()
{
    const QString path = storePath();
    QString error;
    QVERIFY2(rawExec(path,
                 { QStringLiteral("CREATE TABLE foo (x INTEGER)"),
                     QStringLiteral("INSERT INTO foo (x) VALUES (42)") },
                 &error),
        qPrintable(error));
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    Database db;
    QVERIFY(!db.open(path));
    QVERIFY(!db.isOpen());
    QCOMPARE(db.openError(), Database::OpenError::NotADatabase);
    QVERIFY2(db.errorString().contains(QFileInfo(path).absoluteFilePath()), qPrintable(db.errorString()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::emptyFileBecomesNewStore()
{
    const QString path = storePath();
    QVERIFY(writeFile(path, QByteArray()));
    QCOMPARE(QFileInfo(path).size(), qint64(0));

    Database db;
    QVERIFY2(db.open(path), qPrintable(db.errorString()));
    QCOMPARE(db.openError(), Database::OpenError::None);
    QCOMPARE(db.schemaVersion(), Database().latestSchemaVersion());
    QVERIFY(db.backupPath().isEmpty());
    QVERIFY(EditionRepository(db).find(2018));
    db.close();
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestDatabase::editionSaveRoundTrips()
{
    Database db;
    QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));
    EditionRepository editions(db);

    Edition edition;
    edition.year = 2019;
    edition.weekStart = QDate(2019, 3, 18);
    edition.weekEnd = QDate(2019, 3, 24);
    edition.requestDeadline = QDate(2019, 3, 4);
    edition.decisionDelayWorkingDays = 5;
    edition.previousEvents = 2600;
    // previousParticipants stays unknown
    edition.territoryWindows = { { QStringLiteral("974"), QDate(2019, 3, 25), QDate(2019, 3, 31) },
        { QStringLiteral("976"), QDate(2019, 3, 26), QDate(2019, 3, 30) } };
    const WriteResult result = editions.save(edition);
    QVERIFY2(result.ok(), qPrintable(result.message));

    const StoreResult<Edition> found = editions.find(2019);
    QVERIFY(found);
    QCOMPARE(found->year, 2019);
    QCOMPARE(found->weekStart, edition.weekStart);
    QCOMPARE(found->weekEnd, edition.weekEnd);
    QCOMPARE(found->requestDeadline, edition.requestDeadline);
    QCOMPARE(found->decisionDelayWorkingDays, 5);
    QVERIFY(found->previousEvents);
    QCOMPARE(*found->previousEvents, 2600);
    QVERIFY(!found->previousParticipants);
    QCOMPARE(found->territoryWindows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(found->territoryWindows.at(i).departement, edition.territoryWindows.at(i).departement);
        QCOMPARE(found->territoryWindows.at(i).weekStart, edition.territoryWindows.at(i).weekStart);
        QCOMPARE(found->territoryWindows.at(i).weekEnd, edition.territoryWindows.at(i).weekEnd);
    }

    QVERIFY(editions.latest());
    QCOMPARE(editions.latest()->year, 2019);
    const QList<Edition> all = editions.all().value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).year, 2018);
    QCOMPARE(all.at(1).year, 2019);
    // The 2018 edition keeps its own window.
    QCOMPARE(all.at(0).territoryWindows.size(), 1);
    QCOMPARE(all.at(0).territoryWindows.first().weekStart, QDate(2018, 4, 3));
}

void TestDatabase::editionSaveReplacesWindows()
{
    Database db;
    QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));
    EditionRepository editions(db);

    StoreResult<Edition> edition = editions.find(2018);
    QVERIFY(edition);
    edition->decisionDelayWorkingDays = 6;
    edition->territoryWindows = { { QStringLiteral("971"), QDate(2018, 4, 2), QDate(2018, 4, 6) } };
    const WriteResult result = editions.save(*edition);
    QVERIFY2(result.ok(), qPrintable(result.message));

    const StoreResult<Edition> found = editions.find(2018);
    QVERIFY(found);
    QCOMPARE(found->decisionDelayWorkingDays, 6);
    QCOMPARE(found->weekStart, QDate(2018, 3, 26));
    QCOMPARE(found->territoryWindows.size(), 1);
    QCOMPARE(found->territoryWindows.first().departement, QStringLiteral("971"));
    QCOMPARE(editions.all().value().size(), 1);
}

void TestDatabase::invalidEditionIsRefused()
{
    Database db;
    QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));
    EditionRepository editions(db);

    Edition edition;
    edition.year = 2019;
    edition.weekStart = QDate(2019, 3, 24);
    edition.weekEnd = QDate(2019, 3, 18); // before the start
    edition.requestDeadline = QDate(2019, 3, 4);
    edition.decisionDelayWorkingDays = 4;
    const WriteResult result = editions.save(edition);
    QVERIFY(!result.ok());
    QCOMPARE(result.status, WriteResult::Status::NotAllowed);
    QVERIFY(!result.message.isEmpty());
    QVERIFY2(result.message.contains(QStringLiteral("2019")), qPrintable(result.message));

    QVERIFY(!editions.find(2019));
    QVERIFY(editions.latest());
    QCOMPARE(editions.latest()->year, 2018);
}

void TestDatabase::metaValues()
{
    Database db;
    QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));
    MetaRepository meta(db);

    QVERIFY(meta.value(QStringLiteral("missing")).value().isEmpty());
    QVERIFY(meta.setValue(QStringLiteral("greeting"), QStringLiteral("bonjour")));
    QCOMPARE(meta.value(QStringLiteral("greeting")).value(), QStringLiteral("bonjour"));
    QVERIFY(meta.setValue(QStringLiteral("greeting"), QStringLiteral("au revoir")));
    QCOMPARE(meta.value(QStringLiteral("greeting")).value(), QStringLiteral("au revoir"));
    QVERIFY(meta.setValue(MetaRepository::demoDataKey(), QStringLiteral("1")));
    QCOMPARE(meta.value(MetaRepository::demoDataKey()).value(), QStringLiteral("1"));
    QCOMPARE(meta.value(QStringLiteral("greeting")).value(), QStringLiteral("au revoir"));
    QVERIFY(meta.value(QStringLiteral("missing")).value().isEmpty());
}

QString TestDatabase::migrationsWith(const QString& secondMigration)
{
    const QString dir = m_dir->filePath(QStringLiteral("migrations"));
    QDir().mkpath(dir);
    // The embedded migrations, then the test's as the next version.
    for (const QString& name : QDir(QStringLiteral(":/db/migrations")).entryList(QDir::Files)) {
        QFile::copy(QStringLiteral(":/db/migrations/") + name, dir + QLatin1Char('/') + name);
    }
    const int next = Database().latestSchemaVersion() + 1;
    QFile second(dir + QStringLiteral("/%1_test.sql").arg(next, 4, 10, QLatin1Char('0')));
    if (second.open(QIODevice::WriteOnly)) {
        second.write(secondMigration.toUtf8());
    }
    return dir;
}

void TestDatabase::upgradeWritesBackupFirst()
{
    {
        Database v1;
        QVERIFY(v1.open(storePath()));
        QVERIFY(MetaRepository(v1).setValue(QStringLiteral("marker"), QStringLiteral("before upgrade")));
    }
    Database v2(migrationsWith(QStringLiteral("CREATE TABLE reviewer (name TEXT NOT NULL);\n"
                                              "INSERT INTO reviewer (name) VALUES ('Camille');\n")));
    const int embedded = Database().latestSchemaVersion();
    QCOMPARE(v2.latestSchemaVersion(), embedded + 1);
    QVERIFY2(v2.open(storePath()), qPrintable(v2.errorString()));
    QCOMPARE(v2.schemaVersion(), embedded + 1);
    QSqlQuery query(v2.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM reviewer")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Camille"));
    query.finish();

    // The backup is the store as it was before the upgrade, with its data.
    QVERIFY(!v2.backupPath().isEmpty());
    QVERIFY(QFile::exists(v2.backupPath()));
    Database backup;
    QVERIFY2(backup.open(v2.backupPath()), qPrintable(backup.errorString()));
    QCOMPARE(
        MetaRepository(backup).value(QStringLiteral("marker")).value(), QStringLiteral("before upgrade"));
    QSqlQuery old(backup.connection());
    QVERIFY(!old.exec(QStringLiteral("SELECT name FROM reviewer")));
}

void TestDatabase::failedUpgradeLeavesStoreAsItWas()
{
    {
        Database v1;
        QVERIFY(v1.open(storePath()));
        QVERIFY(MetaRepository(v1).setValue(QStringLiteral("marker"), QStringLiteral("kept")));
    }
    // The second statement fails: the first must be rolled back with it.
    Database broken(migrationsWith(
        QStringLiteral("CREATE TABLE reviewer (name TEXT);\nINSERT INTO no_such_table VALUES (1);\n")));
    QVERIFY(!broken.open(storePath()));
    QCOMPARE(broken.openError(), Database::OpenError::MigrationFailed);
    QVERIFY2(
        broken.errorString().contains(QStringLiteral("no_such_table")), qPrintable(broken.errorString()));
    QVERIFY(broken.errorString().contains(storePath()));

    Database v1;
    QVERIFY2(v1.open(storePath()), qPrintable(v1.errorString()));
    QCOMPARE(v1.schemaVersion(), Database().latestSchemaVersion());
    QCOMPARE(MetaRepository(v1).value(QStringLiteral("marker")).value(), QStringLiteral("kept"));
    QSqlQuery query(v1.connection());
    QVERIFY(!query.exec(QStringLiteral("SELECT name FROM reviewer")));
}

void TestDatabase::upgradeFromTheFirstSchemaIndexesTheQueue()
{
    // A store of the first release, with one request, written before the queue had its index.
    const QString firstOnly = m_dir->filePath(QStringLiteral("first"));
    QDir().mkpath(firstOnly);
    QVERIFY(QFile::copy(
        QStringLiteral(":/db/migrations/0001_init.sql"), firstOnly + QStringLiteral("/0001_init.sql")));
    {
        Database v1(firstOnly);
        QVERIFY2(v1.open(storePath()), qPrintable(v1.errorString()));
        QCOMPARE(v1.schemaVersion(), 1);
        QSqlQuery insert(v1.connection());
        QVERIFY2(insert.exec(QStringLiteral(
                     "INSERT INTO event (edition_year, request_id, submitted_at, title, event_type, "
                     "organiser_type, "
                     "region, status) VALUES (2018, 'SI2018-OLD', '2018-03-01T08:00:00Z', 'Portes ouvertes', "
                     "'open_day', 'company', '53', 'submitted')")),
            qPrintable(insert.lastError().text()));
    }
    Database current;
    QVERIFY2(current.open(storePath()), qPrintable(current.errorString()));
    QCOMPARE(current.schemaVersion(), current.latestSchemaVersion());
    QueueIndex index(current);
    QCOMPARE(index.staleIds().value().size(), 1);
    QCOMPARE(RequestStore(current).refreshQueueIndex().value(), 1);
    EventFilter bretagne;
    bretagne.region = QStringLiteral("53");
    bretagne.text = QStringLiteral("portes");
    QCOMPARE(index.ids(2018, bretagne, QDate(2018, 3, 20)).value().size(), 1);
}

QString TestDatabase::migrationsUpTo(int version)
{
    const QString dir = m_dir->filePath(QStringLiteral("up-to-%1").arg(version));
    QDir().mkpath(dir);
    for (const QFileInfo& file :
        QDir(QStringLiteral(":/db/migrations")).entryInfoList({ QStringLiteral("*.sql") })) {
        if (file.fileName().left(4).toInt() <= version) {
            QFile::copy(file.filePath(), dir + QLatin1Char('/') + file.fileName());
        }
    }
    return dir;
}

void TestDatabase::upgradeTo15CopiesTheOnlineTextsIntoTheQueue()
{
    // A store of schema 14 with an online request and a placed one, and their queue rows: the
    // upgrade copies the online one's texts into its row, which the map reads alone from then on.
    {
        Database v14(migrationsUpTo(14));
        QVERIFY2(v14.open(storePath()), qPrintable(v14.errorString()));
        QCOMPARE(v14.schemaVersion(), 14);
        QSqlQuery insert(v14.connection());
        for (const QString& sql :
            { QStringLiteral(
                  "INSERT INTO event (id, edition_year, request_id, submitted_at, title, event_type, "
                  "organiser_type, organiser_name, region, status, online) VALUES (1, 2018, "
                  "'SI2018-000001', '2018-03-01T08:00:00Z', 'Webinaire, « usine » 4:0', 'open_day', "
                  "'company', 'Œstrale SAS', '53', 'submitted', 1), (2, 2018, 'SI2018-000002', "
                  "'2018-03-01T08:00:00Z', 'Portes ouvertes', 'open_day', 'company', 'Fonderie', "
                  "'53', 'submitted', 0)"),
                QStringLiteral(
                    "INSERT INTO event_queue (event_id, edition_year, status, assignee, region, "
                    "departement, event_type, organiser_type, request_key, title_key, organiser_key, "
                    "commune_key, search_text, c1, c2, c3, c4, late, data_problems, failing, online) "
                    "VALUES (1, 2018, 'submitted', '', '53', '', 'open_day', 'company', '', '', '', '', "
                    "'', 2, 2, 2, 2, 0, 0, 0, 1), (2, 2018, 'submitted', '', '53', '', 'open_day', "
                    "'company', '', '', '', '', '', 2, 2, 2, 2, 0, 0, 0, 0)") }) {
            QVERIFY2(insert.exec(sql), qPrintable(insert.lastError().text()));
        }
    }
    Database current;
    QVERIFY2(current.open(storePath()), qPrintable(current.errorString()));
    QCOMPARE(current.schemaVersion(), current.latestSchemaVersion());
    const QList<MapPoint> points
        = QueueIndex(current).mapPoints(2018, EventFilter(), QDate(2018, 3, 20)).value();
    QCOMPARE(points.size(), 2);
    QVERIFY(points.at(0).online);
    QCOMPARE(points.at(0).title, QStringLiteral("Webinaire, « usine » 4:0"));
    QCOMPARE(points.at(0).requestId, QStringLiteral("SI2018-000001"));
    QCOMPARE(points.at(0).organiser, QStringLiteral("Œstrale SAS"));
    QVERIFY(!points.at(1).online);
    QVERIFY(points.at(1).title.isEmpty());
}

void TestDatabase::upgradeTo16RebuildsTheSearchWithoutSizes()
{
    // A store of schema 15 with a request in the search index, which kept each row's size.
    {
        Database v15(migrationsUpTo(15));
        QVERIFY2(v15.open(storePath()), qPrintable(v15.errorString()));
        QCOMPARE(v15.schemaVersion(), 15);
        QSqlQuery insert(v15.connection());
        QVERIFY2(insert.exec(QStringLiteral(
                     "INSERT INTO event (id, edition_year, request_id, submitted_at, title, event_type, "
                     "organiser_type, organiser_name, region, status) VALUES (1, 2018, 'SI2018-000001', "
                     "'2018-03-01T08:00:00Z', 'Portes ouvertes', 'open_day', 'company', 'Fonderie', '53', "
                     "'submitted'), (2, 2018, 'SI2018-000002', '2018-03-01T08:00:00Z', 'Visite', 'open_day', "
                     "'company', 'Fonderie', '53', 'submitted')")),
            qPrintable(insert.lastError().text()));
        QVERIFY2(
            insert.exec(QStringLiteral(
                "INSERT INTO event_queue (event_id, edition_year, status, assignee, region, departement, "
                "event_type, organiser_type, request_key, title_key, organiser_key, commune_key, "
                "search_text, c1, c2, c3, c4, late, data_problems, failing, online) VALUES (1, 2018, "
                "'submitted', '', '53', '', 'open_day', 'company', '', '', '', '', 'portes ouvertes "
                "fonderie', 2, 2, 2, 2, 0, 0, 0, 0)")),
            qPrintable(insert.lastError().text()));
    }
    Database current;
    QVERIFY2(current.open(storePath()), qPrintable(current.errorString()));
    QCOMPARE(current.schemaVersion(), current.latestSchemaVersion());
    QSqlQuery query(current.connection());
    // FTS5 keeps the sizes in a table of their own, which ranking alone reads.
    QVERIFY(query.exec(
        QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'event_queue_search_docsize'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // The rows written before the upgrade are in the rebuilt index, and the trigger still feeds it.
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO event_queue (event_id, edition_year, status, assignee, region, departement, "
                 "event_type, organiser_type, request_key, title_key, organiser_key, commune_key, "
                 "search_text, c1, c2, c3, c4, late, data_problems, failing, online) VALUES (2, 2018, "
                 "'submitted', '', '53', '', 'open_day', 'company', '', '', '', '', 'visite fonderie', 2, "
                 "2, 2, 2, 0, 0, 0, 0)")),
        qPrintable(query.lastError().text()));
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO event_queue_search (event_queue_search, rank) VALUES ('integrity-check', 1)")),
        qPrintable(query.lastError().text()));
    const QueueIndex index(current);
    QVERIFY(index.searchIsIndexed());
    for (const auto& [text, found] : { std::pair { "fonderie", QList<qint64> { 1, 2 } },
             std::pair { "ouvertes", QList<qint64> { 1 } }, std::pair { "visite", QList<qint64> { 2 } } }) {
        EventFilter filter;
        filter.text = QLatin1String(text);
        QCOMPARE(index.ids(2018, filter, QDate(2018, 3, 20)).value(), found);
    }
}

void TestDatabase::upgradeTo20DropsTheUnreadIndex()
{
    const QString indexes
        = QStringLiteral("SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master "
                         "WHERE type = 'index' AND tbl_name IN ('event', 'event_queue') "
                         "AND sql IS NOT NULL ORDER BY name)");
    {
        Database v19(migrationsUpTo(19));
        QVERIFY2(v19.open(storePath()), qPrintable(v19.errorString()));
        QSqlQuery query(v19.connection());
        QVERIFY(query.exec(indexes) && query.next());
        QCOMPARE(query.value(0).toString(),
            QStringLiteral("event_queue_map event_queue_organiser event_queue_place event_queue_region "
                           "event_queue_request event_queue_status event_siret event_status"));
    }
    Database v20(migrationsUpTo(20));
    QVERIFY2(v20.open(storePath()), qPrintable(v20.errorString()));
    QCOMPARE(v20.schemaVersion(), 20);
    QSqlQuery query(v20.connection());
    QVERIFY(query.exec(indexes) && query.next());
    QCOMPARE(query.value(0).toString(),
        QStringLiteral("event_queue_map event_queue_organiser event_queue_region event_queue_request "
                       "event_queue_status event_siret event_status"));
}

void TestDatabase::upgradeTo28CountsTheRequestsFromTheEdition()
{
    // The count of every start (QueueIndex::staleIds) and the edition's count walk the narrow index
    // that a bulk insert builds again in less time than event_status, which no query needs.
    {
        Database v27(migrationsUpTo(27));
        QVERIFY2(v27.open(storePath()), qPrintable(v27.errorString()));
        QCOMPARE(v27.schemaVersion(), 27);
    }
    Database current;
    QVERIFY2(current.open(storePath()), qPrintable(current.errorString()));
    QCOMPARE(current.schemaVersion(), current.latestSchemaVersion());
    QSqlQuery query(current.connection());
    QVERIFY(query.exec(QStringLiteral(
                "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' "
                "AND tbl_name = 'event' AND sql IS NOT NULL ORDER BY name)"))
        && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("event_edition event_siret"));
    for (const QString& count : { QStringLiteral("SELECT count(*) FROM event"),
             QStringLiteral("SELECT count(*) FROM event WHERE edition_year = 2018") }) {
        QVERIFY2(
            query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + count), qPrintable(query.lastError().text()));
        QString plan;
        while (query.next()) {
            plan += query.value(3).toString() + QLatin1Char('\n');
        }
        QVERIFY2(plan.contains(QLatin1String("USING COVERING INDEX event_edition")), qPrintable(plan));
    }
}

// Many applications set user_version; one at a version of ours must not be switched to WAL,
// migrated or copied beside itself.
void TestDatabase::otherApplicationWithAUserVersionIsUntouched_data()
{
    QTest::addColumn<int>("applicationId");
    QTest::addColumn<int>("userVersion");
    QTest::newRow("no mark, version 1") << 0 << 1;
    QTest::newRow("no mark, version 6") << 0 << 6;
    QTest::newRow("no mark, version 7") << 0 << 7;
    QTest::newRow("no mark, our latest version") << 0 << Database().latestSchemaVersion();
    QTest::newRow("another mark, our latest version") << 0x4d504258 << Database().latestSchemaVersion();
}

void TestDatabase::otherApplicationWithAUserVersionIsUntouched()
{
    QFETCH(int, applicationId);
    QFETCH(int, userVersion);
    const QString path = storePath();
    QString error;
    QVERIFY2(rawExec(path,
                 { QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE notes (x TEXT)"),
                     QStringLiteral("INSERT INTO notes VALUES ('kept')"),
                     QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                     QStringLiteral("PRAGMA user_version = %1").arg(userVersion) },
                 &error),
        qPrintable(error));
    const QByteArray before = fileBytes(path);

    Database db;
    QVERIFY(!db.open(path));
    QCOMPARE(db.openError(), Database::OpenError::NotADatabase);
    QVERIFY2(db.errorString().contains(path)
            && db.errorString().contains(QStringLiteral("not a semaine-admin store")),
        qPrintable(db.errorString()));
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { QStringLiteral("store.sqlite") });
}

void TestDatabase::unmarkedStoreOfOursGetsTheMark()
{
    const auto applicationId = [this] {
        const QByteArray header = fileBytes(storePath()).left(72);
        return header.size() == 72 ? qFromBigEndian<qint32>(header.constData() + 68) : -1;
    };
    {
        Database fresh;
        QVERIFY2(fresh.open(storePath()), qPrintable(fresh.errorString()));
        QVERIFY(MetaRepository(fresh).setValue(QStringLiteral("marker"), QStringLiteral("ours")));
    }
    QCOMPARE(applicationId(), Database::ApplicationId);
    // A store written before the mark existed.
    QString error;
    QVERIFY2(
        rawExec(storePath(), { QStringLiteral("PRAGMA application_id = 0") }, &error), qPrintable(error));
    QCOMPARE(applicationId(), 0);
    {
        Database old;
        QVERIFY2(old.open(storePath()), qPrintable(old.errorString()));
        QCOMPARE(MetaRepository(old).value(QStringLiteral("marker")).value(), QStringLiteral("ours"));
    }
    QCOMPARE(applicationId(), Database::ApplicationId);
}

void TestDatabase::missingFolderIsNotCreated()
{
    const QString folder = m_dir->filePath(QStringLiteral("absent"));
    Database db;
    QVERIFY(!db.open(folder + QStringLiteral("/store.sqlite")));
    QCOMPARE(db.openError(), Database::OpenError::CannotOpen);
    QVERIFY2(db.errorString().contains(folder), qPrintable(db.errorString()));
    QVERIFY(!QFileInfo::exists(folder));
}

void TestDatabase::readOnlyStoreIsOpenedForReading_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("read-only file") << false;
    QTest::newRow("read-only folder") << true;
}

void TestDatabase::readOnlyStoreIsOpenedForReading()
{
    QFETCH(bool, folder);
    {
        Database db;
        QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));
    }
    const QString locked = folder ? m_dir->path() : storePath();
    const QFileDevice::Permissions was = QFile::permissions(locked);
    QVERIFY(QFile::setPermissions(locked,
        was
            & ~(QFileDevice::WriteOwner | QFileDevice::WriteUser | QFileDevice::WriteGroup
                | QFileDevice::WriteOther)));
    const auto restore = qScopeGuard([&] { QFile::setPermissions(locked, was); });
    if (QFileInfo(locked).isWritable()) {
        QSKIP("Permissions do not bind this user (root).");
    }
    const QByteArray before = fileBytes(storePath());
    Database db;
    QVERIFY2(db.open(storePath()), qPrintable(db.errorString()));
    QVERIFY(db.isReadOnly());
    QVERIFY2(db.readOnlyReason().contains(QStringLiteral("read-only")), qPrintable(db.readOnlyReason()));
    QVERIFY(EditionRepository(db).find(2018));
    QVERIFY(!db.beginWrite());
    QVERIFY2(db.writeError().contains(QStringLiteral("read-only")), qPrintable(db.writeError()));
    db.close();
    QCOMPARE(fileBytes(storePath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList { QStringLiteral("store.sqlite") });
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
