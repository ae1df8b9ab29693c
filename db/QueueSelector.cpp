#include "db/QueueSelector.h"

#include "db/Database.h"

#include <QMutexLocker>

QueueSelector::QueueSelector(const Database& store, QObject* parent)
    : QObject(parent)
    , m_worker(std::make_unique<QObject>())
    , m_reader(std::make_unique<Database>())
{
    m_thread.setObjectName(QStringLiteral("QueueSelector"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this, &store] {
            m_available = m_reader->openReader(store);
            if (!m_available) {
                qWarning("QueueSelector: %s", qPrintable(m_reader->errorString()));
            }
        },
        Qt::BlockingQueuedConnection);
}

QueueSelector::~QueueSelector()
{
    cancel();
    QMetaObject::invokeMethod(m_worker.get(), [this] { m_reader->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void QueueSelector::request(const Request& request)
{
    {
        // Interrupted under the lock: the worker cannot have taken this request yet, so only the
        // statement of an older one is stopped.
        QMutexLocker lock(&m_mutex);
        m_reader->interrupt();
        m_next = request;
        ++m_generation;
    }
    m_pending = true;
    QMetaObject::invokeMethod(m_worker.get(), [this] { work(); }, Qt::QueuedConnection);
}

void QueueSelector::cancel()
{
    {
        QMutexLocker lock(&m_mutex);
        m_reader->interrupt();
        m_next.reset();
        ++m_generation;
    }
    m_pending = false;
}

void QueueSelector::checkIndex()
{
    // Queued behind any request already made; answered on this object's thread, unless it is
    // destroyed first (its destructor waits for the worker).
    QMetaObject::invokeMethod(
        m_worker.get(),
        [this] {
            const StoreResult<QList<qint64>> missing = QueueIndex(*m_reader).staleIds(true);
            QMetaObject::invokeMethod(
                this,
                [this, ids = missing.value_or({}), error = missing ? QString() : missing.message] {
                    emit indexChecked(ids, error);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void QueueSelector::work()
{
    std::optional<Request> next;
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_mutex);
        next.swap(m_next);
        generation = m_generation;
    }
    if (!next) {
        return; // taken by an earlier call, or cancelled
    }
    const QueueIndex index(*m_reader);
    if (next->firstRows > 0) {
        const std::optional<QueueIndex::Selection> first = index.firstRows(
            next->editionYear, next->filter, next->today, next->sort, next->order, next->firstRows);
        if (first) {
            deliver(generation, *first);
            if (!first->error.isEmpty() || generation != m_generation) {
                return;
            }
        }
    }
    deliver(generation,
        index.select(next->editionYear, next->filter, next->today, next->me, next->sort, next->order));
}

void QueueSelector::deliver(quint64 generation, const QueueIndex::Selection& selection)
{
    // Back on the owner's thread; an answer superseded meanwhile (possibly cut short) is dropped.
    QMetaObject::invokeMethod(
        this,
        [this, generation, selection] {
            if (generation == m_generation) {
                m_pending = selection.partial && selection.error.isEmpty();
                emit selected(selection);
            }
        },
        Qt::QueuedConnection);
}
