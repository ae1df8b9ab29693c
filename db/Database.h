#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <atomic>
#include <memory>

class ChangeNotifier;
class KeptQueries;

struct sqlite3;

// One connection to a semaine-admin store: an SQLite file (the embedded default) or a shared
// PostgreSQL database (`postgresql://user@host:port/dbname`). An SQLite file is checked before
// it is touched and copied before any migration; on both engines the embedded migrations run in
// one transaction, tracked by PRAGMA user_version (SQLite) or meta's schema_version (PostgreSQL).
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
        ReadOnly, // cannot be created or upgraded where it is
    };

    // `migrationsDirectory` holds NNNN_name.sql files; the embedded ones unless a test says otherwise.
    explicit Database(const QString& migrationsDirectory = QStringLiteral(":/db/migrations"));
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class Engine {
        Sqlite,
        Postgresql,
    };

    // A file path, or a postgresql:// URL (password from the URL, the one this session's
    // PasswordStore remembers for the URL, or libpq's own sources: PGPASSWORD, ~/.pgpass).
    bool open(const QString& location);
    // A second connection to the store `store` has open, for reading on the calling thread (a
    // worker's): no checks, no migrations, which the store's own connection did.
    bool openReader(const Database& store);
    // From any thread: stops the SQLite statement this connection is running, which then ends
    // as if it had found no more rows. On PostgreSQL the query runs to its end.
    void interrupt();
    void close();
    bool isOpen() const;

    OpenError openError() const { return m_openError; }
    QString errorString() const { return m_errorString; }
    // The file, or the URL without its password: what to show and what to open again.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    bool isPostgresql() const { return m_engine == Engine::Postgresql; }
    static bool isPostgresqlUrl(const QString& location);
    // The PostgreSQL role this connection works as (empty on SQLite).
    QString userName() const;
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const { return m_schemaVersion; }
    QSqlDatabase connection() const;
    // Starts a transaction that takes the write lock at once, so that a read-check-write sequence
    // waits for another writer instead of failing half-way; end it with connection().commit().
    bool beginWrite();
    // Why beginWrite() failed: another program's write lock, a read-only store, or the engine's words.
    QString writeError() const { return m_writeError; }
    // For a large write, on SQLite: its commit ends once the rows are in the write-ahead log, and
    // copying the log into the store's file (the checkpoint, most of such a commit) is left to a
    // connection of its own on another thread, which blocks neither readers nor writers. As
    // safe: until copied, the log is part of the store. Call within the write transaction.
    void deferCheckpoint();
    // What each SQLite connection holds of the store, whatever its size: its first MappedBytes
    // read through a memory map (no copy of those pages) and a page cache of CacheBytes for the
    // rest. A 100,000-request store (140 MB) is then nearly all mapped, and the window's process,
    // with its two connections, keeps within 400 MB at 1,000,000 requests (1.4 GB): with 256 MB
    // maps and 64 MB caches it held 669 MB there, 456 MB of it SQLite's.
    static constexpr qint64 MappedBytes = qint64(128) << 20;
    static constexpr qint64 CacheBytes = qint64(32) << 20;
    // For a large write, on SQLite: a page cache of `bytes` (at most MaxWriteCacheBytes) until the
    // transaction ends, then the usual again. With a 64 MB cache, a bulk insert of 100,000
    // requests (about 140 MB of pages) spilled its pages into the log before the commit and read
    // them back to build the indexes, once more at the commit. Call within the write transaction.
    void holdWrittenPages(qint64 bytes);
    static constexpr qint64 MaxWriteCacheBytes = qint64(512) << 20;
    // The page size of a new SQLite store, 4 times SQLite's default: a bulk write handles a quarter
    // as many pages, and the store's file is a little smaller (135 against 139 MB at 100,000
    // requests). An existing store keeps the size it was made with: changing it would take a
    // VACUUM of the whole file, out of WAL mode.
    static constexpr int PageBytes = 16384;
    // A file or folder we may not write to is opened read-only (when it needs no upgrade).
    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    // E.g. "the file is read-only"; empty when the store can be written.
    QString readOnlyReason() const { return m_readOnlyReason; }

    // What this connection's writes changed, announced as they commit, and (once listening) what
    // the other workstations' did.
    ChangeNotifier& changes() const { return *m_changes; }
    // On a shared PostgreSQL store, hears of the other workstations' changes through changes();
    // false on SQLite, which has no other workstation to hear.
    bool listenToOtherWorkstations();

    int latestSchemaVersion() const;
    static QString defaultPath();
    // PRAGMA application_id of our SQLite files: ASCII "SeIn".
    static constexpr int ApplicationId = 0x5365496E;
    static constexpr int BusyTimeoutMs = 30000;

private:
    friend class Transaction;
    friend class KeptQuery;
    KeptQueries& keptQueries() const { return *m_keptQueries; }
    // By Transaction, once its write is committed or rolled back: starts a deferred checkpoint and
    // gives the page cache its usual size again.
    void writeEnded(bool committed);
    void waitForCheckpoint();

    bool openPostgresql(const QString& url);
    // False, with the message, for a schema newer than this version knows.
    bool knowsSchema(int version);
    bool inspect(int* version, int* owner);
    bool recognise(QSqlQuery& query, int* version, int* owner);
    bool inspectPostgresql(int* version);
    bool writeBackup(int fromVersion);
    bool migrate(int fromVersion);
    bool fail(OpenError error, const QString& message);

    QString m_migrationsDirectory;
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    QString m_errorString;
    OpenError m_openError = OpenError::None;
    QString m_readOnlyReason;
    QString m_writeError;
    int m_schemaVersion = 0;
    Engine m_engine = Engine::Sqlite;
    std::unique_ptr<ChangeNotifier> m_changes;
    std::unique_ptr<KeptQueries> m_keptQueries; // this connection's, dropped before it closes
    std::atomic<sqlite3*> m_readerHandle = nullptr; // set by openReader() on SQLite, for interrupt()
    bool m_checkpointDeferred = false;
    bool m_cacheRaised = false; // by holdWrittenPages(), until writeEnded()
    QFuture<void> m_checkpoint; // the deferred one, running; waited for before closing
};
