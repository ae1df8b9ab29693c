#include "db/StatisticsRepository.h"

#include "app/core/GeoReference.h"
#include "db/Database.h"
#include "db/QueueIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

const QString withdrawnKey = EventStatuses::key(EventStatus::Withdrawn);
const QString labelledKey = EventStatuses::key(EventStatus::Labelled);

// Runs `sql`, whose "%1" is the filter's WHERE clause, with the filter's values then `extra`.
QSqlQuery run(const Database& database, const QString& sql, const QueueIndex::Where& where, const QVariantList& extra = {})
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql.arg(where.sql))) {
        qWarning("StatisticsRepository: %s", qPrintable(query.lastError().text()));
        return query;
    }
    for (const QVariant& value : where.values + extra) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        qWarning("StatisticsRepository: %s", qPrintable(query.lastError().text()));
    }
    return query;
}

// The days the charts show: the edition's week and every territory's own week.
QList<QDate> weekDays(const Edition& edition)
{
    QDate first = edition.weekStart;
    QDate last = edition.weekEnd;
    for (const TerritoryWindow& window : edition.territoryWindows) {
        first = std::min(first, window.weekStart);
        last = std::max(last, window.weekEnd);
    }
    QList<QDate> days;
    for (QDate day = first; day.isValid() && day <= last; day = day.addDays(1)) {
        days.append(day);
    }
    return days;
}

} // namespace

StatisticsRepository::StatisticsRepository(Database& database)
    : m_database(database)
{
}

