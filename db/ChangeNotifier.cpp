#include "db/ChangeNotifier.h"

#include "db/Database.h"

#include <QSqlDriver>

namespace {
const QString channel = QStringLiteral("semaine_event");
}

ChangeNotifier::ChangeNotifier(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{
    if (!database.isPostgresql()) {
        return;
    }
    QSqlDriver* driver = database.connection().driver();
    m_listening = driver->subscribeToNotification(channel);
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload) {
            // This workstation's own writes are already on its screen.
            if (name != channel || source == QSqlDriver::SelfSource) {
                return;
            }
            bool isId = false;
            const qint64 id = payload.toString().toLongLong(&isId);
            if (isId) {
                emit eventChanged(id);
            } else {
                emit eventsAdded();
            }
        });
}

ChangeNotifier::~ChangeNotifier()
{
    if (m_listening && m_database.isOpen()) {
        m_database.connection().driver()->unsubscribeFromNotification(channel);
    }
}
