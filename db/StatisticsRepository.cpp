#include "db/StatisticsRepository.h"

#include "app/core/GeoReference.h"
#include "db/Database.h"
#include "db/PreparedQuery.h"
#include "db/QueueIndex.h"
#include "db/SqlValue.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace {

const QString withdrawnKey = EventStatuses::key(EventStatus::Withdrawn);
const QString labelledKey = EventStatuses::key(EventStatus::Labelled);

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

// A territory code (at most 3 characters: "2A", "974") as a key that costs no allocation.
quint32 packed(QByteArrayView code)
{
    quint32 key = 0;
    for (qsizetype i = 0; i < code.size() && i < 4; ++i) {
        key = (key << 8) | quint8(code.at(i));
    }
    return key;
}

// The day of a stored "YYYY-MM-DD…" text, 0 when there is none.
qint64 julianDay(QByteArrayView text)
{
    if (text.size() < 10) {
        return 0;
    }
    const auto number = [&](int from, int length) {
        int value = 0;
        for (int i = from; i < from + length; ++i) {
            value = value * 10 + (text.at(i) - '0');
        }
        return value;
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2)).toJulianDay();
}

// The stored keys of an enum, found without building a string per row.
template <typename Value> class Keys {
public:
    Keys(const QList<Value>& values, QString (*key)(Value))
    {
        for (Value value : values) {
            m_keys.append({ key(value).toUtf8(), value });
        }
    }
    std::optional<Value> find(QByteArrayView text) const
    {
        for (const auto& [key, value] : m_keys) {
            if (key == text) {
                return value;
            }
        }
        return std::nullopt;
    }

private:
    QList<std::pair<QByteArray, Value>> m_keys;
};

} // namespace

StatisticsRepository::StatisticsRepository(Database& database)
    : m_database(database)
{
}

StoreResult<void> StatisticsRepository::failed(const QString& error)
{
    return StoreResult<void>::failure(
        StoreStatus::Failed, tr("The statistics cannot be read: %1").arg(error));
}

