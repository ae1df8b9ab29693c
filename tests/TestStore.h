#pragma once

#include "TestData.h"
#include "db/Database.h"
#include "db/RequestStore.h"
#include "db/StoreResult.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QMap>
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
// writing them to the WAL as well: half the time and the disk of the default strategy); its name.
inline QString newCopy(const QString& source, const QString& fileName)
{
    const QString name = uniqueName(fileName);
    const QString error
        = administer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY").arg(name, source));
    if (!error.isEmpty()) {
        qFatal("Cannot create the test database %s: %s", qPrintable(name), qPrintable(error));
    }
    return name;
}

inline QString copyOf(const QString& source, const QString& fileName)
{
    return location(newCopy(source, fileName));
}

// Copies of a database that this process made and hands out again once their test is done with
// them, put back as they were made: a copy took the server 150 ms of processor time (its files
// copied, a checkpoint), the reset below 10-40 ms, for hundreds of test functions a run.
// A copy belongs to the test's temporary folder, as an SQLite store's file does: it is free again
// once that folder is gone and nobody is connected to it. Before it is handed out, what it holds is
// checked against the copy as first made (its schema, every table's rows, its sequences): one whose
// schema a test changed is left alone, and one the reset did not put back stops the test.
class CopyPool {
public:
    static CopyPool& instance()
    {
        static CopyPool pool;
        return pool;
    }

    // A copy of `source` as first made, for the test whose temporary folder is `owner`; its name.
    QString take(const QString& source, const QString& owner, const QString& fileName)
    {
        for (Copy& copy : m_copies) {
            if (copy.source == source && !QFileInfo::exists(copy.owner) && reset(copy)) {
                copy.owner = owner;
                return copy.name;
            }
        }
        // A database with anyone connected to it cannot be copied: our own connection to it first.
        release(source);
        Copy copy { source, newCopy(source, fileName), owner,
            QStringLiteral("test-pool-%1").arg(m_copies.size()) };
        if (!m_pristine.contains(source)) {
            m_pristine.insert(source, capture(copy));
        }
        m_copies.append(copy);
        return copy.name;
    }

    // Closes this process's connection to the copy `name`, if it has one (a template must have none).
    void release(const QString& name)
    {
        for (const Copy& copy : std::as_const(m_copies)) {
            if (copy.name == name && QSqlDatabase::contains(copy.connection)) {
                QSqlDatabase::database(copy.connection, false).close();
            }
        }
    }

private:
    struct Copy {
        QString source;
        QString name;
        QString owner;
        QString connection;
    };
    // What a copy of a source holds as first made: the state query's answer, and how to put each
    // table's rows back.
    struct Pristine {
        QMap<QString, QString> state;
        QString stateQuery; // the schema's digest and the contents'
        QString contentsQuery; // the contents' alone: what the reset changes
        QMap<QString, QString> restore; // table -> the statement inserting its rows again
        QMap<QString, QStringList> referencedBy; // table -> the tables whose foreign keys point at it
        QStringList sequences;
    };

    QList<Copy> m_copies;
    QMap<QString, Pristine> m_pristine;

    static QSqlDatabase connect(const Copy& copy)
    {
        QSqlDatabase db = QSqlDatabase::contains(copy.connection)
            ? QSqlDatabase::database(copy.connection, false)
            : maintenance(copy.connection);
        db.setDatabaseName(copy.name);
        if (!db.isOpen() && !db.open()) {
            qFatal("Cannot connect to the test database %s: %s", qPrintable(copy.name),
                qPrintable(db.lastError().text()));
        }
        return db;
    }

    static QStringList column(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        QStringList values;
        while (query.next()) {
            values << query.value(0).toString();
        }
        return values;
    }

