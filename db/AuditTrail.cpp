#include "db/AuditTrail.h"

#include "db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QVariant statusKey(const std::optional<EventStatus>& status)
{
    return status ? QVariant(EventStatuses::key(*status)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

AuditTrail::AuditTrail(Database& database)
    : m_database(database)
{
}

WriteResult AuditTrail::append(const AuditEntry& entry)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO audit (event_id, at, who, action, old_status, new_status, reason, changes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.eventId);
    query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.who);
    query.addBindValue(entry.action);
    query.addBindValue(statusKey(entry.oldStatus));
    query.addBindValue(statusKey(entry.newStatus));
    query.addBindValue(entry.reason.isNull() ? QStringLiteral("") : entry.reason);
    query.addBindValue(entry.changes.isNull() ? QStringLiteral("") : entry.changes);
    if (!query.exec()) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot write the audit trail: %1").arg(query.lastError().text()));
    }
    return WriteResult::success();
}

WriteResult AuditTrail::appendCreated(qint64 firstId, qint64 lastId, const QString& who)
{
    QSqlQuery audit(m_database.connection());
    audit.prepare(
        QStringLiteral("INSERT INTO audit (event_id, at, who, action, new_status) "
                       "SELECT id, ?, ?, 'created', status FROM event WHERE id BETWEEN ? AND ? ORDER BY id"));
    audit.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    audit.addBindValue(who.isNull() ? QStringLiteral("") : who);
    audit.addBindValue(firstId);
    audit.addBindValue(lastId);
    if (!audit.exec()) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot write the audit trail: %1").arg(audit.lastError().text()));
    }
    return WriteResult::success();
}

StoreResult<QList<AuditEntry>> AuditTrail::of(qint64 eventId) const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, event_id, at, who, action, old_status, new_status, reason, changes "
                       "FROM audit WHERE event_id = ? ORDER BY id"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the audit trail: %1").arg(query.lastError().text()));
    }
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.eventId = query.value(1).toLongLong();
        entry.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        entry.who = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.oldStatus = EventStatuses::fromKey(query.value(5).toString());
        entry.newStatus = EventStatuses::fromKey(query.value(6).toString());
        entry.reason = query.value(7).toString();
        entry.changes = query.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

StoreResult<AuditEntry> AuditTrail::last(qint64 eventId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT who, at FROM audit WHERE event_id = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(eventId);
    if (!query.exec()) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the audit trail: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return WriteResult::failure(StoreStatus::NotFound, tr("The request has no audited change."));
    }
    AuditEntry entry;
    entry.eventId = eventId;
    entry.who = query.value(0).toString();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    return entry;
}
