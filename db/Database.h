#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// One connection to a semaine-admin store (an SQLite file): checks the file before touching it,
// writes a backup copy before any migration, then applies the embedded migrations in one
// transaction, tracked by PRAGMA user_version.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenError {
        None,
        NotADatabase,
        Corrupt,
        NewerSchema,
        CannotOpen,
        MigrationFailed,
    };

    // `migrationsDirectory` holds NNNN_name.sql files; the embedded ones unless a test says otherwise.
    explicit Database(const QString& migrationsDirectory = QStringLiteral(":/db/migrations"));
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(const QString& path);
    void close();
    bool isOpen() const;

    OpenError openError() const { return m_openError; }
    QString errorString() const { return m_errorString; }
    QString path() const { return m_path; }
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase connection() const;
    // Starts a transaction that takes the write lock at once, so that a read-check-write sequence
    // waits for another writer instead of failing half-way; end it with connection().commit().
    bool beginWrite();

    int latestSchemaVersion() const;
    static QString defaultPath();

private:
    bool inspect(int* version);
    bool writeBackup(int fromVersion);
    bool migrate(int fromVersion);
    bool fail(OpenError error, const QString& message);

    QString m_migrationsDirectory;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QString m_errorString;
    OpenError m_openError = OpenError::None;
    int m_schemaVersion = 0;
};
