#pragma once

#include "TestData.h"
#include "db/Database.h"
#include "db/RequestStore.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

// Where a test's store lives. The store tests run twice: on an SQLite file in the test's
// temporary folder, and, when SEMAINE_TEST_POSTGRESQL holds the address of the throwaway server
// that ctest starts (tests/postgres-server.sh), on a fresh database of that server.
namespace TestStore {

inline QString serverUrl() { return qEnvironmentVariable("SEMAINE_TEST_POSTGRESQL"); }

inline bool onPostgresql() { return !serverUrl().isEmpty(); }

// A connection named `connectionName` to the server's maintenance database as its superuser, not open yet.
inline QSqlDatabase maintenance(const QString& connectionName)
{
    const QUrl url(serverUrl());
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    admin.setHostName(url.query().section(QLatin1Char('='), 1));
    admin.setUserName(url.userName());
    admin.setDatabaseName(url.path().mid(1));
    return admin;
}

// Runs `sql` on the server's maintenance database as its superuser; empty when it worked. The connection
// stays open for the test's whole run: a new one for every store a test made cost the server about 50 ms
// of processor time each (a backend started and its caches filled), hundreds of times per test.
inline QString administer(const QString& sql)
{
    const QString name = QStringLiteral("test-admin");
    QSqlDatabase admin
        = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false) : maintenance(name);
    if (!admin.isOpen() && !admin.open()) {
        return admin.lastError().text();
    }
    QSqlQuery query(admin);
    return query.exec(sql) ? QString() : query.lastError().text();
}

// The test server's log, beside its socket (tests/postgres-server.sh).
inline QString serverLog()
{
    return QUrl(serverUrl()).query().section(QLatin1Char('='), 1) + QStringLiteral("/server.log");
}

