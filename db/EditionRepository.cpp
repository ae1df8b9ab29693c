#include "db/EditionRepository.h"

#include "db/Database.h"
#include "db/QueueIndex.h"
#include "db/SqlValue.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

EditionRepository::EditionRepository(Database& database)
    : m_database(database)
{
}

QList<Edition> EditionRepository::all() const
{
    QList<Edition> editions;
    QSqlQuery query(m_database.connection());
    query.exec(QStringLiteral("SELECT year, week_start, week_end, request_deadline, decision_delay_days, "
                              "previous_events, previous_participants FROM edition ORDER BY year"));
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
    QSqlQuery windows(m_database.connection());
    windows.exec(
        QStringLiteral("SELECT edition_year, departement, week_start, week_end FROM edition_territory_window "
                       "ORDER BY edition_year, departement"));
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

std::optional<Edition> EditionRepository::find(int year) const
{
    for (const Edition& edition : all()) {
        if (edition.year == year) {
            return edition;
        }
    }
    return std::nullopt;
}

std::optional<Edition> EditionRepository::latest() const
{
    const QList<Edition> editions = all();
    return editions.isEmpty() ? std::nullopt : std::optional<Edition>(editions.last());
}

WriteResult EditionRepository::save(const Edition& edition)
{
    if (!edition.isValid()) {
        return WriteResult::failure(WriteResult::Status::NotAllowed,
            tr("The edition %1 needs a start and an end date, the start first.").arg(edition.year));
    }
    QSqlDatabase db = m_database.connection();
    if (!db.transaction()) {
        return WriteResult::failure(WriteResult::Status::Failed,
            tr("Cannot save the edition %1: %2").arg(edition.year).arg(db.lastError().text()));
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM edition_territory_window WHERE edition_year = ?"));
    query.addBindValue(edition.year);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral(
            "INSERT INTO edition (year, week_start, week_end, request_deadline, decision_delay_days, "
            "previous_events, "
            "previous_participants) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (year) DO UPDATE SET "
            "week_start = excluded.week_start, week_end = excluded.week_end, request_deadline = "
            "excluded.request_deadline, "
            "decision_delay_days = excluded.decision_delay_days, previous_events = excluded.previous_events, "
            "previous_participants = excluded.previous_participants"));
        query.addBindValue(edition.year);
        query.addBindValue(edition.weekStart.toString(Qt::ISODate));
        query.addBindValue(edition.weekEnd.toString(Qt::ISODate));
        query.addBindValue(edition.requestDeadline.toString(Qt::ISODate));
        query.addBindValue(edition.decisionDelayWorkingDays);
        query.addBindValue(SqlValue::variant(edition.previousEvents));
        query.addBindValue(SqlValue::variant(edition.previousParticipants));
        ok = query.exec();
    }
    for (const TerritoryWindow& window : edition.territoryWindows) {
        if (!ok) {
            break;
        }
        query.prepare(
            QStringLiteral("INSERT INTO edition_territory_window (edition_year, departement, week_start, "
                           "week_end) VALUES (?, ?, ?, ?)"));
        query.addBindValue(edition.year);
        query.addBindValue(window.departement);
        query.addBindValue(window.weekStart.toString(Qt::ISODate));
        query.addBindValue(window.weekEnd.toString(Qt::ISODate));
        ok = query.exec();
    }
    QString error;
    if (ok) {
        // The rules' outcomes depend on the edition: the queue's rows are worked out again.
        ok = QueueIndex(m_database).invalidate(edition.year, &error);
    }
    if (!ok) {
        error = error.isEmpty() ? query.lastError().text() : error;
        db.rollback();
        return WriteResult::failure(
            WriteResult::Status::Failed, tr("Cannot save the edition %1: %2").arg(edition.year).arg(error));
    }
    if (!db.commit()) {
        return WriteResult::failure(WriteResult::Status::Failed,
            tr("Cannot save the edition %1: %2").arg(edition.year).arg(db.lastError().text()));
    }
    return WriteResult::success();
}
