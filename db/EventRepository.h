#pragma once

#include "app/core/AuditEntry.h"
#include "app/core/Event.h"
#include "db/WriteResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

class Database;

// Label requests and their audit trail: the only code that reads or writes them. Every status
// change and every edit of a decided request is one transaction together with its audit entry,
// and is refused when the request changed since it was read (its version).
class EventRepository {
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database& database);

    WriteResult insert(Event& event, const QString& who);
    // All in one transaction: either every event is stored or none.
    WriteResult insertAll(QList<Event>& events, const QString& who);
    // From this many requests on, insertAll() builds the secondary indexes again at the end
    // rather than updating them row by row.
    static constexpr qsizetype BulkWithoutIndexes = 5000;
    // Called now and then with the rows done out of the total; returning false cancels the write.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;
    static constexpr int ProgressEvery = 1000;

    // What an import did with the requests it was given.
    struct ImportCounts {
        int created = 0;
        int updated = 0; // undecided requests that changed
        int pending = 0; // decided requests that changed: kept for a reviewer, not applied
        int unchanged = 0;
    };
    // Stores imported requests in one transaction, matched to the stored ones by edition and
    // request id: new ones are created, undecided ones updated (audited as edits), and a decided
    // one that changed gets a pending update instead. A cancel through `progress`, or any error,
    // leaves the store as it was (the result then fails with an empty message for a cancel).
    // A dry run does all of it and says what it would do, then rolls back.
    enum class ImportMode {
        Store,
        DryRun,
    };
    WriteResult importEvents(QList<Event> events, const QString& who, const QString& source, ImportCounts* counts,
        const Progress& progress = {}, ImportMode mode = ImportMode::Store);

    // A change brought by an import to a decided request, waiting for a reviewer.
    struct PendingUpdate {
        qint64 id = 0;
        qint64 eventId = 0;
        QDateTime createdAt;
        QString who;
        QString source;
        QString changes; // as in the audit trail
        QString content; // the imported row, a JSON object in the import format
    };
    // The open pending updates of a request, oldest first.
    QList<PendingUpdate> pendingUpdates(qint64 eventId) const;
    // How many wait for a reviewer over the edition's requests.
    int openPendingUpdateCount(int editionYear) const;
    // The edition's requests that have some waiting, by id.
    QList<qint64> eventsWithPendingUpdates(int editionYear) const;
    // Applies the imported content to the request as an edit (audited, version checked against
    // what the reviewer saw: a Conflict otherwise), and closes the pending update, in one
    // transaction. A labelled request that no longer passes a condition goes back to review.
    WriteResult acceptPendingUpdate(qint64 pendingId, int expectedEventVersion, const QString& who);
    // Closes it without touching the request; the audit trail keeps the change and the reason.
    WriteResult dismissPendingUpdate(qint64 pendingId, const QString& who, const QString& reason);

    // A status change that goes with an edit: a labelled request whose edit fails a condition
    // goes back to review.
    struct StatusChange {
        EventStatus to;
        QString reason;
    };
    // With `alsoChange`, the edit, the status change and their audit entries are one transaction.
    WriteResult update(
        Event& event, const QString& who, const std::optional<StatusChange>& alsoChange = std::nullopt);
    // An override labels a request that fails a condition: it needs a written justification and
    // is audited as such.
    enum class Decision {
        Regular,
        Override,
    };
    WriteResult changeStatus(qint64 id, int expectedVersion, EventStatus to, const QString& reason, const QString& who,
        Decision decision = Decision::Regular);

    // Puts a reviewer in charge of the request (empty: nobody), with the same version check. A
    // submitted request taken in charge goes to review in the same write, audited as such.
    WriteResult assign(qint64 id, int expectedVersion, const QString& assignee, const QString& who);

    // The reviewers' private notes: not part of the request, so no version check and no audit;
    // update() never writes them.
    WriteResult saveReviewerNotes(qint64 id, const QString& notes);

    std::optional<Event> find(qint64 id) const;
    // The requests with these ids, in that order (those that no longer exist are left out).
    QList<Event> findMany(const QList<qint64>& ids) const;
    QList<Event> all(int editionYear) const;
    int count(int editionYear) const;
    QHash<EventStatus, int> countByStatus(int editionYear) const;
    QList<AuditEntry> auditTrail(qint64 eventId) const;
    // Other requests of the same edition that may be the same event: same organiser (SIRET or
    // name), dates that overlap, the same commune and a similar title.
    QList<Event> possibleDuplicates(const Event& event) const;
    // The first request number of the edition's series (SI2018-000124) after those stored.
    QString nextRequestId(int editionYear) const;
    // The organiser's other requests (same SIRET, or same name) in this edition and earlier ones,
    // the most recent edition first.
    QList<Event> organiserRequests(const Event& event) const;

    // Works out again the queue's index rows that are missing or out of date (QueueIndex), in one
    // transaction: at start-up, after an upgrade or an edition's change. Returns how many, or -1
    // with `error`.
    int refreshQueueIndex(QString* error);

    // The person behind this session: the shared store's role once set, otherwise the
    // operating system's user.
    static QString currentUser();
    static void setCurrentUser(const QString& name);

private:
    // Who made the request's latest audited change, and when.
    std::optional<AuditEntry> lastAudit(qint64 eventId) const;
    // Opens the write transaction and reads the request, checking it is still at the version the
    // caller saw; on failure the transaction is already rolled back.
    WriteResult beginChange(qint64 id, int expectedVersion, std::optional<Event>* stored);
    bool appendAudit(const AuditEntry& entry, QString* error);
    // The bulk insert inside the caller's transaction; false with `error`, or with it empty when
    // `progress` cancelled.
    bool insertRows(QList<Event>& events, const QString& who, const Progress& progress, QString* error);
    // Writes an edit of a stored request (`toStore` at the stored version, which it raises) and
    // its queue row, inside the caller's transaction.
    bool writeEdit(Event& toStore, QString* error);
    // An edit of the request read as `stored` in the caller's transaction, with its audit entries
    // (`reason` on the edit's) and the status change; on failure the transaction is rolled back.
    // `event` becomes what was written.
    WriteResult writeAuditedEdit(Event& event, const Event& stored, const QString& who, const QString& reason,
        const std::optional<StatusChange>& alsoChange);
    std::optional<PendingUpdate> openPendingUpdate(qint64 pendingId) const;
    // Marks an open pending update `state`, inside the caller's transaction.
    bool closePendingUpdate(qint64 pendingId, const char* state, QString* error);
    // Keeps an imported change to a decided request; false (and nothing written) when the same
    // change is already waiting.
    bool addPendingUpdate(const Event& stored, const Event& imported, const QString& changes, const QString& who,
        const QString& source, QString* error);

    Database& m_database;
};
