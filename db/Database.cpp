#include "db/Database.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace {

QAtomicInt connectionCounter;

struct Migration {
    int version;
    QString path;
};

QList<Migration> migrations(const QString& directory)
{
    QList<Migration> list;
    const QDir dir(directory);
    for (const QString& name : dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name)) {
        list.append({ name.section(QLatin1Char('_'), 0, 0).toInt(), dir.filePath(name) });
    }
    return list;
}

// Splits a migration into statements; a trigger's body keeps its inner semicolons.
QStringList statements(const QString& sql)
{
    QStringList result;
    QString current;
    bool inBody = false;
    for (const QString& rawLine : sql.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--"))) {
            continue;
        }
        current += rawLine + QLatin1Char('\n');
        if (line.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0) {
            inBody = true;
        }
        const bool ends = inBody ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                 : line.endsWith(QLatin1Char(';'));
        if (ends) {
            result.append(current.trimmed());
            current.clear();
            inBody = false;
        }
    }
    if (!current.trimmed().isEmpty()) {
        result.append(current.trimmed());
    }
    return result;
}

} // namespace

Database::Database(const QString& migrationsDirectory)
    : m_migrationsDirectory(migrationsDirectory)
    , m_connectionName(QStringLiteral("semaine-store-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database() { close(); }

int Database::latestSchemaVersion() const
{
    const QList<Migration> list = migrations(m_migrationsDirectory);
    return list.isEmpty() ? 0 : list.last().version;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/semaine-admin.sqlite");
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

bool Database::beginWrite()
{
    QSqlQuery query(connection());
    return query.exec(QStringLiteral("BEGIN IMMEDIATE"));
}

bool Database::isOpen() const { return QSqlDatabase::contains(m_connectionName) && connection().isOpen(); }

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::fail(OpenError error, const QString& message)
{
    close();
    m_openError = error;
    m_errorString = message;
    return false;
}

bool Database::open(const QString& path)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_backupPath.clear();
    m_schemaVersion = 0;
    m_openError = OpenError::None;
    m_errorString.clear();

    int version = 0;
    if (!inspect(&version)) {
        return false;
    }
    const int latest = latestSchemaVersion();
    if (version > latest) {
        return fail(OpenError::NewerSchema,
            tr("%1 was written by a newer version of semaine-admin (schema %2; this version knows schemas up "
               "to %3). "
               "The file was not modified; open it with the newer version.")
                .arg(m_path)
                .arg(version)
                .arg(latest));
    }
    if (version > 0 && version < latest && !writeBackup(version)) {
        return false;
    }

    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // The connection handle lives in this scope only: fail() removes the connection.
    const QString error = [&]() -> QString {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            return tr("Cannot open %1: %2").arg(m_path, db.lastError().text());
        }
        QSqlQuery pragma(db);
        // A 64 MB page cache keeps a whole edition's indexes in memory during large imports;
        // reading through a memory map spares the queue's scans a copy of every page.
        for (const char* statement : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                 "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456" }) {
            if (!pragma.exec(QLatin1String(statement))) {
                return tr("Cannot open %1: %2").arg(m_path, pragma.lastError().text());
            }
        }
        return {};
    }();
    if (!error.isEmpty()) {
        return fail(OpenError::CannotOpen, error);
    }
    if (version < latest && !migrate(version)) {
        return false;
    }
    m_schemaVersion = latest;
    return true;
}

// Looks at an existing file read-only, so that a file we refuse is left exactly as it was.
bool Database::inspect(int* version)
{
    *version = 0;
    QFile file(m_path);
    if (!file.exists() || file.size() == 0) {
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(OpenError::CannotOpen, tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return fail(OpenError::NotADatabase,
            tr("%1 is not a semaine-admin store: it is not an SQLite database file. The file was not "
               "modified.")
                .arg(m_path));
    }

    const QString probeName = m_connectionName + QStringLiteral("-probe");
    bool ok = true;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(m_path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!probe.open()) {
            ok = fail(OpenError::CannotOpen, tr("Cannot open %1: %2").arg(m_path, probe.lastError().text()));
        } else {
            QSqlQuery query(probe);
            if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()
                || query.value(0).toString() != QLatin1String("ok")) {
                const QString detail
                    = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
                ok = fail(OpenError::Corrupt,
                    tr("%1 is damaged and cannot be opened (SQLite reports: %2). The file was not modified; "
                       "restore it from a backup copy.")
                        .arg(m_path, detail));
            } else if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
                *version = query.value(0).toInt();
                if (*version == 0 && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                    && query.next() && query.value(0).toInt() > 0) {
                    ok = fail(OpenError::NotADatabase,
                        tr("%1 is an SQLite database of another application, not a semaine-admin store. "
                           "The file was not modified.")
                            .arg(m_path));
                }
            }
        }
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return ok;
}

bool Database::writeBackup(int fromVersion)
{
    m_backupPath = QStringLiteral("%1.schema%2-%3.bak")
                       .arg(m_path)
                       .arg(fromVersion)
                       .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // VACUUM INTO gives a consistent copy even with a write-ahead log beside the file.
    const QString name = m_connectionName + QStringLiteral("-backup");
    bool ok = true;
    {
        QSqlDatabase source = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        source.setDatabaseName(m_path);
        source.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(source);
        if (!source.open() || !query.prepare(QStringLiteral("VACUUM INTO ?"))) {
            ok = false;
        } else {
            query.addBindValue(m_backupPath);
            ok = query.exec();
        }
        if (!ok) {
            ok = fail(OpenError::MigrationFailed,
                tr("Cannot write the backup copy %1 before upgrading the store: %2. The store was not "
                   "modified.")
                    .arg(m_backupPath, query.lastError().text()));
        }
        query.finish();
        source.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool Database::migrate(int fromVersion)
{
    // The connection and query live in this scope only: fail() removes the connection.
    const QString error = [&]() -> QString {
        QSqlDatabase db = connection();
        if (!db.transaction()) {
            return tr("Cannot upgrade %1: %2").arg(m_path, db.lastError().text());
        }
        QSqlQuery query(db);
        const auto abandon = [&](const QString& message) {
            query.finish();
            db.rollback();
            return message;
        };
        for (const Migration& migration : migrations(m_migrationsDirectory)) {
            if (migration.version <= fromVersion) {
                continue;
            }
            QFile file(migration.path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                return abandon(tr("Cannot read migration %1").arg(migration.path));
            }
            for (const QString& statement : statements(QString::fromUtf8(file.readAll()))) {
                if (!query.exec(statement)) {
                    return abandon(tr("Upgrading %1 to schema %2 failed: %3. The store was left as it was.")
                                       .arg(m_path)
                                       .arg(migration.version)
                                       .arg(query.lastError().text()));
                }
            }
            if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
                return abandon(tr("Cannot upgrade %1: %2").arg(m_path, query.lastError().text()));
            }
        }
        query.finish();
        if (!db.commit()) {
            return tr("Cannot upgrade %1: %2").arg(m_path, db.lastError().text());
        }
        return {};
    }();
    return error.isEmpty() || fail(OpenError::MigrationFailed, error);
}