Statistics StatisticsRepository::compute(
    const Edition& edition, const EventFilter& filter, const QDate& today, const GeoReference& geo) const
{
    Statistics stats = Statistics::empty(geo);
    const QueueIndex::Where where = QueueIndex::where(edition.year, filter, today);

    // Where each région and département sits in `stats`.
    QHash<QString, int> regionRows;
    for (qsizetype i = 0; i < stats.regions.size(); ++i) {
        regionRows.insert(stats.regions.at(i).code, int(i));
    }
    QHash<QString, TerritoryFigures*> departementRows;
    for (auto it = stats.departements.begin(); it != stats.departements.end(); ++it) {
        for (TerritoryFigures& figures : *it) {
            departementRows.insert(figures.code, &figures);
        }
    }
    // One grouped row counts `count` requests of a région and département in the three places.
    const auto territories = [&](const QString& region, const QString& departement) {
        QList<TerritoryFigures*> places { &stats.national };
        if (const auto row = regionRows.constFind(region); row != regionRows.constEnd()) {
            places.append(&stats.regions[*row]);
        }
        if (TerritoryFigures* figures = departementRows.value(departement)) {
            places.append(figures);
        }
        return places;
    };

    QSqlQuery counts = run(m_database,
        QStringLiteral("SELECT region, departement, status, count(*) FROM event_queue WHERE %1 "
                       "GROUP BY region, departement, status"),
        where);
    while (counts.next()) {
        const auto status = EventStatuses::fromKey(counts.value(2).toString());
        if (!status) {
            continue;
        }
        const int count = counts.value(3).toInt();
        for (TerritoryFigures* figures : territories(counts.value(0).toString(), counts.value(1).toString())) {
            figures->received += count;
            switch (*status) {
            case EventStatus::Labelled:
                figures->labelled += count;
                break;
            case EventStatus::Refused:
                figures->refused += count;
                break;
            case EventStatus::Submitted:
            case EventStatus::InReview:
                figures->pending += count;
                break;
            case EventStatus::InformationRequested:
                figures->informationRequested += count;
                break;
            case EventStatus::Withdrawn:
                figures->withdrawn += count;
                break;
            }
        }
    }

    // Participants are not in the narrow index: only the labelled requests' rows are read.
    QSqlQuery participants = run(m_database,
        QStringLiteral("SELECT q.region, q.departement, sum(e.expected_participants), sum(e.actual_participants), "
                       "count(e.actual_participants) FROM (SELECT event_id, region, departement FROM event_queue "
                       "WHERE %1 AND status = ?) q JOIN event e ON e.id = q.event_id GROUP BY q.region, q.departement"),
        where, { labelledKey });
    while (participants.next()) {
        for (TerritoryFigures* figures : territories(participants.value(0).toString(), participants.value(1).toString())) {
            figures->expectedParticipants += participants.value(2).toLongLong();
            figures->actualParticipants += participants.value(3).toLongLong();
            figures->actualReported += participants.value(4).toInt();
        }
    }

    // The mixes, over the requests not withdrawn: one grouped scan gives all of them.
    QSqlQuery mixes = run(m_database,
        QStringLiteral("SELECT event_type, organiser_type, audiences, c1 = 1, c2 = 1, c3 = 1, c4 = 1, count(*) "
                       "FROM event_queue WHERE %1 AND status <> ? GROUP BY 1, 2, 3, 4, 5, 6, 7"),
        where, { withdrawnKey });
    while (mixes.next()) {
        const int count = mixes.value(7).toInt();
        if (const auto type = EventTypes::fromKey(mixes.value(0).toString())) {
            stats.eventTypes[*type] += count;
        }
        if (const auto type = OrganiserTypes::fromKey(mixes.value(1).toString())) {
            stats.organiserTypes[*type] += count;
        }
        if (!mixes.value(2).isNull()) {
            const Audiences audiences = Audiences::fromInt(mixes.value(2).toInt());
            for (Audience audience : { Audience::GeneralPublic, Audience::YoungPeople, Audience::JobSeekers }) {
                if (audiences.testFlag(audience)) {
                    stats.audiences[audience] += count;
                }
            }
        }
        for (int c = 0; c < 4; ++c) {
            stats.failing[c] += mixes.value(3 + c).toBool() ? count : 0;
        }
    }

    // Labelled events per day of the week: grouped by their first and last day, then spread.
    const QList<QDate> days = weekDays(edition);
    for (const QDate& day : days) {
        stats.labelledPerDay.insert(day, 0);
    }
    QSqlQuery spans = run(m_database,
        QStringLiteral("SELECT substr(starts_at, 1, 10), substr(coalesce(ends_at, starts_at), 1, 10), count(*) "
                       "FROM event_queue WHERE %1 AND status = ? AND starts_at IS NOT NULL GROUP BY 1, 2"),
        where, { labelledKey });
    while (spans.next()) {
        const QDate first = QDate::fromString(spans.value(0).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(spans.value(1).toString(), Qt::ISODate);
        const int count = spans.value(2).toInt();
        for (const QDate& day : days) {
            if (first <= day && day <= last) {
                stats.labelledPerDay[day] += count;
            }
        }
    }

    QSqlQuery received = run(m_database,
        QStringLiteral("SELECT submitted_day, count(*) FROM event_queue WHERE %1 AND submitted_day IS NOT NULL "
                       "GROUP BY submitted_day"),
        where);
    while (received.next()) {
        stats.receivedPerDay.insert(QDate::fromString(received.value(0).toString(), Qt::ISODate), received.value(1).toInt());
    }

    // Decisions are dated in UTC by the audit trail: grouped by hour, then placed on Paris days.
    QSqlQuery decisions = run(m_database,
        QStringLiteral("SELECT substr(a.at, 1, 13), count(*) FROM audit a JOIN (SELECT event_id FROM event_queue "
                       "WHERE %1 AND status <> ?) q ON q.event_id = a.event_id "
                       "WHERE a.action IN ('status', 'override') AND a.new_status IN (?, ?) GROUP BY 1"),
        where, { withdrawnKey, labelledKey, EventStatuses::key(EventStatus::Refused) });
    static const QTimeZone paris("Europe/Paris");
    while (decisions.next()) {
        const QDateTime hour = QDateTime::fromString(decisions.value(0).toString() + QStringLiteral(":00:00Z"), Qt::ISODate);
        if (hour.isValid()) {
            stats.decisionsPerDay[hour.toTimeZone(paris).date()] += decisions.value(1).toInt();
        }
    }
    return stats;
}

QHash<QString, PreviousFigures> StatisticsRepository::previousFigures(int editionYear) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT territory, events, participants FROM previous_territory WHERE edition_year = ?"));
    query.addBindValue(editionYear);
    QHash<QString, PreviousFigures> figures;
    if (query.exec()) {
        while (query.next()) {
            PreviousFigures previous;
            if (!query.value(1).isNull()) {
                previous.events = query.value(1).toInt();
            }
            if (!query.value(2).isNull()) {
                previous.participants = query.value(2).toLongLong();
            }
            figures.insert(query.value(0).toString(), previous);
        }
    }
    return figures;
}

bool StatisticsRepository::setPreviousFigures(int editionYear, const QHash<QString, PreviousFigures>& figures, QString* error)
{
    QSqlDatabase db = m_database.connection();
    if (!m_database.beginWrite()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM previous_territory WHERE edition_year = ?"));
    query.addBindValue(editionYear);
    bool ok = query.exec();
    query.prepare(QStringLiteral("INSERT INTO previous_territory (edition_year, territory, events, participants) VALUES (?, ?, ?, ?)"));
    for (auto it = figures.cbegin(); ok && it != figures.cend(); ++it) {
        if (!it->events && !it->participants) {
            continue;
        }
        query.addBindValue(editionYear);
        query.addBindValue(it.key());
        query.addBindValue(it->events ? QVariant(*it->events) : QVariant(QMetaType::fromType<int>()));
        query.addBindValue(it->participants ? QVariant(*it->participants) : QVariant(QMetaType::fromType<qint64>()));
        ok = query.exec();
    }
    if (!ok) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}
