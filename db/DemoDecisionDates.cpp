#include "db/DemoDecisionDates.h"

#include "app/core/EventStatus.h"
#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>

DemoDecisionDates::DemoDecisionDates(Database& database)
    : m_database(database)
{
}

WriteResult DemoDecisionDates::record(const QMap<qint64, QDateTime>& decidedAt, const QString& who)
{
    if (!m_database.beginWrite()) {
        return WriteResult::failure(WriteResult::Status::Failed, m_database.writeError());
    }
    QSqlDatabase db = m_database.connection();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit (event_id, at, who, action, old_status, new_status) "
                                  "SELECT id, ?, ?, 'status', ?, status FROM event WHERE id = ?"));
    for (auto it = decidedAt.cbegin(); it != decidedAt.cend(); ++it) {
        insert.addBindValue(it.value().toUTC().toString(Qt::ISODateWithMs));
        insert.addBindValue(who);
        insert.addBindValue(EventStatuses::key(EventStatus::InReview));
        insert.addBindValue(it.key());
        if (!insert.exec()) {
            const QString error = tr("Cannot date the decisions: %1").arg(insert.lastError().text());
            db.rollback();
            return WriteResult::failure(WriteResult::Status::Failed, error);
        }
    }
    if (!db.commit()) {
        return WriteResult::failure(WriteResult::Status::Failed, db.lastError().text());
    }
    return WriteResult::success();
}
