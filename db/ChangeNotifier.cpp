#include "db/ChangeNotifier.h"

#include <QSqlDriver>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace {
const QString eventChannel = QStringLiteral("semaine_event");
}

ChangeNotifier::ChangeNotifier(QObject* parent)
    : QObject(parent)
{
    // A colleague's bulk decision is announced row by row by the server: taken together.
    m_remoteTimer.setSingleShot(true);
    m_remoteTimer.setInterval(250);
    connect(&m_remoteTimer, &QTimer::timeout, this, [this] {
        const Changes heard = std::exchange(m_remote, {});
        announce(heard);
    });
}

ChangeNotifier::~ChangeNotifier() { stopListening(); }

bool ChangeNotifier::listen(QSqlDriver* driver)
{
    stopListening();
    if (!driver->subscribeToNotification(eventChannel)) {
        return false;
    }
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
            // This workstation's own writes were announced as they committed.
            if (name != eventChannel || source == QSqlDriver::SelfSource) {
                return;
            }
            bool isId = false;
            const qint64 id = payload.toString().toLongLong(&isId);
            if (isId) {
                m_remote.changed.insert(id);
            } else {
                m_remote.added = true;
            }
            // The server names the request only: its outbox and its waiting changes may have moved.
            m_remote.outbox = true;
            m_remote.pendingUpdates = true;
            m_remoteTimer.start();
        });
    return true;
}

void ChangeNotifier::stopListening()
{
    if (m_driver) {
        disconnect(m_driver, nullptr, this, nullptr);
        m_driver->unsubscribeFromNotification(eventChannel);
        m_driver = nullptr;
    }
}

void ChangeNotifier::follow(const ChangeNotifier& other)
{
    if (isListening()) {
        return;
    }
    // Across threads these arrive queued, in the order the other connection committed.
    connect(&other, &ChangeNotifier::eventsChanged, this, [this](const QList<qint64>& eventIds) {
        announce({ QSet<qint64>(eventIds.cbegin(), eventIds.cend()), false });
    });
    connect(&other, &ChangeNotifier::eventsAdded, this, [this] { announce({ {}, true }); });
    connect(&other, &ChangeNotifier::outboxChanged, this, [this] { announce({ {}, false, true }); });
    connect(&other, &ChangeNotifier::pendingUpdatesChanged, this,
        [this] { announce({ {}, false, false, true }); });
}

void ChangeNotifier::record(const Changes& changes)
{
    if (m_inTransaction) {
        m_transaction.add(changes);
    } else {
        announce(changes); // a write of its own, committed as it ran
    }
}

void ChangeNotifier::recordChanged(qint64 eventId) { record({ { eventId }, false }); }

void ChangeNotifier::recordAdded() { record({ {}, true }); }

void ChangeNotifier::recordOutboxChanged() { record({ {}, false, true }); }

void ChangeNotifier::recordPendingUpdatesChanged() { record({ {}, false, false, true }); }

void ChangeNotifier::transactionBegan()
{
    m_inTransaction = true;
    m_transaction = {};
}

void ChangeNotifier::transactionEnded(bool committed)
{
    m_inTransaction = false;
    const Changes recorded = std::exchange(m_transaction, {});
    if (committed) {
        announce(recorded);
    }
}

void ChangeNotifier::Changes::add(const Changes& other)
{
    changed.unite(other.changed);
    added = added || other.added;
    outbox = outbox || other.outbox;
    pendingUpdates = pendingUpdates || other.pendingUpdates;
}

void ChangeNotifier::announce(const Changes& changes)
{
    if (m_batches > 0) {
        m_batched.add(changes);
    } else {
        emitChanges(changes);
    }
}

void ChangeNotifier::emitChanges(const Changes& changes)
{
    if (changes.added) {
        emit eventsAdded();
    } else if (!changes.changed.isEmpty()) {
        QList<qint64> ids(changes.changed.cbegin(), changes.changed.cend());
        std::sort(ids.begin(), ids.end());
        emit eventsChanged(ids);
    }
    if (changes.outbox) {
        emit outboxChanged();
    }
    if (changes.pendingUpdates) {
        emit pendingUpdatesChanged();
    }
}

ChangeNotifier::Batch::Batch(ChangeNotifier& notifier)
    : m_notifier(notifier)
{
    ++m_notifier.m_batches;
}

ChangeNotifier::Batch::~Batch()
{
    if (--m_notifier.m_batches == 0) {
        m_notifier.emitChanges(std::exchange(m_notifier.m_batched, {}));
    }
}
