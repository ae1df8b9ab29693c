#include "db/AuditTrail.h"

#include "db/Database.h"
#include "db/KeptQuery.h"
#include "db/PreparedQuery.h"

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

WriteResult AuditTrail::append(const AuditEntry& entry) { return append(QList<AuditEntry> { entry }); }

WriteResult AuditTrail::append(const QList<AuditEntry>& entries)
{
    QString sql = QStringLiteral(
        "INSERT INTO audit (event_id, at, who, action, old_status, new_status, reason, changes) VALUES ");
    QVariantList values;
    for (const AuditEntry& entry : entries) {
        sql += values.isEmpty() ? QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?)")
                                : QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?)");
        values << entry.eventId << entry.at.toUTC().toString(Qt::ISODateWithMs) << entry.who << entry.action
               << statusKey(entry.oldStatus) << statusKey(entry.newStatus)
               << (entry.reason.isNull() ? QStringLiteral("") : entry.reason)
               << (entry.changes.isNull() ? QStringLiteral("") : entry.changes);
    }
    KeptQuery query(m_database, sql);
    if (!query.exec(values)) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot write the audit trail: %1").arg(query->lastError().text()));
    }
    return WriteResult::success();
}

WriteResult AuditTrail::appendCreated(qint64 firstId, qint64 lastId, const QString& who)
{
    QSqlQuery audit(m_database.connection());
    if (!PreparedQuery::exec(audit,
            QStringLiteral(
                "INSERT INTO audit (event_id, at, who, action, new_status) "
                "SELECT id, ?, ?, 'created', status FROM event WHERE id BETWEEN ? AND ? ORDER BY id"),
            { QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                who.isNull() ? QStringLiteral("") : who, firstId, lastId })) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot write the audit trail: %1").arg(audit.lastError().text()));
    }
    return WriteResult::success();
}

StoreResult<QList<AuditEntry>> AuditTrail::of(qint64 eventId) const
{
    KeptQuery query(m_database,
        QStringLiteral("SELECT id, event_id, at, who, action, old_status, new_status, reason, changes "
                       "FROM audit WHERE event_id = ? ORDER BY id"));
    query->setForwardOnly(true);
    if (!query.exec({ eventId })) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the audit trail: %1").arg(query->lastError().text()));
    }
    QList<AuditEntry> entries;
    while (query->next()) {
        AuditEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.eventId = query->value(1).toLongLong();
        entry.at = QDateTime::fromString(query->value(2).toString(), Qt::ISODateWithMs);
        entry.who = query->value(3).toString();
        entry.action = query->value(4).toString();
        entry.oldStatus = EventStatuses::fromKey(query->value(5).toString());
        entry.newStatus = EventStatuses::fromKey(query->value(6).toString());
        entry.reason = query->value(7).toString();
        entry.changes = query->value(8).toString();
        entries.append(entry);
    }
    return entries;
}

StoreResult<AuditEntry> AuditTrail::last(qint64 eventId) const
{
    KeptQuery query(
        m_database, QStringLiteral("SELECT who, at FROM audit WHERE event_id = ? ORDER BY id DESC LIMIT 1"));
    if (!query.exec({ eventId })) {
        return WriteResult::failure(
            StoreStatus::Failed, tr("Cannot read the audit trail: %1").arg(query->lastError().text()));
    }
    if (!query->next()) {
        return WriteResult::failure(StoreStatus::NotFound, tr("The request has no audited change."));
    }
    AuditEntry entry;
    entry.eventId = eventId;
    entry.who = query->value(0).toString();
    entry.at = QDateTime::fromString(query->value(1).toString(), Qt::ISODateWithMs);
    return entry;
}
