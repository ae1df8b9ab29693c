#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

class QSqlDriver;

// What changed in the store, as the store's own writes and the other workstations say it: the
// models that show requests follow these signals rather than being refreshed by their callers
// (Subsurface's DiveListNotifier). Each Database owns one. A write records what it changes
// inside its transaction; the record is announced once the transaction commits, and forgotten
// if it rolls back. On a shared PostgreSQL store the other workstations' writes arrive on a
// channel (migration 0007) and are announced the same way.
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    explicit ChangeNotifier(QObject* parent = nullptr);
    ~ChangeNotifier() override;

    // Listens on `driver`'s connection (PostgreSQL's) to the other workstations' changes; false
    // when the driver cannot.
    bool listen(QSqlDriver* driver);
    bool isListening() const { return m_driver != nullptr; }
    // Before the connection closes.
    void stopListening();
    // Announces the commits of `other`, another connection to the same store (a worker's, on its
    // own thread), as this store's own; a store listening to the server hears of them from it.
    void follow(const ChangeNotifier& other);

    // Recorded by the store's writes: the request `eventId` changed (a decision, an edit, a change
    // from an import kept or settled), or requests were added.
    void recordChanged(qint64 eventId);
    void recordAdded();
    // Recorded beside them by the writes that also queue or cancel messages to organisers, or
    // open or close changes from imports waiting for a reviewer: only these are read again after
    // them, not after every decision.
    void recordOutboxChanged();
    void recordPendingUpdatesChanged();

    // While one lives, announcements wait, and leave together when the last one ends: a bulk
    // decision of 3,000 requests, each its own transaction, is announced once; a caller may also
    // settle its own state before the models follow.
    class Batch {
        Q_DISABLE_COPY_MOVE(Batch)

    public:
        explicit Batch(ChangeNotifier& notifier);
        ~Batch();

    private:
        ChangeNotifier& m_notifier;
    };

signals:
    // These requests changed: their rows are read again.
    void eventsChanged(const QList<qint64>& eventIds);
    // Requests were added, and others may have changed: everything is read again.
    void eventsAdded();
    // Messages of the outbox were queued or cancelled.
    void outboxChanged();
    // Changes from imports began or stopped waiting for a reviewer.
    void pendingUpdatesChanged();

private:
    // What is waiting to be announced.
    struct Changes {
        QSet<qint64> changed;
        bool added = false;
        bool outbox = false;
        bool pendingUpdates = false;
        void add(const Changes& other);
    };
    friend class Transaction;
    // Into the transaction under way, or announced at once outside one.
    void record(const Changes& changes);
    void transactionBegan();
    // The transaction's record is announced when it committed, dropped otherwise.
    void transactionEnded(bool committed);
    void announce(const Changes& changes);
    void emitChanges(const Changes& changes);

    QSqlDriver* m_driver = nullptr;
    bool m_inTransaction = false;
    Changes m_transaction; // recorded by the transaction under way
    int m_batches = 0;
    Changes m_batched; // committed while a batch lives
    Changes m_remote; // heard from other workstations, gathered for a moment
    QTimer m_remoteTimer;
};
