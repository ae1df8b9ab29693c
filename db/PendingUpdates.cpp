#include "db/PendingUpdates.h"

#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"
#include "db/AuditTrail.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/EventRepository.h"
#include "db/KeptQuery.h"
#include "db/PreparedQuery.h"
#include "db/RequestChange.h"
#include "db/RequestImport.h"
#include "db/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString selectPendingUpdate
    = QStringLiteral("SELECT id, event_id, created_at, who, source, changes, content FROM pending_update");

PendingUpdate readPendingUpdate(const QSqlQuery& q)
{
    return { q.value(0).toLongLong(), q.value(1).toLongLong(),
        QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
}

} // namespace

PendingUpdates::PendingUpdates(Database& database)
    : m_database(database)
{
}

StoreResult<QList<PendingUpdate>> PendingUpdates::openFor(qint64 eventId) const
{
    KeptQuery statement(m_database,
        selectPendingUpdate + QStringLiteral(" WHERE event_id = ? AND state = 'open' ORDER BY id"));
    QSqlQuery& query = statement.query();
    if (!statement.exec({ eventId })) {
        return WriteResult::failure(StoreStatus::Failed,
            tr("Cannot read the changes from imports: %1").arg(query.lastError().text()));
    }
    QList<PendingUpdate> updates;
    while (query.next()) {
        updates.append(readPendingUpdate(query));
    }
    return updates;
}

StoreResult<PendingUpdate> PendingUpdates::open(qint64 pendingId) const
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(
            query, selectPendingUpdate + QStringLiteral(" WHERE id = ? AND state = 'open'"), { pendingId })) {
        return WriteResult::failure(StoreStatus::Failed,
            tr("Cannot read the changes from imports: %1").arg(query.lastError().text()));
    }
    if (!query.next()) {
        return WriteResult::failure(StoreStatus::NotFound,
            tr("This change from an import is no longer waiting: someone accepted or dismissed it."));
    }
    return readPendingUpdate(query);
}

StoreResult<int> PendingUpdates::openCount(int editionYear) const
{
    // From the few pending updates to their requests: "event_id IN (SELECT id FROM event …)" made
    // SQLite list every request of the edition first, on each change of the queue's counts.
    KeptQuery statement(m_database,
        QStringLiteral("SELECT count(*) FROM pending_update p WHERE p.state = 'open' AND EXISTS "
                       "(SELECT 1 FROM event e WHERE e.id = p.event_id AND e.edition_year = ?)"));
    QSqlQuery& query = statement.query();
    if (!statement.exec({ editionYear }) || !query.next()) {
        return WriteResult::failure(StoreStatus::Failed,
            tr("Cannot read the changes from imports: %1").arg(query.lastError().text()));
    }
    return query.value(0).toInt();
}

StoreResult<QList<qint64>> PendingUpdates::eventsWithOpen(int editionYear) const
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral(
                "SELECT DISTINCT p.event_id FROM pending_update p JOIN event e ON e.id = p.event_id "
                "WHERE p.state = 'open' AND e.edition_year = ? ORDER BY p.event_id"),
            { editionYear })) {
        return WriteResult::failure(StoreStatus::Failed,
            tr("Cannot read the changes from imports: %1").arg(query.lastError().text()));
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

StoreResult<bool> PendingUpdates::add(const Event& stored, const Event& imported, const QString& changes,
    const QString& who, const QString& source)
{
    QJsonObject row;
    const QStringList keys = ImportParser::keys();
    const QStringList values = ImportParser::record(imported);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        row.insert(keys.at(i), values.at(i));
    }
    const QString content = QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral(
                "SELECT 1 FROM pending_update WHERE event_id = ? AND state = 'open' AND content = ?"),
            { stored.id, content })) {
        return WriteResult::failure(StoreStatus::Failed, query.lastError().text());
    }
    if (query.next()) {
        return false;
    }
    if (!PreparedQuery::exec(query,
            QStringLiteral("INSERT INTO pending_update (event_id, created_at, who, source, changes, content) "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            { stored.id, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                who.isNull() ? QStringLiteral("") : who, source.isNull() ? QStringLiteral("") : source,
                changes, content })) {
        return WriteResult::failure(StoreStatus::Failed,
            tr("Cannot keep the imported change of %1 for review: %2")
                .arg(stored.requestId, query.lastError().text()));
    }
    m_database.changes().recordChanged(stored.id);
    m_database.changes().recordPendingUpdatesChanged();
    return true;
}