// The address of database `name` on the test server.
inline QString location(const QString& name)
{
    QUrl url(serverUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

// A test database's name: unique on the server, and saying which test made it.
inline QString uniqueName(const QString& fileName)
{
    static int counter = 0;
    return QStringLiteral("t%1_%2_%3")
        .arg(QCoreApplication::applicationPid())
        .arg(++counter)
        .arg(QString(fileName).remove(QLatin1Char('.')));
}

// The server's database migrated to the app's schema, which every test database copies: running the
// thirteen migrations took most of a test database's making, hundreds of times per run. Its name
// comes from the migrations' text, so a change of them makes a new one; the first test to need it
// makes it while the others wait (the lock is the server's, for every test process at once).
inline QString migratedTemplate()
{
    static QString made;
    if (!made.isEmpty()) {
        return made;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QDir migrations(QStringLiteral(":/db/migrations"));
    for (const QString& file : migrations.entryList(QDir::Files, QDir::Name)) {
        QFile text(migrations.filePath(file));
        if (!text.open(QIODevice::ReadOnly)) {
            qFatal("Cannot read the migration %s", qPrintable(file));
        }
        hash.addData(file.toUtf8());
        hash.addData(text.readAll());
    }
    const QString name = QStringLiteral("migrated_") + QString::fromLatin1(hash.result().toHex().left(16));
    const QString building = name + QStringLiteral("_building");
    QString error;
    {
        QSqlDatabase admin = maintenance(QStringLiteral("test-template"));
        if (!admin.open()) {
            error = admin.lastError().text();
        }
        QSqlQuery query(admin);
        const auto run = [&](const QString& sql) {
            if (error.isEmpty() && !query.exec(sql)) {
                error = query.lastError().text();
            }
        };
        run(QStringLiteral("SELECT pg_advisory_lock(2018032602)"));
        run(QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(name));
        if (error.isEmpty() && !query.next()) {
            // A test stopped while making it leaves its half-made database.
            run(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(building));
            run(QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(building));
            if (error.isEmpty()) {
                Database database;
                if (!database.open(location(building))) {
                    error = database.errorString();
                }
            }
            run(QStringLiteral("ALTER DATABASE %1 RENAME TO %2").arg(building, name));
        }
        run(QStringLiteral("SELECT pg_advisory_unlock(2018032602)"));
        query.finish();
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-template"));
    if (!error.isEmpty()) {
        qFatal("Cannot make the migrated template database %s: %s", qPrintable(name), qPrintable(error));
    }
    made = name;
    return made;
}

// A new database on the test server copied from `source` (FILE_COPY copies its files once instead of
// writing them to the WAL as well: half the time and the disk of the default strategy); its address.
inline QString copyOf(const QString& source, const QString& fileName)
{
    const QString name = uniqueName(fileName);
    const QString error
        = administer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY").arg(name, source));
    if (!error.isEmpty()) {
        qFatal("Cannot create the test database %s: %s", qPrintable(name), qPrintable(error));
    }
    return location(name);
}

// A new store's location: a file of `dir`, or a new database on the test server, migrated already
// to the schema that Database::open would give it.
inline QString create(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("store.sqlite"))
{
    return onPostgresql() ? copyOf(migratedTemplate(), fileName) : dir.filePath(fileName);
}

// A new store's location holding what the closed store at `location` (made by create()) holds: for the
// tests whose every function starts from the same filled store, filled once. SQLite's copy is a file of
// `dir`; PostgreSQL's a new database copied from that one (which nobody may be connected to).
inline QString copyOfStore(const QString& location, const QTemporaryDir& dir,
    const QString& fileName = QStringLiteral("store.sqlite"))
{
    if (onPostgresql()) {
        return copyOf(QUrl(location).path().mid(1), fileName);
    }
    const QString copy = dir.filePath(fileName);
    if (!QFile::copy(location, copy)) {
        qFatal("Cannot copy the store %s to %s", qPrintable(location), qPrintable(copy));
    }
    return copy;
}

// A new, empty store's location, for what the migrations themselves do: a file of `dir`, or a new
// empty database on the test server.
inline QString createEmpty(const QTemporaryDir& dir, const QString& fileName)
{
    return onPostgresql() ? copyOf(QStringLiteral("template1"), fileName) : dir.filePath(fileName);
}

// The same database as another login role of the test server, a member of `group` (one of the
// app's group roles); its address.
inline QString asRole(const QString& location, const QString& name, const QString& group)
{
    const QString error = administer(QStringLiteral(
        "DO $$ BEGIN CREATE ROLE %1 LOGIN IN ROLE %2; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
            .arg(name, group));
    if (!error.isEmpty()) {
        qWarning("%s", qPrintable(error));
    }
    QUrl url(location);
    url.setUserName(name);
    return url.toString();
}

// A store of the test's own holding one request (passingEvent(), inserted by "test"): the fixture of the
// tests that break a store to see its errors.
struct StoreWithOneRequest {
    QTemporaryDir dir;
    QString location;
    Database database;
    Event event = passingEvent();

    // Empty when the store is open with its request, else why not.
    QString open()
    {
        location = create(dir);
        if (!database.open(location)) {
            return database.errorString();
        }
        const WriteResult stored = RequestStore(database).insert(event, QStringLiteral("test"));
        return stored.ok() ? QString() : stored.message;
    }

    // Empty when the store is open as a copy of `filled`, closed, with the same request (for the tests
    // that break a store in each data row: a copy is cheaper than migrating and filling one), else why not.
    QString openCopyOf(const StoreWithOneRequest& filled)
    {
        location = copyOfStore(filled.location, dir);
        event = filled.event;
        return database.open(location) ? QString() : database.errorString();
    }
};

// Breaks a store for the error tests: renames `table` away, or closes the connection when `table` is empty.
// Empty when it worked, else why not.
inline QString breakStore(Database& database, const QString& table)
{
    if (table.isEmpty()) {
        database.close();
        return {};
    }
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %1_gone").arg(table))
        ? QString()
        : query.lastError().text();
}

// Whether a store's error message names the table that breakStore() renamed away, in the engine's words
// (SQLite: no such table: outbox; PostgreSQL: relation "outbox" does not exist), and not in Qt's
// "Parameter count mismatch" of a failed prepare.
inline bool namesMissingTable(const QString& message, const QString& table)
{
    return message.contains(QStringLiteral("no such table: ") + table)
        || message.contains(QLatin1Char('"') + table + QLatin1Char('"'));
}

// What is wrong with a store's failure after breakStore(`table`): it did not fail, or not as the store's
// refusal (Failed); its message is empty or stops at its colon; or it does not name the table renamed away
// (namesMissingTable). Empty when it says why.
inline QString unexplained(const StoreResult<void>& result, const QString& table)
{
    if (result.status != StoreStatus::Failed) {
        return QStringLiteral("not a failure of the store: %1").arg(result.message);
    }
    const QString message = result.message.trimmed();
    if (message.isEmpty() || message.endsWith(QLatin1Char(':'))) {
        return QStringLiteral("without the engine's words: %1").arg(message);
    }
    if (!table.isEmpty() && !namesMissingTable(message, table)) {
        return QStringLiteral("not naming %1: %2").arg(table, message);
    }
    return {};
}

} // namespace TestStore

// Skips a test function that checks what only one engine has.
#define SKIP_ON_POSTGRESQL(why)                                                                              \
    if (TestStore::onPostgresql()) {                                                                         \
        QSKIP(why);                                                                                          \
    }

// Skips a test function that needs a server (roles, notifications).
#define SKIP_UNLESS_POSTGRESQL                                                                               \
    if (!TestStore::onPostgresql()) {                                                                        \
        QSKIP("needs the PostgreSQL server that ctest starts");                                              \
    }
