#include "db/EditionRepository.h"

#include "db/Database.h"
#include "db/PreparedQuery.h"
#include "db/QueueIndex.h"
#include "db/SqlValue.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

EditionRepository::EditionRepository(Database& database)
    : m_database(database)
{
}

StoreResult<QList<Edition>> EditionRepository::all() const
{
    const auto failed = [](const QSqlQuery& query) {
        return StoreResult<QList<Edition>>::failure(
            StoreStatus::Failed, tr("The editions cannot be read: %1").arg(query.lastError().text()));
    };
    QList<Edition> editions;
    QSqlQuery query(m_database.connection());
    if (!query.exec(
            QStringLiteral("SELECT year, week_start, week_end, request_deadline, decision_delay_days, "
                           "previous_events, previous_participants FROM edition ORDER BY year"))) {
        return failed(query);
    }
    while (query.next()) {
        Edition edition;
        edition.year = query.value(0).toInt();
        edition.weekStart = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        edition.weekEnd = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        edition.requestDeadline = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        edition.decisionDelayWorkingDays = query.value(4).toInt();
        edition.previousEvents = SqlValue::optional<int>(query.value(5));
        edition.previousParticipants = SqlValue::optional<int>(query.value(6));
        editions.append(edition);
    }
    // Without its territories' windows an edition would judge La Réunion's dates wrongly (C1).
    QSqlQuery windows(m_database.connection());
    if (!windows.exec(QStringLiteral(
            "SELECT edition_year, departement, week_start, week_end FROM edition_territory_window "
            "ORDER BY edition_year, departement"))) {
        return failed(windows);
    }
    while (windows.next()) {
        for (Edition& edition : editions) {
            if (edition.year == windows.value(0).toInt()) {
                edition.territoryWindows.append({ windows.value(1).toString(),
                    QDate::fromString(windows.value(2).toString(), Qt::ISODate),
                    QDate::fromString(windows.value(3).toString(), Qt::ISODate) });
            }
        }
    }
    return editions;
}

StoreResult<Edition> EditionRepository::find(int year) const
{
    const StoreResult<QList<Edition>> editions = all();
    if (!editions.ok()) {
        return StoreResult<void>(editions);
    }
    for (const Edition& edition : *editions) {
        if (edition.year == year) {
            return edition;
        }
    }
    return StoreResult<Edition>::failure(StoreStatus::NotFound, tr("The store has no %1 edition.").arg(year));
}

StoreResult<Edition> EditionRepository::latest() const
{
    const StoreResult<QList<Edition>> editions = all();
    if (!editions.ok()) {
        return StoreResult<void>(editions);
    }
    if (editions->isEmpty()) {
        return StoreResult<Edition>::failure(StoreStatus::NotFound, tr("The store has no edition."));
    }
    return editions->last();
}

WriteResult EditionRepository::save(const Edition& edition)
{
    if (!edition.isValid()) {
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("The edition %1 needs a start and an end date, the start first.").arg(edition.year));
    }
    const auto failed = [&edition](const QString& error) {
        return WriteResult::failure(
            WriteResult::Status::Failed, tr("Cannot save the edition %1: %2").arg(edition.year).arg(error));
    };
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return failed(transaction.failure().message);
    }
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral("DELETE FROM edition_territory_window WHERE edition_year = ?"),
            { edition.year })) {
        return failed(query.lastError().text());
    }
    if (!PreparedQuery::exec(query,
            QStringLiteral(
                "INSERT INTO edition (year, week_start, week_end, request_deadline, decision_delay_days, "
                "previous_events, "
                "previous_participants) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET "
                "week_start = excluded.week_start, week_end = excluded.week_end, request_deadline = "
                "excluded.request_deadline, "
                "decision_delay_days = excluded.decision_delay_days, previous_events = "
                "excluded.previous_events, "
                "previous_participants = excluded.previous_participants"),
            { edition.year, edition.weekStart.toString(Qt::ISODate), edition.weekEnd.toString(Qt::ISODate),
                edition.requestDeadline.toString(Qt::ISODate), edition.decisionDelayWorkingDays,
                SqlValue::variant(edition.previousEvents),
                SqlValue::variant(edition.previousParticipants) })) {
        return failed(query.lastError().text());
    }
    for (const TerritoryWindow& window : edition.territoryWindows) {
        if (!PreparedQuery::exec(query,
                QStringLiteral("INSERT INTO edition_territory_window (edition_year, departement, week_start, "
                               "week_end) VALUES (?, ?, ?, ?)"),
                { edition.year, window.departement, window.weekStart.toString(Qt::ISODate),
                    window.weekEnd.toString(Qt::ISODate) })) {
            return failed(query.lastError().text());
        }
    }
    // The rules' outcomes depend on the edition: the queue's rows are worked out again.
    if (const WriteResult invalidated = QueueIndex(m_database).invalidate(edition.year); !invalidated) {
        return failed(invalidated.message);
    }
    if (const WriteResult committed = transaction.commit(); !committed.ok()) {
        return failed(committed.message);
    }
    return WriteResult::success();
}