    // The schema of the store as one digest: every relation, column, constraint, index, trigger,
    // function, policy, type, grant and setting of the database that a test may change.
    static QString schemaDigest()
    {
        return QStringLiteral(R"(SELECT md5(string_agg(x, E'\n' ORDER BY x)) FROM (
SELECT format('class %s %s %s %s %s %s %s', c.relname, n.nspname, c.relkind, c.relacl, c.relrowsecurity,
    c.relforcerowsecurity, pg_get_userbyid(c.relowner)) AS x
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') AND n.nspname NOT LIKE 'pg\_%temp\_%'
UNION ALL SELECT format('column %s %s %s %s %s %s', a.attrelid::regclass, a.attname, format_type(a.atttypid, a.atttypmod),
    a.attnotnull, a.attisdropped, pg_get_expr(d.adbin, d.adrelid))
  FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0
UNION ALL SELECT format('constraint %s %s %s', conrelid::regclass, conname, pg_get_constraintdef(oid))
  FROM pg_constraint WHERE connamespace = 'public'::regnamespace
UNION ALL SELECT format('index %s', pg_get_indexdef(indexrelid)) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  WHERE c.relnamespace = 'public'::regnamespace
UNION ALL SELECT format('trigger %s %s', pg_get_triggerdef(t.oid), t.tgenabled) FROM pg_trigger t WHERE NOT t.tgisinternal
UNION ALL SELECT format('function %s %s %s %s %s', p.oid::regprocedure, md5(p.prosrc), p.proacl, p.prosecdef, p.proconfig)
  FROM pg_proc p WHERE p.pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
UNION ALL SELECT format('policy %s %s %s %s %s %s', polrelid::regclass, polname, polcmd, polroles::regrole[],
    pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid)) FROM pg_policy
UNION ALL SELECT format('view %s %s', c.oid::regclass, pg_get_viewdef(c.oid)) FROM pg_class c
  WHERE c.relkind IN ('v', 'm') AND c.relnamespace = 'public'::regnamespace
UNION ALL SELECT format('namespace %s %s %s', nspname, pg_get_userbyid(nspowner), nspacl) FROM pg_namespace
  WHERE nspname NOT LIKE 'pg\_%temp\_%'
UNION ALL SELECT format('type %s %s', t.oid::regtype, t.typtype) FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace
UNION ALL SELECT format('default grant %s', defaclacl) FROM pg_default_acl
UNION ALL SELECT format('extension %s %s', extname, extversion) FROM pg_extension
UNION ALL SELECT format('database %s %s', d.datacl, s.setconfig) FROM pg_database d
  LEFT JOIN pg_db_role_setting s ON s.setdatabase = d.oid WHERE d.datname = current_database()
) schema)");
    }

    // What a copy holds now, key by key: "schema", "table T" (its rows' digest), "sequence S".
    static QMap<QString, QString> state(QSqlDatabase db, const QString& stateQuery)
    {
        QSqlQuery query(db);
        if (!query.exec(stateQuery)) {
            // A renamed or dropped table: the schema differs, the copy is left alone.
            return { { QStringLiteral("schema"), query.lastError().text() } };
        }
        QMap<QString, QString> values;
        while (query.next()) {
            values.insert(query.value(0).toString(), query.value(1).toString());
        }
        return values;
    }

    // Reads a copy as first made: what reset() puts back and checks.
    Pristine capture(const Copy& copy)
    {
        QSqlDatabase db = connect(copy);
        Pristine pristine;
        const QStringList tables = column(
            db, QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"));
        pristine.sequences = column(db,
            QStringLiteral("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1"));
        QStringList parts;
        for (const QString& table : tables) {
            parts << QStringLiteral("SELECT 'table %1', md5(coalesce(string_agg(t::text, E'\\n' ORDER BY "
                                    "t::text), '')) FROM %1 t")
                         .arg(table);
            const QStringList insert = column(db,
                QStringLiteral("SELECT format('INSERT INTO %1 SELECT (r::%1).* FROM unnest(%L::text[]) r', "
                               "array_agg(t::text)) FROM %1 t HAVING count(*) > 0")
                    .arg(table));
            pristine.restore.insert(table, insert.value(0));
        }
        for (const QString& sequence : std::as_const(pristine.sequences)) {
            parts << QStringLiteral("SELECT 'sequence %1', format('%s %s', last_value, is_called) FROM %1")
                         .arg(sequence);
        }
        pristine.contentsQuery = parts.join(QStringLiteral(" UNION ALL "));
        pristine.stateQuery = QStringLiteral("SELECT 'schema', (%1) UNION ALL %2")
                                  .arg(schemaDigest(), pristine.contentsQuery);
        QSqlQuery keys(db);
        if (!keys.exec(QStringLiteral(
                "SELECT confrelid::regclass::text, conrelid::regclass::text FROM pg_constraint "
                "WHERE contype = 'f' AND connamespace = 'public'::regnamespace"))) {
            qFatal("Cannot read the foreign keys of %s: %s", qPrintable(copy.name),
                qPrintable(keys.lastError().text()));
        }
        while (keys.next()) {
            pristine.referencedBy[keys.value(0).toString()] << keys.value(1).toString();
        }
        pristine.state = state(db, pristine.stateQuery);
        return pristine;
    }

    // Puts a free copy back as first made and checks it; false when it cannot be handed out (busy,
    // or its schema changed by its test, and then never again).
    bool reset(Copy& copy)
    {
        const Pristine& pristine = m_pristine[copy.source];
        QSqlDatabase db = connect(copy);
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                               "AND pid <> pg_backend_pid()"))
            || !query.next() || query.value(0).toInt() != 0) {
            return false;
        }
        const QMap<QString, QString> before = state(db, pristine.stateQuery);
        if (before.value(QStringLiteral("schema")) != pristine.state.value(QStringLiteral("schema"))) {
            db.close();
            copy.source.clear();
            return false;
        }
        // The tables that changed, and those whose foreign keys point at them (TRUNCATE takes them together).
        QStringList changed;
        for (auto it = pristine.restore.cbegin(); it != pristine.restore.cend(); ++it) {
            if (before.value(QStringLiteral("table ") + it.key())
                != pristine.state.value(QStringLiteral("table ") + it.key())) {
                changed << it.key();
            }
        }
        for (int i = 0; i < changed.size(); ++i) {
            for (const QString& referencing : pristine.referencedBy.value(changed.at(i))) {
                if (!changed.contains(referencing)) {
                    changed << referencing;
                }
            }
        }
        // As replication does: the rows back as they were, without the triggers that sign or refuse them.
        QStringList sql { QStringLiteral("BEGIN"),
            QStringLiteral("SET LOCAL session_replication_role = replica") };
        if (!changed.isEmpty()) {
            sql << QStringLiteral("TRUNCATE %1").arg(changed.join(QStringLiteral(", ")));
            // The planner's statistics of the rows gone, which a fresh copy has not either.
            sql << QStringLiteral("DELETE FROM pg_statistic WHERE starelid IN ('%1'::regclass)")
                       .arg(changed.join(QStringLiteral("'::regclass, '")));
        }
        for (const QString& table : std::as_const(changed)) {
            if (!pristine.restore.value(table).isEmpty()) {
                sql << pristine.restore.value(table);
            }
        }
        for (const QString& sequence : pristine.sequences) {
            const QString key = QStringLiteral("sequence ") + sequence;
            if (before.value(key) != pristine.state.value(key)) {
                const QStringList value = pristine.state.value(key).split(QLatin1Char(' '));
                sql << QStringLiteral("SELECT setval('%1', %2, '%3')")
                           .arg(sequence, value.value(0), value.value(1));
            }
        }
        sql << QStringLiteral("COMMIT");
        for (const QString& statement : std::as_const(sql)) {
            if (!query.exec(statement)) {
                qFatal("Cannot reset the test database %s: %s: %s", qPrintable(copy.name),
                    qPrintable(statement.left(200)), qPrintable(query.lastError().text()));
            }
        }
        QMap<QString, QString> after = state(db, pristine.contentsQuery);
        after.insert(QStringLiteral("schema"), before.value(QStringLiteral("schema")));
        if (after != pristine.state) {
            QStringList differing;
            for (auto it = pristine.state.cbegin(); it != pristine.state.cend(); ++it) {
                if (after.value(it.key()) != it.value()) {
                    differing << it.key();
                }
            }
            qFatal("The reset test database %s differs from a new copy of %s: %s", qPrintable(copy.name),
                qPrintable(copy.source), qPrintable(differing.join(QStringLiteral(", "))));
        }
        return true;
    }
};

// A new store's location: a file of `dir`, or a database on the test server (a copy of the store as
// the migrations make it, a new one or one put back as new), which lives as long as `dir`.
inline QString create(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("store.sqlite"))
{
    return onPostgresql() ? location(CopyPool::instance().take(migratedTemplate(), dir.path(), fileName))
                          : dir.filePath(fileName);
}

// A new store's location holding what the closed store at `location` (made by create()) holds: for the
// tests whose every function starts from the same filled store, filled once. SQLite's copy is a file of
// `dir`; PostgreSQL's a database copied from that one, which lives as long as `dir`.
inline QString copyOfStore(const QString& location, const QTemporaryDir& dir,
    const QString& fileName = QStringLiteral("store.sqlite"))
{
    if (onPostgresql()) {
        return TestStore::location(
            CopyPool::instance().take(QUrl(location).path().mid(1), dir.path(), fileName));
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
