#pragma once

#include <QCoreApplication>
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

// Runs `sql` on the server's maintenance database as its superuser; empty when it worked.
inline QString administer(const QString& sql)
{
    const QUrl url(serverUrl());
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("test-admin"));
        admin.setHostName(url.query().section(QLatin1Char('='), 1));
        admin.setUserName(url.userName());
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            error = admin.lastError().text();
        } else if (QSqlQuery query(admin); !query.exec(sql)) {
            error = query.lastError().text();
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("test-admin"));
    return error;
}

// A new, empty store's location: a file of `dir`, or a new database on the test server.
inline QString create(const QTemporaryDir& dir, const QString& fileName = QStringLiteral("store.sqlite"))
{
    if (!onPostgresql()) {
        return dir.filePath(fileName);
    }
    static int counter = 0;
    const QString name = QStringLiteral("t%1_%2_%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter)
                             .arg(QString(fileName).remove(QLatin1Char('.')));
    // FILE_COPY copies template1's files once instead of writing them to the WAL as well: half
    // the time and the disk of the default strategy, hundreds of times per run.
    const QString error = administer(QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(name));
    if (!error.isEmpty()) {
        qFatal("Cannot create the test database %s: %s", qPrintable(name), qPrintable(error));
    }
    QUrl url(serverUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
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
