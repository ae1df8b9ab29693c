#pragma once

#include "db/QueueIndex.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

class Database;

// QueueIndex::select() on a thread of its own, over a second connection to the store, so that a
// search keystroke never waits for the store: the UI thread asks and carries on. Each request
// supersedes the one before, which is interrupted if it is running (SQLite); only the latest
// request's answer is delivered: the last one wins.
class QueueSelector : public QObject {
    Q_OBJECT

public:
    struct Request {
        int editionYear = 0;
        EventFilter filter;
        QDate today;
        QString me;
        QueueColumns::Column sort = QueueColumns::RequestId;
        Qt::SortOrder order = Qt::AscendingOrder;
        // When a search finds many requests, its first rows are answered first, partial
        // (QueueIndex::firstRows()), then the whole selection; 0: the whole selection only.
        int firstRows = 0;
    };

    // Opens the second connection (on its thread, waiting for it): see isAvailable().
    explicit QueueSelector(const Database& store, QObject* parent = nullptr);
    ~QueueSelector() override;

    // False when the second connection could not be opened: the caller then selects itself.
    bool isAvailable() const { return m_available; }
    void request(const Request& request);
    // Drops the request under way: its answer will not be delivered.
    void cancel();
    // A request is under way: its whole answer has not been delivered yet.
    bool isPending() const { return m_pending; }
    // QueueIndex::staleIds() with the recipe current, on the second connection: the requests that
    // have no queue row, told by indexChecked(). On PostgreSQL its proof counts every request (a
    // scan of the table, 140 ms at 100,000), which the queue's first page then does not wait for.
    void checkIndex();

signals:
    void selected(const QueueIndex::Selection& selection);
    // The requests without a queue row (usually none); `error` when the store could not say.
    void indexChecked(const QList<qint64>& missing, const QString& error);

private:
    void work(); // on the worker thread
    // To the owner's thread, unless superseded meanwhile; a whole answer (or a failure) ends the request.
    void deliver(quint64 generation, const QueueIndex::Selection& selection);

    QThread m_thread;
    std::unique_ptr<QObject> m_worker; // lives in m_thread: calls queued to it run there
    std::unique_ptr<Database> m_reader; // opened, used and closed on m_thread
    QMutex m_mutex;
    std::optional<Request> m_next; // guarded by m_mutex
    std::atomic<quint64> m_generation = 0;
    bool m_available = false;
    bool m_pending = false;
};