StoreResult<Statistics> StatisticsRepository::compute(
    const Edition& edition, const EventFilter& filter, const QDate& today, const GeoReference& geo) const
{
    Statistics stats = Statistics::empty(geo);
    const QueueIndex::Where where = QueueIndex(m_database).where(edition.year, filter, today);

    // Where each région and département sits in `stats`, by its code packed in an integer: the
    // scan looks them up 100,000 times.
    QHash<quint32, TerritoryFigures*> regionRows;
    for (TerritoryFigures& figures : stats.regions) {
        regionRows.insert(packed(figures.code.toLatin1()), &figures);
    }
    QHash<quint32, TerritoryFigures*> departementRows;
    for (auto it = stats.departements.begin(); it != stats.departements.end(); ++it) {
        for (TerritoryFigures& figures : *it) {
            departementRows.insert(packed(figures.code.toLatin1()), &figures);
        }
    }
    const Keys<EventStatus> statuses(EventStatuses::all(), &EventStatuses::key);
    const Keys<EventType> eventTypes(EventTypes::all(), &EventTypes::key);
    const Keys<OrganiserType> organiserTypes(OrganiserTypes::all(), &OrganiserTypes::key);
    const QList<QDate> days = weekDays(edition);
    const qint64 firstDay = days.isEmpty() ? 0 : days.first().toJulianDay();
    QList<int> labelledPerDay(days.size(), 0);
    QHash<qint64, int> receivedPerDay;
    std::array<int, 8> audiences {};

    // One scan of the narrow index gives every figure but the decisions; no sorting, no join. Read
    // in table order unless an index narrows the rows (a région, a département, statuses): through
    // the edition's index, each row would cost a look-up of its own.
    const bool narrowed
        = !filter.region.isEmpty() || !filter.departement.isEmpty() || !filter.statuses.isEmpty();
    Statement scan(m_database.connection(),
        QStringLiteral(
            "SELECT region, departement, status, event_type, organiser_type, audiences, c1, c2, c3, c4, "
            "submitted_day, starts_at, coalesce(ends_at, starts_at), expected_participants, "
            "actual_participants FROM event_queue %1 WHERE %2")
            .arg(narrowed || m_database.isPostgresql() ? QString() : QStringLiteral("NOT INDEXED"),
                where.sql));
    if (!scan.isValid()) {
        return failed(scan.errorString());
    }
    where.bindTo(scan);
    while (scan.next()) {
        const std::optional<EventStatus> status = statuses.find(scan.columnText(2));
        if (!status) {
            continue;
        }
        const std::optional<int> expected
            = scan.columnIsNull(13) ? std::nullopt : std::optional<int>(int(scan.columnInteger(13)));
        const std::optional<int> actual
            = scan.columnIsNull(14) ? std::nullopt : std::optional<int>(int(scan.columnInteger(14)));
        stats.national.add(*status, expected, actual);
        if (TerritoryFigures* region = regionRows.value(packed(scan.columnText(0)))) {
            region->add(*status, expected, actual);
        }
        if (TerritoryFigures* departement = departementRows.value(packed(scan.columnText(1)))) {
            departement->add(*status, expected, actual);
        }
        if (const qint64 day = julianDay(scan.columnText(10)); day != 0) {
            ++receivedPerDay[day];
        }
        if (*status == EventStatus::Withdrawn) {
            continue;
        }
        if (const auto type = eventTypes.find(scan.columnText(3))) {
            ++stats.eventTypes[*type];
        }
        if (const auto type = organiserTypes.find(scan.columnText(4))) {
            ++stats.organiserTypes[*type];
        }
        ++audiences[scan.columnInteger(5) & 7];
        for (int c = 0; c < 4; ++c) {
            stats.failing[c] += scan.columnInteger(6 + c) == int(Outcome::Fail) ? 1 : 0;
        }
        if (*status == EventStatus::Labelled && !scan.columnIsNull(11)) {
            // An event spanning several days counts on each day of the week it runs on.
            const qint64 first = std::max(julianDay(scan.columnText(11)) - firstDay, qint64(0));
            const qint64 last = std::min(julianDay(scan.columnText(12)) - firstDay, qint64(days.size()) - 1);
            for (qint64 i = first; i <= last; ++i) {
                ++labelledPerDay[i];
            }
        }
    }
    // next() ends on an error as on the last row.
    if (!scan.errorString().isEmpty()) {
        return failed(scan.errorString());
    }
    for (qsizetype i = 0; i < days.size(); ++i) {
        stats.labelledPerDay.insert(days.at(i), labelledPerDay.at(i));
    }
    for (auto it = receivedPerDay.cbegin(); it != receivedPerDay.cend(); ++it) {
        stats.receivedPerDay.insert(QDate::fromJulianDay(it.key()), it.value());
    }
    for (int bits = 1; bits < 8; ++bits) {
        for (Audience audience : { Audience::GeneralPublic, Audience::YoungPeople, Audience::JobSeekers }) {
            if (audiences[bits] > 0 && (bits & int(audience)) != 0) {
                stats.audiences[audience] += audiences[bits];
            }
        }
    }

    // Decisions are dated in UTC by the audit trail: grouped by hour, then placed on Paris days.
    // The filter's columns are the queue index's alone, so it applies unchanged beside the audit's.
    // The audit is read first (SQLite keeps the order of a CROSS JOIN): decisions are few beside the
    // requests.
    QSqlQuery decisions(m_database.connection());
    decisions.setForwardOnly(true);
    if (!PreparedQuery::exec(decisions,
            (QStringLiteral("SELECT substr(a.at, 1, 13), count(*) FROM audit a ")
                + (m_database.isPostgresql() ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN"))
                + QStringLiteral(
                    " event_queue ON event_queue.event_id = a.event_id WHERE %1 AND status <> ? AND a.action "
                    "IN ('status', 'override') AND a.new_status IN (?, ?) GROUP BY 1"))
                .arg(where.sql),
            where.values
                + QVariantList { withdrawnKey, labelledKey, EventStatuses::key(EventStatus::Refused) })) {
        return failed(decisions.lastError().text());
    }
    static const QTimeZone paris("Europe/Paris");
    while (decisions.next()) {
        const QDateTime hour
            = QDateTime::fromString(decisions.value(0).toString() + QStringLiteral(":00:00Z"), Qt::ISODate);
        if (hour.isValid()) {
            stats.decisionsPerDay[hour.toTimeZone(paris).date()] += decisions.value(1).toInt();
        }
    }
    return stats;
}

StoreResult<QHash<QString, PreviousFigures>> StatisticsRepository::previousFigures(int editionYear) const
{
    QSqlQuery query(m_database.connection());
    if (!PreparedQuery::exec(query,
            QStringLiteral(
                "SELECT territory, events, participants FROM previous_territory WHERE edition_year = ?"),
            { editionYear })) {
        return failed(query.lastError().text());
    }
    QHash<QString, PreviousFigures> figures;
    while (query.next()) {
        figures.insert(query.value(0).toString(),
            PreviousFigures {
                SqlValue::optional<int>(query.value(1)), SqlValue::optional<qint64>(query.value(2)) });
    }
    return figures;
}

WriteResult StatisticsRepository::setPreviousFigures(
    int editionYear, const QHash<QString, PreviousFigures>& figures)
{
    Transaction transaction(m_database);
    if (!transaction.isOpen()) {
        return transaction.failure();
    }
    QSqlQuery query(m_database.connection());
    const auto failed = [&] { return WriteResult::failure(StoreStatus::Failed, query.lastError().text()); };
    if (!query.prepare(QStringLiteral("DELETE FROM previous_territory WHERE edition_year = ?"))) {
        return failed();
    }
    query.addBindValue(editionYear);
    if (!query.exec()
        || !query.prepare(QStringLiteral("INSERT INTO previous_territory (edition_year, territory, events, "
                                         "participants) VALUES (?, ?, ?, ?)"))) {
        return failed();
    }
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!it->events && !it->participants) {
            continue;
        }
        query.addBindValue(editionYear);
        query.addBindValue(it.key());
        query.addBindValue(SqlValue::variant(it->events));
        query.addBindValue(SqlValue::variant(it->participants));
        if (!query.exec()) {
            return failed();
        }
    }
    query.finish();
    return transaction.commit();
}