WriteResult PendingUpdates::close(
    qint64 pendingId, const QString& requestId, const char* state, const QString& refusal)
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral("UPDATE pending_update SET state = ? WHERE id = ? AND state = 'open'"),
            { QLatin1String(state), pendingId })) {
        return WriteResult::failure(StoreStatus::Conflict, refusal.arg(requestId, query.lastError().text()));
    }
    // Another reviewer's answer came first, or (shared store) the request is not this role's to change.
    if (query.numRowsAffected() != 1) {
        return WriteResult::failure(StoreStatus::Conflict,
            refusal.arg(requestId, tr("it is no longer waiting, or you may not change this request")));
    }
    m_database.changes().recordPendingUpdatesChanged();
    return WriteResult::success();
}

WriteResult PendingUpdates::accept(qint64 pendingId, int expectedEventVersion, const QString& who)
{
    const StoreResult<PendingUpdate> pending = open(pendingId);
    if (!pending) {
        return pending;
    }
    RequestChange change(m_database);
    const StoreResult<Event> stored = change.begin(pending->eventId, expectedEventVersion);
    if (!stored) {
        return stored;
    }
    // The content is a row of the import format: read back as the import read it.
    const ParsedImport parsed = ImportParser(stored->editionYear, GeoReference::embedded())
                                    .parse('[' + pending->content.toUtf8() + ']');
    if (parsed.events.size() != 1) {
        const QString why = !parsed.error.isEmpty() ? parsed.error
            : parsed.rejected.isEmpty()             ? QString()
                                                    : parsed.rejected.first().reason;
        return WriteResult::failure(StoreStatus::Failed,
            tr("The change from the import of %1 to the request %2 cannot be read again: %3")
                .arg(pending->source, stored->requestId, why));
    }
    Event imported = RequestImport::importedOver(parsed.events.first(), *stored);
    if (const WriteResult written = change.writeAuditedEdit(imported, *stored, who,
            tr("Accepted from the import of %1").arg(pending->source), QDate::currentDate());
        !written) {
        return written;
    }
    if (const WriteResult closed = close(pendingId, stored->requestId, "accepted",
            tr("The change from an import to the request %1 was not accepted: %2."));
        !closed) {
        return closed;
    }
    return change.commit();
}

WriteResult PendingUpdates::dismiss(qint64 pendingId, const QString& who, const QString& reason)
{
    if (reason.trimmed().isEmpty()) {
        return WriteResult::failure(
            StoreStatus::NotAllowed, tr("Dismissing a change from an import needs a reason."));
    }
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    const StoreResult<PendingUpdate> pending = open(pendingId);
    if (!pending) {
        return pending;
    }
    const StoreResult<Event> stored = EventRepository(m_database).find(pending->eventId);
    if (stored.status == StoreStatus::NotFound) {
        return WriteResult::failure(StoreStatus::NotFound,
            tr("This change from an import is no longer waiting: someone accepted or dismissed it."));
    }
    if (!stored) {
        return stored;
    }
    if (const WriteResult closed = close(pendingId, stored->requestId, "dismissed",
            tr("The change from an import to the request %1 was not dismissed: %2."));
        !closed) {
        return closed;
    }
    // The trail keeps what was turned down, and why.
    if (const WriteResult audited = AuditTrail(m_database)
            .append({ 0, stored->id, QDateTime::currentDateTimeUtc(), who, QStringLiteral("dismiss-update"),
                stored->status, stored->status, reason.trimmed(), pending->changes });
        !audited) {
        return audited;
    }
    m_database.changes().recordChanged(stored->id);
    return transaction.commit();
}
