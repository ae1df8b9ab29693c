#include "db/DemoDecisionDates.h"

#include "app/core/EventStatus.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

DemoDecisionDates::DemoDecisionDates(Database& database)
    : m_database(database)
{
}

WriteResult DemoDecisionDates::record(const QMap<qint64, QDateTime>& decidedAt, const QString& who)
{
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    QSqlQuery insert(m_database.connection());
    // Prepared once for every row; a failed prepare keeps the engine's words (see PreparedQuery).
    const bool prepared = insert.prepare(
        QStringLiteral("INSERT INTO audit (event_id, at, who, action, old_status, new_status) "
                       "SELECT id, ?, ?, 'status', ?, status FROM event WHERE id = ?"));
    for (auto it = decidedAt.cbegin(); it != decidedAt.cend(); ++it) {
        insert.addBindValue(it.value().toUTC().toString(Qt::ISODateWithMs));
        insert.addBindValue(who);
        insert.addBindValue(EventStatuses::key(EventStatus::InReview));
        insert.addBindValue(it.key());
        if (!prepared || !insert.exec()) {
            return WriteResult::failure(WriteResult::Status::Failed,
                tr("Cannot date the decisions: %1").arg(insert.lastError().text()));
        }
    }
    return transaction.commit();
}
